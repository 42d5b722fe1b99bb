import { BP, lerpTable, mulBp } from './math';

/**
 * How strongly a shop draws the class's shoppers: the attraction model of ECONOMICS.md §5
 * (share_i = A_i / (A_0 + sum A_j)), with each factor a table in bp and the factors multiplied,
 * so no power is ever taken. Every table passes through 10000 at the ordinary shop: the stage's
 * own listing at the reference price, with no ads above the class's average and no coupon.
 */

type Table = readonly (readonly [number, number])[];

/** By price after discount, in bp of the market's reference price: cheaper draws, dearer repels. */
export const PRICE_ATTRACTION_BP: Table = [
  [5_000, 16_000],
  [8_000, 12_500],
  [10_000, 10_000],
  [12_000, 7_500],
  [15_000, 4_500],
  [20_000, 2_000],
  [30_000, 500],
];

/** By the listing's product quality (material x supplier or style), 10000 = the stage's own. */
export const QUALITY_ATTRACTION_BP: Table = [
  [0, 4_000],
  [5_000, 6_500],
  [8_000, 9_000],
  [10_000, 10_000],
  [12_000, 11_000],
];

/** By rating in hundredths of a star; a listing with no review yet counts as 4.5. */
export const RATING_ATTRACTION_BP: Table = [
  [300, 4_000],
  [400, 7_500],
  [450, 9_000],
  [480, 10_000],
  [500, 11_000],
];
export const UNRATED_CENTI = 450;

/** By search rank at the round's end: the top of the page is seen first (1/k-like, flattened). */
export const RANK_ATTRACTION_BP: Table = [
  [1, 14_000],
  [5, 12_500],
  [20, 11_000],
  [50, 10_000],
  [150, 9_000],
  [500, 8_000],
];

/** By the shop's daily ad budget in bp of the class's average budget (ad share x class size). */
export const AD_SHARE_ATTRACTION_BP: Table = [
  [0, 9_000],
  [10_000, 10_000],
  [20_000, 11_000],
  [40_000, 12_000],
  [100_000, 12_500],
];

/** By the coupon on the listing: a visible promotion draws beyond its price cut. */
export const PROMOTION_ATTRACTION_BP: Table = [
  [0, 10_000],
  [1_000, 10_600],
  [3_000, 11_200],
  [7_000, 11_500],
];

/**
 * The outside option per seat: shoppers who buy in another category or not at all. A quarter
 * of an ordinary shop per seat means a class of ordinary shops keeps 80% of the category's
 * shoppers and a class of better shops wins some of the rest.
 */
export const OUTSIDE_OPTION_PER_SEAT_BP = 2_500;

/** A shop never vanishes from the page entirely: the least attractive still gets a glance. */
export const MIN_ATTRACTION_BP = 1;

export interface AttractionInputs {
  effectivePriceFen: number;
  referencePriceFen: number;
  qualityBp: number;
  /** 0 while the listing has no review. */
  ratingCenti: number;
  rank: number;
  adBudgetFen: number;
  classAdBudgetFen: number;
  seats: number;
  discountBp: number;
}

export function attractionBp(inputs: AttractionInputs): number {
  const priceRatioBp = Math.floor(
    (inputs.effectivePriceFen * BP) / Math.max(1, inputs.referencePriceFen),
  );
  // With no ads anywhere in the class, nobody's ads differ from the average.
  const adRatioBp =
    inputs.classAdBudgetFen === 0
      ? BP
      : Math.floor((inputs.adBudgetFen * inputs.seats * BP) / inputs.classAdBudgetFen);
  const rating = inputs.ratingCenti === 0 ? UNRATED_CENTI : inputs.ratingCenti;
  let a = lerpTable(PRICE_ATTRACTION_BP, priceRatioBp);
  a = mulBp(a, lerpTable(QUALITY_ATTRACTION_BP, inputs.qualityBp));
  a = mulBp(a, lerpTable(RATING_ATTRACTION_BP, rating));
  a = mulBp(a, lerpTable(RANK_ATTRACTION_BP, inputs.rank));
  a = mulBp(a, lerpTable(AD_SHARE_ATTRACTION_BP, adRatioBp));
  a = mulBp(a, lerpTable(PROMOTION_ATTRACTION_BP, inputs.discountBp));
  return Math.max(MIN_ATTRACTION_BP, a);
}
