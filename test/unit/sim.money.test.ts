import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim';
import {
  CASH_INDEX,
  balanceSheet,
  netProfitFen,
  pnlTotal,
  journalEntries,
  sumJournal,
  waterfall,
} from '../../src/sim';
import { fresh, passDays, play, tweakLevel } from './levels';

function quiet(
  id: 'traffic' | 'product' | 'comprehensive',
  change: (l: Level) => void = () => {},
): Level {
  return tweakLevel(id, (l) => {
    l.events = [];
    change(l);
  });
}

const withAds = (level: Level) =>
  play(level, fresh(level), [
    { type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 130 },
  ]);

describe('settlement', () => {
  it('revenue of a day arrives settlementDays later, not on the day of the order', () => {
    const level = quiet('traffic');
    const state = passDays(level, withAds(level), 1);
    const settleDay = 1 + level.levers.settlementDays;
    expect(state.pendingByDay[settleDay]).toBeGreaterThan(0);
    const settlements = journalEntries(state.ledger, 'cash').filter(
      (e) => e.category === CASH_INDEX.settlements,
    );
    expect(settlements).toHaveLength(0);
  });

  it('the trainer settlement lever moves the day money arrives', () => {
    const level = quiet('traffic', (l) => (l.levers.settlementDays = 3));
    const state = passDays(level, withAds(level), 4);
    const first = journalEntries(state.ledger, 'cash').find(
      (e) => e.category === CASH_INDEX.settlements,
    );
    expect(first?.day).toBe(4);
  });
});

describe('returns', () => {
  it('returns come back after the return lag and cancel money not yet settled', () => {
    const level = quiet('traffic');
    let state = passDays(level, withAds(level), level.platform.returnLagDays);
    expect(state.totals.returns).toBe(0);
    const pendingBefore = state.pendingByDay[1 + level.levers.settlementDays] ?? 0;
    state = passDays(level, state, 1);
    expect(state.totals.returns).toBeGreaterThan(0);
    expect(state.pendingByDay[1 + level.levers.settlementDays]).toBeLessThan(pendingBefore);
    expect(pnlTotal(state.ledger, 'refunds')).toBeLessThan(0);
  });

  it('resellable returns go back to stock and the rest are written off', () => {
    const level = quiet('traffic');
    const state = passDays(level, withAds(level), 20);
    const sold = state.totals.orders;
    expect(state.listings[0]!.onHand).toBeGreaterThan(4000 - sold);
    expect(pnlTotal(state.ledger, 'writeOffs')).toBeLessThan(0);
  });

  it('a higher return-rate lever cuts net profit', () => {
    const normal = quiet('traffic');
    const high = quiet('traffic', (l) => (l.levers.returnRateScaleBp = 20_000));
    const a = passDays(normal, withAds(normal), 30);
    const b = passDays(high, withAds(high), 30);
    expect(b.totals.returns).toBeGreaterThan(a.totals.returns);
    expect(netProfitFen(b.ledger)).toBeLessThan(netProfitFen(a.ledger));
  });

  it('deep discounts bring extra returns after the promotion', () => {
    const level = quiet('traffic');
    const plain = passDays(level, withAds(level), 25);
    const deep = passDays(
      level,
      play(level, withAds(level), [{ type: 'setDiscount', listingId: 'tee', discountBp: 4000 }]),
      25,
    );
    expect(deep.totals.returns / deep.totals.orders).toBeGreaterThan(
      plain.totals.returns / plain.totals.orders,
    );
  });
});

describe('the ledger', () => {
  it('cash at the end equals cash at the start plus every cash entry', () => {
    const level = quiet('comprehensive');
    const state = passDays(level, fresh(level), 30);
    expect(state.cashFen).toBe(state.startCashFen + sumJournal(state.ledger.cash));
  });

  it('the waterfall starts with GMV and sums exactly to net profit', () => {
    const level = quiet('traffic');
    const state = passDays(level, withAds(level), 40);
    const lines = waterfall(state.ledger);
    expect(lines[0]?.line).toBe('gmv');
    expect(lines.reduce((sum, l) => sum + l.amount, 0)).toBe(netProfitFen(state.ledger));
  });

  it('the balance sheet explains net profit: equity grows by exactly the profit', () => {
    const level = quiet('comprehensive');
    const start = balanceSheet(fresh(level)).equityFen;
    const state = passDays(level, fresh(level), 45);
    expect(balanceSheet(state).equityFen - start).toBe(netProfitFen(state.ledger));
  });

  it('coupons are a cost line, and GMV is counted at the list price', () => {
    const level = quiet('traffic');
    const state = passDays(
      level,
      play(level, withAds(level), [{ type: 'setDiscount', listingId: 'tee', discountBp: 2000 }]),
      5,
    );
    expect(pnlTotal(state.ledger, 'gmv')).toBe(state.totals.orders * 9900);
    expect(pnlTotal(state.ledger, 'coupons')).toBe(-state.totals.orders * 1980);
  });
});
