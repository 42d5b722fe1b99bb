/**
 * The debrief's cash beside what is still owed and still coming, as rows that add up to net
 * profit: cash at the end, plus what the platform still holds, the stock and the deposit, less
 * the credit drawn and the supplier balances due, less what the shop started with.
 */
import type { StageSummary } from '../../sim';

export type CashPositionKey =
  'cashEnd' | 'receivable' | 'stock' | 'deposit' | 'credit' | 'suppliers' | 'opening' | 'netProfit';

export interface CashPositionRow {
  key: CashPositionKey;
  /** Signed as it adds up: owed amounts and the opening equity are negative. */
  amountFen: number;
  /** The sum line: drawn apart from the rows above it. */
  total: boolean;
}

/** Null for a summary saved before rules 2, which did not record the position. */
export function cashPositionRows(summary: StageSummary): CashPositionRow[] | null {
  const p = summary.position;
  if (!p) return null;
  const row = (key: CashPositionKey, amountFen: number): CashPositionRow => ({
    key,
    amountFen,
    total: false,
  });
  return [
    row('cashEnd', summary.cashEnd),
    row('receivable', p.receivableFen),
    row('stock', p.stockFen + p.prepaidFen),
    row('deposit', p.depositFen),
    row('credit', -p.creditDrawnFen),
    row('suppliers', -p.supplierBalancesFen),
    row('opening', -p.openingEquityFen),
    { key: 'netProfit', amountFen: summary.netProfit, total: true },
  ];
}
