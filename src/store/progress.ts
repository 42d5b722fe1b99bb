import type { Action, Level, SimState, StageId, StageSummary } from '../sim';
import { applyActionInPlace, createState, stagePassed, STAGE_IDS, summarizeStage } from '../sim';

/** A finished run of one stage: its summary and the log that replays to it. */
export interface StageRecord {
  summary: StageSummary;
  log: Action[];
}

/**
 * Whether `candidate` should replace `kept` as a stage's best run: a pass beats a fail, then more
 * stars, then more net profit. A tie keeps the older run, so replaying the same game changes nothing.
 */
export function isBetterRun(candidate: StageSummary, kept: StageSummary | undefined): boolean {
  if (!kept) return true;
  const passed = stagePassed(candidate.outcome);
  if (passed !== stagePassed(kept.outcome)) return passed;
  if (candidate.stars !== kept.stars) return candidate.stars > kept.stars;
  return candidate.netProfit > kept.netProfit;
}

/** The state a log replays to on `seed`, or null when one of its actions is refused. */
export function replayLog(level: Level, seed: number, log: readonly Action[]): SimState | null {
  const sim = createState(level, seed);
  for (const action of log) {
    if (applyActionInPlace(level, sim, action) !== null) return null;
  }
  return sim;
}

/** A log replayed to a finished stage, or null when it is refused or stops short of the end. */
export function finishedRecord(
  level: Level,
  seed: number,
  log: readonly Action[],
): StageRecord | null {
  const sim = replayLog(level, seed, log);
  if (!sim || sim.outcome === 'running') return null;
  return { summary: summarizeStage(level, sim), log: [...log] };
}

/**
 * Each stage's best and latest runs from a save's logs, replayed on `levels`: the best is the
 * better of the two replays, so a save never holds a best run that is worse than its latest.
 */
export function replayRecords(
  levels: Partial<Record<StageId, Level>>,
  seed: number,
  bestLogs: Partial<Record<StageId, readonly Action[]>>,
  latestLogs: Partial<Record<StageId, readonly Action[]>>,
): { best: Partial<Record<StageId, StageRecord>>; latest: Partial<Record<StageId, StageRecord>> } {
  const best: Partial<Record<StageId, StageRecord>> = {};
  const latest: Partial<Record<StageId, StageRecord>> = {};
  for (const stage of STAGE_IDS) {
    const level = levels[stage];
    if (!level) continue;
    const bestLog = bestLogs[stage];
    const latestLog = latestLogs[stage];
    const fromBest = bestLog ? finishedRecord(level, seed, bestLog) : null;
    const fromLatest = latestLog ? finishedRecord(level, seed, latestLog) : null;
    const top =
      fromLatest && (!fromBest || isBetterRun(fromLatest.summary, fromBest.summary))
        ? fromLatest
        : fromBest;
    if (top) best[stage] = top;
    const last = fromLatest ?? fromBest;
    if (last) latest[stage] = last;
  }
  return { best, latest };
}
