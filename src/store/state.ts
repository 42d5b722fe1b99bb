import type { WritableDraft } from 'immer';
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
import type { StageRecord } from './progress';

/**
 * The store's shape: its state and the actions on it. The actions are written by idea in
 * runActions.ts, campaignActions.ts and uiActions.ts; gameStore.ts puts them together.
 */

export type Speed = 0 | 1 | 2 | 4;

/** The reflection prompt's answer is short: it travels in the result link (src/share extras). */
export const REFLECTION_MAX_CHARS = 140;

/** The screen the player sees; scenes and DOM panels follow it. */
export type Screen = 'title' | 'map' | 'shop' | 'debrief';

/** Where the street may be drawn, in CSS pixels of the page: the part no panel covers. */
export interface StageFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The stock section's order as the player sets it up, before it is placed. */
export interface OrderDraft {
  listingIndex: number;
  supplierId: string;
  qty: number;
  qualityCheck: boolean;
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
  /** The purchase order being drafted: the stock section and the supplier comparison quote it. */
  orderDraft: OrderDraft;
}

export interface StageRunState {
  stage: StageId;
  seed: number;
  sim: SimState;
  /** Every action applied, including each passing day: replays to `sim`. */
  log: Action[];
  /** The player's decisions with the day they took effect: the downloadable plan. */
  decisions: PlannedAction[];
  /** A what-if: forked from the stage's finished run after `forkDay`; its result is kept apart. */
  whatIf?: { forkDay: number; originalLog: Action[] };
}

/** A finished what-if, beside the run it was forked from (which keeps its result and link). */
export interface WhatIfResult {
  forkDay: number;
  log: Action[];
  summary: StageSummary;
  originalLog: Action[];
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
  /** The last finished what-if of each stage. */
  whatIfs: Partial<Record<StageId, WhatIfResult>>;
  /** The player's short answer to each stage's reflection prompt; travels in the result link. */
  reflections: Partial<Record<StageId, string>>;
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
  /** Starts `stage` afresh; a run in progress of another stage is kept in `paused`. */
  startStage(stage: StageId): SimError | null;
  /**
   * Opens the run in progress of `stage` (the open one or a paused one), keeping the open run of
   * another stage in `paused`; false when `stage` has no run in progress.
   */
  resumeStage(stage: StageId): boolean;
  /** Applies a player action to the running stage; returns the sim's error code, if any. */
  dispatch(action: Action): SimError | null;
  /**
   * Forks the stage's finished run after `forkDay`: days 1..forkDay replay as played and the
   * player decides again from the next day. The original result and its log stay as they are.
   */
  startWhatIf(stage: StageId, forkDay: number): SimError | null;
  /** Keeps the reflection answer for a stage, at most REFLECTION_MAX_CHARS code points. */
  setReflection(stage: StageId, text: string): void;
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
  /** Keeps the order being drafted; an unchanged draft notifies nobody. */
  setOrderDraft(draft: OrderDraft): void;
}

export type GameStore = GameState & GameActions;

/** The store's immer `set` and `get`, as each group of actions receives them. */
export type SetStore = (recipe: (draft: WritableDraft<GameStore>) => void) => void;
export type GetStore = () => GameStore;
