/**
 * Links as people and chat apps hand them over (issue 16 "Links and pasted text", issue 15 item 5)
 * and the bounds a link's content is held to (issue 16 "Bounded work"): wrapped, mangled, spelled
 * twice, too busy, made under other rules.
 */
import { describe, expect, it } from 'vitest';
import {
  encodeLog,
  maxActionsFor,
  MAX_ACTIONS_PER_DAY,
  TYPE_CODES,
} from '../../src/share/actionCodec';
import { encodeBase64Url } from '../../src/share/base64url';
import { ByteWriter } from '../../src/share/bytes';
import { sealEnvelope } from '../../src/share/envelope';
import { levelHash } from '../../src/share/levelHash';
import {
  decodeLink,
  encodeResultLink,
  encodeSessionLink,
  LINK_MESSAGES,
  verifyResultLink,
} from '../../src/share/index';
import { addressLink } from '../../src/pages/route';
import { encodeResultBody } from '../../src/share/payload';
import { RULES_VERSION, type Action } from '../../src/sim/index';
import { busyCampaign, frameLink, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const run = runFromPlans(levels, 9, {}, 'Mei', ['traffic']);
const made = encodeResultLink(run, levels, 'https://game.test/');
if (!made.ok) throw new Error(made.message);
const { link, payload } = made;

/** Cuts the text into pieces of `width` and joins them with `separator`, as a mail client does. */
function wrap(text: string, width: number, separator: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += width) pieces.push(text.slice(i, i + width));
  return pieces.join(separator);
}

describe('wrapped links', () => {
  it('reads a link broken over lines, with spaces or with indentation', () => {
    for (const text of [
      wrap(link, 60, '\n'),
      wrap(link, 72, '\r\n'),
      wrap(link, 40, ' '),
      wrap(link, 50, '\n    '),
      wrap(payload, 30, '\n'),
    ]) {
      expect(verifyResultLink(text, levels)).toMatchObject({ ok: true, result: { name: 'Mei' } });
    }
  });

  it('still reads prose as not a link', () => {
    expect(decodeLink('see you tomorrow', levels)).toMatchObject({ reason: 'not_a_link' });
  });
});

describe('links mangled by chat apps', () => {
  const query = `https://game.test/?r=${payload}`;
  const shapes: [string, string][] = [
    ['query form', query],
    ['query, shareTo appended', `${query}&shareTo=weixin`],
    ['query after nsukey', `https://game.test/?nsukey=Zx9%2Bq%3D&r=${payload}`],
    ['query, from and isappinstalled', `${query}&from=singlemessage&isappinstalled=0`],
    ['query, then a fragment the app added', `${query}&from=timeline#wechat_redirect`],
    ['fragment form with shareTo', `${link}&shareTo=weixin`],
    [
      'fragment form after an app query',
      `https://game.test/?nsukey=abc&from=groupmessage#r=${payload}`,
    ],
  ];
  for (const [name, text] of shapes) {
    it(`${name}: verifies`, () => {
      expect(verifyResultLink(text, levels)).toMatchObject({ ok: true, result: { name: 'Mei' } });
    });
  }

  it('a fragment link whose fragment WeChat dropped says it is not a link', () => {
    expect(verifyResultLink('https://game.test/?from=singlemessage', levels)).toMatchObject({
      reason: 'not_a_link',
    });
  });

  it('reads session links in the query form too', () => {
    const session = encodeSessionLink(
      { name: 'Class', seed: 4, levers: {}, stages: ['traffic'], language: 'zh' },
      levels,
    );
    if (!session.ok) throw new Error(session.message);
    const text = `https://game.test/?s=${session.payload}&shareTo=weixin`;
    expect(decodeLink(text, levels)).toMatchObject({ ok: true, link: { kind: 'session' } });
  });

  it('refuses two links in one address', () => {
    expect(decodeLink(`https://game.test/?r=${payload}#r=${payload}`, levels)).toMatchObject({
      reason: 'not_a_link',
    });
  });
});

describe('other rules', () => {
  const sealed = (rules: number) =>
    `#r=${encodeBase64Url(sealEnvelope('result', encodeResultBody(run, levels), { rulesVersion: rules }))}`;

  it('an earlier rules version is refused with its own sentence, never replayed', () => {
    const result = verifyResultLink(sealed(RULES_VERSION - 1), levels);
    expect(result).toEqual({
      ok: false,
      reason: 'rules_older',
      message:
        'This link was made with an earlier version of the rules: it can no longer be verified.',
      detail: { found: RULES_VERSION - 1, expected: RULES_VERSION },
    });
  });

  it('a newer rules version asks for a reload', () => {
    expect(verifyResultLink(sealed(RULES_VERSION + 1), levels)).toMatchObject({
      reason: 'rules_newer',
      message: 'This link was made with a newer version of the game: reload to update.',
    });
  });

  it('the same bytes under today’s rules verify', () => {
    expect(verifyResultLink(sealed(RULES_VERSION), levels).ok).toBe(true);
  });
});

describe('one spelling per run', () => {
  const body = encodeResultBody(run, levels);

  it('a raw body where the encoder deflates is refused', () => {
    const busy = encodeResultBody(busyCampaign(levels), levels);
    const ours = `#r=${encodeBase64Url(sealEnvelope('result', busy))}`;
    expect(verifyResultLink(ours, levels).ok).toBe(true);
    expect(verifyResultLink(frameLink(busy), levels)).toMatchObject({ reason: 'damaged' });
  });

  it('another deflate stream of the same body is refused', () => {
    const other = frameLink(body, { deflate: true });
    const ours = `#r=${encodeBase64Url(sealEnvelope('result', body))}`;
    if (other !== ours) {
      expect(verifyResultLink(other, levels)).toMatchObject({ reason: 'damaged' });
    }
    expect(verifyResultLink(ours, levels).ok).toBe(true);
  });

  it('a padded varint (a second spelling of a length) is refused', () => {
    const writer = new ByteWriter();
    writer.u32(9);
    writer.u8(0);
    writer.raw(Uint8Array.of(0x83, 0x00)); // 3, in two bytes
    writer.raw(new TextEncoder().encode('Mei'));
    writer.raw(body.subarray(1 + 4 + 1 + 3));
    const padded = writer.finish();
    expect(
      verifyResultLink(`#r=${encodeBase64Url(sealEnvelope('result', padded))}`, levels),
    ).toMatchObject({ reason: 'damaged' });
  });
});

describe('decisions per stage are capped', () => {
  const level = levels.traffic;
  const cap = maxActionsFor(level);
  const discount = (i: number): Action => ({
    type: 'setDiscount',
    listingId: level.listings[0]?.id ?? 'tee',
    discountBp: 100 * (i % 30),
  });
  const days = Array.from({ length: level.days }, () => ({ type: 'advanceDay' }) as const);

  it('is days + 1 times the per-day allowance', () => {
    expect(cap).toBe((level.days + 1) * MAX_ACTIONS_PER_DAY);
  });

  it('a log at the cap is carried; one more is refused by the encoder', () => {
    const atCap = [...Array.from({ length: cap }, (_, i) => discount(i)), ...days];
    const ok = encodeResultLink({ ...run, stages: [{ stage: 'traffic', log: atCap }] }, levels);
    expect(ok.ok).toBe(true);
    const over = [discount(1), ...atCap];
    expect(
      encodeResultLink({ ...run, stages: [{ stage: 'traffic', log: over }] }, levels),
    ).toMatchObject({ ok: false, error: 'invalid_run' });
  });

  /** A traffic-only result body around a hand-made log, sealed in the given format. */
  const sealedLog = (logBytes: Uint8Array, format: 1 | 2): string => {
    const writer = new ByteWriter();
    writer.u32(9);
    writer.u8(0);
    writer.varint(0);
    writer.u8(0b0001);
    writer.u32(levelHash(level));
    writer.varint(logBytes.length);
    writer.raw(logBytes);
    return `#r=${encodeBase64Url(sealEnvelope('result', writer.finish(), { format }))}`;
  };

  const refusedQuickly = (text: string) => {
    expect(text.length).toBeLessThan(1_000);
    const started = performance.now();
    expect(verifyResultLink(text, levels)).toMatchObject({
      reason: 'too_large',
      message: LINK_MESSAGES.too_large,
    });
    expect(performance.now() - started).toBeLessThan(200);
  };

  it('a hand-made format-1 link with 12,000 actions is refused before anything replays', () => {
    const one = new ByteWriter();
    encodeLog(one, level, [discount(3)]);
    const opBytes = one.finish();
    const log = new ByteWriter();
    for (let i = 0; i < 12_000; i++) log.raw(opBytes);
    refusedQuickly(sealedLog(log.finish(), 1));
  });

  it('a hand-made format-2 link claiming 12,000 actions is refused before they are read', () => {
    const log = new ByteWriter();
    log.varint(12_000);
    // setDiscount ops, one discount column (base 0, all equal): as an encoder would lay it out.
    for (let i = 0; i < 12_000; i++) log.u8(TYPE_CODES.indexOf('setDiscount'));
    log.varint(0);
    log.varint(0);
    log.varint(0);
    refusedQuickly(sealedLog(log.finish(), 2));
  });
});

describe('the query form the game shares', () => {
  it('encodes ?r= and ?s= on the page address, dropping its own query and fragment', () => {
    const result = encodeResultLink(run, levels, 'https://game.test/play/?lang=zh#top', 'query');
    expect(result).toMatchObject({ ok: true, link: `https://game.test/play/?r=${payload}` });
    if (!result.ok) return;
    expect(verifyResultLink(`${result.link}&shareTo=weixin`, levels).ok).toBe(true);
    const session = encodeSessionLink(
      { name: 'Class', seed: 4, levers: {}, stages: ['traffic'], language: null },
      levels,
      'https://game.test/',
      'query',
    );
    expect(session.ok && session.link.startsWith('https://game.test/?s=')).toBe(true);
  });
});

describe('the address a page is opened with', () => {
  it('routes both forms, ignores chat-app parameters, and treats an empty link as none', () => {
    expect(addressLink(`?r=${payload}&shareTo=weixin`, '')).toEqual({
      kind: 'r',
      text: `?r=${payload}&shareTo=weixin`,
    });
    expect(addressLink('?nsukey=abc&from=singlemessage', `#s=${payload}`)?.kind).toBe('s');
    expect(addressLink('?from=timeline&isappinstalled=0', `#r=${payload}`)?.kind).toBe('r');
    for (const [search, hash] of [
      ['', '#r='],
      ['', '#s='],
      ['?r=', ''],
      ['?s=&from=singlemessage', ''],
      ['?seed=5', ''],
      ['', '#trainer'],
    ] as const) {
      expect(addressLink(search, hash)).toBeNull();
    }
  });
});
