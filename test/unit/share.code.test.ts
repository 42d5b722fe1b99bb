/**
 * Short codes (src/share/code.ts): every link the game makes has one, it reads back to the same
 * link however it was typed, a mistyped code gets one clear sentence, and the pasted-text scanner
 * finds codes in chat text and hand-in files like it finds links.
 */
import { describe, expect, it } from 'vitest';
import { codeOfLink, linkParam, readCode } from '../../src/share/code';
import {
  decodeSessionLink,
  encodeResultLink,
  encodeSessionLink,
  findPastedLinks,
  LINK_MESSAGES,
  scanPastedText,
  verifyResultLink,
  type ResultRun,
} from '../../src/share/index';
import { roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, decodeClassLink, decodeHandInLink } from '../../src/share/roundLinks';
import { SCENARIO_SPEC, scenarioLinks } from '../fixtures/roundScenario';
import { busyCampaign, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const PAGE = 'https://example.org/four-stages/';
const ALPHABET = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

function linkOf(run: ResultRun): string {
  const encoded = encodeResultLink(run, levels, PAGE, 'query');
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}
function codeOf(link: string): string {
  const code = codeOfLink(link);
  if (code === null) throw new Error(`no code for ${link}`);
  return code;
}
const payloadOf = (link: string) => linkParam(link)?.payload;

const result = linkOf(runFromPlans(levels, 9, {}, 'Mei', ['traffic', 'product']));
const resultCode = codeOf(result);
const sessionEncoded = encodeSessionLink(
  {
    name: 'Class 3B',
    seed: 123_456,
    levers: { commissionBp: 500 },
    stages: ['traffic', 'product', 'market', 'comprehensive'],
    language: 'zh',
  },
  levels,
  PAGE,
  'query',
);
if (!sessionEncoded.ok) throw new Error(sessionEncoded.message);
const session = sessionEncoded.link;
const sessionCode = codeOf(session);

/** The code with the character at `at` (past the `FS-X-` prefix) replaced by another. */
function substituted(code: string, at: number, by: string): string {
  return code.slice(0, at) + by + code.slice(at + 1);
}

describe('codes', () => {
  it('carry a kind letter and groups of four from one alphabet, with no page address', () => {
    expect(resultCode).toMatch(/^FS-R-([QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{1,4})(-[^-]{1,4})*$/);
    expect(sessionCode.startsWith('FS-S-')).toBe(true);
    expect(resultCode).not.toContain('example.org');
    for (const group of resultCode.slice(5).split('-').slice(0, -1)) expect(group).toHaveLength(4);
  });

  it('read back to the very link they were made from, for a result and a session', () => {
    const read = readCode(resultCode);
    expect(read).toMatchObject({ ok: true, kind: 'result', payload: payloadOf(result) });
    expect(verifyResultLink(resultCode, levels)).toEqual(verifyResultLink(result, levels));
    expect(readCode(sessionCode)).toMatchObject({ ok: true, payload: payloadOf(session) });
    expect(decodeSessionLink(sessionCode, levels)).toEqual(decodeSessionLink(session, levels));
  });

  it('keep a session really short: tens of characters', () => {
    expect(sessionCode.length).toBeLessThan(100);
  });

  it('of a what-if carry its fork like its link', () => {
    const base = busyCampaign(levels, 7);
    const whatIf: ResultRun = { ...base, whatIf: { stage: 'traffic', forkDay: 5 } };
    const link = linkOf(whatIf);
    const code = codeOf(link);
    expect(code.startsWith('FS-R-')).toBe(true);
    expect(readCode(code)).toMatchObject({ ok: true, payload: payloadOf(link) });
  });

  it('exist for the class market’s class, brief and hand-in links, which read back unchanged', () => {
    const comprehensive = levels.comprehensive;
    const { classLink, handIns } = scenarioLinks(comprehensive);
    const [brief] = roundOneBriefs(SCENARIO_SPEC, comprehensive);
    const handIn = handIns[0]?.[0];
    if (brief === undefined || handIn === undefined) throw new Error('no scenario links');
    const cases = [
      ['FS-C-', classLink, 'class'],
      ['FS-B-', brief, 'brief'],
      ['FS-H-', handIn, 'handIn'],
    ] as const;
    for (const [prefix, link, kind] of cases) {
      const code = codeOf(link);
      expect(code.startsWith(prefix)).toBe(true);
      const read = readCode(code);
      expect(read).toMatchObject({ ok: true, kind, payload: payloadOf(link) });
    }
    const read = (link: string) => {
      const back = readCode(codeOf(link));
      return back.ok ? back.link : '';
    };
    expect(decodeClassLink(read(classLink), comprehensive).ok).toBe(true);
    expect(decodeBriefLink(read(brief), comprehensive).ok).toBe(true);
    expect(decodeHandInLink(read(handIn), SCENARIO_SPEC, comprehensive).ok).toBe(true);
  });

  it('are read however they were typed: lower case, spaces, line breaks, other dashes, full width', () => {
    const payload = payloadOf(session);
    const variants = [
      sessionCode.toLowerCase(),
      sessionCode.replace(/-/g, ' - '),
      `FS-S-${sessionCode.slice(5).replace(/-/g, '\n')}`,
      sessionCode.replace(/-/g, ''),
      sessionCode.replace(/-/g, '—').replace(/^FS—/, 'FS-'),
      sessionCode.replace(/-/g, '－'),
      sessionCode.replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ];
    for (const text of variants) expect(readCode(text)).toMatchObject({ ok: true, payload });
    // Read out with spaces for its hyphens, it is still taken for a code by the link decoder.
    expect(decodeSessionLink(sessionCode.replace(/-/g, ' '), levels).ok).toBe(true);
  });

  it('give no code for a link whose CRC does not hold, nor for text that is no link', () => {
    const payload = payloadOf(result) ?? '';
    const broken = `${PAGE}?r=${payload.slice(0, 40)}${payload[40] === 'A' ? 'B' : 'A'}${payload.slice(41)}`;
    expect(codeOfLink(broken)).toBeNull();
    expect(codeOfLink('https://example.org/')).toBeNull();
    expect(codeOfLink('#r=')).toBeNull();
  });
});

describe('a mistyped code', () => {
  const mistyped = LINK_MESSAGES.code_mistyped;

  it('gets one sentence for every single changed character of a session code', () => {
    for (let at = 5; at < sessionCode.length; at++) {
      if (sessionCode[at] === '-') continue;
      for (const by of ALPHABET) {
        if (by === sessionCode[at]) continue;
        const result = decodeSessionLink(substituted(sessionCode, at, by), levels);
        expect(result).toMatchObject({ ok: false, reason: 'code_mistyped', message: mistyped });
      }
    }
  });

  it('is caught when two neighbours are swapped, a character is lost or one is added', () => {
    const data = resultCode.replace(/-/g, '');
    for (let at = 3; at + 1 < data.length; at += 7) {
      const a = data[at] ?? '';
      const b = data[at + 1] ?? '';
      if (a === b) continue;
      const swapped = `${data.slice(0, at)}${b}${a}${data.slice(at + 2)}`;
      const lost = data.slice(0, at) + data.slice(at + 1);
      const added = `${data.slice(0, at)}Q${data.slice(at)}`;
      for (const text of [swapped, lost, added]) {
        const code = `FS-R-${text.slice(3)}`;
        expect(verifyResultLink(code, levels)).toMatchObject({ reason: 'code_mistyped' });
      }
    }
  });

  it('with a letter no code has says which letters codes use', () => {
    for (const by of ['1', 'B', 'I', 'O']) {
      expect(verifyResultLink(substituted(resultCode, 9, by), levels)).toMatchObject({
        ok: false,
        reason: 'code_characters',
        message: LINK_MESSAGES.code_characters,
      });
    }
  });

  it('with another kind letter is mistyped too: the checksum covers the letter', () => {
    expect(verifyResultLink(`FS-S-${resultCode.slice(5)}`, levels)).toMatchObject({
      reason: 'code_mistyped',
    });
    expect(readCode(`FS-Z-${resultCode.slice(5)}`)).toEqual({ ok: false, reason: 'code_mistyped' });
    expect(readCode('FS-R-')).toEqual({ ok: false, reason: 'code_mistyped' });
  });

  it('that is far too long is refused before it is read', () => {
    expect(readCode(`FS-R-${'Q'.repeat(7_000)}`)).toEqual({ ok: false, reason: 'too_long' });
  });
});

describe('codes in pasted text', () => {
  it('are found in chat text, in English and Chinese prose, as the links they stand for', () => {
    const chat = [
      `Mei: here is my result, the link broke so: ${resultCode}.`,
      `李老师：今天的课堂口令码FS-S-${sessionCode.slice(5)}，大家进入后输入名字。`,
      'Jun: thanks!',
    ].join('\n');
    expect(findPastedLinks(chat, 10)).toEqual([
      { line: 1, text: readCode(resultCode).ok ? `#r=${payloadOf(result)}` : '' },
      { line: 2, text: `#s=${payloadOf(session)}` },
    ]);
  });

  it('are found when an e-mail wrapped them over lines', () => {
    const groups = resultCode.split('-');
    const lines: string[] = [];
    for (let i = 0; i < groups.length; i += 12) lines.push(groups.slice(i, i + 12).join('-'));
    const text = `Result code:\n${lines.join('-\n')}\nBest, Mei`;
    expect(findPastedLinks(text, 10)).toEqual([{ line: 2, text: `#r=${payloadOf(result)}` }]);
  });

  it('keep a mistyped code as typed, so the verifier says it is mistyped, beside other lines', () => {
    const typo = substituted(sessionCode, 12, sessionCode[12] === 'Q' ? 'P' : 'Q');
    const lines = scanPastedText(`${typo}\nnot a link\n${result}`, 10, true);
    expect(lines.map((l) => [l.line, l.isLink])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(lines[0]?.text).toBe(typo);
    expect(decodeSessionLink(lines[0]?.text, levels)).toMatchObject({ reason: 'code_mistyped' });
  });

  it('stay linear on hostile text full of code starts', () => {
    const hostile = `${'FS-R- q '.repeat(40_000)}\n${'fs-s-'.repeat(20_000)}`;
    const started = performance.now();
    expect(scanPastedText(hostile, 1_000_000, false).length).toBeGreaterThan(1_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
