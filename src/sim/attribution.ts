import type { Action } from './actions';
import type { SimError } from './apply';
import { applyActionInPlace } from './apply';
import { playOnWithout } from './counterfactual';
import { scanRun, type Decision, type ScannedRun } from './decisions';
import { copyState } from './copyState';
import { createState } from './init';
import type { Level } from './level';
import { PNL_LINES, type PnlLine } from './ledger';
import type { SimState } from './state';

export interface LineEffect {
  line: PnlLine;
  amountFen: number;
}

/** What one decision changed: the run as played minus the same run without it. */
export interface DecisionEffect {
  decision: Decision;
  netEffectFen: number;
  gmvEffectFen: number;
  /** Waterfall lines it moved, largest move first; lines it did not move are left out. */
  lines: LineEffect[];
}

export interface Attribution {
  netProfitFen: number;
  gmvFen: number;
  /** The same stage with every decision reverted at once: the level's defaults throughout. */
  baselineNetFen: number;
  baselineGmvFen: number;
  decisions: DecisionEffect[];
  /**
   * Decisions interact (ads sell the stock an order bought), so their effects need not add up to
   * the difference from the baseline; this is what is left over, net and GMV.
   */
  remainderNetFen: number;
  remainderGmvFen: number;
}

export type AttributionResult =
  ({ ok: true } & Attribution) | { ok: false; error: SimError; index: number };

function pnlOf(state: SimState): number[] {
  return state.ledger.pnlTotals.slice();
}

function netOf(pnl: readonly number[]): number {
  let sum = 0;
  for (const amount of pnl) sum += amount;
  return sum;
}

const GMV = PNL_LINES.indexOf('gmv');

/**
 * The states runs start from: the scan's snapshots, handed out as copies, except to the last run
 * that needs each one, which takes the snapshot itself (one copy fewer per day with decisions).
 */
class StartStates {
  private readonly uses = new Map<number, number>();

  constructor(
    private readonly level: Level,
    private readonly seed: number,
    private readonly scan: ScannedRun,
    private readonly log: readonly Action[],
    firstIndices: readonly number[],
  ) {
    for (const index of firstIndices) {
      const at = this.nearest(index);
      this.uses.set(at, (this.uses.get(at) ?? 0) + 1);
    }
  }

  private nearest(index: number): number {
    let start = -1;
    for (const at of this.scan.snapshots.keys()) if (at <= index && at > start) start = at;
    return start;
  }

  /** The state just before log entry `index`: the nearest snapshot, played on to it. */
  before(index: number): SimState {
    const start = this.nearest(index);
    const snapshot = this.scan.snapshots.get(start);
    const left = (this.uses.get(start) ?? 0) - 1;
    this.uses.set(start, left);
    let state: SimState;
    if (snapshot === undefined) state = createState(this.level, this.seed);
    else if (left > 0) state = copyState(snapshot);
    else {
      state = snapshot;
      this.scan.snapshots.delete(start);
    }
    for (let i = Math.max(start, 0); i < index; i++) {
      applyActionInPlace(this.level, state, this.log[i] as Action);
    }
    return state;
  }
}

function firstIndex(decisions: readonly Decision[], fallback: number): number {
  let first = fallback;
  for (const decision of decisions) {
    for (const index of decision.logIndices) first = Math.min(first, index);
  }
  return first;
}

function runWithout(
  starts: StartStates,
  level: Level,
  scan: ScannedRun,
  log: readonly Action[],
  decisions: readonly Decision[],
): number[] {
  const changes = new Map<number, Action | null>();
  for (const decision of decisions) {
    for (const index of decision.logIndices) changes.set(index, decision.revertTo);
  }
  const first = firstIndex(decisions, log.length);
  const state = starts.before(first);
  playOnWithout(level, state, log, first, changes, scan.eventKindAt);
  return pnlOf(state);
}

/**
 * What each of the player's decisions earned or cost: for each, the stage is replayed with that
 * decision reverted to the level's default (from its own day, the days before are unchanged)
 * and compared line by line with the run as played. Pure and deterministic, like a replay.
 */
export function attributeDecisions(
  level: Level,
  seed: number,
  log: readonly Action[],
): AttributionResult {
  const scan = scanRun(level, seed, log);
  if (!scan.ok) return scan;
  const actual = pnlOf(scan.state);
  const netProfitFen = netOf(actual);
  const gmvFen = actual[GMV] as number;
  const firsts = scan.decisions.map((d) => firstIndex([d], log.length));
  firsts.push(firstIndex(scan.decisions, log.length));
  const starts = new StartStates(level, seed, scan, log, firsts);
  const effects: DecisionEffect[] = scan.decisions.map((decision) => {
    const without = runWithout(starts, level, scan, log, [decision]);
    const lines: LineEffect[] = [];
    for (let i = 0; i < PNL_LINES.length; i++) {
      const amountFen = (actual[i] as number) - (without[i] as number);
      if (amountFen !== 0) lines.push({ line: PNL_LINES[i] as PnlLine, amountFen });
    }
    lines.sort(
      (a, b) =>
        Math.abs(b.amountFen) - Math.abs(a.amountFen) ||
        PNL_LINES.indexOf(a.line) - PNL_LINES.indexOf(b.line),
    );
    return {
      decision,
      netEffectFen: netProfitFen - netOf(without),
      gmvEffectFen: gmvFen - (without[GMV] as number),
      lines,
    };
  });
  const baseline = runWithout(starts, level, scan, log, scan.decisions);
  const baselineNetFen = netOf(baseline);
  const baselineGmvFen = baseline[GMV] as number;
  let netSum = 0;
  let gmvSum = 0;
  for (const effect of effects) {
    netSum += effect.netEffectFen;
    gmvSum += effect.gmvEffectFen;
  }
  return {
    ok: true,
    netProfitFen,
    gmvFen,
    baselineNetFen,
    baselineGmvFen,
    decisions: effects,
    remainderNetFen: netProfitFen - baselineNetFen - netSum,
    remainderGmvFen: gmvFen - baselineGmvFen - gmvSum,
  };
}
