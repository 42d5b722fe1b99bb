import { describe, expect, it } from 'vitest';
import { formatHeadlineFen, MINUS } from '../../src/present/format';

describe('headline money in Chinese uses 万 from ¥10,000', () => {
  it.each([
    [999_999, 'zh', '¥10,000'],
    [1_000_000, 'zh', '¥1万'],
    [12_340_000, 'zh', '¥12.3万'],
    [12_350_000, 'zh', '¥12.4万'],
    [123_456_789_00, 'zh', '¥12,345.7万'],
    [-5_000_000, 'zh', `${MINUS}¥5万`],
    [12_340_000, 'en', '¥123,400'],
  ] as const)('%i fen in %s -> %s', (fen, language, text) => {
    expect(formatHeadlineFen(fen, language)).toBe(text);
  });

  it('signs positive deltas when asked', () => {
    expect(formatHeadlineFen(2_000_000, 'zh', { signed: true })).toBe('+¥2万');
    expect(formatHeadlineFen(5_000, 'zh', { signed: true })).toBe('+¥50');
  });
});
