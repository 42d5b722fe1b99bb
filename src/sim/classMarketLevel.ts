import type { ClassMarketSpec, MarketState, ShopCarry } from './classMarket';
import type { CalendarSpan, Level, ListingSpec } from './level';
import { BP, lerpTable, mix32, mulBp } from './math';
import type { SimState } from './state';

/**
 * A round is played as an ordinary stage: the class market's base stage (Stage 4 by default),
 * cut to its first listing, shortened to the round's days, opened from the shop's carry and set
 * in the round's market. Building it from data keeps the whole economy in the one day loop.
 */

/** The stage's first listing is the class market's one product: quick to learn, easy to compare. */
function baseListing(base: Level): ListingSpec {
  const listing = base.listings[0];
  if (listing === undefined) throw new Error(`level ${base.id} has no listing`);
  return listing;
}

export function firstCarry(base: Level): ShopCarry {
  const listing = baseListing(base);
  return {
    cashFen: base.startCashFen,
    onHand: listing.onHand,
    unitCostFen: listing.unitCostFen,
    priceFen: listing.priceFen,
    discountBp: 0,
    adBudgetFen: 0,
    adBidFen: 100,
    supplierId: listing.supplierId,
    materialId: listing.materialId,
    styleId: listing.styleId,
    qualityBp: listing.qualityBp,
    trendFitBp: listing.trendFitBp,
    defectBp: listing.defectBp,
    reviewsGood: listing.reviewsGood,
    reviewsBad: listing.reviewsBad,
    ageDays: listing.ageDays,
    salesHistory: [...listing.salesHistory],
    staff: { ...base.staff },
  };
}

export function firstMarket(spec: ClassMarketSpec, base: Level): MarketState {
  return {
    classId: spec.classId,
    round: 1,
    referencePriceFen: base.market.referencePriceFen,
    demandBp: BP,
    previousRoundHash: '',
  };
}

/** Every shop plays a round under the same seed: the same market, the same luck. */
export function roundSeed(spec: ClassMarketSpec, round: number): number {
  return mix32(mix32(spec.seed >>> 0, spec.classId >>> 0), round);
}

/** The stage's calendar days that fall in the round, renumbered from the round's day 1. */
function roundCalendar(base: Level, offset: number, days: number): CalendarSpan[] {
  const spans: CalendarSpan[] = [];
  for (const span of base.calendar) {
    const fromDay = Math.max(1, span.fromDay - offset);
    const toDay = Math.min(days, span.toDay - offset);
    if (fromDay <= toDay) spans.push({ kind: span.kind, fromDay, toDay });
  }
  return spans;
}

/**
 * `searchScaleBp` is the clearing's lever: the share of the round's searches this shop wins
 * against its classmates, relative to playing alone (10000 while the student plays).
 */
export function roundLevel(
  base: Level,
  spec: ClassMarketSpec,
  market: MarketState,
  carry: ShopCarry,
  searchScaleBp: number = BP,
): Level {
  const days = spec.daysPerRound;
  const offset = (market.round - 1) * days;
  const trend = base.market.searchTrend.map((p) => [p.day, p.bp] as const);
  const trendAt = (day: number) => (trend.length === 0 ? BP : lerpTable(trend, offset + day));
  const listing = baseListing(base);
  const searchesPerDay = mulBp(mulBp(base.market.searchesPerDay, market.demandBp), searchScaleBp);
  const listingSpec: ListingSpec = {
    ...listing,
    priceFen: carry.priceFen,
    unitCostFen: carry.unitCostFen,
    supplierId: carry.supplierId,
    onHand: carry.onHand,
    qualityBp: carry.qualityBp,
    trendFitBp: carry.trendFitBp,
    defectBp: carry.defectBp,
    materialId: carry.materialId,
    styleId: carry.styleId,
    reviewsGood: carry.reviewsGood,
    reviewsBad: carry.reviewsBad,
    ageDays: carry.ageDays,
    salesHistory: [...carry.salesHistory],
  };
  return {
    ...base,
    days,
    startCashFen: carry.cashFen,
    levers: { ...base.levers, ...spec.levers },
    calendar: roundCalendar(base, offset, days),
    market: {
      ...base.market,
      searchesPerDay: Math.max(1, searchesPerDay),
      referencePriceFen: market.referencePriceFen,
      searchTrend: [
        { day: 1, bp: trendAt(1) },
        { day: days, bp: trendAt(days) },
      ],
    },
    listings: [listingSpec],
    staff: { ...carry.staff },
    events: base.events.filter((event) => event.fromDay <= days),
    defaultPlan: base.defaultPlan.filter(
      (step) =>
        step.day <= days && (!('listingId' in step.action) || step.action.listingId === listing.id),
    ),
  };
}

/**
 * The round boundary settles what is still open, so that a shop's next round opens on cash and
 * stock alone: payouts the platform still owes arrive, payables and credit are paid, goods in
 * transit arrive at their cost. A shop that ends below zero opens with nothing.
 */
export function carryFromState(state: SimState): ShopCarry {
  const listing = state.listings[0];
  if (listing === undefined) throw new Error('a class market shop has one listing');
  let cash = state.cashFen - state.debtFen;
  for (let day = state.day + 1; day < state.pendingByDay.length; day++) {
    cash += state.pendingByDay[day] as number;
  }
  for (const payable of state.payables) cash -= payable.amountFen;
  let onHand = listing.onHand;
  let stockValue = listing.stockValueFen;
  for (const shipment of listing.inTransit) {
    cash -= shipment.balanceFen;
    onHand += shipment.qty;
    stockValue += shipment.prepaidFen + shipment.balanceFen;
  }
  return {
    cashFen: Math.max(0, cash),
    onHand,
    unitCostFen: onHand > 0 ? Math.floor(stockValue / onHand) : 0,
    priceFen: listing.priceFen,
    discountBp: listing.discountBp,
    adBudgetFen: listing.adBudgetFen,
    adBidFen: listing.adBidFen,
    supplierId: listing.supplierId,
    materialId: listing.materialId,
    styleId: listing.styleId,
    qualityBp: listing.qualityBp,
    trendFitBp: listing.trendFitBp,
    defectBp: listing.defectBp,
    reviewsGood: listing.reviewsGood,
    reviewsBad: listing.reviewsBad,
    ageDays: listing.ageDays,
    salesHistory: listing.sales7.map((sold, i) => sold - (listing.fake7[i] ?? 0)),
    staff: { ...state.staff },
  };
}
