import { assertSafe, CASH_CATEGORIES, PNL_LINES, postCash, postPnl, postRow } from './ledger';
import type { SimState } from './state';

/**
 * Postings name their journal line by index (CASH_INDEX.ads, PNL_INDEX.gmv): the hot path then
 * reads a number from a slot instead of looking a string up in a table dozens of times a day.
 *
 * While a day is simulated its postings are summed here and written to the journals once at the
 * end of the day: a day posts dozens of amounts to a handful of lines, and the journal keeps one
 * entry per day and line anyway. Between days (decisions, event answers) postings go straight in.
 * Float64Array holds any safe integer exactly; assertSafe still guards every sum.
 */
const dayBatch = {
  open: false,
  cash: new Float64Array(CASH_CATEGORIES.length),
  pnl: new Float64Array(PNL_LINES.length),
};

export function openDayBatch(): void {
  // closeDayBatch leaves both rows at zero, so opening a day only raises the flag.
  dayBatch.open = true;
}

/**
 * Writes the day's sums to the journals and leaves both rows at zero. Also called when a day
 * fails, with `write` false: if a posting threw half-way, the flag is still up and this pass
 * zeroes what is left, so the next day starts clean.
 */
export function closeDayBatch(state: SimState, write: boolean): void {
  if (!dayBatch.open) return;
  if (write) {
    // Cash first, then profit, each in category order, as the journals have always received them.
    const day = bookingDay(state);
    postRow(state.ledger, 'cash', day, dayBatch.cash);
    postRow(state.ledger, 'pnl', day, dayBatch.pnl);
  } else {
    dayBatch.cash.fill(0);
    dayBatch.pnl.fill(0);
  }
  dayBatch.open = false;
}

/** The day an entry belongs to: between days, decisions book on the day about to be simulated. */
export function bookingDay(state: SimState): number {
  return Math.min(state.day + 1, state.days);
}

/** Moves cash in or out (negative) under a CASH_INDEX category. */
export function moveCash(state: SimState, category: number, amountFen: number): void {
  state.cashFen = assertSafe(state.cashFen + amountFen);
  if (dayBatch.open)
    dayBatch.cash[category] = assertSafe((dayBatch.cash[category] as number) + amountFen);
  else postCash(state.ledger, bookingDay(state), category, amountFen);
}

/** Books an amount (a cost is negative) on a PNL_INDEX line of the waterfall. */
export function accrue(state: SimState, line: number, amountFen: number): void {
  if (dayBatch.open) dayBatch.pnl[line] = assertSafe((dayBatch.pnl[line] as number) + amountFen);
  else postPnl(state.ledger, bookingDay(state), line, amountFen);
}

/** A cost that is paid in cash the moment it is incurred. */
export function payExpense(
  state: SimState,
  line: number,
  category: number,
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
