import type { LoadLevel, StaffRole } from '../../sim';
import { balanceSheet, netProfitFen, staffLoadLevel, staffLoads, waterfall } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** Load against capacity for one role, as the sim's staffLoads reports it. */
export interface StaffRow {
  role: StaffRole;
  headcount: number;
  monthlyWageFen: number;
  hireCostFen: number;
  capacityPerHead: number;
  /** The role's work (chats, parcels, listings on sale), or null when the day has not run. */
  work: number | null;
  capacity: number;
  load: LoadLevel;
}

export interface StaffView {
  rows: StaffRow[];
  monthlyWagesFen: number;
}

/** The sim's idle / ok / over rule, under the name the manage screen has always used. */
export function loadOf(work: number | null, capacity: number): LoadLevel {
  return staffLoadLevel(work, capacity);
}

export function staffView(state: GameState): StaffView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  const rows = staffLoads(level, sim).map((load) => ({
    role: load.role,
    headcount: load.headcount,
    monthlyWageFen: sim.wagesFen[load.role],
    hireCostFen: level.roles[load.role].hireCostFen,
    capacityPerHead: level.roles[load.role].capacityPerDay,
    work: load.workload,
    capacity: load.capacity,
    load: load.load,
  }));
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
}

export function financeView(state: GameState): FinanceView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  const sheet = balanceSheet(sim);
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
  };
}
