/**
 * A catalogue of bad links, each with the one sentence it must produce, and of hostile names,
 * each with what must come out. The sentences are spelled out here (not read from the table)
 * so a change to what users read is a deliberate edit in two places.
 */
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/share/base64url';
import { ByteWriter } from '../../src/share/bytes';
import { sealEnvelope } from '../../src/share/envelope';
import { levelHash } from '../../src/share/levelHash';
import { encodeColumns } from '../../src/share/logColumns';
import {
  csvCell,
  csvRow,
  decodeLink,
  decodeSessionLink,
  encodeResultLink,
  encodeSessionLink,
  LINK_MESSAGES,
  LINK_REASONS,
  sanitizeName,
  verifyResultLink,
  type LevelSet,
  type ResultRun,
} from '../../src/share/index';
import { RULES_VERSION, type Action } from '../../src/sim/index';
import { tweakLevel } from './levels';
import { frameLink, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const run = runFromPlans(levels, 9, {}, 'Mei', ['traffic', 'product']);
const encoded = encodeResultLink(run, levels, 'http://127.0.0.1:5173/');
if (!encoded.ok) throw new Error(encoded.message);
const good = encoded.link;
const payload = encoded.payload;

const SENTENCES = {
  empty: 'The link is empty.',
  too_long: 'The link is longer than any link the game makes, so it was not opened.',
  not_a_link: 'This is not a Four Stages link: it has no #r= or #s= part.',
  bad_characters:
    'The link contains characters that a Four Stages link never has, so it was changed on the way.',
  code_characters:
    'The code has a character that no Four Stages code has: codes use digits and letters except 1, B, I and O.',
  code_mistyped:
    'The code does not check out: a character is wrong, missing or extra. Compare it with the original, group by group.',
  truncated: 'The link is cut off; copy the whole link and try again.',
  damaged: 'The link is damaged: some characters were changed, added or lost on the way.',
  format_version:
    'This link was made by a different version of the game, whose link format this page cannot read.',
  rules_older:
    'This link was made with an earlier version of the rules: it can no longer be verified.',
  rules_newer: 'This link was made with a newer version of the game: reload to update.',
  too_large: 'The link unpacks to far more data than any real game, so it was not opened.',
  unknown_stage: 'This link includes a stage that is not in this game’s set of stages.',
  level_changed:
    'A stage in this link was played on a different version of its level, so its score cannot be checked on this one.',
  replay_failed: 'The decisions in this link do not replay on this level.',
  unfinished: 'The run in this link stops before the end of a stage, so it has no final score.',
  not_a_result: 'This is a session link for starting a game, not a result to verify.',
  not_a_session: 'This is a result link, not a session link.',
  internal: 'The link could not be checked because of an error in the game itself.',
} as const;

/** A result body written by hand, so the decoder meets what our encoder would never make. */
function handMade(name: Uint8Array, log: readonly Action[], stageMask = 0b0001): Uint8Array {
  const writer = new ByteWriter();
  writer.u32(9);
  writer.u8(0);
  writer.varint(name.length);
  writer.raw(name);
  writer.u8(stageMask);
  writer.u32(levelHash(levels.traffic));
  const logWriter = new ByteWriter();
  encodeColumns(logWriter, levels.traffic, log);
  writer.varint(logWriter.length);
  writer.raw(logWriter.finish());
  return writer.finish();
}
const trafficLog = run.stages[0]?.log ?? [];
const utf8 = (text: string) => new TextEncoder().encode(text);

const hex = (level: Parameters<typeof levelHash>[0]) =>
  levelHash(level).toString(16).padStart(8, '0');

function changeChar(text: string, at: number): string {
  const c = text[at] === 'A' ? 'B' : 'A';
  return text.slice(0, at) + c + text.slice(at + 1);
}

describe('the message table', () => {
  it('has one distinct sentence per reason', () => {
    expect(LINK_MESSAGES).toEqual(SENTENCES);
    expect(Object.keys(LINK_MESSAGES)).toEqual([...LINK_REASONS]);
    expect(new Set(Object.values(LINK_MESSAGES)).size).toBe(LINK_REASONS.length);
  });
});

describe('bad links', () => {
  const tweaked: LevelSet = {
    ...levels,
    product: tweakLevel('product', (l) => (l.startCashFen += 1)),
  };
  const cases: [string, () => unknown, keyof typeof SENTENCES][] = [
    ['nothing', () => verifyResultLink('', levels), 'empty'],
    ['only spaces', () => verifyResultLink('  \n ', levels), 'empty'],
    ['a fragment without payload', () => verifyResultLink('https://x.test/#r=', levels), 'empty'],
    ['not a string', () => verifyResultLink(42, levels), 'not_a_link'],
    ['a web address', () => verifyResultLink('https://example.com/page', levels), 'not_a_link'],
    ['prose', () => verifyResultLink('see you tomorrow', levels), 'not_a_link'],
    ['another fragment', () => verifyResultLink('https://x.test/#top', levels), 'not_a_link'],
    ['a bare word', () => verifyResultLink('hello', levels), 'not_a_link'],
    ['two payloads', () => verifyResultLink(`${good}&r=${payload}`, levels), 'not_a_link'],
    ['oversized', () => verifyResultLink(`#r=${'A'.repeat(4_000)}`, levels), 'too_long'],
    [
      'not base64',
      () => verifyResultLink(`#r=${payload.slice(0, 20)}+/=`, levels),
      'bad_characters',
    ],
    ['non-ASCII inside', () => verifyResultLink(`${good.slice(0, -3)}é`, levels), 'bad_characters'],
    ['cut in half', () => verifyResultLink(good.slice(0, good.length / 2), levels), 'truncated'],
    ['last character lost', () => verifyResultLink(good.slice(0, -1), levels), 'truncated'],
    ['only the header', () => verifyResultLink(`#r=${payload.slice(0, 3)}`, levels), 'truncated'],
    [
      'one character changed',
      () => verifyResultLink(changeChar(good, good.length - 40), levels),
      'damaged',
    ],
    ['characters added', () => verifyResultLink(`${good}AAAA`, levels), 'damaged'],
    ['CRC changed', () => verifyResultLink(changeChar(good, good.length - 2), levels), 'damaged'],
    ['result payload behind #s=', () => verifyResultLink(`#s=${payload}`, levels), 'damaged'],
    [
      'unknown kind',
      () => verifyResultLink(frameLink(new Uint8Array(4), { kind: 7 }), levels),
      'damaged',
    ],
    ['garbage body', () => verifyResultLink(frameLink(utf8('not a body')), levels), 'damaged'],
    [
      'invalid UTF-8 name',
      () => verifyResultLink(frameLink(handMade(Uint8Array.of(0xff, 0xfe), trafficLog)), levels),
      'damaged',
    ],
    [
      'newer format',
      () => verifyResultLink(frameLink(new Uint8Array(8), { format: 3 }), levels),
      'format_version',
    ],
    [
      'format 0',
      () => verifyResultLink(frameLink(new Uint8Array(8), { format: 0 }), levels),
      'format_version',
    ],
    [
      'newer rules',
      () => verifyResultLink(frameLink(new Uint8Array(8), { rules: RULES_VERSION + 1 }), levels),
      'rules_newer',
    ],
    [
      'older rules',
      () => verifyResultLink(frameLink(new Uint8Array(8), { rules: RULES_VERSION - 1 }), levels),
      'rules_older',
    ],
    [
      'a stage from outside the game’s set',
      () => verifyResultLink(frameLink(handMade(utf8('x'), [], 0b1_0000)), levels),
      'unknown_stage',
    ],
    [
      'decompression bomb',
      () => verifyResultLink(frameLink(new Uint8Array(1 << 20), { deflate: true }), levels),
      'too_large',
    ],
    [
      'just over the cap',
      () => verifyResultLink(frameLink(new Uint8Array(64 * 1024 + 1), { deflate: true }), levels),
      'too_large',
    ],
    [
      'a stage this page lacks',
      () => verifyResultLink(good, { traffic: levels.traffic }),
      'unknown_stage',
    ],
    ['an edited level', () => verifyResultLink(good, tweaked), 'level_changed'],
    ['a session link', () => verifyResultLink(sessionLink(), levels), 'not_a_result'],
    ['a result as a session', () => decodeSessionLink(good, levels), 'not_a_session'],
  ];
  for (const [name, attempt, reason] of cases) {
    it(`${name}: ${reason}`, () => {
      const result = attempt();
      // A changed level is the one refusal that names something: the two level hashes.
      const message =
        reason === 'level_changed'
          ? `${SENTENCES.level_changed} Level in the link: ${hex(levels.product)}; level on this page: ${hex(tweaked.product!)}.`
          : SENTENCES[reason];
      expect(result).toMatchObject({ ok: false, reason, message });
      // Nothing decoded from a rejected link comes back: no name, no numbers.
      expect(
        Object.keys(result as object)
          .filter((k) => k !== 'detail')
          .sort(),
      ).toEqual(['message', 'ok', 'reason']);
    });
  }

  const replayCases: [string, Action[], keyof typeof SENTENCES][] = [
    [
      'an action the stage does not allow',
      [{ type: 'setPrice', listingId: 'tee', priceFen: 5_000 }],
      'replay_failed',
    ],
    ['an answer to no event', [{ type: 'respondEvent', choice: 'wait' }], 'replay_failed'],
    ['a day after the end', [...trafficLog, { type: 'advanceDay' }], 'replay_failed'],
    [
      'far too many days',
      Array.from({ length: 500 }, () => ({ type: 'advanceDay' }) as const),
      'replay_failed',
    ],
    ['a run that stops early', trafficLog.slice(0, 20), 'unfinished'],
  ];
  for (const [name, log, reason] of replayCases) {
    it(`${name}: ${reason}`, () => {
      const bad: ResultRun = {
        name: 'x',
        seed: 9,
        levers: {},
        stages: [{ stage: 'traffic', log }],
      };
      const link = encodeResultLink(bad, levels);
      expect(link.ok && verifyResultLink(link.link, levels)).toMatchObject({
        ok: false,
        reason,
        message: SENTENCES[reason],
        detail: { stage: 'traffic' },
      });
    });
  }

  it('accepts the good link as a URL, a fragment, r=…, a bare payload, with spaces around', () => {
    for (const text of [good, `#r=${payload}`, `r=${payload}`, payload, `  ${good}\n`]) {
      expect(verifyResultLink(text, levels)).toMatchObject({ ok: true, result: { name: 'Mei' } });
    }
    expect(verifyResultLink(`https://x.test/#lang=zh&r=${payload}`, levels).ok).toBe(true);
  });
});

function sessionLink(): string {
  const made = encodeSessionLink(
    { name: 'Class', seed: 1, levers: {}, stages: ['traffic'], language: null },
    levels,
  );
  if (!made.ok) throw new Error(made.message);
  return made.link;
}

describe('hostile names', () => {
  const cases: [string, string, string][] = [
    ['HTML stays text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['bidi override removed', 'Bob\u202Egnp.exe', 'Bobgnp.exe'],
    ['bidi isolates removed', '\u2067Ali\u2069ce', 'Alice'],
    ['zero-width removed', 'A\u200Bd\u200Cm\u200Di\uFEFFn\u2060', 'Admin'],
    ['controls removed, breaks become spaces', 'Ann\u0000\u0007\nLee\r\n\u0085x', 'Ann Lee x'],
    ['NFC', 'Jose\u0301', 'José'],
    ['lone surrogate removed', 'a\uD800b', 'ab'],
    ['emoji kept', 'Wei 🚀', 'Wei 🚀'],
    ['capped at 40 code points', '🚀'.repeat(50), '🚀'.repeat(40)],
    ['empty becomes Anonymous', ' \u200B\u202E ', 'Anonymous'],
    ['a formula is kept as text', '=HYPERLINK("http://evil")', '=HYPERLINK("http://evil")'],
  ];
  for (const [name, raw, expected] of cases) {
    it(`${name}: through a link and back`, () => {
      expect(sanitizeName(raw)).toBe(expected);
      expect(sanitizeName(expected)).toBe(expected);
      const link = encodeResultLink({ ...run, name: raw }, levels);
      expect(link.ok && verifyResultLink(link.link, levels)).toMatchObject({
        ok: true,
        result: { name: expected },
      });
    });
  }

  it('refuses a name our encoder would have cleaned: it is not the canonical spelling', () => {
    const raw = utf8('\u202Eevil\u200B <b>x</b>\u0000');
    const result = verifyResultLink(frameLink(handMade(raw, trafficLog)), levels);
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    const sealed = sealEnvelope('result', handMade(utf8('evil <b>x</b>'), trafficLog));
    const clean = verifyResultLink(`#r=${encodeBase64Url(sealed)}`, levels);
    expect(clean).toMatchObject({ ok: true, result: { name: 'evil <b>x</b>' } });
  });

  it('neutralises spreadsheet formulas and quotes CSV cells', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://evil","hi")')).toBe(
      '"\'=HYPERLINK(""http://evil"",""hi"")"',
    );
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-1234.5)).toBe('-1234.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['x', 1, true])).toBe('x,1,true\r\n');
  });

  it('decodes without replaying: decodeLink returns the run, not a score', () => {
    const decoded = decodeLink(good, levels);
    expect(decoded.ok && decoded.link.kind).toBe('result');
    expect(decoded.ok && Object.keys(decoded.link).sort()).toEqual(
      ['kind', 'levers', 'name', 'rulesVersion', 'seed', 'stages'].sort(),
    );
  });
});
