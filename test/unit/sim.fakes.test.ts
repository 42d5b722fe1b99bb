import { describe, expect, it } from 'vitest';
import type { Level, SimState } from '../../src/sim';
import {
  CASH_INDEX,
  anomalyMultiplierBp,
  detectionChanceBp,
  netProfitFen,
  pnlTotal,
  journalEntries,
} from '../../src/sim';
import { penalizeBrushing } from '../../src/sim/fakes';
import { POINTS_CLOSE_SHOP } from '../../src/sim/tables';
import { fresh, passDays, play, tweakLevel } from './levels';

function quietTraffic(change: (l: Level) => void = () => {}): Level {
  return tweakLevel('traffic', (l) => {
    l.events = [];
    change(l);
  });
}

function cashOf(state: SimState, category: number): number {
  return journalEntries(state.ledger, 'cash')
    .filter((e) => e.category === category)
    .reduce((sum, e) => sum + e.amountFen, 0);
}

describe('fake orders', () => {
  it('fake orders raise sales weight and reviews but add nothing to GMV', () => {
    const never = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    const honest = passDays(never, fresh(never), 5);
    const faked = passDays(
      never,
      play(never, fresh(never), [
        { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 10, adPerDay: 0 },
      ]),
      5,
    );
    expect(faked.listings[0]?.weight).toBeGreaterThan(honest.listings[0]?.weight ?? 0);
    expect(faked.listings[0]?.reviewsGood).toBeGreaterThan(honest.listings[0]?.reviewsGood ?? 0);
    const honestGmvPerOrder = pnlTotal(honest.ledger, 'gmv') / honest.totals.orders;
    expect(pnlTotal(faked.ledger, 'gmv')).toBe(faked.totals.orders * honestGmvPerOrder);
  });

  it('fake orders cost brusher fees, empty parcels and platform fees, and never raise cash', () => {
    const never = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    const state = passDays(
      never,
      play(never, fresh(never), [
        { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 10, adPerDay: 5 },
      ]),
      3,
    );
    const fees = 15 * 3 * (never.platform.brusherFeeFen + never.platform.emptyParcelFen);
    expect(pnlTotal(state.ledger, 'fakeOrderCosts')).toBeLessThan(-fees);
    const floatOut = cashOf(state, CASH_INDEX.fakeOrderFloat);
    const costs = cashOf(state, CASH_INDEX.fakeOrderCosts);
    expect(floatOut + costs).toBeLessThan(0);
  });

  it('the price paid to brushers comes back with the settlement, less the platform fees', () => {
    const level = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    let state = play(level, fresh(level), [
      { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 10, adPerDay: 0 },
      { type: 'advanceDay' },
      { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 0, adPerDay: 0 },
    ]);
    const due = 1 + level.levers.settlementDays;
    expect(state.pendingByDay[due]).toBeGreaterThanOrEqual(10 * (9900 - 594 - 59));
    state = passDays(level, state, level.levers.settlementDays);
    expect(state.pendingByDay[due]).toBe(0);
  });

  it('conversion far above the category multiplies the detection risk', () => {
    const level = quietTraffic();
    const normal = { organic: 1000, paid: 0, fakeSearch: 5, fakeAd: 0, orders: 20 };
    const blatant = { organic: 100, paid: 0, fakeSearch: 20, fakeAd: 0, orders: 2 };
    expect(anomalyMultiplierBp(level, normal)).toBe(10_000);
    expect(anomalyMultiplierBp(level, blatant)).toBe(30_000);
    expect(detectionChanceBp(level, blatant, 0)).toBeGreaterThan(
      detectionChanceBp(level, normal, 0),
    );
  });

  it('黑车 fake orders through paid clicks are 70% as visible as 黑搜', () => {
    const level = quietTraffic();
    const day = { organic: 2000, paid: 0, fakeSearch: 0, fakeAd: 0, orders: 40 };
    expect(detectionChanceBp(level, { ...day, fakeAd: 10 }, 0) * 10).toBe(
      detectionChanceBp(level, { ...day, fakeSearch: 10 }, 0) * 7,
    );
  });

  it('fake orders still in the pattern meter raise the chance, at most 4.5 times', () => {
    const level = quietTraffic();
    const day = { organic: 2000, paid: 0, fakeSearch: 10, fakeAd: 0, orders: 40 };
    const plain = detectionChanceBp(level, day, 0);
    expect(detectionChanceBp(level, day, 40)).toBe(plain * 2);
    expect(detectionChanceBp(level, day, 100_000)).toBe(Math.floor((plain * 45_000) / 10_000));
  });

  it('the pattern meter fades once brushing stops, so old brushing no longer counts', () => {
    const never = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    let state = play(never, fresh(never), [
      { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 10, adPerDay: 0 },
    ]);
    state = passDays(never, state, 10);
    const meter = state.listings[0]!.fakePatternMeter;
    state = play(never, state, [
      { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 0, adPerDay: 0 },
    ]);
    state = passDays(never, state, 28);
    expect(meter).toBeGreaterThan(50);
    expect(state.listings[0]!.fakePatternMeter * 4).toBeLessThan(meter);
    expect(state.listings[0]!.fakeTotal).toBe(100);
  });

  it('a stricter trainer setting raises the detection chance', () => {
    const strict = quietTraffic((l) => (l.levers.detectionStrictnessBp = 20_000));
    const day = { organic: 2000, paid: 0, fakeSearch: 10, fakeAd: 0, orders: 40 };
    expect(detectionChanceBp(strict, day, 0)).toBe(2 * detectionChanceBp(quietTraffic(), day, 0));
  });

  it('when caught, fake sales and reviews are removed and the item is demoted for 30 days', () => {
    const level = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    const state = passDays(
      level,
      play(level, fresh(level), [
        { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 20, adPerDay: 0 },
      ]),
      6,
    );
    const listing = state.listings[0]!;
    const reviewsBefore = listing.reviewsGood;
    const fakeReviews = listing.fakeReviews;
    penalizeBrushing(state, listing, 0, state.today!);
    expect(listing.reviewsGood).toBe(reviewsBefore - fakeReviews);
    expect(listing.fake7.every((f) => f === 0)).toBe(true);
    expect(listing.demoteDays).toBe(30);
    expect(state.points).toBe(12);
  });

  it('fewer than 96 fake orders cost 6 points each time, and three small offences do not close', () => {
    const level = quietTraffic();
    const state = fresh(level);
    const listing = state.listings[0]!;
    const report = { notices: [] } as unknown as NonNullable<SimState['today']>;
    for (let i = 0; i < 3; i++) {
      listing.fakeSinceCaught = 10;
      penalizeBrushing(state, listing, 0, report);
    }
    expect(state.points).toBe(18);
    expect(state.outcome).toBe('running');
  });

  it('96 or more fake orders: 12 points twice, 48 at the third, which closes the shop', () => {
    const level = quietTraffic();
    const state = fresh(level);
    const listing = state.listings[0]!;
    const report = { notices: [] } as unknown as NonNullable<SimState['today']>;
    listing.fakeSinceCaught = 10;
    penalizeBrushing(state, listing, 0, report);
    for (const expected of [18, 30]) {
      listing.fakeSinceCaught = 96;
      penalizeBrushing(state, listing, 0, report);
      expect(state.points).toBe(expected);
      expect(state.outcome).toBe('running');
    }
    listing.fakeSinceCaught = 120;
    penalizeBrushing(state, listing, 0, report);
    expect(state.points).toBe(78);
    expect(state.outcome).toBe('closed');
    expect(netProfitFen(state.ledger)).toBe(-level.platform.depositFen);
    expect(state.depositFen).toBe(0);
  });

  it('a major offence shields the item from search for a week', () => {
    const level = quietTraffic();
    const state = fresh(level);
    const listing = state.listings[0]!;
    const report = { notices: [] } as unknown as NonNullable<SimState['today']>;
    listing.fakeSinceCaught = 100;
    penalizeBrushing(state, listing, 0, report);
    expect(listing.takedownDays).toBe(7);
  });

  it('about 100 fake orders over ten days are caught in roughly 10–30% of seeds', () => {
    const level = tweakLevel('traffic', () => {});
    let caught = 0;
    const seeds = 40;
    for (let seed = 1; seed <= seeds; seed++) {
      let state = play(level, fresh(level, seed), [
        { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 100 },
        { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 10, adPerDay: 0 },
      ]);
      state = passDays(level, state, 10);
      if (state.outcome === 'running')
        state = play(level, state, [
          { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 0, adPerDay: 0 },
        ]);
      if (state.totals.penalties > 0) caught += 1;
    }
    expect(caught).toBeGreaterThanOrEqual(4);
    expect(caught).toBeLessThanOrEqual(12);
  });

  it('sustained heavy brushing is caught in most seeds, but does not close every shop', () => {
    const level = tweakLevel('traffic', () => {});
    let caught = 0;
    let closed = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const state = passDays(
        level,
        play(level, fresh(level, seed), [
          { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 20, adPerDay: 0 },
        ]),
        40,
      );
      if (state.totals.penalties > 0) caught += 1;
      if (state.outcome === 'closed') closed += 1;
    }
    expect(caught).toBeGreaterThanOrEqual(15);
    expect(closed).toBeLessThan(15);
  });

  it('a shop the platform closes forfeits its pending settlements and clears its stock', () => {
    const level = quietTraffic((l) => (l.levers.detectionStrictnessBp = 0));
    let state = play(level, fresh(level), [
      { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 100 },
    ]);
    state = passDays(level, state, 10);
    const pending = state.pendingByDay.reduce((a, b) => a + b, 0);
    const finesBefore = pnlTotal(state.ledger, 'finesAndClaims');
    expect(pending).toBeGreaterThan(0);
    state.points = POINTS_CLOSE_SHOP;
    state = passDays(level, state, 1);
    expect(state.outcome).toBe('closed');
    expect(state.pendingByDay.slice(state.day + 1).every((x) => x === 0)).toBe(true);
    expect(state.listings[0]!.onHand).toBe(0);
    expect(state.returnsDue).toHaveLength(0);
    expect(pnlTotal(state.ledger, 'finesAndClaims')).toBeLessThan(
      finesBefore - level.platform.depositFen,
    );
    expect(state.totals.unitsCleared).toBeGreaterThan(3000);
  });
});
