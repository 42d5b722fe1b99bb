import { accrue } from './books';
import { PNL_INDEX } from './ledger';
import type { Level } from './level';
import { BP, mulBp } from './math';
import { rollBp } from './rng';
import type { DayReport, ListingState, Notice, SimState } from './state';
import { DEMOTION_DAYS, POINTS_CLOSE_SHOP } from './tables';

interface FakeDay {
  organic: number;
  paid: number;
  fakeSearch: number;
  fakeAd: number;
  orders: number;
}

/**
 * How suspicious today looks: conversion far above the category and a large fake share multiply
 * the risk. Practitioners say conversion above ~5% (2.5x a 2% category) looks like brushing.
 */
export function anomalyMultiplier(level: Level, day: FakeDay): number {
  const fakes = day.fakeSearch + day.fakeAd;
  const visits = day.organic + day.paid + fakes;
  if (visits === 0 || fakes === 0) return 1;
  const observedBp = Math.floor(((day.orders + fakes) * BP) / visits);
  const ratioBp = Math.floor((observedBp * BP) / level.market.categoryConversionBp);
  let multiplier = ratioBp <= 20000 ? 1 : ratioBp <= 30000 ? 2 : 4;
  if (fakes * 2 > day.orders + fakes) multiplier *= 2;
  return multiplier;
}

/**
 * Chance in bp that the platform catches today's fake orders (黑车 hides better than 黑搜).
 * Each fake order the listing ever placed makes the pattern 1.5% easier to see, so about 100 fake
 * orders run over ten days are caught about a quarter of the time, and sustained brushing almost
 * surely; even five a day through a whole stage is caught about every other time.
 */
export function detectionChanceBp(level: Level, day: FakeDay, fakesSoFar: number): number {
  const weighted = Math.floor((day.fakeSearch * 30 + day.fakeAd * 15) / 2);
  const history = BP + fakesSoFar * 150;
  const chance = mulBp(weighted * anomalyMultiplier(level, day), history);
  return Math.min(BP, mulBp(chance, level.levers.detectionStrictnessBp));
}

export function detectFakes(
  level: Level,
  state: SimState,
  listing: ListingState,
  index: number,
  day: FakeDay,
  report: DayReport,
): void {
  if (!rollBp(state.rng, detectionChanceBp(level, day, listing.fakeTotal))) return;
  penalizeBrushing(state, listing, index, report);
}

/** The 96-order rule's points: minor and major offences, and the third offence that closes shops. */
export const BRUSHING_POINTS = {
  minor: 6,
  major: 12,
  majorOrders: 96,
  repeat: 48,
  repeatOffence: 3,
} as const;

/**
 * The platform's fake-order rule: fake sales, ratings and reviews are removed, the item is demoted
 * for 30 days, and points follow the 96-order rule; 48 points close the shop.
 */
export function penalizeBrushing(
  state: SimState,
  listing: ListingState,
  index: number,
  report: DayReport,
): void {
  for (let i = 0; i < 7; i++) {
    const real = (listing.sales7[i] as number) - (listing.fake7[i] as number);
    listing.sales7[i] = Math.floor(real / 2);
    listing.fake7[i] = 0;
  }
  listing.reviewsGood -= Math.min(listing.reviewsGood, listing.fakeReviews);
  listing.fakeReviews = 0;
  listing.demoteDays = DEMOTION_DAYS;
  listing.streak = 0;
  listing.plan = null;
  state.offences += 1;
  const rule = BRUSHING_POINTS;
  const points =
    state.offences >= rule.repeatOffence
      ? rule.repeat
      : listing.fakeSinceCaught >= rule.majorOrders
        ? rule.major
        : rule.minor;
  state.points += points;
  listing.fakeSinceCaught = 0;
  state.totals.penalties += 1;
  report.notices.push({ kind: 'caught', listingIndex: index, amountFen: 0, qty: points });
  checkClosure(state, report.notices);
}

/** 48 points close the shop and forfeit the platform deposit. */
export function checkClosure(state: SimState, notices: Notice[]): void {
  if (state.points < POINTS_CLOSE_SHOP || state.outcome !== 'running') return;
  state.outcome = 'closed';
  accrue(state, PNL_INDEX.finesAndClaims, -state.depositFen);
  notices.push({ kind: 'shopClosed', listingIndex: 0, amountFen: state.depositFen, qty: 0 });
  state.depositFen = 0;
}

/**
 * The risk meter the player sees: today's chance of being caught if the current fake-order
 * settings run against yesterday's traffic and orders.
 */
export function fakeRiskBp(level: Level, state: SimState, listing: ListingState): number {
  const last = state.today;
  const visits = last ? last.visitsOrganic + last.visitsPaid : 0;
  const share = state.listings.length > 0 ? state.listings.length : 1;
  const planExtra =
    listing.plan === null
      ? 0
      : listing.plan.kind === 'ramp123'
        ? listing.plan.dayIndex + 1
        : Math.max(1, (listing.sales7[6] as number) >> 3);
  return detectionChanceBp(
    level,
    {
      organic: Math.floor(visits / share),
      paid: 0,
      fakeSearch: listing.fakeSearchPerDay + planExtra,
      fakeAd: listing.fakeAdPerDay,
      orders: last ? Math.floor(last.orders / share) : 0,
    },
    listing.fakeTotal,
  );
}
