import { closeDayBatch, openDayBatch, payExpense } from './books';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import {
  conversionBp,
  coverageFactorBp,
  customerServiceFactorBp,
  effectiveDiscountBp,
} from './conversion';
import { finishDay } from './dayEnd';
import { detectFakes } from './fakes';
import type { Level } from './level';
import { levelTables, type LevelTables } from './levelCache';
import { BP, mulBp } from './math';
import { processArrivals, processPayables, settleToday } from './supply';
import { processReturnsDue } from './returns';
import { chargeFakeOrders, sellOrders } from './sales';
import { updateRiskMeters } from './risk';
import type { DayReport, ListingState, SimState } from './state';
import {
  AD_CONVERSION_BP,
  CALENDAR_SEARCH_BP,
  CHATS_PER_VISIT_BP,
  FESTIVAL_CPC_BP,
  FESTIVAL_SEARCH_DECLINED_BP,
  LATE_PARCEL_COMPENSATION_FEN,
  PLAN_DAYS,
  SPIRAL_GROWTH_BP,
  STREAK_GROWTH_BP,
} from './tables';
import {
  customerServiceCapacity,
  designerCapacity,
  liveListings,
  operatorCapacity,
  packingCapacity,
} from './staffLoad';
import { buyClicksInto, computeRank, fieldSearchesPerDay, organicVisitsScaled } from './traffic';
import { ads, inputs, listingDay, listingDays, type ListingDay } from './dayScratch';
import { recordAdClicks, recordAdOrders, startAdDay } from './adStats';

/** Organic visits are computed in 1/100000 of a visit; the carry keeps the fraction. */
const VISIT_SCALE = 100_000;

/**
 * The day's report, in the object the previous day used (a replay passes hundreds of days):
 * only the state holds it, and callers outside the sim read copies of the state. Field by field:
 * Object.assign from a template was slower than allocating.
 */
function freshReport(state: SimState, day: number): DayReport {
  const report = state.today;
  if (report === null) {
    return {
      day,
      visitsOrganic: 0,
      visitsPaid: 0,
      visitsFake: 0,
      orders: 0,
      fakeOrders: 0,
      returns: 0,
      gmvFen: 0,
      reviewsGood: 0,
      reviewsBad: 0,
      parcels: 0,
      chats: 0,
      csCapacity: 0,
      packCapacity: 0,
      notices: [],
    };
  }
  report.day = day;
  report.visitsOrganic = 0;
  report.visitsPaid = 0;
  report.visitsFake = 0;
  report.orders = 0;
  report.fakeOrders = 0;
  report.returns = 0;
  report.gmvFen = 0;
  report.reviewsGood = 0;
  report.reviewsBad = 0;
  report.parcels = 0;
  report.chats = 0;
  report.csCapacity = 0;
  report.packCapacity = 0;
  report.notices.length = 0;
  return report;
}

function demandBpFor(tables: LevelTables, state: SimState, day: number): number {
  const kind = tables.kind[day] ?? 'none';
  let calendarBp = CALENDAR_SEARCH_BP[kind];
  if (kind === 'festival' && state.campaignJoined !== true)
    calendarBp = FESTIVAL_SEARCH_DECLINED_BP;
  // Pre-sale deposit holders and pre-heat ads bring buyers back on the day itself.
  if (kind === 'festival') calendarBp += state.eventEffects.festivalSearchBp;
  return mulBp(tables.trendBp[day] ?? BP, calendarBp);
}

/** Fake orders the running rank plan adds today, after today's real orders are known. */
function planFakes(listing: ListingState, realOrders: number, manualFakes: number): number {
  if (listing.plan === null) return 0;
  if (listing.plan.kind === 'ramp123') return listing.plan.dayIndex + 1;
  const yesterday = listing.sales7[6] as number;
  const target = Math.max(yesterday + 1, Math.ceil((yesterday * SPIRAL_GROWTH_BP) / BP));
  return Math.max(0, target - realOrders - manualFakes);
}

/** Drops the oldest value of a seven-day window and appends today's; a loop beats shift(). */
function pushWindow(window: number[], value: number): void {
  const last = window.length - 1;
  if (last < 0) {
    window.push(value);
    return;
  }
  for (let i = 0; i < last; i++) window[i] = window[i + 1] as number;
  window[last] = value;
}

/** Simulates day `state.day + 1` in place. The caller has checked that the day may pass. */
export function simulateDay(level: Level, state: SimState): void {
  openDayBatch();
  try {
    runDay(level, state);
  } finally {
    // finishDay wrote the batch; this only discards a batch left open by a failed day.
    closeDayBatch(state, false);
  }
}

function runDay(level: Level, state: SimState): void {
  const day = state.day + 1;
  const report = freshReport(state, day);
  state.today = report;
  const tables = levelTables(level);
  const kind = tables.kind[day] ?? 'none';
  const { market } = level;
  const listings = state.listings;

  processArrivals(level, state, day, report);
  processPayables(state, day);
  settleToday(state, day);

  const demandBp = demandBpFor(tables, state, day);
  pushWindow(state.demand7, demandBp);
  let demandAvgBp = 0;
  for (let i = 0; i < 7; i++) demandAvgBp += state.demand7[i] as number;
  demandAvgBp = Math.floor(demandAvgBp / 7);
  const searches = mulBp(fieldSearchesPerDay(level), demandBp);
  const cpcBp = kind === 'festival' ? FESTIVAL_CPC_BP : BP;

  const effects = state.eventEffects;
  // Traffic first for every listing: customer service is shared, so conversion needs all chats.
  let chats = 0;
  let adSpendFen = 0;
  startAdDay(state);
  for (let i = 0; i < listings.length; i++) {
    const listing = listings[i] as ListingState;
    const today = listingDay(i);
    if (listing.takedownDays > 0) continue;
    listing.rank = computeRank(state, listing, demandAvgBp);
    const organicScaled = organicVisitsScaled(searches, listing.rank, listing.ageDays, demandBp);
    const scaled =
      day <= effects.trafficUntilDay
        ? mulBp(organicScaled, BP + effects.trafficBoostBp)
        : organicScaled;
    const carries = listing.carries;
    const organicTotal = scaled + carries.organic;
    today.organic = Math.floor(organicTotal / VISIT_SCALE);
    carries.organic = organicTotal - today.organic * VISIT_SCALE;
    buyClicksInto(ads, level, listing.adBudgetFen, listing.adBidFen, demandBp, cpcBp);
    today.paid = ads.clicks;
    recordAdClicks(state, i, ads);
    today.fakeCpcFen = ads.marginalCpcFen;
    payExpense(state, PNL_INDEX.ads, CASH_INDEX.ads, ads.spendFen);
    adSpendFen += ads.spendFen;
    today.fakeSearch = listing.fakeSearchPerDay;
    today.fakeAd = listing.fakeAdPerDay;
    chats += mulBp(today.organic + today.paid, CHATS_PER_VISIT_BP);
  }
  const spendSeries = state.series.adSpendFen;
  spendSeries[day - 1] = (spendSeries[day - 1] ?? 0) + adSpendFen;

  let csCapacity = customerServiceCapacity(level, state.staff);
  if (day <= effects.surgeUntilDay) {
    chats = mulBp(chats, BP + effects.chatSurgeBp);
    csCapacity += effects.tempAgents * level.roles.customerService.capacityPerDay;
  }
  const live = liveListings(state);
  inputs.categoryConversionBp = market.categoryConversionBp;
  inputs.customerServiceBp = customerServiceFactorBp(csCapacity, chats);
  // Roles the player cannot hire in this stage neither cost nor cut: the stage does not model them.
  const staffManaged = tables.staffManaged;
  inputs.operatorBp = staffManaged
    ? coverageFactorBp(operatorCapacity(level, state.staff), live, 8500)
    : BP;
  inputs.designerBp = staffManaged
    ? coverageFactorBp(designerCapacity(level, state.staff), live, 9000)
    : BP;
  inputs.kind = kind;

  let parcels = 0;
  let realParcels = 0;
  for (let i = 0; i < listings.length; i++) {
    const listing = listings[i] as ListingState;
    const today = listingDays[i] as ListingDay;
    if (listing.takedownDays > 0) continue;
    inputs.discountBp = effectiveDiscountBp(state, listing, kind);
    const cvr = conversionBp(listing, inputs);
    const carries = listing.carries;
    const organicTotal = today.organic * cvr + carries.ordersOrganic;
    const organicOrders = Math.floor(organicTotal / BP);
    carries.ordersOrganic = organicTotal - organicOrders * BP;
    const paidTotal = today.paid * mulBp(cvr, AD_CONVERSION_BP) + carries.ordersPaid;
    const paidOrders = Math.floor(paidTotal / BP);
    carries.ordersPaid = paidTotal - paidOrders * BP;
    const wanted = organicOrders + paidOrders;
    today.orders = Math.min(wanted, listing.onHand);
    if (paidOrders > 0) {
      const paidFen = listing.priceFen - mulBp(listing.priceFen, inputs.discountBp);
      recordAdOrders(state, i, Math.floor((paidOrders * today.orders) / wanted), paidFen);
    }
    if (wanted > today.orders) {
      listing.lostSales += wanted - today.orders;
      report.notices.push({
        kind: 'stockout',
        listingIndex: i,
        amountFen: 0,
        qty: wanted - today.orders,
      });
    }
    today.fakeSearch += planFakes(listing, today.orders, today.fakeSearch + today.fakeAd);
    parcels += today.orders + today.fakeSearch + today.fakeAd;
    realParcels += today.orders;
  }

  const packCapacity = packingCapacity(level, state.staff);
  const lateParcels = Math.max(0, parcels - packCapacity);
  const lateShareBp = parcels === 0 ? 0 : Math.floor((lateParcels * BP) / parcels);
  report.chats = chats;
  report.csCapacity = csCapacity;
  report.packCapacity = packCapacity;
  report.parcels = parcels;

  for (let i = 0; i < listings.length; i++) {
    const listing = listings[i] as ListingState;
    const today = listingDays[i] as ListingDay;
    listing.fakePatternMeter = Math.floor((listing.fakePatternMeter * 19) / 20);
    if (listing.takedownDays > 0) {
      listing.takedownDays -= 1;
      pushWindow(listing.sales7, 0);
      pushWindow(listing.fake7, 0);
      if (listing.takedownDays === 0) {
        report.notices.push({ kind: 'relisted', listingIndex: i, amountFen: 0, qty: 0 });
      }
      continue;
    }
    sellOrders(level, state, listing, i, today.orders, kind, lateShareBp, report);
    const fakes = today.fakeSearch + today.fakeAd;
    if (fakes > 0) chargeFakeOrders(level, state, listing, today, kind);
    listing.fakePatternMeter += fakes;

    const yesterday = listing.sales7[6] as number;
    const total = today.orders + fakes;
    pushWindow(listing.sales7, total);
    pushWindow(listing.fake7, fakes);
    listing.streak =
      total > 0 && total * BP >= yesterday * STREAK_GROWTH_BP ? listing.streak + 1 : 0;
    if (listing.plan !== null) {
      listing.plan.dayIndex += 1;
      if (listing.plan.dayIndex >= PLAN_DAYS) {
        listing.plan = null;
        report.notices.push({ kind: 'planEnded', listingIndex: i, amountFen: 0, qty: 0 });
      }
    }
    report.visitsOrganic += today.organic;
    report.visitsPaid += today.paid;
    report.visitsFake += fakes;
    report.fakeOrders += fakes;
    state.totals.fakeOrders += fakes;
    state.totals.visits += today.organic + today.paid;
    if (fakes > 0) detectFakes(level, state, listing, i, today, report);
    updateRiskMeters(tables, state, listing, today.orders);
    listing.ageDays += 1;
    if (listing.demoteDays > 0) listing.demoteDays -= 1;
  }

  if (lateParcels > 0 && realParcels > 0) {
    const lateReal = Math.floor((lateParcels * realParcels) / parcels);
    payExpense(
      state,
      PNL_INDEX.finesAndClaims,
      CASH_INDEX.finesAndClaims,
      lateReal * LATE_PARCEL_COMPENSATION_FEN,
    );
  }

  processReturnsDue(level, state, day, report);
  finishDay(level, state, day, report);
}
