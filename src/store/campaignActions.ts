import { castDraft } from 'immer';
import type { StageId } from '../sim';
import { replayLog, replayRecords, type StageRecord } from './progress';
import { recordResult } from './record';
import { resetForRun } from './uiActions';
import {
  REFLECTION_MAX_CHARS,
  type GameActions,
  type GameState,
  type GetStore,
  type SetStore,
  type StageRunState,
} from './state';

type CampaignActions = Pick<
  GameActions,
  'setLevels' | 'newCampaign' | 'setReflection' | 'restoreRun' | 'restoreCampaign'
>;

/** The campaign around the runs: its levels, a fresh start, reflections and restoring a save. */
export function campaignActions(set: SetStore, get: GetStore): CampaignActions {
  return {
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
        s.whatIfs = {};
        s.reflections = {};
        resetForRun(s.ui);
      });
    },

    setReflection(stage, text) {
      set((s) => {
        s.reflections[stage] = Array.from(text).slice(0, REFLECTION_MAX_CHARS).join('');
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
  };
}
