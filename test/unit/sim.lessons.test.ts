/**
 * Each stage's lesson must come out of the mechanics, for most seeds, not one lucky seed
 * (docs/DESIGN.md "The four stages"; docs/ECONOMICS.md §3).
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/sim';
import { loadLevel } from './levels';
import { combine, onDay, restock, runPolicy, SEEDS } from './strategies';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const countOf = <T>(xs: T[], test: (x: T) => boolean) => xs.filter(test).length;

describe('stage 1, traffic: traffic is bought, not earned', () => {
  const level = loadLevel('traffic');
  const ads = (budget: number, bid: number): Action => ({
    type: 'setAds',
    listingId: 'tee',
    dailyBudgetFen: budget,
    bidFen: bid,
  });
  const balanced = SEEDS.map(
    (seed) => runPolicy(level, seed, onDay(1, [ads(20_000, 100)])).summary,
  );
  const allIn = SEEDS.map((seed) => runPolicy(level, seed, onDay(1, [ads(300_000, 400)])).summary);
  const nothing = SEEDS.map((seed) => runPolicy(level, seed, () => []).summary);

  it('all-in ads give much higher GMV than a balanced plan and a negative net profit', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      expect(allIn[i]!.gmv).toBeGreaterThan(balanced[i]!.gmv * 1.5);
      expect(allIn[i]!.netProfit).toBeLessThan(0);
    }
  });

  it('without paid or fake traffic a new listing barely takes off and loses money', () => {
    for (const s of nothing) {
      expect(s.orders).toBeLessThan(level.goals.salesTargetOrders / 3);
      expect(s.netProfit).toBeLessThan(0);
    }
  });

  it('when the ads stop, orders and rank fall back within about two weeks', () => {
    const stopAt = 15;
    const drops = SEEDS.map((seed) => {
      const { state } = runPolicy(
        level,
        seed,
        combine(onDay(1, [ads(150_000, 260)]), onDay(stopAt, [ads(0, 100)])),
      );
      const during = state.series.orders[stopAt - 2] as number;
      const after = state.series.orders[stopAt + 13] as number;
      const rankDuring = state.series.rank[stopAt - 2] as number;
      const rankAfter = state.series.rank[stopAt + 13] as number;
      return after < during * 0.6 && rankAfter > rankDuring;
    });
    expect(countOf(drops, Boolean)).toBeGreaterThanOrEqual(9);
  });

  it('heavy fake orders lift the rank fast, then get caught in most seeds', () => {
    const runs = SEEDS.map(
      (seed) =>
        runPolicy(
          level,
          seed,
          onDay(1, [{ type: 'setFakeOrders', listingId: 'tee', searchPerDay: 25, adPerDay: 0 }]),
        ).state,
    );
    const lifted = countOf(runs, (s) => Math.min(...s.series.rank.slice(0, 10)) < 100);
    expect(lifted).toBeGreaterThanOrEqual(7);
    expect(countOf(runs, (s) => s.totals.penalties > 0)).toBeGreaterThanOrEqual(9);
    expect(countOf(runs, (s) => s.outcome === 'closed')).toBeGreaterThanOrEqual(5);
  });
});

describe('stage 2, product: the market decides, and stock ties up cash', () => {
  const level = loadLevel('product');
  const launch = (materialId: string, styleId: string, qty: number): Action[] => [
    { type: 'setDesign', listingId: 'dress', materialId, styleId },
    { type: 'orderStock', listingId: 'dress', supplierId: 'guangzhou', qty, qualityCheck: false },
    { type: 'setAds', listingId: 'dress', dailyBudgetFen: 30_000, bidFen: 130 },
  ];
  const trend = SEEDS.map((seed) =>
    runPolicy(level, seed, combine(onDay(1, launch('linen', 'aline', 800)), restock(12, 14, 300))),
  );
  const taste = SEEDS.map((seed) =>
    runPolicy(level, seed, combine(onDay(1, launch('cotton', 'own', 800)), restock(12, 14, 300))),
  );
  const hoard = SEEDS.map((seed) =>
    runPolicy(level, seed, onDay(1, launch('linen', 'aline', 3000))),
  );

  it('a design that follows the trend outsells the designer’s own taste', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      expect(trend[i]!.summary.orders).toBeGreaterThan(taste[i]!.summary.orders * 1.3);
    }
  });

  it('the designer’s own taste comes back as more returns per order', () => {
    const rate = (r: (typeof trend)[number]) => r.summary.returns / r.summary.orders;
    expect(median(taste.map(rate))).toBeGreaterThan(median(trend.map(rate)));
  });

  it('an order far above demand locks cash early and ends in clearance at a loss', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = hoard[i]!;
      expect(h.summary.cashMin).toBeLessThan(trend[i]!.summary.cashMin);
      expect(h.summary.netProfit).toBeLessThan(trend[i]!.summary.netProfit);
    }
    expect(
      countOf(hoard, (h) => h.state.totals.unitsCleared > 0 || h.state.outcome === 'bankrupt'),
    ).toBeGreaterThanOrEqual(9);
  });
});

describe('stage 3, market detective: copy with a difference, or pay for it', () => {
  const level = loadLevel('market');
  const copy = (competitorId: string, differentiationBp: number): Action[] => [
    { type: 'copyCompetitor', listingId: 'tote', competitorId, differentiationBp },
    { type: 'setAds', listingId: 'tote', dailyBudgetFen: 20_000, bidFen: 100 },
  ];
  const ads: Action[] = [
    { type: 'setAds', listingId: 'tote', dailyBudgetFen: 20_000, bidFen: 100 },
  ];
  const original = SEEDS.map((seed) => runPolicy(level, seed, onDay(1, ads)));
  const differentiated = SEEDS.map((seed) =>
    runPolicy(level, seed, onDay(1, copy('moon-tote', 5000))),
  );
  const exact = SEEDS.map((seed) => runPolicy(level, seed, onDay(1, copy('moon-tote', 300))));

  it('copying a bestseller with differentiation sells more and earns more than the old design', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      expect(differentiated[i]!.summary.orders).toBeGreaterThan(original[i]!.summary.orders * 1.5);
      expect(differentiated[i]!.summary.netProfit).toBeGreaterThan(original[i]!.summary.netProfit);
    }
  });

  it('a near-exact copy of a registered design draws an IP complaint in most seeds', () => {
    expect(countOf(exact, (r) => r.state.totals.complaints > 0)).toBeGreaterThanOrEqual(9);
    expect(countOf(differentiated, (r) => r.state.totals.complaints > 0)).toBe(0);
  });

  it('the complaint takes the listing down and the near-exact copy ends below the differentiated one', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      expect(exact[i]!.summary.netProfit).toBeLessThan(differentiated[i]!.summary.netProfit);
    }
  });

  it('superlative and material claims lift sales but draw anti-counterfeiters who claim refund plus 3x', () => {
    const claims = SEEDS.map((seed) =>
      runPolicy(
        level,
        seed,
        onDay(1, [
          ...copy('kraft', 4000),
          { type: 'setClaims', listingId: 'tote', superlative: true, materialClaim: true },
        ]),
      ),
    );
    const honest = SEEDS.map((seed) => runPolicy(level, seed, onDay(1, copy('kraft', 4000))));
    for (let i = 0; i < SEEDS.length; i++) {
      expect(claims[i]!.summary.orders).toBeGreaterThan(honest[i]!.summary.orders);
      expect(claims[i]!.state.totals.hunterClaims).toBeGreaterThan(0);
    }
    expect(median(claims.map((r) => r.summary.netProfit))).toBeLessThan(
      median(honest.map((r) => r.summary.netProfit)),
    );
  });
});

describe('stage 4, comprehensive: the trap', () => {
  const level = loadLevel('comprehensive');
  const ids = ['tee', 'dress', 'tote'];
  const gmvMax = combine(
    onDay(1, [
      ...ids.flatMap((id): Action[] => [
        { type: 'setAds', listingId: id, dailyBudgetFen: 100_000, bidFen: 260 },
        { type: 'setDiscount', listingId: id, discountBp: 3000 },
      ]),
      { type: 'setStaff', role: 'customerService', headcount: 10 },
      { type: 'setStaff', role: 'warehouse', headcount: 4 },
      { type: 'setStaff', role: 'operator', headcount: 3 },
    ]),
    restock(16, 14, 300),
  );
  const disciplined = combine(
    onDay(1, [
      { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 100 },
      { type: 'setAds', listingId: 'dress', dailyBudgetFen: 40_000, bidFen: 100 },
      { type: 'setAds', listingId: 'tote', dailyBudgetFen: 20_000, bidFen: 100 },
    ]),
    restock(16, 14, 300),
  );
  const trapped = SEEDS.map(
    (seed) => runPolicy(level, seed, gmvMax, { campaignInvitation: 'join' }).summary,
  );
  const careful = SEEDS.map((seed) => runPolicy(level, seed, disciplined).summary);

  it('maximising GMV with deep promotions, heavy ads and overstaffing ends trapped', () => {
    expect(countOf(trapped, (s) => s.outcome === 'trapped')).toBeGreaterThanOrEqual(8);
    expect(countOf(trapped, (s) => s.outcome === 'trapped' || s.outcome === 'bankrupt')).toBe(10);
  });

  it('a disciplined plan escapes with real profit', () => {
    expect(countOf(careful, (s) => s.outcome === 'escaped')).toBe(10);
  });

  it('the trapped shop sells far more and earns far less', () => {
    for (let i = 0; i < SEEDS.length; i++) {
      expect(trapped[i]!.gmv).toBeGreaterThan(careful[i]!.gmv * 2);
      expect(trapped[i]!.netProfit).toBeLessThan(careful[i]!.netProfit);
      const margin = (s: (typeof careful)[number]) => s.netProfit / s.gmv;
      expect(margin(trapped[i]!)).toBeLessThan(margin(careful[i]!) / 3);
    }
  });
});
