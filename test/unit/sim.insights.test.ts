import { describe, expect, it } from 'vitest';
import { competitorRows, reconciliation, searchTrendSeries } from '../../src/sim';
import { fresh, loadLevel, passDays, play } from './levels';

describe('screens’ figures from the sim', () => {
  it('the platform statement reconciles with the books after sales, returns and fake orders', () => {
    const level = loadLevel('traffic');
    const state = passDays(
      level,
      play(level, fresh(level), [
        { type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 130 },
        { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 3, adPerDay: 2 },
        { type: 'setDiscount', listingId: 'tee', discountBp: 1000 },
      ]),
      30,
    );
    const { statement, balances } = reconciliation(state);
    expect(balances).toBe(true);
    expect(statement.find((l) => l.line === 'settled')!.amountFen).toBeLessThan(0);
    expect(statement.find((l) => l.line === 'fakeOrderFees')!.amountFen).toBeLessThan(0);
  });

  it('competitors are listed with their rank, price and daily sales', () => {
    const level = loadLevel('market');
    const rows = competitorRows(level, fresh(level));
    expect(rows.map((r) => r.id)).toEqual(level.market.competitors.map((c) => c.id));
    expect(rows[0]!.salesPerDayCenti).toBeGreaterThan(rows[rows.length - 1]!.salesPerDayCenti);
  });

  it('the search trend series covers every day of the stage', () => {
    const level = loadLevel('product');
    const series = searchTrendSeries(level);
    expect(series).toHaveLength(level.days);
    expect(series[24]).toBe(13_000);
  });
});
