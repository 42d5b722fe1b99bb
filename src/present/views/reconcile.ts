import { reconciliationRows, type ReconciliationRow } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

export interface ReconciliationView {
  rows: ReconciliationRow[];
  balances: boolean;
  /** Money the shop paid the platform for its own fake orders: in the statement, not in sales. */
  fakeFloatFen: number;
}

/** The platform's statement beside the books, as the sim matches them. */
export function reconciliationView(state: GameState): ReconciliationView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { rows, balances } = reconciliationRows(active.sim);
  const fakeFloatFen = rows.reduce((sum, row) => sum + row.differenceFen, 0);
  return { rows, balances, fakeFloatFen };
}
