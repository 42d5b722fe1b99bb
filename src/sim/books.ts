import type { CashCategory, PnlLine } from './ledger';
import { assertSafe, postCash, postPnl } from './ledger';
import type { SimState } from './state';

/** The day an entry belongs to: between days, decisions book on the day about to be simulated. */
export function bookingDay(state: SimState): number {
  return Math.min(state.day + 1, state.days);
}

export function moveCash(state: SimState, category: CashCategory, amountFen: number): void {
  state.cashFen = assertSafe(state.cashFen + amountFen);
  postCash(state.ledger, bookingDay(state), category, amountFen);
}

export function accrue(state: SimState, line: PnlLine, amountFen: number): void {
  postPnl(state.ledger, bookingDay(state), line, amountFen);
}

/** A cost that is paid in cash the moment it is incurred. */
export function payExpense(
  state: SimState,
  line: PnlLine,
  category: CashCategory,
  amountFen: number,
): void {
  if (amountFen === 0) return;
  accrue(state, line, -amountFen);
  moveCash(state, category, -amountFen);
}

export function addPending(state: SimState, day: number, amountFen: number): void {
  const index = Math.min(day, state.pendingByDay.length - 1);
  state.pendingByDay[index] = assertSafe((state.pendingByDay[index] as number) + amountFen);
}

/** Sum of money the platform still owes the shop. */
export function pendingTotalFen(state: SimState): number {
  let sum = 0;
  for (let d = state.day + 1; d < state.pendingByDay.length; d++)
    sum += state.pendingByDay[d] as number;
  return sum;
}

/** Takes `qty` units out of stock at their share of its cost, so no fen is lost to rounding. */
export function takeFromStock(
  listing: { onHand: number; stockValueFen: number },
  qty: number,
): number {
  if (qty <= 0 || listing.onHand === 0) return 0;
  const value =
    qty >= listing.onHand
      ? listing.stockValueFen
      : Math.floor((listing.stockValueFen * qty) / listing.onHand);
  listing.onHand -= Math.min(qty, listing.onHand);
  listing.stockValueFen -= value;
  return value;
}

export function averageUnitCostFen(listing: { onHand: number; stockValueFen: number }): number {
  return listing.onHand === 0 ? 0 : Math.floor(listing.stockValueFen / listing.onHand);
}
