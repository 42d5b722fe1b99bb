import { closeDayBatch, moveCash, payExpense } from './books';
import { mismatchBp } from './conversion';
import { rollEvents } from './events';
import { checkClosure } from './fakes';
import { accrueReturnsStillDue, closeStageBooks } from './closeBooks';
import type { Level } from './level';
import { CASH_INDEX, PNL_INDEX, netProfitFen } from './ledger';
import { BP, mulBp } from './math';
import type { DayReport, ListingState, SimState } from './state';
import { clearExcessAtEnd } from './supply';
import { computeWeight } from './traffic';

export function expectedReturnRateBp(level: Level, listing: ListingState): number {
  return Math.max(
    0,
    mulBp(level.market.categoryReturnBp, level.levers.returnRateScaleBp) +
      listing.defectBp +
      mismatchBp(listing),
  );
}

/**
 * The month's wage bill of the whole team. Roles by name rather than a loop over STAFF_ROLES:
 * this runs every simulated day, and named reads are the cheap kind of property access.
 */
export function monthlyWagesFen(state: SimState): number {
  const { staff, wagesFen } = state;
  return (
    staff.customerService * wagesFen.customerService +
    staff.operator * wagesFen.operator +
    staff.designer * wagesFen.designer +
    staff.warehouse * wagesFen.warehouse
  );
}

/** Yearly amounts in bp are spread over the days of a year; the carry keeps the fraction. */
const YEAR_BP = 365 * BP;

function payRunningCosts(level: Level, state: SimState): void {
  const monthlyFen = monthlyWagesFen(state);
  // Wages plus social insurance, spread over the days of a year.
  const carries = state.carries;
  const staffTotal = monthlyFen * 12 * (BP + level.platform.socialInsuranceBp) + carries.staff;
  const staffFen = Math.floor(staffTotal / YEAR_BP);
  carries.staff = staffTotal - staffFen * YEAR_BP;
  payExpense(state, PNL_INDEX.staff, CASH_INDEX.staff, staffFen);
  payExpense(state, PNL_INDEX.fixedCosts, CASH_INDEX.fixedCosts, level.platform.fixedCostPerDayFen);
  if (state.debtFen > 0) {
    const interestTotal = state.debtFen * level.credit.monthlyInterestBp * 12 + carries.interest;
    const interestFen = Math.floor(interestTotal / YEAR_BP);
    carries.interest = interestTotal - interestFen * YEAR_BP;
    payExpense(state, PNL_INDEX.interest, CASH_INDEX.interest, interestFen);
  }
}

/** Negative cash draws on the credit line; without room on it, the shop is bankrupt. */
function coverCash(state: SimState, report: DayReport): void {
  if (state.cashFen >= 0) return;
  const draw = Math.min(state.creditLimitFen - state.debtFen, -state.cashFen);
  if (draw > 0) {
    state.debtFen += draw;
    moveCash(state, CASH_INDEX.creditDrawn, draw);
    report.notices.push({ kind: 'creditDrawn', listingIndex: 0, amountFen: draw, qty: 0 });
  }
  if (state.cashFen < 0 && state.outcome === 'running') {
    state.outcome = 'bankrupt';
    report.notices.push({ kind: 'bankrupt', listingIndex: 0, amountFen: state.cashFen, qty: 0 });
  }
}

function recordSeries(state: SimState, report: DayReport): void {
  const series = state.series;
  const index = report.day - 1;
  let stock = 0;
  let bestRank = Number.MAX_SAFE_INTEGER;
  let good = 0;
  let bad = 0;
  for (const listing of state.listings) {
    stock += listing.onHand;
    if (listing.takedownDays === 0) bestRank = Math.min(bestRank, listing.rank);
    good += listing.reviewsGood;
    bad += listing.reviewsBad;
  }
  series.gmvFen[index] = report.gmvFen;
  series.netProfitCumFen[index] = netProfitFen(state.ledger);
  series.cashFen[index] = state.cashFen;
  series.orders[index] = report.orders;
  series.returns[index] = report.returns;
  series.fakeOrders[index] = report.fakeOrders;
  series.visitsOrganic[index] = report.visitsOrganic;
  series.visitsPaid[index] = report.visitsPaid;
  series.visitsFake[index] = report.visitsFake;
  series.rank[index] = bestRank === Number.MAX_SAFE_INTEGER ? 0 : bestRank;
  series.ratingCenti[index] =
    good + bad === 0 ? 0 : Math.floor((500 * good + 100 * bad) / (good + bad));
  series.stock[index] = stock;
  series.adSpendFen[index] = series.adSpendFen[index] ?? 0;
}

export function finishDay(level: Level, state: SimState, day: number, report: DayReport): void {
  for (const listing of state.listings) {
    listing.weight = computeWeight(listing, expectedReturnRateBp(level, listing));
  }
  payRunningCosts(level, state);
  const lastDay = day === state.days && state.outcome === 'running';
  if (lastDay) accrueReturnsStillDue(level, state);
  if (lastDay && level.platform.endOfStageCoverDays > 0) clearExcessAtEnd(level, state, report);
  checkClosure(state, report.notices);
  if (state.outcome === 'closed') closeStageBooks(level, state, report);
  coverCash(state, report);
  if (state.outcome === 'bankrupt') accrueReturnsStillDue(level, state);
  closeDayBatch(state, true);
  recordSeries(state, report);
  state.day = day;
  if (state.day >= state.days && state.outcome === 'running') state.outcome = 'finished';
  rollEvents(level, state);
}
