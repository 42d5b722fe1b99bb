/**
 * One table of hostile names (issue 16 "Names"), each run through the whole DOM-free path: the
 * link and its verification, the class board's merging, the CSV and the CLI's text line. The same
 * table feeds the browser test of the leaderboard and the page title (test/e2e/names.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { textLine } from '../../scripts/cli/verifyFormat';
import { buildBoard } from '../../src/classroom/board';
import { boardCsv } from '../../src/classroom/csv';
import {
  displayName,
  encodeResultLink,
  graphemes,
  isolateName,
  MAX_MARKS_PER_LETTER,
  MAX_NAME_CODE_POINTS,
  sanitizeName,
  verifyResultLink,
} from '../../src/share/index';
import { HOSTILE_NAMES } from './hostileNames';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const run = runFromPlans(levels, 9, {}, 'x', ['traffic']);

function verified(name: string) {
  const made = encodeResultLink({ ...run, name }, levels);
  if (!made.ok) throw new Error(made.message);
  const result = verifyResultLink(made.link, levels);
  if (!result.ok) throw new Error(result.message);
  return { link: made.link, result };
}

const MARK = /\p{M}/u;
const SELECTOR = /[\uFE00-\uFE0F]/u;

describe('hostile names through link, verify, board, CSV and CLI', () => {
  for (const { label, raw, clean } of HOSTILE_NAMES) {
    it(`${label}`, () => {
      expect(sanitizeName(raw)).toBe(clean);
      expect(sanitizeName(clean)).toBe(clean);
      const { link, result } = verified(raw);
      expect(result.result.name).toBe(clean);
      // Whole graphemes only: the cleaned name never ends inside a flag, a skin tone or a family.
      expect(graphemes(clean).join('')).toBe(clean);
      expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_NAME_CODE_POINTS);
      let run = 0;
      for (const char of clean) {
        run = MARK.test(char) && !SELECTOR.test(char) ? run + 1 : 0;
        expect(run).toBeLessThanOrEqual(MAX_MARKS_PER_LETTER);
      }
      // The CLI isolates the name, so right-to-left text cannot reorder the line around it.
      const line = textLine(1, result);
      expect(line).toContain(`1. verified: ${isolateName(clean)} | traffic |`);
      expect(line.split('\n')).toHaveLength(2);
      // CSV: one row per hand-in, the name as one cell, a formula neutralised.
      const csv = boardCsv(buildBoard([{ line: 1, link, result: result.result }]));
      const rows = csv.split('\r\n').filter((row) => row !== '');
      expect(rows).toHaveLength(2);
      // The name is the fourth cell, after the line, "verified" and the rank.
      expect(rows[1]).not.toMatch(/^[^,]*,[^,]*,[^,]*,"?[=+\-@]/);
      // Display cuts at grapheme boundaries too.
      const shown = displayName(clean, 5);
      expect(graphemes(shown).length).toBeLessThanOrEqual(5);
      expect(clean.startsWith(shown.replace(/…$/, ''))).toBe(true);
    });
  }
});

describe('one student, one row', () => {
  it('eight hand-ins by Ann with invisible characters merge into one entry', () => {
    const spellings = [
      'Ann',
      'A\u00ADnn',
      'An\u034Fn',
      'Ann\u180E',
      '\u3164Ann',
      'A\u200Bnn',
      'Ann\u2060',
      '\uFEFFAnn',
    ];
    const items = spellings.map((name, i) => ({ line: i + 1, ...verified(name) }));
    const board = buildBoard(
      items.map(({ line, link, result }) => ({ line, link, result: result.result })),
    );
    expect(board.map((e) => e.name)).toEqual(['Ann']);
  });

  it('a family emoji stays one family, not three people', () => {
    expect(sanitizeName('👨‍👩‍👧 Lee')).toBe('👨‍👩‍👧 Lee');
    expect(graphemes(sanitizeName('👨‍👩‍👧 Lee'))[0]).toBe('👨‍👩‍👧');
    expect(sanitizeName('Ali\u200Dce')).toBe('Alice');
  });
});
