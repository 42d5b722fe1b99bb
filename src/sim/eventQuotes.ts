/**
 * The figures behind the choices of the deck's events, computed once for both the dialog and the
 * rules: `eventKinds.ts` books exactly the amounts these functions return, and a unit test holds
 * the two together, so a player is never quoted one number and charged another.
 */
import { customerServiceFactorBp } from './conversion';
import type { Level } from './level';
import { levelTables } from './levelCache';
import { BP, mulBp } from './math';
import { orderMargin, type OrderMargin } from './quotes';
import type { ListingState, PendingEvent, ReturnBatch, SimState } from './state';
import { customerServiceCapacity } from './staffLoad';
import { effectiveMoq, quotePurchase, type PurchaseQuote } from './supply';
import { ratingCenti } from './traffic';

/** The terms of the deck's events; the dialog shows them, the rules use them. */
export const DECK_TERMS = {
  /** A partial refund (部分退款) to each unhappy buyer, in bp of the price paid, at least ¥5. */
  compensationBp: 2_000,
  compensationMinFen: 500,
  surgeDays: 4,
  /** Chats over a normal day while the surge lasts. */
  chatSurgeBp: 5_000,
  /** A temp agent from an agency costs one and a half times a staff agent's daily wage. */
  tempWageBp: 15_000,
  maxTempAgents: 5,
  /** A rival caught brushing loses half its search weight. */
  rivalDropBp: 5_000,
  pushDays: 5,
  /** Extra organic visits while an ad push fills the rival's place. */
  pushTrafficBp: 4_000,
  /** The push is billed like clicks in the cheap slots the rival left. */
  pushCostPerVisitFen: 60,
  /** A faulty batch adds this much to the listing's return (and bad-review) rate. */
  defectExtraBp: 800,
  reworkPerUnitFen: 300,
  /** Stock-up: how much of a normal week to order ahead of pre-heat and the festival, in bp. */
  stockUpWeekBp: 13_000,
  /** Pre-sale: deposit holders come back on the day; their deposit counts for more (定金膨胀). */
  presaleSearchBp: 6_000,
  presaleDiscountBp: 500,
  /** Pre-heat ad push: add-to-cart ads before the day, paid now. */
  adPushSearchBp: 4_000,
  adPushPerListingFen: 250_000,
  /** Graded returns: more of the festival's returns go back on the shelf, for a fee per unit. */
  inspectPerUnitFen: 300,
  inspectResellableBp: 9_500,
} as const;

function paidPriceFen(listing: ListingState): number {
  return listing.priceFen - mulBp(listing.priceFen, listing.discountBp);
}

export interface ReviewWaveQuote {
  reviews: number;
  compensateFen: number;
  ratingNowCenti: number;
  ratingIgnoredCenti: number;
}

export function reviewWaveQuote(listing: ListingState, reviews: number): ReviewWaveQuote {
  const each = Math.max(
    DECK_TERMS.compensationMinFen,
    mulBp(paidPriceFen(listing), DECK_TERMS.compensationBp),
  );
  return {
    reviews,
    compensateFen: reviews * each,
    ratingNowCenti: ratingCenti(listing),
    ratingIgnoredCenti: ratingCenti({
      ...listing,
      reviewsBad: listing.reviewsBad + reviews,
    }),
  };
}

export interface ServiceSurgeQuote {
  days: number;
  chatsNow: number;
  chatsSurge: number;
  capacity: number;
  tempAgents: number;
  capacityWithTemps: number;
  tempCostFen: number;
  /** The conversion factor of answered chats, in bp, during the surge. */
  conversionSlideBp: number;
  conversionTempBp: number;
}

export function serviceSurgeQuote(level: Level, state: SimState): ServiceSurgeQuote {
  const chatsNow = state.today?.chats ?? 0;
  const chatsSurge = mulBp(chatsNow, BP + DECK_TERMS.chatSurgeBp);
  const capacity = customerServiceCapacity(level, state.staff);
  const perAgent = Math.max(1, level.roles.customerService.capacityPerDay);
  const shortfall = Math.max(0, chatsSurge - capacity);
  const tempAgents = Math.min(
    DECK_TERMS.maxTempAgents,
    Math.max(1, Math.ceil(shortfall / perAgent)),
  );
  const dailyFen = Math.ceil(mulBp(state.wagesFen.customerService, DECK_TERMS.tempWageBp) / 30);
  const capacityWithTemps = capacity + tempAgents * perAgent;
  return {
    days: DECK_TERMS.surgeDays,
    chatsNow,
    chatsSurge,
    capacity,
    tempAgents,
    capacityWithTemps,
    tempCostFen: tempAgents * dailyFen * DECK_TERMS.surgeDays,
    conversionSlideBp: customerServiceFactorBp(capacity, chatsSurge),
    conversionTempBp: customerServiceFactorBp(capacityWithTemps, chatsSurge),
  };
}

export interface AdPushQuote {
  days: number;
  extraVisitsPerDay: number;
  /** Orders a day the extra visits would bring at yesterday's conversion. */
  extraOrdersPerDay: number;
  feeFen: number;
  margin: OrderMargin | null;
}

/** Filling a caught rival's place with an ad push: the fee against what the visits earn. */
export function rivalPushQuote(level: Level, state: SimState): AdPushQuote {
  const visits = state.today?.visitsOrganic ?? 0;
  const extraVisitsPerDay = mulBp(visits, DECK_TERMS.pushTrafficBp);
  const orders = state.today?.orders ?? 0;
  const seen = visits + (state.today?.visitsPaid ?? 0);
  const extraOrdersPerDay = seen === 0 ? 0 : Math.floor((extraVisitsPerDay * orders) / seen);
  const listing = state.listings[0];
  return {
    days: DECK_TERMS.pushDays,
    extraVisitsPerDay,
    extraOrdersPerDay,
    feeFen: extraVisitsPerDay * DECK_TERMS.pushDays * DECK_TERMS.pushCostPerVisitFen,
    margin: listing ? orderMargin(level, listing, listing.discountBp) : null,
  };
}

export interface DefectQuote {
  units: number;
  reworkFen: number;
  extraReturnBp: number;
  /** Extra returns the faulty units bring if shipped as they are. */
  extraReturns: number;
  /** What one return costs the shop beyond the refund: handling plus the unit written off. */
  returnCostFen: number;
}

export function defectQuote(level: Level, listing: ListingState): DefectQuote {
  const units = listing.onHand;
  const unitCost = units > 0 ? Math.floor(listing.stockValueFen / units) : 0;
  const writeOff = unitCost - mulBp(unitCost, level.platform.resellableReturnBp);
  return {
    units,
    reworkFen: units * DECK_TERMS.reworkPerUnitFen,
    extraReturnBp: DECK_TERMS.defectExtraBp,
    extraReturns: mulBp(units, DECK_TERMS.defectExtraBp),
    returnCostFen:
      level.platform.returnHandlingFen +
      level.platform.shippingPerParcelFen +
      level.platform.packagingPerParcelFen +
      writeOff,
  };
}

export interface StockUpLine {
  listingIndex: number;
  supplierId: string;
  qty: number;
  purchase: PurchaseQuote;
  /** Whether the deposit still fits the cash after the lines before it. */
  affordable: boolean;
}

export interface StockUpQuote {
  lines: StockUpLine[];
  depositFen: number;
  festivalDay: number;
}

function firstFestivalDay(level: Level, after: number): number {
  const kinds = levelTables(level).kind;
  for (let day = after + 1; day < kinds.length; day++) if (kinds[day] === 'festival') return day;
  return 0;
}

/**
 * One order per listing from its own supplier, sized on the last week's sales for the pre-heat
 * days and the day, at least the supplier's minimum; deposits are taken in listing order while
 * the cash lasts, so the quote says which orders the cash covers.
 */
export function stockUpQuote(level: Level, state: SimState): StockUpQuote {
  const tables = levelTables(level);
  const lines: StockUpLine[] = [];
  let cash = state.cashFen;
  let depositFen = 0;
  state.listings.forEach((listing, listingIndex) => {
    const supplier = tables.suppliers.get(listing.supplierId);
    if (!supplier) return;
    let week = 0;
    for (const sold of listing.sales7) week += sold;
    const wanted = Math.ceil(mulBp(week, DECK_TERMS.stockUpWeekBp) / 10) * 10;
    const qty = Math.max(effectiveMoq(state, supplier), wanted);
    const purchase = quotePurchase(level, state, listing, supplier, qty, false);
    const affordable = purchase.depositFen <= cash;
    if (affordable) {
      cash -= purchase.depositFen;
      depositFen += purchase.depositFen;
    }
    lines.push({ listingIndex, supplierId: supplier.id, qty, purchase, affordable });
  });
  return { lines, depositFen, festivalDay: firstFestivalDay(level, state.day) };
}

export interface PreheatQuote {
  festivalDay: number;
  presaleSearchBp: number;
  presaleDiscountBp: number;
  adPushSearchBp: number;
  adPushFeeFen: number;
  /** One order of each listing on the day: with the campaign alone and with the pre-sale bonus. */
  campaign: OrderMargin[];
  presale: OrderMargin[];
}

export function preheatQuote(level: Level, state: SimState): PreheatQuote {
  const campaignBp = state.campaignJoined === true ? state.campaignDiscountBp : 0;
  const campaign = state.listings.map((l) =>
    orderMargin(level, l, Math.max(l.discountBp, campaignBp)),
  );
  const presale = state.listings.map((l) =>
    orderMargin(level, l, Math.max(l.discountBp, campaignBp + DECK_TERMS.presaleDiscountBp)),
  );
  return {
    festivalDay: firstFestivalDay(level, state.day),
    presaleSearchBp: DECK_TERMS.presaleSearchBp,
    presaleDiscountBp: DECK_TERMS.presaleDiscountBp,
    adPushSearchBp: DECK_TERMS.adPushSearchBp,
    adPushFeeFen: DECK_TERMS.adPushPerListingFen * state.listings.length,
    campaign,
    presale,
  };
}

/** The day a batch's orders were sold: returns come back `returnLagDays` after the sale. */
function saleDay(level: Level, batch: ReturnBatch): number {
  return batch.dueDay - level.platform.returnLagDays;
}

/** Return batches still to come from orders sold on pre-heat and festival days. */
export function festivalBatches(level: Level, state: SimState): ReturnBatch[] {
  const kinds = levelTables(level).kind;
  return state.returnsDue.filter((batch) => {
    const kind = kinds[saleDay(level, batch)];
    return batch.dueDay > state.day && (kind === 'festival' || kind === 'preheat');
  });
}

export interface ReturnWaveQuote {
  /** Orders sold on the pre-heat and festival days, and how many of them are coming back. */
  festivalOrders: number;
  units: number;
  firstDueDay: number;
  inspectFen: number;
  /** Units back on the shelf as they are, and graded. */
  resoldAsIs: number;
  resoldInspected: number;
  /** The cost of the extra units an inspection saves from the write-off. */
  savedFen: number;
}

export function returnWaveQuote(level: Level, state: SimState): ReturnWaveQuote {
  const kinds = levelTables(level).kind;
  let festivalOrders = 0;
  for (let day = 1; day <= state.day; day++) {
    if (kinds[day] === 'festival' || kinds[day] === 'preheat')
      festivalOrders += state.series.orders[day - 1] ?? 0;
  }
  let units = 0;
  let firstDueDay = 0;
  let savedFen = 0;
  let resoldAsIs = 0;
  let resoldInspected = 0;
  for (const batch of festivalBatches(level, state)) {
    units += batch.qty;
    if (firstDueDay === 0 || batch.dueDay < firstDueDay) firstDueDay = batch.dueDay;
    const asIs = mulBp(batch.qty, batch.resellableBp);
    const inspected = mulBp(batch.qty, DECK_TERMS.inspectResellableBp);
    resoldAsIs += asIs;
    resoldInspected += inspected;
    savedFen += (inspected - asIs) * batch.unitCostFen;
  }
  return {
    festivalOrders,
    units,
    firstDueDay,
    inspectFen: units * DECK_TERMS.inspectPerUnitFen,
    resoldAsIs,
    resoldInspected,
    savedFen,
  };
}

/** The listing an event is about, for kinds that name one. */
export function eventListing(state: SimState, event: PendingEvent): ListingState | undefined {
  return state.listings[event.listingIndex];
}
