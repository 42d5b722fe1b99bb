import { accrue } from './books';
import { PNL_INDEX } from './ledger';
import type { Level } from './level';
import { BP, mulBp } from './math';
import { rollBp } from './rng';
import type { DayReport, ListingState, Notice, SimState } from './state';
import { DEMOTION_DAYS, POINTS_CLOSE_SHOP, SEVERE_SHIELD_DAYS } from './tables';

interface FakeDay {
  organic: number;
  paid: number;
  fakeSearch: number;
  fakeAd: number;
  orders: number;
}

/**
 * How suspicious today looks: conversion far above the category and a large fake share raise
 * the risk. Practitioners say conversion above ~5% (2.5x a 2% category) looks like brushing.
 * In bp: 10000 = as likely as a plain fake order.
 */
export function anomalyMultiplierBp(level: Level, day: FakeDay): number {
  const fakes = day.fakeSearch + day.fakeAd;
  const visits = day.organic + day.paid + fakes;
  if (visits === 0 || fakes === 0) return BP;
  const observedBp = Math.floor(((day.orders + fakes) * BP) / visits);
  const ratioBp = Math.floor((observedBp * BP) / level.market.categoryConversionBp);
  let multiplier = ratioBp <= 20000 ? BP : ratioBp <= 30000 ? 15_000 : 20_000;
  if (fakes * 2 > day.orders + fakes) multiplier = mulBp(multiplier, 15_000);
  return multiplier;
}

/** Chance in bp per 黑搜 fake order on a plain day. */
const SEARCH_FAKE_CHANCE_BP = 12;
/** 黑车 hides in ad traffic: 70% of the 黑搜 chance (ECONOMICS.md guesses half; docs/RULES-2.md). */
const AD_FAKE_SHARE_BP = 7000;
/**
 * Each fake order still in the platform's pattern meter adds 2.5% to the chance, up to 4.5 times:
 * the same brusher accounts ordering day after day are what the platform's models look for.
 */
const PATTERN_BP_PER_FAKE = 250;
const PATTERN_MAX_EXTRA_BP = 35_000;
/**
 * The platform sweeps, it does not watch every order: no day's chance passes 6%. Calibrated on
 * the sources (ECONOMICS.md: 2.2% of brushers detected in two months, about a quarter visibly
 * penalised): 100 fake orders over ten days are caught about one time in four, eight 黑车 a day
 * through a 40-day stage a little less than every other time, and 25 a day most of the time.
 */
const DAILY_CHANCE_CAP_BP = 600;

/** Chance in bp that the platform catches today's fake orders. */
export function detectionChanceBp(level: Level, day: FakeDay, patternMeter: number): number {
  const weighted =
    day.fakeSearch * SEARCH_FAKE_CHANCE_BP +
    Math.floor((day.fakeAd * SEARCH_FAKE_CHANCE_BP * AD_FAKE_SHARE_BP) / BP);
  const patternBp = BP + Math.min(PATTERN_MAX_EXTRA_BP, patternMeter * PATTERN_BP_PER_FAKE);
  const chance = mulBp(mulBp(weighted, anomalyMultiplierBp(level, day)), patternBp);
  return Math.min(DAILY_CHANCE_CAP_BP, mulBp(chance, level.levers.detectionStrictnessBp));
}

export function detectFakes(
  level: Level,
  state: SimState,
  listing: ListingState,
  index: number,
  day: FakeDay,
  report: DayReport,
): void {
  if (!rollBp(state.rng, detectionChanceBp(level, day, listing.fakePatternMeter))) return;
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
  // Taobao's rule: 96 or more fake orders is a major offence, 12 points the first and second
  // time, 48 from the third major one; smaller cases earn the minor points.
  const major = listing.fakeSinceCaught >= rule.majorOrders;
  if (major) state.majorOffences += 1;
  const points = !major
    ? rule.minor
    : state.majorOffences >= rule.repeatOffence
      ? rule.repeat
      : rule.major;
  state.points += points;
  // A severe violation (12 points and up) also shields the shop's item from search for a week.
  if (major) listing.takedownDays = Math.max(listing.takedownDays, SEVERE_SHIELD_DAYS);
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
    listing.fakePatternMeter,
  );
}
