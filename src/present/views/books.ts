import type { PnlLine } from '../../sim';
import { balanceSheet, netProfitFen, waterfall } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

export interface BooksLine {
  line: PnlLine;
  amountFen: number;
}

export interface BooksView {
  day: number;
  /** The P&L so far, in PNL_LINES order; the amounts sum to netProfitFen. */
  lines: BooksLine[];
  netProfitFen: number;
  cashFen: number;
  /** Money the platform still holds: paid by buyers, settled after the lag. */
  receivableFen: number;
  settlementDays: number;
  stockFen: number;
  prepaidFen: number;
  depositFen: number;
  payablesFen: number;
  debtFen: number;
  equityFen: number;
}

export function booksView(state: GameState): BooksView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { sim, level } = active;
  const sheet = balanceSheet(sim);
  return {
    day: sim.day,
    lines: waterfall(sim.ledger).map((w) => ({ line: w.line, amountFen: w.amount })),
    netProfitFen: netProfitFen(sim.ledger),
    cashFen: sheet.cashFen,
    receivableFen: sheet.receivableFen,
    settlementDays: level.levers.settlementDays,
    stockFen: sheet.stockFen,
    prepaidFen: sheet.prepaidFen,
    depositFen: sheet.depositFen,
    payablesFen: sheet.payablesFen,
    debtFen: sheet.debtFen,
    equityFen: sheet.equityFen,
  };
}
