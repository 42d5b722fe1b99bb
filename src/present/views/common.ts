import type { Level, SimState, StageId } from '../../sim';
import type { GameState, StageRunState } from '../../store/gameStore';

/** The running stage with its level, or null outside a stage (or before levels load). */
export interface ActiveRun {
  run: StageRunState;
  level: Level;
  sim: SimState;
}

export function activeRun(state: GameState): ActiveRun | null {
  const run = state.run;
  if (!run) return null;
  const level = state.levels[run.stage];
  if (!level) return null;
  return { run, level, sim: run.sim };
}

/** Levels in campaign order (the `order` field of each file). */
export function orderedLevels(state: GameState): Level[] {
  const levels: Level[] = [];
  for (const level of Object.values(state.levels)) if (level) levels.push(level);
  return levels.sort((a, b) => a.order - b.order);
}

export function nextStage(state: GameState, stage: StageId): StageId | null {
  const levels = orderedLevels(state);
  const index = levels.findIndex((l) => l.id === stage);
  return levels[index + 1]?.id ?? null;
}
