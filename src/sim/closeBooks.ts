/**
 * The books at the end of a stage tell what the stage earned, not what it had booked so far:
 * returns still on their way are accrued, and a shop the platform closed loses what the platform
 * keeps.
 */
import { accrue, addPending, moveCash, pendingTotalFen } from './books';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { Level } from './level';
import { BP } from './math';
import type { DayReport, ListingState, SimState } from './state';
import { clearUnits } from './supply';

/**
 * Returns due after the last day, booked now on their own waterfall line: the refund less the
 * commission and tax that come back, less the handling, plus the resellable units back on the
 * shelf. The refund comes out of what the platform still holds, so the receivable is what will
 * really arrive; tax and handling settle now. Equity still moves by exactly the profit.
 */
export function accrueReturnsStillDue(level: Level, state: SimState): void {
  for (const batch of state.returnsDue) {
    const listing = state.listings[batch.listingIndex] as ListingState;
    const carries = listing.carries;
    const resellTotal = batch.qty * batch.resellableBp + carries.resell;
    const resellable = Math.floor(resellTotal / BP);
    carries.resell = resellTotal - resellable * BP;
    const refundFen = batch.qty * batch.paidPerUnitFen;
    const commissionBackFen = batch.qty * batch.commissionPerUnitFen;
    const taxBackFen = batch.qty * batch.taxPerUnitFen;
    const handlingFen = batch.qty * level.platform.returnHandlingFen;
    const refundNetFen = refundFen - commissionBackFen;
    // Unsettled, as every sale of the last lag days is: the platform refunds from what it holds.
    if (batch.settleDay > state.day) addPending(state, batch.settleDay, -refundNetFen);
    else moveCash(state, CASH_INDEX.refundsAfterSettlement, -refundNetFen);
    moveCash(state, CASH_INDEX.taxes, taxBackFen);
    moveCash(state, CASH_INDEX.insuranceAndReturns, -handlingFen);
    const backOnShelfFen = resellable * batch.unitCostFen;
    listing.onHand += resellable;
    listing.stockValueFen += backOnShelfFen;
    accrue(state, PNL_INDEX.returnsDue, backOnShelfFen - refundNetFen + taxBackFen - handlingFen);
    state.totals.returns += batch.qty;
    state.totals.refundsStillDueFen += refundFen;
    state.totals.commissionStillDueFen += commissionBackFen;
  }
  state.returnsDue.length = 0;
}

/**
 * A closed shop cannot sell: the platform keeps the settlements still pending (Taobao freezes a
 * closed shop's funds against claims), and the stock goes to a clearance buyer.
 */
export function forfeitClosedShop(level: Level, state: SimState, report: DayReport): void {
  const pendingFen = pendingTotalFen(state);
  if (pendingFen !== 0) {
    accrue(state, PNL_INDEX.finesAndClaims, -pendingFen);
    for (let d = state.day + 1; d < state.pendingByDay.length; d++) state.pendingByDay[d] = 0;
  }
  state.listings.forEach((listing, index) => {
    if (listing.onHand === 0) return;
    const qty = listing.onHand;
    const lossFen = clearUnits(level, state, listing, qty);
    report.notices.push({ kind: 'clearance', listingIndex: index, amountFen: lossFen, qty });
  });
}

/** Runs once, on the day the stage ends (last day, bankruptcy or closure). */
export function closeStageBooks(level: Level, state: SimState, report: DayReport): void {
  accrueReturnsStillDue(level, state);
  if (state.outcome === 'closed') forfeitClosedShop(level, state, report);
}
