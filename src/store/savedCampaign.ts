import type { Action, PlannedAction, StageId, StageSummary } from '../sim';
import type { GameStoreApi } from './gameStore';
import type { GameState, StageRunState } from './state';

/** A run as a save writes it: the log replays to the game. */
export interface SavedRunShape {
  stage: StageId;
  seed: number;
  log: Action[];
  decisions: PlannedAction[];
}

/** The campaign a save holds (src/platform/save.ts validates it): plain data, no sim state. */
export interface SavedCampaignShape {
  seed: number;
  results: Partial<Record<StageId, StageSummary>>;
  logs: Partial<Record<StageId, Action[]>>;
  latestLogs: Partial<Record<StageId, Action[]>>;
  run: SavedRunShape | null;
  paused: SavedRunShape[];
  complete?: boolean;
  reflections: Partial<Record<StageId, string>>;
}

function savedRun(run: StageRunState): SavedRunShape {
  return { stage: run.stage, seed: run.seed, log: run.log, decisions: run.decisions };
}

/**
 * The campaign to save: best runs, the latest run of a stage only where it is not the best (the
 * same log twice would double the save), the open run and the paused ones.
 */
export function savedCampaign(state: GameState): SavedCampaignShape {
  const latestLogs: Partial<Record<StageId, Action[]>> = {};
  for (const [stage, latest] of Object.entries(state.latest) as [
    StageId,
    GameState['latest'][StageId],
  ][]) {
    if (latest && latest.summary.stateHash !== state.results[stage]?.stateHash) {
      latestLogs[stage] = latest.log;
    }
  }
  const paused = Object.values(state.paused)
    .filter((run): run is StageRunState => run !== undefined)
    .map(savedRun);
  const run = state.run;
  const stages = Object.keys(state.levels) as StageId[];
  const complete =
    stages.length > 0 &&
    stages.every((stage) => state.results[stage] !== undefined) &&
    paused.length === 0 &&
    (run === null || run.sim.outcome !== 'running');
  return {
    seed: state.seed,
    results: state.results,
    logs: state.logs,
    latestLogs,
    // A what-if is not saved as the stage's run: restored, it would replace the original result.
    run: run && !run.whatIf ? savedRun(run) : null,
    paused,
    complete,
    reflections: { ...state.reflections },
  };
}

/**
 * Puts a saved campaign into the store. The open run is replayed first: when it no longer replays,
 * `requireRun` leaves the store untouched and returns false (an import), and otherwise the
 * campaign comes back without it (a boot: the results are still the player's).
 */
export function restoreSavedCampaign(
  store: GameStoreApi,
  saved: SavedCampaignShape,
  requireRun: boolean,
): boolean {
  const { run } = saved;
  const replayed = run
    ? store.getState().restoreRun(run.stage, run.seed, run.log, run.decisions)
    : false;
  if (run && !replayed && requireRun) return false;
  if (!replayed) store.getState().newCampaign(saved.seed);
  store.getState().restoreCampaign(saved.seed, saved.results, saved.logs, {
    latestLogs: saved.latestLogs,
    paused: saved.paused,
  });
  // Through the store's own setter, so an answer is capped as if it had just been typed.
  for (const [stage, text] of Object.entries(saved.reflections) as [StageId, string][]) {
    if (text !== '') store.getState().setReflection(stage, text);
  }
  return run === null || replayed;
}

/** Whether the campaign holds a played day (a finished stage has many): worth keeping. */
export function hasPlayedDay(state: GameState): boolean {
  const played = (r: StageRunState | null | undefined) =>
    r?.log.some((a) => a.type === 'advanceDay') === true;
  return (
    Object.keys(state.results).length > 0 ||
    played(state.run) ||
    Object.values(state.paused).some(played)
  );
}
