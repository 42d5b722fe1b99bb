import type { Level } from './level';
import { BP, lerpTable, mulBp } from './math';
import type { ListingState, SimState } from './state';
import {
  AD_SLOTS,
  DEMOTION_WEIGHT_BP,
  NEW_LISTING_BOOST,
  RANK_SHARE,
  RATING_FACTOR_BP,
  REVIEWS_FACTOR_BP,
  SPIRAL_BP,
} from './tables';

/** Searches a day at which the ad-slot table holds (ECONOMICS.md §2: a 100k-search keyword set). */
const AD_TABLE_SEARCHES = 100_000;

/**
 * Searches a day in one listing's own field: the level's volume is split among its listings,
 * each with its own keywords and its own rivals.
 */
export function fieldSearchesPerDay(level: Level): number {
  return Math.floor(level.market.searchesPerDay / Math.max(1, level.listings.length));
}

export function reviewCount(listing: ListingState): number {
  return listing.reviewsGood + listing.reviewsBad;
}

/** Rating in hundredths of a star (500 = 5.0); 0 while there is no review. */
export function ratingCenti(listing: ListingState): number {
  const n = reviewCount(listing);
  if (n === 0) return 0;
  return Math.floor((500 * listing.reviewsGood + 100 * listing.reviewsBad) / n);
}

export function reviewsFactorBp(listing: ListingState): number {
  return lerpTable(REVIEWS_FACTOR_BP, reviewCount(listing));
}

export function ratingFactorBp(listing: ListingState): number {
  const rating = ratingCenti(listing);
  return rating === 0 ? BP : lerpTable(RATING_FACTOR_BP, rating);
}

/** Listing quality as the search engine sees it: reviews x rating x product quality. */
export function qualityFactorBp(listing: ListingState): number {
  return mulBp(mulBp(reviewsFactorBp(listing), ratingFactorBp(listing)), listing.qualityBp);
}

/**
 * The search weight: 7-day weighted sales (today counts 7, six days ago counts 1, divided by 4,
 * so a steady seller weighs its weekly sales), scaled by quality, the spiral streak and refunds.
 * Stored as weekly units x 10000.
 */
export function computeWeight(listing: ListingState, refundRateBp: number): number {
  let weighted = 0;
  for (let i = 0; i < 7; i++) weighted += (i + 1) * (listing.sales7[i] as number);
  const base = weighted * 2500;
  const spiral = SPIRAL_BP[Math.min(listing.streak, SPIRAL_BP.length - 1)] as number;
  const refundFactor = BP - Math.floor(refundRateBp / 2);
  return mulBp(mulBp(mulBp(base, qualityFactorBp(listing)), spiral), refundFactor);
}

/** 1 + the number of ranked listings weighing more than this one in today's demand. */
export function computeRank(state: SimState, listing: ListingState, demandAvgBp: number): number {
  const weights = state.competitorWeights;
  let effective = listing.weight;
  if (listing.demoteDays > 0) effective = mulBp(effective, DEMOTION_WEIGHT_BP);
  // Competitors' sales move with demand; comparing against demand-scaled weights is the same.
  const threshold = Math.floor((effective * BP) / Math.max(1, demandAvgBp));
  let lo = 0;
  let hi = weights.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((weights[mid] as number) > threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** Organic visits in units of 1/100000, before the carry turns them into whole visits. */
export function organicVisitsScaled(
  searches: number,
  rank: number,
  ageDays: number,
  demandBp: number,
): number {
  const boost = lerpTable(NEW_LISTING_BOOST, ageDays);
  return searches * lerpTable(RANK_SHARE, rank) + mulBp(boost, demandBp) * 100_000;
}

export interface AdPurchase {
  clicks: number;
  spendFen: number;
  /** What one more click at this bid costs: the price of 黑车 fake clicks. */
  marginalCpcFen: number;
}

/**
 * Buys clicks slot by slot, cheapest first, while the bid reaches the slot's price and the budget
 * lasts. Higher budgets therefore pay more per click.
 */
export function buyClicks(
  level: Level,
  budgetFen: number,
  bidFen: number,
  demandBp: number,
  cpcBp: number,
): AdPurchase {
  const out: AdPurchase = { clicks: 0, spendFen: 0, marginalCpcFen: 0 };
  return buyClicksInto(out, level, budgetFen, bidFen, demandBp, cpcBp);
}

/** buyClicks writing into `out`: the day loop reuses one record instead of allocating one. */
export function buyClicksInto(
  out: AdPurchase,
  level: Level,
  budgetFen: number,
  bidFen: number,
  demandBp: number,
  cpcBp: number,
): AdPurchase {
  let clicks = 0;
  let spend = 0;
  let marginal = 0;
  let budget = budgetFen;
  const cpcScaleBp = level.levers.cpcScaleBp;
  // A larger field has more paid slots to sell: supply grows with its searches.
  const supplyBp = Math.floor((fieldSearchesPerDay(level) * BP) / AD_TABLE_SEARCHES);
  for (let i = 0; i < AD_SLOTS.length; i++) {
    const [slotClicks, slotCpc] = AD_SLOTS[i] as readonly [number, number];
    const cpc = Math.max(1, mulBp(mulBp(slotCpc, cpcScaleBp), cpcBp));
    if (cpc > bidFen) break;
    marginal = cpc;
    const available = mulBp(mulBp(slotClicks, demandBp), supplyBp);
    const affordable = Math.floor(budget / cpc);
    const bought = Math.min(available, affordable);
    clicks += bought;
    spend += bought * cpc;
    budget -= bought * cpc;
    if (bought < available) break;
  }
  if (marginal === 0) {
    const first = AD_SLOTS[0] as readonly [number, number];
    marginal = Math.max(1, mulBp(mulBp(first[1], cpcScaleBp), cpcBp));
  }
  out.clicks = clicks;
  out.spendFen = spend;
  out.marginalCpcFen = marginal;
  return out;
}
