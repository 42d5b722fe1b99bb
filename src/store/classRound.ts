import type { Action, Level } from '../sim';
import { resumeScreen } from './flow';
import type { GameStoreApi } from './gameStore';
import { restoreSavedCampaign, type SavedCampaignShape } from './savedCampaign';

/**
 * A class-market round in the game's own store: one stage (the round's level, built from the
 * brief by src/share/roundStudent.ts) on the round's seed, played with the shop's normal
 * controls. Its save lives in the round's own slot, so the player's campaign is never read or
 * written. The world map's place is the brief, and the debrief's is the hand-in.
 */
export interface ClassRoundGame {
  /** The round as a stage: Stage 4's id, cut to one listing and the round's days. */
  level: Level;
  seed: number;
}

/** Whether a save from the round's slot is this round's game: same seed, same one stage. */
export function fitsClassRound(game: ClassRoundGame, saved: SavedCampaignShape | null): boolean {
  if (saved === null || saved.seed !== game.seed) return false;
  const stages = new Set([
    ...(saved.run ? [saved.run.stage] : []),
    ...saved.paused.map((p) => p.stage),
    ...Object.keys(saved.results),
  ]);
  return [...stages].every((stage) => stage === game.level.id);
}

/**
 * Opens the round in a fresh store: the saved game when it is this round's and still replays,
 * else an unplayed round. Returns the screen to show: the brief before the first day, the shop
 * mid-round, the hand-in once the round is over.
 */
export function openClassRound(
  store: GameStoreApi,
  game: ClassRoundGame,
  saved: SavedCampaignShape | null,
): 'map' | 'shop' | 'debrief' {
  store.getState().setLevels([game.level]);
  if (fitsClassRound(game, saved) && saved) restoreSavedCampaign(store, saved, false);
  else store.getState().newCampaign(game.seed);
  const run = store.getState().run;
  if (run && run.sim.outcome === 'running' && !run.log.some((a) => a.type === 'advanceDay')) {
    return 'map';
  }
  return resumeScreen(run);
}

/** "Play this round" on the brief: the round in progress, or day 1 of a new one. */
export function playClassRound(store: GameStoreApi, game: ClassRoundGame): void {
  const { run } = store.getState();
  if (!run || run.stage !== game.level.id) store.getState().startStage(game.level.id);
  store.getState().showScreen(resumeScreen(store.getState().run));
}

/** Plays the round again from day 1; the finished run and its hand-in are replaced. */
export function replayClassRound(store: GameStoreApi, game: ClassRoundGame): void {
  store.getState().startStage(game.level.id);
  store.getState().showScreen('shop');
}

/** Where the round stands, for the brief's play button. */
export type ClassRoundProgress =
  { kind: 'unplayed' } | { kind: 'playing'; day: number; days: number } | { kind: 'over' };

export function classRoundProgress(store: GameStoreApi): ClassRoundProgress {
  const { run } = store.getState();
  if (!run) return { kind: 'unplayed' };
  if (run.sim.outcome !== 'running') return { kind: 'over' };
  const day = run.log.filter((a) => a.type === 'advanceDay').length;
  return day === 0 && run.log.length === 0
    ? { kind: 'unplayed' }
    : { kind: 'playing', day, days: run.sim.days };
}

/** The finished round's log, every day and decision as played: what the hand-in carries. */
export function finishedRoundLog(store: GameStoreApi): readonly Action[] | null {
  const { run } = store.getState();
  if (!run || run.sim.outcome === 'running' || run.whatIf) return null;
  return run.log;
}
