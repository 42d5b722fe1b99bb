import { castDraft } from 'immer';
import type { Action, PlannedAction, SimState } from '../sim';
import { applyAction, applyActionInPlace, createState, logThroughDay, supersedes } from '../sim';
import { awaitsPlayer } from './flow';
import { replayLog } from './progress';
import { pauseOpenRun, recordResult } from './record';
import { resetForRun } from './uiActions';
import type { GameActions, GameState, GetStore, SetStore, StageRunState } from './state';

type RunActions = Pick<
  GameActions,
  'startStage' | 'resumeStage' | 'dispatch' | 'finishStage' | 'startWhatIf'
>;

/** The run and its days: opening a stage, the player's actions, passing days, a what-if. */
export function runActions(set: SetStore, get: GetStore): RunActions {
  return {
    startStage(stage) {
      const level = get().levels[stage];
      if (!level) return 'unknown_action';
      const sim = createState(level, get().seed);
      set((s) => {
        pauseOpenRun(s as GameState, stage);
        delete s.paused[stage];
        s.run = castDraft({ stage, seed: s.seed, sim, log: [], decisions: [] });
        resetForRun(s.ui);
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
        resetForRun(s.ui);
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
        // A slider's keyboard steps overwrite one another: only the last one stays in the log,
        // so the debrief shows one decision and the result link carries one action.
        const last = run.log[run.log.length - 1];
        const merge = last !== undefined && supersedes(last, action);
        if (merge) s.run.log[s.run.log.length - 1] = castDraft(action);
        else s.run.log.push(castDraft(action));
        if (action.type !== 'advanceDay') {
          const planned = castDraft({ stage: run.stage, day: run.sim.day + 1, action });
          if (merge && s.run.decisions.length > 0) {
            s.run.decisions[s.run.decisions.length - 1] = planned;
          } else s.run.decisions.push(planned);
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

    startWhatIf(stage, forkDay) {
      const { levels, logs, seed } = get();
      const level = levels[stage];
      const originalLog = logs[stage];
      if (!level || !originalLog) return 'unknown_action';
      const days = originalLog.filter((a) => a.type === 'advanceDay').length;
      if (!Number.isInteger(forkDay) || forkDay < 1 || forkDay >= days) {
        return 'value_out_of_range';
      }
      const log = logThroughDay(originalLog, forkDay);
      const sim = replayLog(level, seed, log);
      if (!sim) return 'unknown_action';
      const decisions: PlannedAction[] = [];
      let day = 1;
      for (const action of log) {
        if (action.type === 'advanceDay') day += 1;
        else decisions.push({ stage, day, action });
      }
      set((s) => {
        s.run = castDraft({
          stage,
          seed,
          sim,
          log,
          decisions,
          whatIf: { forkDay, originalLog: [...originalLog] },
        });
        resetForRun(s.ui);
      });
      return null;
    },
  };
}
