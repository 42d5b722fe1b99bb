import type { Action } from './actions';
import type { SimError } from './apply';
import { applyActionInPlace } from './apply';
import { createState } from './init';
import type { Level, PlanStep } from './level';
import { PNL_LINES, type PnlLine } from './ledger';
import { playPlanOn } from './replay';
import type { SimState } from './state';

/**
 * The first part of a log that a fork at `forkDay` keeps: everything up to and including the
 * passing of day `forkDay`. The decisions for day `forkDay + 1` are already plan B's.
 */
export function logThroughDay(log: readonly Action[], forkDay: number): Action[] {
  if (forkDay <= 0) return [];
  let days = 0;
  for (let i = 0; i < log.length; i++) {
    if ((log[i] as Action).type === 'advanceDay') days += 1;
    if (days === forkDay) return log.slice(0, i + 1);
  }
  return [...log];
}

export type ForkResult =
  | { ok: true; original: SimState; whatIf: SimState; whatIfLog: Action[]; forkDay: number }
  | {
      ok: false;
      error: SimError;
      part: 'original' | 'prefix' | 'planB';
      step: PlanStep | null;
      /** The state the failing action met. */
      state: SimState;
    };

/**
 * A what-if: the run as played up to day `forkDay`, then plan B from the day after (plan steps
 * on or before the fork day are the original's past and are left out). Both runs are returned;
 * the what-if's log replays to its state, so it can be shared and verified like any run.
 */
export function forkRun(
  level: Level,
  seed: number,
  log: readonly Action[],
  forkDay: number,
  planB: readonly PlanStep[],
): ForkResult {
  const original = createState(level, seed);
  for (const action of log) {
    const error = applyActionInPlace(level, original, action);
    if (error !== null) return { ok: false, error, part: 'original', step: null, state: original };
  }
  const day = Math.max(0, Math.min(forkDay, original.day));
  const prefix = logThroughDay(log, day);
  const whatIf = createState(level, seed);
  for (const action of prefix) {
    const error = applyActionInPlace(level, whatIf, action);
    if (error !== null) return { ok: false, error, part: 'prefix', step: null, state: whatIf };
  }
  const later = planB.filter((step) => step.day > day);
  const played = playPlanOn(level, whatIf, prefix, later);
  if (!played.ok) {
    return {
      ok: false,
      error: played.error,
      part: 'planB',
      step: played.step,
      state: played.state,
    };
  }
  return { ok: true, original, whatIf: played.state, whatIfLog: played.log, forkDay: day };
}

export interface LineDifference {
  line: PnlLine;
  originalFen: number;
  whatIfFen: number;
  /** What-if minus original. */
  differenceFen: number;
}

export interface RunComparison {
  lines: LineDifference[];
  net: { originalFen: number; whatIfFen: number; differenceFen: number };
  /** Per day (index i = day i + 1): GMV and cumulative net profit of each run, for the overlay. */
  gmvByDay: { original: number[]; whatIf: number[] };
  profitByDay: { original: number[]; whatIf: number[] };
}

/** Two runs of one stage side by side: the waterfall line by line and the daily curves. */
export function compareRuns(original: SimState, whatIf: SimState): RunComparison {
  let originalNet = 0;
  let whatIfNet = 0;
  const lines = PNL_LINES.map((line, i) => {
    const originalFen = original.ledger.pnlTotals[i] as number;
    const whatIfFen = whatIf.ledger.pnlTotals[i] as number;
    originalNet += originalFen;
    whatIfNet += whatIfFen;
    return { line, originalFen, whatIfFen, differenceFen: whatIfFen - originalFen };
  });
  return {
    lines,
    net: { originalFen: originalNet, whatIfFen: whatIfNet, differenceFen: whatIfNet - originalNet },
    gmvByDay: { original: [...original.series.gmvFen], whatIf: [...whatIf.series.gmvFen] },
    profitByDay: {
      original: [...original.series.netProfitCumFen],
      whatIf: [...whatIf.series.netProfitCumFen],
    },
  };
}
