import type { ReconciliationLine, StaffRole } from '../../sim';
import { balanceSheet, netProfitFen, reconciliation, STAFF_ROLES, waterfall } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** Load against capacity for one role today; `unit` says what the work is counted in. */
export interface StaffRow {
  role: StaffRole;
  headcount: number;
  monthlyWageFen: number;
  hireCostFen: number;
  capacityPerHead: number;
  /** Today's work for the role (chats, parcels, listings), or null when the day has not run. */
  work: number | null;
  capacity: number;
  load: 'idle' | 'ok' | 'over';
}

export interface StaffView {
  rows: StaffRow[];
  monthlyWagesFen: number;
}

/** Work per role: chats and parcels come from the sim's day report, listings from the shop. */
function workFor(role: StaffRole, state: GameState): number | null {
  const sim = state.run?.sim;
  if (!sim) return null;
  const today = sim.today;
  switch (role) {
    case 'customerService':
      return today ? today.chats : null;
    case 'warehouse':
      return today ? today.parcels : null;
    case 'operator':
    case 'designer':
      return sim.listings.length;
  }
}

/** Below half the capacity reads as idle staff; above it as overload. */
export function loadOf(work: number | null, capacity: number): StaffRow['load'] {
  if (work === null) return 'ok';
  if (work > capacity) return 'over';
  return work * 2 < capacity ? 'idle' : 'ok';
}

export function staffView(state: GameState): StaffView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  const rows = STAFF_ROLES.map((role) => {
    const headcount = sim.staff[role];
    const spec = level.roles[role];
    // The sim reports its own customer-service and packing capacity; use those when present.
    const reported =
      role === 'customerService'
        ? sim.today?.csCapacity
        : role === 'warehouse'
          ? sim.today?.packCapacity
          : undefined;
    const capacity = reported ?? headcount * spec.capacityPerDay;
    const work = workFor(role, state);
    return {
      role,
      headcount,
      monthlyWageFen: sim.wagesFen[role],
      hireCostFen: spec.hireCostFen,
      capacityPerHead: spec.capacityPerDay,
      work,
      capacity,
      load: loadOf(work, capacity),
    };
  });
  return {
    rows,
    monthlyWagesFen: rows.reduce((sum, r) => sum + r.headcount * r.monthlyWageFen, 0),
  };
}

export interface FinanceView {
  cashFen: number;
  receivableFen: number;
  payablesFen: number;
  stockFen: number;
  prepaidFen: number;
  debtFen: number;
  creditLimitFen: number;
  creditLeftFen: number;
  monthlyInterestBp: number;
  netProfitFen: number;
  gmvFen: number;
  statement: ReconciliationLine[];
  balances: boolean;
  /** The books' side of the statement: the P&L lines the platform's figures come from. */
  books: {
    line: 'gmv' | 'refunds' | 'coupons' | 'commission' | 'paymentFees';
    amountFen: number;
  }[];
}

export function financeView(state: GameState): FinanceView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  const sheet = balanceSheet(sim);
  const { statement, balances } = reconciliation(sim);
  const lines = waterfall(sim.ledger);
  const amount = (line: string) => lines.find((w) => w.line === line)?.amount ?? 0;
  return {
    cashFen: sheet.cashFen,
    receivableFen: sheet.receivableFen,
    payablesFen: sheet.payablesFen,
    stockFen: sheet.stockFen,
    prepaidFen: sheet.prepaidFen,
    debtFen: sheet.debtFen,
    creditLimitFen: sim.creditLimitFen,
    creditLeftFen: Math.max(0, sim.creditLimitFen - sim.debtFen),
    monthlyInterestBp: level.credit.monthlyInterestBp,
    netProfitFen: netProfitFen(sim.ledger),
    gmvFen: amount('gmv'),
    statement,
    balances,
    books: (['gmv', 'coupons', 'refunds', 'commission', 'paymentFees'] as const).map((line) => ({
      line,
      amountFen: amount(line),
    })),
  };
}
