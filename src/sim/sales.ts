/**
 * What one day's real and fake orders do to the books: a real sale books GMV, fees and a
 * settlement and schedules its returns and reviews; a fake order buys weight and reviews only.
 */
import { accrue, addPending, moveCash, payExpense, takeFromStock } from './books';
import { effectiveDiscountBp, mismatchBp, type DayKind } from './conversion';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { Level } from './level';
import { BP, clamp, mulBp } from './math';
import { scheduleReturns } from './returns';
import type { DayReport, ListingState, SimState } from './state';
import { FAKE_REVIEW_SHARE_BP, PROMO_AFFILIATE_BP, REVIEW_SHARE_BP } from './tables';
import { saleMoney, type ListingDay } from './dayScratch';

/**
 * A promoted order comes through the coupon sites and 淘宝客 affiliates that spread the coupon;
 * they are paid per sale (CPS advertising), in cash, on top of the discount itself.
 */
export function promoAffiliateFen(paidFen: number, discountFen: number): number {
  return discountFen > 0 ? mulBp(paidFen, PROMO_AFFILIATE_BP) : 0;
}

export function sellOrders(
  level: Level,
  state: SimState,
  listing: ListingState,
  index: number,
  orders: number,
  kind: DayKind,
  lateShareBp: number,
  report: DayReport,
): void {
  if (orders === 0) return;
  const { levers, platform } = level;
  const discountFen = mulBp(listing.priceFen, effectiveDiscountBp(state, listing, kind));
  const paidFen = listing.priceFen - discountFen;
  const commissionFen = mulBp(paidFen, levers.commissionBp);
  const paymentFeeFen = mulBp(paidFen, levers.paymentFeeBp);
  const taxFen = mulBp(paidFen, platform.taxBp);
  const unitCostBefore =
    listing.onHand === 0 ? 0 : Math.floor(listing.stockValueFen / listing.onHand);
  const cogs = takeFromStock(listing, orders);

  accrue(state, PNL_INDEX.gmv, orders * listing.priceFen);
  accrue(state, PNL_INDEX.coupons, -orders * discountFen);
  payExpense(
    state,
    PNL_INDEX.ads,
    CASH_INDEX.ads,
    orders * promoAffiliateFen(paidFen, discountFen),
  );
  accrue(state, PNL_INDEX.commission, -orders * commissionFen);
  accrue(state, PNL_INDEX.paymentFees, -orders * paymentFeeFen);
  accrue(state, PNL_INDEX.cogs, -cogs);
  payExpense(state, PNL_INDEX.taxes, CASH_INDEX.taxes, orders * taxFen);
  payExpense(
    state,
    PNL_INDEX.shipping,
    CASH_INDEX.shipping,
    orders * (platform.shippingPerParcelFen + platform.packagingPerParcelFen),
  );
  payExpense(
    state,
    PNL_INDEX.insuranceAndReturns,
    CASH_INDEX.insuranceAndReturns,
    orders * platform.freightInsurancePerOrderFen,
  );
  const settleDay = state.day + 1 + levers.settlementDays;
  addPending(state, settleDay, orders * (paidFen - commissionFen - paymentFeeFen));

  const promoExtra = kind === 'festival' || listing.discountBp >= 3000 ? 1000 : 0;
  const returnRateBp = Math.max(
    0,
    mulBp(level.market.categoryReturnBp, levers.returnRateScaleBp) +
      listing.defectBp +
      mismatchBp(listing) +
      promoExtra +
      Math.floor(lateShareBp / 10),
  );
  saleMoney.paidPerUnitFen = paidFen;
  saleMoney.commissionPerUnitFen = commissionFen;
  saleMoney.taxPerUnitFen = taxFen;
  saleMoney.unitCostFen = unitCostBefore;
  saleMoney.settleDay = settleDay;
  scheduleReturns(level, state, listing, index, orders, Math.min(returnRateBp, 9000), saleMoney);

  const carries = listing.carries;
  const reviewsTotal = orders * REVIEW_SHARE_BP + carries.reviews;
  const reviews = Math.floor(reviewsTotal / BP);
  carries.reviews = reviewsTotal - reviews * BP;
  const badShareBp = clamp(
    300 + listing.defectBp + mismatchBp(listing) + Math.floor(lateShareBp / 2),
    100,
    BP,
  );
  const badTotal = reviews * badShareBp + carries.badReviews;
  const badWanted = Math.floor(badTotal / BP);
  carries.badReviews = badTotal - badWanted * BP;
  const bad = Math.min(reviews, badWanted);
  listing.reviewsGood += reviews - bad;
  listing.reviewsBad += bad;
  listing.soldTotal += orders;
  report.reviewsGood += reviews - bad;
  report.reviewsBad += bad;
  report.orders += orders;
  report.gmvFen += orders * listing.priceFen;
  state.totals.orders += orders;
}

/** Fake orders buy weight and reviews, never revenue: the price goes out and comes back less fees. */
export function chargeFakeOrders(
  level: Level,
  state: SimState,
  listing: ListingState,
  today: ListingDay,
  kind: DayKind,
): void {
  const { levers, platform } = level;
  const fakes = today.fakeSearch + today.fakeAd;
  const paidFen =
    listing.priceFen - mulBp(listing.priceFen, effectiveDiscountBp(state, listing, kind));
  const feesFen = mulBp(paidFen, levers.commissionBp) + mulBp(paidFen, levers.paymentFeeBp);
  moveCash(state, CASH_INDEX.fakeOrderFloat, -fakes * paidFen);
  addPending(state, state.day + 1 + levers.settlementDays, fakes * (paidFen - feesFen));
  accrue(state, PNL_INDEX.fakeOrderCosts, -fakes * feesFen);
  state.totals.fakeFeesFen += fakes * feesFen;
  payExpense(
    state,
    PNL_INDEX.fakeOrderCosts,
    CASH_INDEX.fakeOrderCosts,
    fakes * (platform.brusherFeeFen + platform.emptyParcelFen) + today.fakeAd * today.fakeCpcFen,
  );
  const fakeReviews = Math.floor((fakes * FAKE_REVIEW_SHARE_BP + (fakes % 2) * 5000) / BP);
  listing.reviewsGood += fakeReviews;
  listing.fakeReviews += fakeReviews;
  listing.fakeSinceCaught += fakes;
  listing.fakeTotal += fakes;
}
