import { describe, expect, it } from 'vitest';
import {
  computeRankForTest,
  conversionBp,
  createState,
  priceFactorBp,
  type ListingState,
} from './simInternals';
import { buyClicks, computeWeight, organicVisitsScaled } from '../../src/sim/traffic';
import { customerServiceFactorBp } from '../../src/sim/conversion';
import { fresh, loadLevel, passDays, play, tweakLevel } from './levels';

const traffic = loadLevel('traffic');

function listingOf(state: ReturnType<typeof createState>): ListingState {
  return state.listings[0] as ListingState;
}

describe('search rank and organic traffic', () => {
  it('a listing with more weighted 7-day sales ranks higher', () => {
    const state = fresh(traffic);
    const listing = listingOf(state);
    listing.sales7 = [1, 1, 1, 1, 1, 1, 1];
    listing.weight = computeWeight(listing, 3000);
    const lowRank = computeRankForTest(state, listing);
    listing.sales7 = [20, 20, 20, 20, 20, 20, 20];
    listing.weight = computeWeight(listing, 3000);
    expect(computeRankForTest(state, listing)).toBeLessThan(lowRank);
  });

  it('recent days weigh more than older days in the sales weight', () => {
    const listing = listingOf(fresh(traffic));
    listing.sales7 = [10, 0, 0, 0, 0, 0, 0];
    const old = computeWeight(listing, 3000);
    listing.sales7 = [0, 0, 0, 0, 0, 0, 10];
    expect(computeWeight(listing, 3000)).toBe(old * 7);
  });

  it('a demoted listing loses rank with the same sales', () => {
    const state = fresh(traffic);
    const listing = listingOf(state);
    listing.sales7 = [15, 15, 15, 15, 15, 15, 15];
    listing.weight = computeWeight(listing, 3000);
    const rank = computeRankForTest(state, listing);
    listing.demoteDays = 10;
    expect(computeRankForTest(state, listing)).toBeGreaterThan(rank);
  });

  it('a better rank brings more organic visits', () => {
    expect(organicVisitsScaled(100_000, 5, 60, 10_000)).toBeGreaterThan(
      organicVisitsScaled(100_000, 50, 60, 10_000),
    );
  });

  it('the new-listing boost fades as the listing ages', () => {
    const young = organicVisitsScaled(100_000, 300, 0, 10_000);
    const older = organicVisitsScaled(100_000, 300, 10, 10_000);
    const old = organicVisitsScaled(100_000, 300, 40, 10_000);
    expect(young).toBeGreaterThan(older);
    expect(older).toBeGreaterThan(old);
  });

  it('the seven-day spiral streak raises the weight', () => {
    const listing = listingOf(fresh(traffic));
    listing.sales7 = [5, 6, 7, 8, 9, 10, 11];
    const flat = computeWeight(listing, 3000);
    listing.streak = 7;
    expect(computeWeight(listing, 3000)).toBe(Math.floor((flat * 13000) / 10000));
  });
});

describe('paid clicks', () => {
  it('a bigger budget buys more clicks at a higher average cost per click', () => {
    const small = buyClicks(traffic, 20_000, 400, 10_000, 10_000);
    const large = buyClicks(traffic, 300_000, 400, 10_000, 10_000);
    expect(large.clicks).toBeGreaterThan(small.clicks);
    expect(large.spendFen / large.clicks).toBeGreaterThan(small.spendFen / small.clicks);
  });

  it('a bid below the cheapest slot buys no clicks', () => {
    expect(buyClicks(traffic, 100_000, 40, 10_000, 10_000).clicks).toBe(0);
  });

  it('the bid caps which slots a budget can reach', () => {
    const lowBid = buyClicks(traffic, 1_000_000, 100, 10_000, 10_000);
    const highBid = buyClicks(traffic, 1_000_000, 400, 10_000, 10_000);
    expect(highBid.clicks).toBeGreaterThan(lowBid.clicks);
  });

  it('festival prices raise the cost per click by half', () => {
    const normal = buyClicks(traffic, 6_000, 400, 10_000, 10_000);
    const festival = buyClicks(traffic, 6_000, 400, 10_000, 15_000);
    expect(festival.marginalCpcFen).toBe(Math.floor((normal.marginalCpcFen * 15000) / 10000));
    expect(festival.clicks).toBeLessThan(normal.clicks);
  });

  it('the trainer CPC lever scales click prices', () => {
    const dear = tweakLevel('traffic', (l) => {
      l.levers.cpcScaleBp = 20_000;
    });
    expect(buyClicks(dear, 50_000, 2000, 10_000, 10_000).clicks).toBeLessThan(
      buyClicks(traffic, 50_000, 2000, 10_000, 10_000).clicks,
    );
  });

  it('ad spend is booked on the day as an ads cost', () => {
    let state = fresh(traffic);
    state = play(traffic, state, [
      { type: 'setAds', listingId: 'tee', dailyBudgetFen: 10_000, bidFen: 100 },
      { type: 'advanceDay' },
    ]);
    expect(state.series.adSpendFen[0]).toBeGreaterThan(0);
    expect(state.series.adSpendFen[0]).toBeLessThanOrEqual(10_000);
    expect(state.series.visitsPaid[0]).toBeGreaterThan(0);
  });
});

describe('conversion', () => {
  const inputs = {
    categoryConversionBp: 200,
    customerServiceBp: 10_000,
    operatorBp: 10_000,
    designerBp: 10_000,
    kind: 'none' as const,
    discountBp: 0,
    referencePriceFen: 9900,
  };

  it('more reviews convert better', () => {
    const listing = listingOf(fresh(traffic));
    const none = conversionBp(listing, inputs);
    listing.reviewsGood = 300;
    expect(conversionBp(listing, inputs)).toBeGreaterThan(none);
  });

  it('a low rating converts worse than a high one', () => {
    const listing = listingOf(fresh(traffic));
    listing.reviewsGood = 100;
    const good = conversionBp(listing, inputs);
    listing.reviewsBad = 60;
    expect(conversionBp(listing, inputs)).toBeLessThan(good);
  });

  it('a price above the reference price converts worse (elasticity -2)', () => {
    expect(priceFactorBp(10_890, 9900)).toBe(8000);
    expect(priceFactorBp(8910, 9900)).toBe(12000);
  });

  it('a discount raises conversion', () => {
    const listing = listingOf(fresh(traffic));
    expect(conversionBp(listing, { ...inputs, discountBp: 2000 })).toBeGreaterThan(
      conversionBp(listing, inputs),
    );
  });

  it('better quality converts better', () => {
    const listing = listingOf(fresh(traffic));
    const base = conversionBp(listing, inputs);
    listing.qualityBp = 12_000;
    expect(conversionBp(listing, inputs)).toBeGreaterThan(base);
  });

  it('unanswered chats convert at half rate when customer service is short', () => {
    expect(customerServiceFactorBp(150, 100)).toBe(10_000);
    expect(customerServiceFactorBp(150, 300)).toBe(7500);
    expect(customerServiceFactorBp(0, 300)).toBe(5000);
  });
});

describe('rank plans', () => {
  it('the 123 ramp places 1, 2, 3 ... fake orders and ends after seven days', () => {
    let state = fresh(tweakLevel('traffic', (l) => (l.events = [])));
    const level = tweakLevel('traffic', (l) => (l.events = []));
    state = play(level, state, [{ type: 'startPlan', listingId: 'tee', plan: 'ramp123' }]);
    state = passDays(level, state, 8);
    expect(state.series.fakeOrders.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    expect(state.listings[0]?.plan).toBeNull();
  });

  it('the spiral keeps total sales growing every day of its week', () => {
    const level = tweakLevel('traffic', (l) => (l.events = []));
    let state = play(level, fresh(level), [
      { type: 'startPlan', listingId: 'tee', plan: 'spiral' },
    ]);
    state = passDays(level, state, 7);
    const totals = state.series.orders.map((o, i) => o + (state.series.fakeOrders[i] ?? 0));
    for (let i = 1; i < 7; i++) {
      expect((totals[i] as number) * 10000).toBeGreaterThanOrEqual(
        (totals[i - 1] as number) * 10500,
      );
    }
    expect(state.listings[0]?.streak).toBeGreaterThanOrEqual(6);
  });

  it('a running plan can be cancelled', () => {
    const level = tweakLevel('traffic', (l) => (l.events = []));
    let state = play(level, fresh(level), [
      { type: 'startPlan', listingId: 'tee', plan: 'spiral' },
    ]);
    state = play(level, state, [{ type: 'cancelPlan', listingId: 'tee' }, { type: 'advanceDay' }]);
    expect(state.series.fakeOrders[0]).toBe(0);
  });
});
