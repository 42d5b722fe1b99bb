import { describe, expect, it } from 'vitest';
import { stateHash, type SimState } from '../../src/sim';
import { fresh, loadLevel, passDays, play } from './levels';

const traffic = loadLevel('traffic');

function withAds(budgetFen: number, bidFen: number, dayCount: number): SimState {
  const state = fresh(traffic, 7);
  const listingId = state.listings[0]?.id ?? '';
  const started = play(traffic, state, [
    { type: 'setAds', listingId, dailyBudgetFen: budgetFen, bidFen },
  ]);
  return passDays(traffic, started, dayCount);
}

describe('the ad report per listing', () => {
  it('adds up to the paid visits and the ad spend the sim booked', () => {
    const state = withAds(20_000, 150, 12);
    const stage = state.ads[0]?.stage;
    expect(stage?.clicks).toBeGreaterThan(0);
    let spend = 0;
    for (const fen of state.series.adSpendFen) spend += fen;
    expect(stage?.spendFen).toBe(spend);
    let paid = 0;
    for (const visits of state.series.visitsPaid) paid += visits;
    expect(stage?.clicks).toBe(paid);
    expect(state.ads[0]?.yesterday.clicks).toBe(state.today?.visitsPaid);
    expect(stage?.impressions).toBeGreaterThan(stage?.clicks ?? 0);
    expect(stage?.orders).toBeLessThanOrEqual(state.totals.orders);
    expect(stage?.orders).toBeGreaterThan(0);
  });

  it('shows a bid below the cheapest slot as no showing and the price it would need', () => {
    const state = withAds(20_000, 50, 3);
    const yesterday = state.ads[0]?.yesterday;
    expect(yesterday?.impressions).toBe(0);
    expect(yesterday?.clicks).toBe(0);
    expect(yesterday?.spendFen).toBe(0);
    expect(yesterday?.slotPriceFen).toBeGreaterThan(50);
  });

  it('leaves the run code as it was: the report is outside the state hash', () => {
    const state = withAds(20_000, 150, 5);
    const without = structuredClone(state);
    without.ads = [];
    expect(stateHash(without)).toBe(stateHash(state));
  });
});
