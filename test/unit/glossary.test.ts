import { describe, expect, it } from 'vitest';
import {
  BOOKS_LINE_TERMS,
  EVENT_TERMS,
  GLOSSARY,
  HEADING_TERMS,
  type GlossaryTerm,
} from '../../src/ui/kit/glossary';
import { en, type MessageKey } from '../../src/present/i18n/en';
import { zh } from '../../src/present/i18n/zh';

const TERMS = Object.keys(GLOSSARY) as GlossaryTerm[];

describe('the glossary of marketplace terms', () => {
  it('covers the terms the essay and the game use', () => {
    expect(Object.values(GLOSSARY).sort()).toEqual(
      [
        '直通车',
        '七天螺旋',
        '123玩法',
        '黑车',
        '黑搜',
        '刷单',
        '职业打假人',
        '退一赔三',
        'GMV',
      ].sort(),
    );
  });

  for (const term of TERMS) {
    it(`explains ${GLOSSARY[term]} in English and in Chinese, naming the term`, () => {
      const key = `glossary.${term}` as MessageKey;
      const english = en[key];
      const chinese = zh[key];
      expect(english, key).toBeTypeOf('string');
      expect(chinese, key).toBeTypeOf('string');
      // The tip names the term as the player sees it, then says what it means in a sentence.
      expect(english.startsWith(GLOSSARY[term])).toBe(true);
      expect(chinese.startsWith(GLOSSARY[term])).toBe(true);
      expect(english.length).toBeGreaterThan(GLOSSARY[term].length + 20);
      expect(chinese.length).toBeGreaterThan(GLOSSARY[term].length + 6);
      expect(english).not.toBe(chinese);
      // Short: a tip, not a lecture.
      expect(english.length).toBeLessThanOrEqual(160);
      expect(chinese.length).toBeLessThanOrEqual(80);
    });
  }

  it('names the term in the tip button’s accessible label in both languages', () => {
    expect(en['glossary.open']).toContain('{term}');
    expect(zh['glossary.open']).toContain('{term}');
  });

  it('places every term somewhere in the UI: a decision heading, an event, a line of the books', () => {
    const placed = new Set<GlossaryTerm>([
      ...Object.values(HEADING_TERMS).flat(),
      ...Object.values(EVENT_TERMS).flat(),
      ...Object.values(BOOKS_LINE_TERMS).flat(),
    ]);
    expect([...placed].sort()).toEqual([...TERMS].sort());
    // The hunter and the rule they claim under appear where the claim does: the Stage 3 claims
    // heading, the hunter's event and the books' fines-and-claims line.
    for (const where of [
      HEADING_TERMS['claims.heading'],
      EVENT_TERMS['hunterClaim'],
      BOOKS_LINE_TERMS['finesAndClaims'],
    ]) {
      expect(where).toEqual(['hunter', 'refund3']);
    }
  });

  it('uses only catalogue keys as headings', () => {
    for (const key of Object.keys(HEADING_TERMS)) {
      expect(en[key as MessageKey], key).toBeTypeOf('string');
      expect(zh[key as MessageKey], key).toBeTypeOf('string');
    }
  });
});
