import { castDraft } from 'immer';
import type { StageId } from '../sim';
import { summarizeStage } from '../sim';
import { isBetterRun } from './progress';
import type { GameState, StageRunState } from './state';

/**
 * A finished run becomes the stage's latest run, and its best only if it beats the kept one:
 * a replay never lowers what was unlocked or earned. The same run found again (a restore) brings
 * its log back when the save had none.
 */
export function recordResult(state: GameState, run: StageRunState): void {
  const level = state.levels[run.stage];
  if (!level || run.sim.outcome === 'running') return;
  if (run.whatIf) {
    state.whatIfs[run.stage] = castDraft({
      forkDay: run.whatIf.forkDay,
      log: [...run.log],
      summary: summarizeStage(level, run.sim),
      originalLog: [...run.whatIf.originalLog],
    });
    return;
  }
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
export function pauseOpenRun(state: GameState, next: StageId): void {
  const open = state.run;
  if (open && open.stage !== next && open.sim.outcome === 'running') {
    state.paused[open.stage] = open;
  }
}
