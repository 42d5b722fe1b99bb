/**
 * The script each engine runs: the shipped levels, validated as the page validates them, and the
 * sim's own replay, bundled without Node or DOM APIs so that Firefox, WebKit's jsc shell and
 * Chromium run the same code Node runs. It gets plans only, never the pinned hashes: the
 * comparison happens back in Node (goldenCheck.ts), so an engine cannot agree with itself.
 */
import { loadShippedLevels } from '../../src/platform/levels';
import {
  RULES_VERSION,
  netProfitFen,
  runStage,
  stateHash,
  type Level,
  type PlanStep,
  type StageId,
} from '../../src/sim/index';

export interface GoldenPlan {
  name: string;
  stage: StageId;
  seed: number;
  plan: PlanStep[];
}

export interface EngineCase {
  name: string;
  /** Null when the plan could not run to its end here; `error` says why. */
  stateHash: string | null;
  netProfitFen: number | null;
  error: string | null;
}

export interface EngineRun {
  rulesVersion: number;
  cases: EngineCase[];
  /** Wall time of the replays alone, in this engine's own clock. */
  elapsedMs: number;
}

function replayOne(levels: ReadonlyMap<StageId, Level>, plan: GoldenPlan): EngineCase {
  const level = levels.get(plan.stage);
  if (!level) {
    return { name: plan.name, stateHash: null, netProfitFen: null, error: 'unknown stage' };
  }
  const result = runStage(level, plan.seed, plan.plan);
  if (!result.ok) {
    const error = `step ${result.stepIndex} rejected (${result.error}) on day ${result.state.day}`;
    return { name: plan.name, stateHash: null, netProfitFen: null, error };
  }
  return {
    name: plan.name,
    stateHash: stateHash(result.state),
    netProfitFen: netProfitFen(result.state.ledger),
    error: null,
  };
}

export function replayGoldens(plans: readonly GoldenPlan[]): EngineRun {
  const loaded = loadShippedLevels();
  if (!loaded.ok) throw new Error(`levels/${loaded.file}: ${loaded.problem}`);
  const levels = new Map(loaded.levels.map((level) => [level.id, level]));
  const started = Date.now();
  const cases = plans.map((plan) => replayOne(levels, plan));
  return { rulesVersion: RULES_VERSION, cases, elapsedMs: Date.now() - started };
}
