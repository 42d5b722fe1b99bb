import type { CashCategory, PnlLine } from './ledger';
import {
  assertSafe,
  CASH_CATEGORIES,
  CASH_INDEX,
  PNL_INDEX,
  PNL_LINES,
  postCash,
  postPnl,
} from './ledger';
import type { SimState } from './state';

/**
 * While a day is simulated its postings are summed here and written to the journals once at the
 * end of the day: a day posts dozens of amounts to a handful of lines, and the journal keeps one
 * entry per day and line anyway. Between days (decisions, event answers) postings go straight in.
 */
const dayBatch = {
  open: false,
  cash: CASH_CATEGORIES.map(() => 0),
  pnl: PNL_LINES.map(() => 0),
};

export function openDayBatch(): void {
  dayBatch.open = true;
  dayBatch.cash.fill(0);
  dayBatch.pnl.fill(0);
}

/** Writes the day's sums to the journals; also called when a day fails, to leave no batch open. */
export function closeDayBatch(state: SimState, write: boolean): void {
  if (!dayBatch.open) return;
  dayBatch.open = false;
  if (!write) return;
  const day = bookingDay(state);
  for (let i = 0; i < CASH_CATEGORIES.length; i++) {
    const amount = dayBatch.cash[i] as number;
    if (amount !== 0) postCash(state.ledger, day, CASH_CATEGORIES[i] as CashCategory, amount);
  }
  for (let i = 0; i < PNL_LINES.length; i++) {
    const amount = dayBatch.pnl[i] as number;
    if (amount !== 0) postPnl(state.ledger, day, PNL_LINES[i] as PnlLine, amount);
  }
}

/** The day an entry belongs to: between days, decisions book on the day about to be simulated. */
export function bookingDay(state: SimState): number {
  return Math.min(state.day + 1, state.days);
}

export function moveCash(state: SimState, category: CashCategory, amountFen: number): void {
  state.cashFen = assertSafe(state.cashFen + amountFen);
  if (dayBatch.open) {
    const i = CASH_INDEX[category];
    dayBatch.cash[i] = assertSafe((dayBatch.cash[i] as number) + amountFen);
  } else postCash(state.ledger, bookingDay(state), category, amountFen);
}

export function accrue(state: SimState, line: PnlLine, amountFen: number): void {
  if (dayBatch.open) {
    const i = PNL_INDEX[line];
    dayBatch.pnl[i] = assertSafe((dayBatch.pnl[i] as number) + amountFen);
  } else postPnl(state.ledger, bookingDay(state), line, amountFen);
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
