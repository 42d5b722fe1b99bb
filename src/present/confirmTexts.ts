import type { StageId } from '../sim';
import type { GameState, StageRunState } from '../store/gameStore';
import { local, t } from './i18n';
import { orderedLevels } from './views/common';

function stageName(state: GameState, stage: StageId): string {
  const level = state.levels[stage];
  return level ? local(level.title) : stage;
}

function runText(state: GameState, run: StageRunState): string {
  return t('confirm.progress.run', {
    stage: stageName(state, run.stage),
    day: run.sim.day,
    days: run.sim.days,
  });
}

/**
 * What a new campaign would throw away, stage by stage: each best result and each run in
 * progress. Null when there is nothing to lose (a fresh campaign with no day played).
 */
export function campaignProgressText(state: GameState): string | null {
  const parts: string[] = [];
  for (const level of orderedLevels(state)) {
    const result = state.results[level.id];
    if (result) {
      parts.push(
        result.stars > 0
          ? t('confirm.progress.best', { stage: local(level.title), stars: result.stars })
          : t('confirm.progress.notPassed', { stage: local(level.title) }),
      );
    }
    const run =
      state.run?.stage === level.id && state.run.sim.outcome === 'running'
        ? state.run
        : state.paused[level.id];
    if (run && run.log.length > 0) parts.push(runText(state, run));
  }
  return parts.length === 0 ? null : parts.join(t('confirm.progress.separator'));
}

/** The run in progress of `stage`, open or paused, that starting it over would lose. */
export function runInProgress(state: GameState, stage: StageId): StageRunState | null {
  if (state.run?.stage === stage && state.run.sim.outcome === 'running') return state.run;
  return state.paused[stage] ?? null;
}
