import { accrue, addPending, moveCash, payExpense } from './books';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { Level } from './level';
import { BP } from './math';
import type { DayReport, ListingState, ReturnBatch, SimState } from './state';

export type BatchMoney = Omit<ReturnBatch, 'dueDay' | 'listingIndex' | 'qty' | 'resellableBp'>;

/**
 * Decides today how many of today's orders come back after the return lag. `money` is read,
 * not kept: the batch gets its own copy.
 */
export function scheduleReturns(
  level: Level,
  state: SimState,
  listing: ListingState,
  listingIndex: number,
  orders: number,
  returnRateBp: number,
  money: BatchMoney,
): void {
  const carries = listing.carries;
  const returnsTotal = orders * returnRateBp + carries.returns;
  const qty = Math.floor(returnsTotal / BP);
  carries.returns = returnsTotal - qty * BP;
  if (qty === 0) return;
  state.returnsDue.push({
    dueDay: state.day + 1 + level.platform.returnLagDays,
    listingIndex,
    qty,
    paidPerUnitFen: money.paidPerUnitFen,
    commissionPerUnitFen: money.commissionPerUnitFen,
    taxPerUnitFen: money.taxPerUnitFen,
    unitCostFen: money.unitCostFen,
    settleDay: money.settleDay,
    resellableBp: level.platform.resellableReturnBp,
  });
}

/**
 * A return refunds the buyer. Before settlement it cancels pending money; after, cash goes back.
 * The platform returns its commission but keeps the payment fee; resellable units go back on the
 * shelf at their cost, the rest are written off.
 */
export function processReturnsDue(
  level: Level,
  state: SimState,
  day: number,
  report: DayReport,
): void {
  while (state.returnsDue.length > 0 && (state.returnsDue[0] as ReturnBatch).dueDay <= day) {
    const batch = state.returnsDue.shift() as ReturnBatch;
    const listing = state.listings[batch.listingIndex] as ListingState;
    const refundNetFen = batch.qty * (batch.paidPerUnitFen - batch.commissionPerUnitFen);
    if (batch.settleDay > day) addPending(state, batch.settleDay, -refundNetFen);
    else moveCash(state, CASH_INDEX.refundsAfterSettlement, -refundNetFen);
    accrue(state, PNL_INDEX.refunds, -batch.qty * batch.paidPerUnitFen);
    accrue(state, PNL_INDEX.commission, batch.qty * batch.commissionPerUnitFen);
    accrue(state, PNL_INDEX.taxes, batch.qty * batch.taxPerUnitFen);
    moveCash(state, CASH_INDEX.taxes, batch.qty * batch.taxPerUnitFen);

    const carries = listing.carries;
    const resellTotal = batch.qty * batch.resellableBp + carries.resell;
    const resellable = Math.floor(resellTotal / BP);
    carries.resell = resellTotal - resellable * BP;
    const costFen = batch.qty * batch.unitCostFen;
    const writtenOffFen = (batch.qty - resellable) * batch.unitCostFen;
    listing.onHand += resellable;
    listing.stockValueFen += resellable * batch.unitCostFen;
    accrue(state, PNL_INDEX.cogs, costFen);
    accrue(state, PNL_INDEX.writeOffs, -writtenOffFen);
    payExpense(
      state,
      PNL_INDEX.insuranceAndReturns,
      CASH_INDEX.insuranceAndReturns,
      batch.qty * level.platform.returnHandlingFen,
    );

    report.returns += batch.qty;
    state.totals.returns += batch.qty;
  }
}
