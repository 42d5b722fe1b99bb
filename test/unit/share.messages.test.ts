import { describe, expect, it } from 'vitest';
import { LINK_MESSAGES, LINK_REASONS } from '../../src/share';
import { en } from '../../src/present/i18n/en';
import { zh } from '../../src/present/i18n/zh';

const catalogue = (messages: Readonly<Record<string, string>>, reason: string) =>
  messages[`link.${reason}`];

describe('link failure sentences in the page’s language', () => {
  it('the English catalogue says exactly what the CLI says, for every reason', () => {
    for (const reason of LINK_REASONS) {
      expect(catalogue(en, reason)).toBe(LINK_MESSAGES[reason]);
    }
  });

  it('every reason has its own Chinese sentence', () => {
    const sentences = LINK_REASONS.map((reason) => catalogue(zh, reason) ?? '');
    for (const [i, sentence] of sentences.entries()) {
      expect(sentence).toMatch(/[\u4e00-\u9fff]/);
      expect(sentence).not.toBe(LINK_MESSAGES[LINK_REASONS[i]!]);
    }
    expect(new Set(sentences).size).toBe(LINK_REASONS.length);
  });
});
