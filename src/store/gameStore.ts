import { castDraft } from 'immer';
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type {
  Action,
  Level,
  PlannedAction,
  SimError,
  SimState,
  StageId,
  StageSummary,
} from '../sim';
import { applyAction, applyActionInPlace, createState, summarizeStage } from '../sim';
import { isBetterRun, replayLog, replayRecords, type StageRecord } from './progress';

export type { StageRecord } from './progress';

export type Speed = 0 | 1 | 2 | 4;

/** The screen the player sees; scenes and DOM panels follow it. */
export type Screen = 'title' | 'map' | 'shop' | 'debrief';

/** Where the street may be drawn, in CSS pixels of the page: the part no panel covers. */
export interface StageFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** UI-only state: never part of a replay. */
export interface UiState {
  speed: Speed;
  lastError: SimError | null;
  openPanel: 'none' | 'books' | 'market' | 'suppliers' | 'staff' | 'finance';
  screen: Screen;
  /** The stage whose intro card is open on the world map. */
  introStage: StageId | null;
  /** The campaign ending is open over the map or the debrief. */
  ending: boolean;
  stageFrame: StageFrame;
}

export interface StageRunState {
  stage: StageId;
  seed: number;
  sim: SimState;
  /** Every action applied, including each passing day: replays to `sim`. */
  log: Action[];
  /** The player's decisions with the day they took effect: the downloadable plan. */
  decisions: PlannedAction[];
}

/** A run as a save holds it: replayed into a StageRunState when restored. */
export interface SavedRunInput {
  stage: StageId;
  seed: number;
  log: readonly Action[];
  decisions: readonly PlannedAction[];
}

/** What a save adds to a campaign's best runs: the latest runs and the runs left in progress. */
export interface RestoreExtras {
  latestLogs?: Partial<Record<StageId, readonly Action[]>>;
  paused?: readonly SavedRunInput[];
}

export interface GameState {
  seed: number;
  levels: Partial<Record<StageId, Level>>;
  /** The stage open in the shop, or the run whose debrief is showing. */
  run: StageRunState | null;
  /**
   * The best finished run of each stage (a pass beats a fail, then stars, then net profit): what
   * unlocks stages, and what the map, the campaign score, the ending and result links use.
   */
  results: Partial<Record<StageId, StageSummary>>;
  /** The action log of each stage's best run, so a share link can carry the campaign. */
  logs: Partial<Record<StageId, Action[]>>;
  /** The most recent finished run of each stage, which may be worse than the best. */
  latest: Partial<Record<StageId, StageRecord>>;
  /** Runs in progress of stages other than the open one, kept until the player returns to them. */
  paused: Partial<Record<StageId, StageRunState>>;
  ui: UiState;
}

export interface GameActions {
  setLevels(levels: Level[]): void;
  newCampaign(seed: number): void;
  /** Starts `stage` afresh; a run in progress of another stage is kept in `paused`. */
  startStage(stage: StageId): SimError | null;
  /**
   * Opens the run in progress of `stage` (the open one or a paused one), keeping the open run of
   * another stage in `paused`; false when `stage` has no run in progress.
   */
  resumeStage(stage: StageId): boolean;
  /** Applies a player action to the running stage; returns the sim's error code, if any. */
  dispatch(action: Action): SimError | null;
  /** Passes days until the stage ends or an event needs an answer; returns the days passed. */
  finishStage(maxDays?: number): number;
  setSpeed(speed: Speed): void;
  openPanel(panel: UiState['openPanel']): void;
  clearError(): void;
  /** Restores a run from a seed and action log (a save); false if the log does not replay. */
  restoreRun(stage: StageId, seed: number, log: Action[], decisions: PlannedAction[]): boolean;
  /**
   * Restores a campaign's seed, finished stages and their logs (a save) without touching the run.
   * Each log is replayed: one that finishes its stage replaces that stage's saved result with the
   * replayed one and is kept for share links; one that does not is dropped, and the saved result
   * stays on the map. The best run is the better of the best and latest replays. Paused runs that
   * still replay come back in progress. A finished run already in the store keeps its own log.
   */
  restoreCampaign(
    seed: number,
    results: Partial<Record<StageId, StageSummary>>,
    logs?: Partial<Record<StageId, readonly Action[]>>,
    extras?: RestoreExtras,
  ): void;
  showScreen(screen: Screen): void;
  openIntro(stage: StageId | null): void;
  openEnding(open: boolean): void;
  setStageFrame(frame: StageFrame): void;
}

export type GameStore = GameState & GameActions;

/**
 * A finished run becomes the stage's latest run, and its best only if it beats the kept one:
 * a replay never lowers what was unlocked or earned. The same run found again (a restore) brings
 * its log back when the save had none.
 */
function recordResult(state: GameState, run: StageRunState): void {
  const level = state.levels[run.stage];
  if (!level || run.sim.outcome === 'running') return;
  const summary = summarizeStage(level, run.sim);
  const kept = state.results[run.stage];
  state.latest[run.stage] = castDraft({ summary, log: [...run.log] });
  const sameRun = kept?.stateHash === summary.stateHash;
  if (isBetterRun(summary, kept) || (sameRun && !state.logs[run.stage])) {
    state.results[run.stage] = castDraft(summary);
    state.logs[run.stage] = castDraft([...run.log]);
  }
}

/** Keeps the open run, if it is still in progress, among the paused ones before another opens. */
function pauseOpenRun(state: GameState, next: StageId): void {
  const open = state.run;
  if (open && open.stage !== next && open.sim.outcome === 'running') {
    state.paused[open.stage] = open;
  }
}

export function createGameStore(initial?: Partial<GameState>) {
  return createStore<GameStore>()(
    immer((set, get) => ({
      seed: initial?.seed ?? 1,
      levels: initial?.levels ?? {},
      run: null,
      results: initial?.results ?? {},
      logs: initial?.logs ?? {},
      latest: initial?.latest ?? {},
      paused: initial?.paused ?? {},
      ui: {
        speed: 0,
        lastError: null,
        openPanel: 'none',
        screen: 'title',
        introStage: null,
        ending: false,
        stageFrame: { x: 0, y: 0, width: 1280, height: 720 },
      },

      setLevels(levels) {
        set((s) => {
          for (const level of levels) s.levels[level.id] = castDraft(level);
        });
      },

      newCampaign(seed) {
        set((s) => {
          s.seed = seed;
          s.run = null;
          s.results = {};
          s.logs = {};
          s.latest = {};
          s.paused = {};
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          s.ui.introStage = null;
        });
      },

      startStage(stage) {
        const level = get().levels[stage];
        if (!level) return 'unknown_action';
        const sim = createState(level, get().seed);
        set((s) => {
          pauseOpenRun(s as GameState, stage);
          delete s.paused[stage];
          s.run = castDraft({ stage, seed: s.seed, sim, log: [], decisions: [] });
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          s.ui.introStage = null;
        });
        return null;
      },

      resumeStage(stage) {
        const { run, paused } = get();
        if (run?.stage === stage) return run.sim.outcome === 'running';
        if (!paused[stage]) return false;
        set((s) => {
          const kept = s.paused[stage];
          if (!kept) return;
          pauseOpenRun(s as GameState, stage);
          delete s.paused[stage];
          s.run = kept;
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          s.ui.introStage = null;
        });
        return true;
      },

      dispatch(action) {
        const { run, levels } = get();
        const level = run ? levels[run.stage] : undefined;
        if (!run || !level) return 'stage_over';
        const result = applyAction(level, run.sim, action);
        if (!result.ok) {
          set((s) => {
            s.ui.lastError = result.error;
          });
          return result.error;
        }
        set((s) => {
          if (!s.run) return;
          s.run.sim = castDraft(result.state);
          s.run.log.push(castDraft(action));
          if (action.type !== 'advanceDay') {
            s.run.decisions.push(castDraft({ stage: run.stage, day: run.sim.day + 1, action }));
          }
          s.ui.lastError = null;
          if (result.state.pendingEvent !== null || result.state.outcome !== 'running')
            s.ui.speed = 0;
          recordResult(s as GameState, s.run as StageRunState);
        });
        return null;
      },

      finishStage(maxDays = Number.MAX_SAFE_INTEGER) {
        const { run, levels } = get();
        const level = run ? levels[run.stage] : undefined;
        if (!run || !level) return 0;
        // One copy for the whole run of days: cloning per day would cost the most here.
        const sim = structuredClone(run.sim) as SimState;
        const passed: Action[] = [];
        while (
          passed.length < maxDays &&
          sim.outcome === 'running' &&
          sim.pendingEvent === null &&
          applyActionInPlace(level, sim, { type: 'advanceDay' }) === null
        ) {
          passed.push({ type: 'advanceDay' });
        }
        if (passed.length === 0) return 0;
        set((s) => {
          if (!s.run) return;
          s.run.sim = castDraft(sim);
          for (const action of passed) s.run.log.push(action);
          if (sim.pendingEvent !== null || sim.outcome !== 'running') s.ui.speed = 0;
          recordResult(s as GameState, s.run as StageRunState);
        });
        return passed.length;
      },

      setSpeed(speed) {
        set((s) => {
          s.ui.speed = speed;
        });
      },

      openPanel(panel) {
        set((s) => {
          s.ui.openPanel = panel;
        });
      },

      clearError() {
        set((s) => {
          s.ui.lastError = null;
        });
      },

      restoreRun(stage, seed, log, decisions) {
        const level = get().levels[stage];
        if (!level) return false;
        const sim = replayLog(level, seed, log);
        if (!sim) return false;
        set((s) => {
          s.seed = seed;
          delete s.paused[stage];
          s.run = castDraft({ stage, seed, sim, log: [...log], decisions: [...decisions] });
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          recordResult(s as GameState, s.run as StageRunState);
        });
        return true;
      },

      restoreCampaign(seed, results, logs = {}, extras = {}) {
        const { levels } = get();
        const { best, latest } = replayRecords(levels, seed, logs, extras.latestLogs ?? {});
        const paused: Partial<Record<StageId, StageRunState>> = {};
        for (const saved of extras.paused ?? []) {
          const level = levels[saved.stage];
          const sim = level ? replayLog(level, saved.seed, saved.log) : null;
          if (!sim || sim.outcome !== 'running') continue;
          paused[saved.stage] = {
            stage: saved.stage,
            seed: saved.seed,
            sim,
            log: [...saved.log],
            decisions: [...saved.decisions],
          };
        }
        set((s) => {
          s.seed = seed;
          s.results = castDraft({ ...results });
          s.logs = {};
          for (const [stage, kept] of Object.entries(best) as [StageId, StageRecord][]) {
            s.results[stage] = castDraft(kept.summary);
            s.logs[stage] = castDraft(kept.log);
          }
          s.latest = castDraft(latest);
          const open = s.run?.sim.outcome === 'running' ? s.run.stage : null;
          s.paused = castDraft(paused);
          if (open) delete s.paused[open];
          if (s.run) recordResult(s as GameState, s.run as StageRunState);
        });
      },

      showScreen(screen) {
        set((s) => {
          s.ui.screen = screen;
          s.ui.speed = 0;
          if (screen !== 'map') s.ui.introStage = null;
          s.ui.ending = false;
          if (screen !== 'shop') s.ui.openPanel = 'none';
        });
      },

      openEnding(open) {
        set((s) => {
          s.ui.ending = open;
        });
      },

      openIntro(stage) {
        set((s) => {
          s.ui.introStage = stage;
        });
      },

      setStageFrame(frame) {
        const old = get().ui.stageFrame;
        if (
          old.x === frame.x &&
          old.y === frame.y &&
          old.width === frame.width &&
          old.height === frame.height
        )
          return;
        set((s) => {
          s.ui.stageFrame = frame;
        });
      },
    })),
  );
}

export type GameStoreApi = ReturnType<typeof createGameStore>;
