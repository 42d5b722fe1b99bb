import { describe, expect, it } from 'vitest';
import type { Level, SimState } from '../../src/sim';
import { hunterClaimFen, pnlTotal } from '../../src/sim';
import { fresh, meterEvent, passDays, play, tweakLevel } from './levels';

function market(change: (l: Level) => void = () => {}): Level {
  return tweakLevel('market', (l) => {
    l.events = [meterEvent('hunterClaim', l.days), meterEvent('ipComplaint', l.days)];
    change(l);
  });
}

/** Passes days until an event of `kind` opens, or the stage ends. */
function untilEvent(level: Level, state: SimState, kind: string): SimState {
  let current = state;
  while (current.outcome === 'running' && current.pendingEvent?.kind !== kind) {
    current = passDays(level, current, 1);
  }
  return current;
}

describe('copying competitors', () => {
  it('a copy takes on the bestseller’s trend fit in proportion to its similarity', () => {
    const level = market();
    const close = play(level, fresh(level), [
      {
        type: 'copyCompetitor',
        listingId: 'tote',
        competitorId: 'moon-tote',
        differentiationBp: 1000,
      },
    ]);
    const loose = play(level, fresh(level), [
      {
        type: 'copyCompetitor',
        listingId: 'tote',
        competitorId: 'moon-tote',
        differentiationBp: 6000,
      },
    ]);
    expect(close.listings[0]!.trendFitBp).toBeGreaterThan(loose.listings[0]!.trendFitBp);
    expect(loose.listings[0]!.trendFitBp).toBeGreaterThan(fresh(level).listings[0]!.trendFitBp);
  });

  it('a loose copy of an unregistered design draws no complaint; a near-exact one does', () => {
    const level = market();
    const copying = (differentiationBp: number) =>
      passDays(
        level,
        play(level, fresh(level), [
          { type: 'copyCompetitor', listingId: 'tote', competitorId: 'kraft', differentiationBp },
          { type: 'setAds', listingId: 'tote', dailyBudgetFen: 30_000, bidFen: 130 },
        ]),
        level.days,
      );
    expect(copying(3000).totals.complaints).toBe(0);
    expect(copying(0).totals.complaints).toBeGreaterThan(0);
  });

  it('accepting an IP complaint takes the listing down and resets its sales and reviews', () => {
    const level = market();
    const opened = untilEvent(
      level,
      play(level, fresh(level), [
        {
          type: 'copyCompetitor',
          listingId: 'tote',
          competitorId: 'moon-tote',
          differentiationBp: 0,
        },
        { type: 'setAds', listingId: 'tote', dailyBudgetFen: 30_000, bidFen: 130 },
      ]),
      'ipComplaint',
    );
    expect(opened.pendingEvent?.choices).toEqual(['accept', 'contest', 'changeListing']);
    const taken = play(level, opened, [{ type: 'respondEvent', choice: 'accept' }]);
    const listing = taken.listings[0]!;
    expect(listing.takedownDays).toBe(30);
    expect(listing.reviewsGood + listing.reviewsBad).toBe(0);
    expect(listing.sales7.every((n) => n === 0)).toBe(true);
    const next = passDays(level, taken, 1);
    expect(next.series.orders[next.day - 1]).toBe(0);
  });

  it('changing the listing after a complaint keeps its reviews but costs a redesign', () => {
    const level = market();
    const opened = untilEvent(
      level,
      play(level, fresh(level), [
        {
          type: 'copyCompetitor',
          listingId: 'tote',
          competitorId: 'moon-tote',
          differentiationBp: 0,
        },
        { type: 'setAds', listingId: 'tote', dailyBudgetFen: 30_000, bidFen: 130 },
      ]),
      'ipComplaint',
    );
    const reviews = opened.listings[0]!.reviewsGood;
    const changed = play(level, opened, [{ type: 'respondEvent', choice: 'changeListing' }]);
    expect(changed.listings[0]!.reviewsGood).toBe(reviews);
    expect(changed.listings[0]!.similarityBp).toBe(5000);
    expect(pnlTotal(changed.ledger, 'finesAndClaims')).toBeLessThan(
      pnlTotal(opened.ledger, 'finesAndClaims'),
    );
  });
});

describe('claims and anti-counterfeiters', () => {
  it('a hunter claims refund plus three times the price, at least 500 yuan', () => {
    const listing = fresh(market()).listings[0]!;
    expect(hunterClaimFen(listing, 2)).toBe(2 * 6900 + 50_000);
    expect(hunterClaimFen(listing, 6)).toBe(6 * 6900 + 3 * 6 * 6900);
  });

  it('superlative claims bring a hunter; settling pays the claim', () => {
    const level = market();
    const opened = untilEvent(
      level,
      play(level, fresh(level), [
        { type: 'setClaims', listingId: 'tote', superlative: true, materialClaim: false },
        { type: 'setAds', listingId: 'tote', dailyBudgetFen: 30_000, bidFen: 130 },
      ]),
      'hunterClaim',
    );
    const claim = opened.pendingEvent!.amountFen;
    const settled = play(level, opened, [{ type: 'respondEvent', choice: 'settle' }]);
    expect(
      pnlTotal(settled.ledger, 'finesAndClaims') - pnlTotal(opened.ledger, 'finesAndClaims'),
    ).toBe(-claim);
  });

  it('honest copy without claims draws no hunters', () => {
    const level = market();
    const state = passDays(
      level,
      play(level, fresh(level), [
        { type: 'setAds', listingId: 'tote', dailyBudgetFen: 30_000, bidFen: 130 },
      ]),
      level.days,
    );
    expect(state.totals.hunterClaims).toBe(0);
  });

  it('claims lift conversion', () => {
    const level = market((l) => (l.events = []));
    const plain = passDays(level, fresh(level), 10);
    const bold = passDays(
      level,
      play(level, fresh(level), [
        { type: 'setClaims', listingId: 'tote', superlative: true, materialClaim: true },
      ]),
      10,
    );
    expect(bold.totals.orders).toBeGreaterThan(plain.totals.orders);
  });
});
