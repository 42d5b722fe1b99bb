import type { Level, LocalText, NoticeKind } from '../../sim';
import { searchTrendBp } from '../../sim';
import { AD_SLOTS, RANK_SHARE } from '../../sim/tables';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';
import { RANGES } from './controls';

/** Steps for "1 figure = N visitors": round numbers a player can multiply in their head. */
const NICE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

/**
 * The densest street the crowd's pool of 360 holds (a figure walks ~1.2 days). A stage's scale is
 * chosen so that its busiest ordinary day stays under it; `npm run bench:web` asks through
 * `?bench=1` for a street filled to it, so it measures the frame as full as it can ever get.
 */
export const DENSEST_FIGURES_PER_DAY = 300;
/** Null for players (one scale per stage); the benchmark asks for a street filled to its pool. */
let fillPerDay: number | null = null;

/** Fills the street to `perDay` figures whatever the stage (the benchmark hook in main.ts). */
export function setFiguresPerDay(perDay: number): void {
  fillPerDay = perDay;
}
/** Coins (and parcels) per day at most: each pops with a label, so fewer read better. */
export const COINS_PER_DAY = 12;

export function niceScale(amountPerDay: number, perDay: number): number {
  const wanted = amountPerDay / perDay;
  for (const n of NICE) if (n >= wanted) return n;
  return NICE[NICE.length - 1] as number;
}

/**
 * The most visitors the stage's market can send the shop on an ordinary day: every listing at
 * rank 1 at the season's peak search interest, every ad slot bought, the fake-order sliders at
 * their ends. Festival days are left out: the street may run full on them rather than every other
 * day of the stage looking empty.
 */
export function stageVisitorCeiling(level: Level): number {
  let peakDemandBp = 0;
  for (let day = 1; day <= level.days; day++) {
    peakDemandBp = Math.max(peakDemandBp, searchTrendBp(level, day));
  }
  const topShare = RANK_SHARE[0]?.[1] ?? 0;
  let adClicks = 0;
  for (const [clicks] of AD_SLOTS) adClicks += clicks;
  const perListing =
    ((level.market.searchesPerDay * topShare) / 100_000 + adClicks) * (peakDemandBp / 10_000) +
    2 * RANGES.fakesPerDay.max;
  return Math.ceil(perListing * Math.max(1, level.listings.length));
}

/**
 * "1 figure = N visitors" for a whole stage: fixed from the stage's ceiling, so a busier day
 * draws more figures instead of a new scale, and the street never holds more than its pool.
 */
export function stageVisitorsPerFigure(level: Level): number {
  return niceScale(stageVisitorCeiling(level), DENSEST_FIGURES_PER_DAY);
}

/** How many of `unit` fit between two running totals: remainders carry to the next day. */
function between(series: readonly number[], day: number, unit: number): number {
  let before = 0;
  for (let i = 0; i < day - 1; i++) before += series[i] ?? 0;
  const after = before + (series[day - 1] ?? 0);
  return Math.floor(after / unit) - Math.floor(before / unit);
}

function maxOf(...series: (readonly number[])[]): number {
  let max = 0;
  const length = series[0]?.length ?? 0;
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (const s of series) sum += s[i] ?? 0;
    max = Math.max(max, sum);
  }
  return max;
}

export interface LadderEntry {
  name: LocalText;
  rank: number;
}

/** What the street animates for the last simulated day. */
export interface StreetView {
  day: number;
  visitorsPerFigure: number;
  ordersPerCoin: number;
  figures: { organic: number; paid: number; fake: number };
  coins: number;
  /** GMV one coin stands for: the day's average order value times ordersPerCoin. */
  coinFen: number;
  parcels: number;
  emptyParcels: number;
  returns: number;
  reviewsGood: number;
  reviewsBad: number;
  notices: NoticeKind[];
  rank: number;
  rankedListings: number;
  competitors: LadderEntry[];
  shopName: LocalText;
  takenDown: boolean;
}

export function streetView(state: GameState): StreetView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { sim, level } = active;
  const s = sim.series;
  const day = sim.day;
  const visitorsPerFigure =
    fillPerDay === null
      ? stageVisitorsPerFigure(level)
      : niceScale(maxOf(s.visitsOrganic, s.visitsPaid, s.visitsFake), fillPerDay);
  const ordersPerCoin = niceScale(maxOf(s.orders, s.fakeOrders), COINS_PER_DAY);
  const today = day > 0 ? sim.today : null;
  const orders = s.orders[day - 1] ?? 0;
  const gmv = s.gmvFen[day - 1] ?? 0;
  const first = sim.listings[0];
  return {
    day,
    visitorsPerFigure,
    ordersPerCoin,
    figures: {
      organic: day > 0 ? between(s.visitsOrganic, day, visitorsPerFigure) : 0,
      paid: day > 0 ? between(s.visitsPaid, day, visitorsPerFigure) : 0,
      fake: day > 0 ? between(s.visitsFake, day, visitorsPerFigure) : 0,
    },
    coins: day > 0 ? between(s.orders, day, ordersPerCoin) : 0,
    coinFen: orders > 0 ? Math.round(gmv / orders) * ordersPerCoin : 0,
    parcels: day > 0 ? between(s.orders, day, ordersPerCoin) : 0,
    emptyParcels: day > 0 ? between(s.fakeOrders, day, ordersPerCoin) : 0,
    returns: day > 0 ? between(s.returns, day, ordersPerCoin) : 0,
    reviewsGood: today?.reviewsGood ?? 0,
    reviewsBad: today?.reviewsBad ?? 0,
    notices: today ? today.notices.map((n) => n.kind) : [],
    rank: (s.rank[day - 1] ?? 0) > level.market.listingCount ? 0 : (s.rank[day - 1] ?? 0),
    rankedListings: level.market.listingCount,
    competitors: level.market.competitors.map((c) => ({ name: c.name, rank: c.rank })),
    shopName: first?.name ?? level.title,
    takenDown: sim.listings.every((l) => l.takedownDays > 0),
  };
}
