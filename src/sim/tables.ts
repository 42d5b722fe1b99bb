/**
 * Curves of the economy as tables (see docs/ECONOMICS.md §2; [G] rows are calibrations for play).
 * Tables instead of pow/exp keep every engine bit-identical.
 */

/** Organic visits per 100k searches by search rank (page n+1 gets about half of page n), interpolated. */
export const RANK_SHARE: readonly (readonly [number, number])[] = [
  [1, 5000],
  [2, 4000],
  [3, 3500],
  [5, 3000],
  [10, 2000],
  [20, 1000],
  [48, 500],
  [96, 200],
  [200, 80],
  [500, 20],
  [1000, 5],
];

/**
 * Top listings hold their rank with more than average conversion: their weight is inflated
 * (ECONOMICS.md: top 3 x2, 4-10 x1.4), interpolated so every rank differs. Rules 2 ends the moat
 * at rank 13 rather than 30, so that an average listing settles in the low teens (docs/RULES-2.md).
 */
export const RANK_MOAT_BP: readonly (readonly [number, number])[] = [
  [1, 20000],
  [3, 20000],
  [10, 14000],
  [13, 10000],
];

/** Extra organic visits for a new listing by its age in days. */
export const NEW_LISTING_BOOST: readonly (readonly [number, number])[] = [
  [0, 200],
  [7, 120],
  [14, 60],
  [28, 0],
];

/** Conversion factor by number of reviews. */
export const REVIEWS_FACTOR_BP: readonly (readonly [number, number])[] = [
  [0, 6000],
  [10, 7500],
  [50, 9000],
  [200, 10000],
  [1000, 11000],
];

/** Conversion factor by rating in hundredths of a star. */
export const RATING_FACTOR_BP: readonly (readonly [number, number])[] = [
  [440, 7500],
  [460, 9000],
  [480, 10000],
  [490, 10500],
];

/** Weight multiplier by days in a row of at least 5% sales growth: the seven-day spiral. */
export const SPIRAL_BP: readonly number[] = [
  10000, 10200, 10500, 11000, 11500, 12000, 12500, 13000,
];

/**
 * Paid search slots: [clicks available at base search volume, cost per click in fen].
 * Buying more clicks means bidding into higher slots, so each further tier costs more per click;
 * the cumulative averages match ECONOMICS.md (300 @ 0.60, 800 @ 0.80, 1500 @ 1.00, ...).
 */
export const AD_SLOTS: readonly (readonly [number, number])[] = [
  [300, 60],
  [500, 92],
  [700, 123],
  [1000, 175],
  [1500, 263],
  [2000, 390],
];

/** Search-volume multiplier by calendar kind, in bp. */
export const CALENDAR_SEARCH_BP = { none: 10000, preheat: 15000, festival: 30000, afterDip: 7000 };
/** Buyers in pre-heat add to cart and wait; on the day they buy more readily. */
export const CALENDAR_CONVERSION_BP = {
  none: 10000,
  preheat: 7000,
  festival: 13000,
  afterDip: 9000,
};
/** Search traffic a shop that declined the festival campaign still sees on festival days. */
export const FESTIVAL_SEARCH_DECLINED_BP = 12000;
export const FESTIVAL_CPC_BP = 15000;

export const AD_CONVERSION_BP = 8000;
/** Share of ad showings that are clicked (直通车 apparel CTR, ECONOMICS.md); reports only. */
export const AD_CLICK_THROUGH_BP = 200;
export const CHATS_PER_VISIT_BP = 300;
export const REVIEW_SHARE_BP = 3000;
export const FAKE_REVIEW_SHARE_BP = 2000;
export const PROMO_EXTRA_RETURN_BP = 1000;
/** Affiliate (淘宝客) and coupon-site commission on a promoted order, of the price paid [G]. */
export const PROMO_AFFILIATE_BP = 1000;
export const DEEP_DISCOUNT_BP = 3000;
export const LATE_PARCEL_COMPENSATION_FEN = 500;
export const OWNER_PACKING_PER_DAY = 40;
export const OWNER_OPERATOR_LISTINGS = 1;
export const DEMOTION_WEIGHT_BP = 3000;
export const DEMOTION_DAYS = 30;
export const TAKEDOWN_DAYS = 30;
/** Days a severe fake-order violation shields the item from search (Taobao: 7-day 屏蔽) [G]. */
export const SEVERE_SHIELD_DAYS = 7;
export const SPIRAL_GROWTH_BP = 11500;
export const STREAK_GROWTH_BP = 10500;
export const PLAN_DAYS = 7;
export const QUALITY_CHECK_COST_BP = 100;
export const FIRING_SEVERANCE_MONTH_BP = 5000;
export const POINTS_CLOSE_SHOP = 48;
export const CONTEST_LEGAL_COST_FEN = 500_000;
export const SUPERLATIVE_FINE_FEN = 20_000_000;
export const REDESIGN_COST_FEN = 300_000;
export const EXPEDITE_COST_BP = 1000;
