import { castDraft } from 'immer';
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type {
  Action,
  Level,
  Levers,
  PlannedAction,
  SimError,
  SimState,
  StageId,
  StageSummary,
} from '../sim';
import { applyAction, applyActionInPlace, createState, STAGE_IDS, summarizeStage } from '../sim';
import { awaitsPlayer } from './flow';

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
  /** The name last typed into the share dialog, offered again when it reopens. */
  shareName: string;
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

export interface GameState {
  seed: number;
  levels: Partial<Record<StageId, Level>>;
  run: StageRunState | null;
  results: Partial<Record<StageId, StageSummary>>;
  /** The action log of each finished stage's last run, so a share link can carry the campaign. */
  logs: Partial<Record<StageId, Action[]>>;
  share: ShareContext;
  ui: UiState;
}

/**
 * What a share link needs beyond the game: the levels as shipped (`levels` may hold a session's
 * levered copies), the session's levers and names. main.ts sets it once at boot.
 */
export interface ShareContext {
  levels: Partial<Record<StageId, Level>>;
  levers: Partial<Levers>;
  /** A session student's name, carried into the result link; null lets the player type one. */
  name: string | null;
  /** The trainer's session name, shown with the result. */
  sessionName: string | null;
}

export interface GameActions {
  setLevels(levels: Level[]): void;
  setShareContext(share: ShareContext): void;
  setShareName(name: string): void;
  newCampaign(seed: number): void;
  startStage(stage: StageId): SimError | null;
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
   * stays on the map. A finished run already in the store keeps its own log.
   */
  restoreCampaign(
    seed: number,
    results: Partial<Record<StageId, StageSummary>>,
    logs?: Partial<Record<StageId, readonly Action[]>>,
  ): void;
  showScreen(screen: Screen): void;
  openIntro(stage: StageId | null): void;
  openEnding(open: boolean): void;
  setStageFrame(frame: StageFrame): void;
}

export type GameStore = GameState & GameActions;

type RestoredStage = { summary: StageSummary; log: Action[] };

/** The state a log replays to on `seed`, or null when one of its actions is refused. */
function replayLog(level: Level, seed: number, log: readonly Action[]): SimState | null {
  const sim = createState(level, seed);
  for (const action of log) {
    if (applyActionInPlace(level, sim, action) !== null) return null;
  }
  return sim;
}

function recordResult(state: GameState, run: StageRunState): void {
  const level = state.levels[run.stage];
  if (!level || run.sim.outcome === 'running') return;
  state.results[run.stage] = castDraft(summarizeStage(level, run.sim));
  state.logs[run.stage] = castDraft([...run.log]);
}

export function createGameStore(initial?: Partial<GameState>) {
  return createStore<GameStore>()(
    immer((set, get) => ({
      seed: initial?.seed ?? 1,
      levels: initial?.levels ?? {},
      run: null,
      results: initial?.results ?? {},
      logs: initial?.logs ?? {},
      share: { levels: {}, levers: {}, name: null, sessionName: null },
      ui: {
        speed: 0,
        lastError: null,
        openPanel: 'none',
        screen: 'title',
        introStage: null,
        ending: false,
        shareName: '',
        stageFrame: { x: 0, y: 0, width: 1280, height: 720 },
      },

      setLevels(levels) {
        set((s) => {
          for (const level of levels) s.levels[level.id] = castDraft(level);
        });
      },

      setShareContext(share) {
        set((s) => {
          s.share = castDraft(share);
        });
      },

      setShareName(name) {
        set((s) => {
          s.ui.shareName = name;
        });
      },

      newCampaign(seed) {
        set((s) => {
          s.seed = seed;
          s.run = null;
          s.results = {};
          s.logs = {};
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
          s.run = castDraft({ stage, seed: s.seed, sim, log: [], decisions: [] });
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          s.ui.introStage = null;
        });
        return null;
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
          if (!awaitsPlayer(result.state)) s.ui.speed = 0;
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
          awaitsPlayer(sim) &&
          applyActionInPlace(level, sim, { type: 'advanceDay' }) === null
        ) {
          passed.push({ type: 'advanceDay' });
        }
        if (passed.length === 0) return 0;
        set((s) => {
          if (!s.run) return;
          s.run.sim = castDraft(sim);
          for (const action of passed) s.run.log.push(action);
          if (!awaitsPlayer(sim)) s.ui.speed = 0;
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
          s.run = castDraft({ stage, seed, sim, log: [...log], decisions: [...decisions] });
          s.ui.speed = 0;
          s.ui.lastError = null;
          s.ui.openPanel = 'none';
          recordResult(s as GameState, s.run as StageRunState);
        });
        return true;
      },

      restoreCampaign(seed, results, logs = {}) {
        const { levels } = get();
        const replayed: Partial<Record<StageId, RestoredStage>> = {};
        for (const stage of STAGE_IDS) {
          const log = logs[stage];
          const level = levels[stage];
          if (!log || !level) continue;
          const sim = replayLog(level, seed, log);
          if (sim && sim.outcome !== 'running') {
            replayed[stage] = { summary: summarizeStage(level, sim), log: [...log] };
          }
        }
        set((s) => {
          s.seed = seed;
          s.results = castDraft({ ...results });
          s.logs = {};
          for (const [stage, kept] of Object.entries(replayed) as [StageId, RestoredStage][]) {
            s.results[stage] = castDraft(kept.summary);
            s.logs[stage] = castDraft(kept.log);
          }
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
