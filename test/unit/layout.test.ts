import { describe, expect, it } from 'vitest';
import { currentLayout, isSheetLayout, isSidewaysLayout, layoutFor } from '../../src/ui/kit/layout';

describe('the layout the CSS selects on', () => {
  // [stacked: ≤899 px wide or upright, sideways: landscape ≤500 px high, compact: ≤740 px wide]
  const table = [
    [false, false, false, 'desktop'],
    [true, false, false, 'phone-portrait'],
    [true, false, true, 'phone-portrait'],
    [true, true, false, 'phone-landscape'],
    [true, true, true, 'phone-landscape-compact'],
    [false, true, false, 'short'],
  ] as const;
  for (const [stacked, sideways, compact, layout] of table) {
    it(`is ${layout} when stacked=${stacked}, sideways=${sideways}, compact=${compact}`, () => {
      expect(layoutFor(stacked, sideways, compact)).toBe(layout);
    });
  }

  it('makes the decisions a sheet everywhere but the desktop, a side sheet when sideways', () => {
    const sheets = table.map(([, , , layout]) => [isSheetLayout(layout), isSidewaysLayout(layout)]);
    expect(sheets).toEqual([
      [false, false],
      [true, false],
      [true, false],
      [true, true],
      [true, true],
      [true, true],
    ]);
  });

  it('reads desktop where media queries cannot be asked (no matchMedia, as in Node)', () => {
    expect(currentLayout()).toBe('desktop');
  });
});
