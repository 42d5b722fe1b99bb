import { describe, expect, it } from 'vitest';
import type { StageFacts, StageSummary } from '../../src/sim';
import { achievements, PNL_LINES, summarizeStage, TRAFFIC_ADDICT_BP } from '../../src/sim';
import { penalizeBrushing } from '../../src/sim/fakes';
import { fresh, passDays, play, tweakLevel } from './levels';
import { stageSummary } from './summaryFixture';

function summary(partial: Partial<StageSummary>, facts: Partial<StageFacts> = {}): StageSummary {
  return stageSummary(partial, facts);
}

function withAds(gmv: number, adsFen: number): Partial<StageSummary> {
  return {
    gmv,
    waterfall: PNL_LINES.map((line) => ({
      line,
      amount: line === 'gmv' ? gmv : line === 'ads' ? -adsFen : 0,
    })),
  };
}

const productMaster = { unitsCleared: 0, trendFitBp: 7_500, trendFitGoalBp: 7_000 };
const detective = { copiedListings: 1, complaints: 0, hunterClaims: 0 };

describe('achievements', () => {
  it('traffic addict: ads above the share of GMV over the campaign, not at or below it', () => {
    const over = (10_000 * TRAFFIC_ADDICT_BP) / 10_000 + 1;
    expect(achievements([summary(withAds(10_000, over))], 'bankrupt')).toEqual(['trafficAddict']);
    const atLimit = (10_000 * TRAFFIC_ADDICT_BP) / 10_000;
    expect(achievements([summary(withAds(10_000, atLimit))], 'bankrupt')).toEqual([]);
    // Summed over the stages: a thrifty stage dilutes a spendthrift one.
    const mixed = [summary(withAds(10_000, over)), summary(withAds(90_000, 0))];
    expect(achievements(mixed, 'bankrupt')).toEqual([]);
  });

  it('caught brushing: the platform caught fake orders, not merely any penalty', () => {
    expect(achievements([summary({}, { brushingCaught: 1 })], 'bankrupt')).toEqual([
      'caughtBrushing',
    ]);
    // An IP takedown's penalty with clean fake orders is no brushing offence.
    const ipPenalty = summary({ fakeOrders: 30, penalties: 1 }, { brushingCaught: 0 });
    expect(achievements([ipPenalty], 'bankrupt')).toEqual([]);
  });

  it('product master: stage 2 passed on trend without clearing a unit', () => {
    const master = summary({ stage: 'product' }, productMaster);
    expect(achievements([master], 'bankrupt')).toEqual(['productMaster']);
    const cleared = summary({ stage: 'product' }, { ...productMaster, unitsCleared: 40 });
    expect(achievements([cleared], 'bankrupt')).toEqual([]);
    const offTrend = summary({ stage: 'product' }, { ...productMaster, trendFitBp: 6_999 });
    expect(achievements([offTrend], 'bankrupt')).toEqual([]);
    const failed = summary({ stage: 'product', outcome: 'failed' }, productMaster);
    expect(achievements([failed], 'bankrupt')).toEqual([]);
    // The same facts on another stage are not stage 2.
    expect(achievements([summary({ stage: 'market' }, productMaster)], 'bankrupt')).toEqual([]);
  });

  it('market detective: stage 3 passed at a profit with a copy that drew no complaint or claim', () => {
    const good = summary({ stage: 'market', netProfit: 1 }, detective);
    expect(achievements([good], 'bankrupt')).toEqual(['marketDetective']);
    const complained = summary({ stage: 'market', netProfit: 1 }, { ...detective, complaints: 1 });
    expect(achievements([complained], 'bankrupt')).toEqual([]);
    const sued = summary({ stage: 'market', netProfit: 1 }, { ...detective, hunterClaims: 1 });
    expect(achievements([sued], 'bankrupt')).toEqual([]);
    const noCopy = summary({ stage: 'market', netProfit: 1 }, { ...detective, copiedListings: 0 });
    expect(achievements([noCopy], 'bankrupt')).toEqual([]);
    const loss = summary({ stage: 'market', netProfit: 0 }, detective);
    expect(achievements([loss], 'bankrupt')).toEqual([]);
    const closed = summary({ stage: 'market', netProfit: 1, outcome: 'closed' }, detective);
    expect(achievements([closed], 'bankrupt')).toEqual([]);
  });

  it('trap found and trap escaped name the campaign’s ending', () => {
    expect(achievements([summary({})], 'trapped')).toEqual(['trapFound']);
    expect(achievements([summary({})], 'escaped')).toEqual(['trapEscaped']);
    expect(achievements([summary({})], 'bankrupt')).toEqual([]);
  });

  it('a summary saved before facts were recorded earns only what its figures decide', () => {
    const old = summary({ stage: 'product', ...withAds(10_000, 5_000) });
    delete old.facts;
    expect(achievements([old], 'trapped')).toEqual(['trafficAddict', 'trapFound']);
  });
});

describe('stage facts in the summary', () => {
  it('count brushing offences, cleared units and the trend-fit goal', () => {
    const level = tweakLevel('comprehensive', (l) => {
      l.events = [];
    });
    let state = passDays(level, fresh(level), 2);
    const listing = state.listings[0];
    if (!listing || listing.onHand < 5)
      throw new Error('the comprehensive stage starts without stock');
    state = play(level, state, [{ type: 'clearStock', listingId: listing.id, qty: 5 }]);
    const caught = structuredClone(state);
    penalizeBrushing(caught, caught.listings[0]!, 0, caught.today!);
    const facts = summarizeStage(level, caught).facts;
    expect(facts?.brushingCaught).toBe(1);
    expect(facts?.unitsCleared).toBe(5);
    expect(facts?.trendFitGoalBp).toBe(level.goals.trendFitBp);
    const fits = caught.listings.map((l) => l.trendFitBp);
    const average = Math.floor(fits.reduce((a, b) => a + b, 0) / fits.length);
    expect(facts?.trendFitBp).toBe(average);
  });

  it('count copied listings, complaints and claims', () => {
    const level = tweakLevel('market', (l) => {
      l.events = [];
    });
    const competitor = level.market.competitors[0];
    const listing = level.listings[0];
    if (!competitor || !listing) throw new Error('the market stage needs a competitor');
    const copyIt = {
      type: 'copyCompetitor',
      listingId: listing.id,
      competitorId: competitor.id,
      differentiationBp: 4_000,
    } as const;
    const state = play(level, fresh(level), [copyIt]);
    state.totals.complaints = 2;
    state.totals.hunterClaims = 1;
    const facts = summarizeStage(level, state).facts;
    expect(facts?.copiedListings).toBe(1);
    expect(facts?.complaints).toBe(2);
    expect(facts?.hunterClaims).toBe(1);
  });
});
