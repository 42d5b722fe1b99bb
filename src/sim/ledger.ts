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
  'returnsDue',
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

/** One line of a journal, as tests, tools and the run code read it. */
export interface JournalEntry {
  day: number;
  /** Index into PNL_LINES or CASH_CATEGORIES, depending on the journal. */
  category: number;
  amountFen: number;
}

/**
 * A journal kept as parallel columns with room reserved up front, rather than an object per
 * entry in a growing array: a campaign posts thousands of entries, and the replay benchmark is
 * bound by memory traffic. Entries merge per day and category and days only move forward, so a
 * stage of D days needs at most D x categories rows; the columns grow only if that ever fails.
 * Entry i < length is (days[i], categories[i], amountsFen[i]); `journalEntries` gives rows.
 */
export interface Journal {
  length: number;
  days: Uint16Array;
  categories: Uint8Array;
  /** Float64 holds every safe integer exactly; amounts are checked safe before they land. */
  amountsFen: Float64Array;
}

export interface Ledger {
  cash: Journal;
  pnl: Journal;
  cashTotals: number[];
  pnlTotals: number[];
  /** The day whose entries are still open for merging, and where each category's entry sits. */
  openDay: number;
  openCash: number[];
  openPnl: number[];
}

/** The value of `openCash[i]` / `openPnl[i]` while category i has no entry on the open day. */
const NO_OPEN_ENTRY = -1;

/** Bytes per journal row: a Float64 amount, a Uint16 day and a Uint8 category. */
const ROW_BYTES = 11;

/**
 * A journal whose columns are views on `buffer` from byte `offset`: one allocation serves both
 * journals of a ledger, which matters when thousands of replays start a ledger each.
 */
function journalIn(buffer: ArrayBuffer, offset: number, capacity: number): Journal {
  return {
    length: 0,
    amountsFen: new Float64Array(buffer, offset, capacity),
    days: new Uint16Array(buffer, offset + capacity * 8, capacity),
    categories: new Uint8Array(buffer, offset + capacity * 10, capacity),
  };
}

function emptyJournal(capacity: number): Journal {
  return journalIn(new ArrayBuffer(capacity * ROW_BYTES), 0, capacity);
}

/** Twice the room, for a journal that outgrew its reserve. */
function grown(journal: Journal): Journal {
  const capacity = Math.max(16, journal.days.length * 2);
  const bigger = emptyJournal(capacity);
  bigger.length = journal.length;
  bigger.days.set(journal.days);
  bigger.categories.set(journal.categories);
  bigger.amountsFen.set(journal.amountsFen);
  return bigger;
}

/** A ledger for a stage of `days` days (booking days run 1..days). */
export function emptyLedger(days: number): Ledger {
  const cashRows = days * CASH_CATEGORIES.length;
  const pnlRows = days * PNL_LINES.length;
  // Offsets stay multiples of 8 (Float64Array alignment) because the cash part's size is.
  const cashBytes = Math.ceil((cashRows * ROW_BYTES) / 8) * 8;
  const buffer = new ArrayBuffer(cashBytes + pnlRows * ROW_BYTES);
  return {
    cash: journalIn(buffer, 0, cashRows),
    pnl: journalIn(buffer, cashBytes, pnlRows),
    cashTotals: CASH_CATEGORIES.map(() => 0),
    pnlTotals: PNL_LINES.map(() => 0),
    openDay: -1,
    openCash: CASH_CATEGORIES.map(() => NO_OPEN_ENTRY),
    openPnl: PNL_LINES.map(() => NO_OPEN_ENTRY),
  };
}

/** The entries of one journal as rows, in posting order. */
export function journalEntries(ledger: Ledger, journal: 'cash' | 'pnl'): JournalEntry[] {
  const { length, days, categories, amountsFen } = journal === 'cash' ? ledger.cash : ledger.pnl;
  const entries: JournalEntry[] = [];
  for (let i = 0; i < length; i++) {
    const amountFen = amountsFen[i] as number;
    entries.push({ day: days[i] as number, category: categories[i] as number, amountFen });
  }
  return entries;
}

/**
 * The ledger in the shape run codes have always hashed: entries as rows under `cashEntries` and
 * `pnlEntries`. Keeping this form means the columns changed memory, not a single run code.
 */
export function ledgerForHash(ledger: Ledger): Record<string, unknown> {
  return {
    cashTotals: ledger.cashTotals,
    pnlTotals: ledger.pnlTotals,
    openDay: ledger.openDay,
    openCash: ledger.openCash,
    openPnl: ledger.openPnl,
    cashEntries: journalEntries(ledger, 'cash'),
    pnlEntries: journalEntries(ledger, 'pnl'),
  };
}

export class UnsafeAmountError extends Error {}

export function assertSafe(amountFen: number): number {
  if (!Number.isSafeInteger(amountFen)) throw new UnsafeAmountError(`unsafe amount ${amountFen}`);
  return amountFen;
}

function addEntry(
  ledger: Ledger,
  cash: boolean,
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
  let journal = cash ? ledger.cash : ledger.pnl;
  if (at >= 0) {
    journal.amountsFen[at] = assertSafe((journal.amountsFen[at] as number) + amountFen);
    return;
  }
  if (journal.length === journal.days.length) {
    journal = grown(journal);
    if (cash) ledger.cash = journal;
    else ledger.pnl = journal;
  }
  const row = journal.length;
  open[category] = row;
  journal.days[row] = day;
  journal.categories[row] = category;
  journal.amountsFen[row] = amountFen;
  journal.length = row + 1;
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
  const totals = cash ? ledger.cashTotals : ledger.pnlTotals;
  const open = cash ? ledger.openCash : ledger.openPnl;
  for (let category = 0; category < row.length; category++) {
    const amountFen = row[category] as number;
    if (amountFen === 0) continue;
    row[category] = 0;
    addEntry(ledger, cash, totals, open, day, category, amountFen);
  }
}

/** Posts to the cash journal; `category` is an index into CASH_CATEGORIES (see CASH_INDEX). */
export function postCash(ledger: Ledger, day: number, category: number, amountFen: number): void {
  addEntry(ledger, true, ledger.cashTotals, ledger.openCash, day, category, amountFen);
}

/** Posts to the profit journal; `line` is an index into PNL_LINES (see PNL_INDEX). */
export function postPnl(ledger: Ledger, day: number, line: number, amountFen: number): void {
  addEntry(ledger, false, ledger.pnlTotals, ledger.openPnl, day, line, amountFen);
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

export function sumJournal(journal: Journal): number {
  let sum = 0;
  for (let i = 0; i < journal.length; i++) sum += journal.amountsFen[i] as number;
  return sum;
}
