/**
 * Two journals, both in integer fen:
 * - cash entries: every movement of cash, by category, so cash_end = cash_start + sum(entries);
 * - profit entries: the accrual lines of the GMV -> net profit waterfall.
 * Entries are aggregated per day and category; the running totals make summaries O(1).
 */

/** The waterfall, in the order every debrief shows it. */
export const PNL_LINES = [
  'gmv',
  'refunds',
  'cogs',
  'writeOffs',
  'commission',
  'paymentFees',
  'coupons',
  'ads',
  'shipping',
  'insuranceAndReturns',
  'staff',
  'fixedCosts',
  'taxes',
  'finesAndClaims',
  'fakeOrderCosts',
  'interest',
] as const;
export type PnlLine = (typeof PNL_LINES)[number];

export const CASH_CATEGORIES = [
  'settlements',
  'refundsAfterSettlement',
  'supplierPayments',
  'clearanceSales',
  'ads',
  'shipping',
  'insuranceAndReturns',
  'staff',
  'fixedCosts',
  'taxes',
  'finesAndClaims',
  'fakeOrderCosts',
  'fakeOrderFloat',
  'creditDrawn',
  'creditRepaid',
  'interest',
] as const;
export type CashCategory = (typeof CASH_CATEGORIES)[number];

export const PNL_INDEX = Object.fromEntries(PNL_LINES.map((line, i) => [line, i])) as Record<
  PnlLine,
  number
>;
export const CASH_INDEX = Object.fromEntries(CASH_CATEGORIES.map((c, i) => [c, i])) as Record<
  CashCategory,
  number
>;

export interface JournalEntry {
  day: number;
  /** Index into PNL_LINES or CASH_CATEGORIES, depending on the journal. */
  category: number;
  amountFen: number;
}

export interface Ledger {
  cashEntries: JournalEntry[];
  pnlEntries: JournalEntry[];
  cashTotals: number[];
  pnlTotals: number[];
  /** The day whose entries are still open for merging, and where each category's entry sits. */
  openDay: number;
  openCash: number[];
  openPnl: number[];
}

/** The value of `openCash[i]` / `openPnl[i]` while category i has no entry on the open day. */
const NO_OPEN_ENTRY = -1;

export function emptyLedger(): Ledger {
  return {
    cashEntries: [],
    pnlEntries: [],
    cashTotals: CASH_CATEGORIES.map(() => 0),
    pnlTotals: PNL_LINES.map(() => 0),
    openDay: -1,
    openCash: CASH_CATEGORIES.map(() => NO_OPEN_ENTRY),
    openPnl: PNL_LINES.map(() => NO_OPEN_ENTRY),
  };
}

export class UnsafeAmountError extends Error {}

export function assertSafe(amountFen: number): number {
  if (!Number.isSafeInteger(amountFen)) throw new UnsafeAmountError(`unsafe amount ${amountFen}`);
  return amountFen;
}

function addEntry(
  ledger: Ledger,
  entries: JournalEntry[],
  totals: number[],
  open: number[],
  day: number,
  category: number,
  amountFen: number,
): void {
  if (amountFen === 0) return;
  assertSafe(amountFen);
  if (ledger.openDay !== day) {
    // Postings only move forward in time, so a new day closes the previous day's entries.
    ledger.openDay = day;
    closeEntries(ledger.openCash);
    closeEntries(ledger.openPnl);
  }
  totals[category] = assertSafe((totals[category] as number) + amountFen);
  // Entries of one day and category merge, so the journal reads like a daily statement.
  const at = open[category] as number;
  if (at >= 0) {
    const entry = entries[at] as JournalEntry;
    entry.amountFen = compact(assertSafe(entry.amountFen + amountFen));
    return;
  }
  open[category] = entries.length;
  entries.push({ day, category, amountFen: compact(amountFen) });
}

/**
 * The same number, written as a 32-bit integer when it is one. A replay creates thousands of
 * journal entries; amounts that arrive as doubles (sums kept in the day batch's Float64Array)
 * would make V8 box every entry's amount in a separate heap object. Values never change.
 */
function compact(amountFen: number): number {
  const int32 = amountFen | 0;
  return int32 === amountFen ? int32 : amountFen;
}

/** A plain loop: cheaper than Array.prototype.fill for sixteen slots, once a simulated day. */
function closeEntries(open: number[]): void {
  for (let i = 0; i < open.length; i++) open[i] = NO_OPEN_ENTRY;
}

/**
 * Posts a row of sums (index = category) to one journal in category order and zeroes the row:
 * the same entries as one postCash / postPnl call per non-zero slot, in a single pass. The day
 * batch (books.ts) flushes itself through this once per simulated day.
 */
export function postRow(ledger: Ledger, journal: 'cash' | 'pnl', day: number, row: Float64Array) {
  const cash = journal === 'cash';
  const entries = cash ? ledger.cashEntries : ledger.pnlEntries;
  const totals = cash ? ledger.cashTotals : ledger.pnlTotals;
  const open = cash ? ledger.openCash : ledger.openPnl;
  for (let category = 0; category < row.length; category++) {
    const amountFen = row[category] as number;
    if (amountFen === 0) continue;
    row[category] = 0;
    addEntry(ledger, entries, totals, open, day, category, amountFen);
  }
}

/** Posts to the cash journal; `category` is an index into CASH_CATEGORIES (see CASH_INDEX). */
export function postCash(ledger: Ledger, day: number, category: number, amountFen: number): void {
  addEntry(
    ledger,
    ledger.cashEntries,
    ledger.cashTotals,
    ledger.openCash,
    day,
    category,
    amountFen,
  );
}

/** Posts to the profit journal; `line` is an index into PNL_LINES (see PNL_INDEX). */
export function postPnl(ledger: Ledger, day: number, line: number, amountFen: number): void {
  addEntry(ledger, ledger.pnlEntries, ledger.pnlTotals, ledger.openPnl, day, line, amountFen);
}

export function netProfitFen(ledger: Ledger): number {
  let sum = 0;
  for (const amount of ledger.pnlTotals) sum += amount;
  return sum;
}

export function pnlTotal(ledger: Ledger, line: PnlLine): number {
  return ledger.pnlTotals[PNL_INDEX[line]] as number;
}

export interface WaterfallLine {
  line: PnlLine;
  amount: number;
}

/** GMV first, then every cost line in a fixed order; the amounts sum to net profit. */
export function waterfall(ledger: Ledger): WaterfallLine[] {
  return PNL_LINES.map((line, i) => ({ line, amount: ledger.pnlTotals[i] as number }));
}

export function sumJournal(entries: readonly JournalEntry[]): number {
  let sum = 0;
  for (const entry of entries) sum += entry.amountFen;
  return sum;
}
