import {
  RULES_VERSION,
  STAGE_IDS,
  campaignOutcome,
  runStage,
  summarizeStage,
  type Action,
  type CampaignOutcome,
  type StageId,
  type StageSummary,
} from '../../src/sim/index';
import { CliError } from './errors';
import type { Levels } from './levels';
import { stagePlan, type PlanEntry } from './plan';
import { explainSimError } from './simErrors';

export interface CampaignReport {
  rulesVersion: number;
  seed: number;
  stages: StageSummary[];
  /** Each stage's action log as played, in the order of `stages`: for attribution and links. */
  logs: Action[][];
  total: { gmv: number; netProfit: number };
  campaign: { outcome: CampaignOutcome } | null;
}

/**
 * The debrief promises that the waterfall starts at GMV and adds up to net profit; a report that
 * broke this would teach the wrong lesson, so it stops the run as an internal error instead.
 */
export function checkWaterfall(summary: StageSummary): void {
  const lines = summary.waterfall;
  const where = `stage ${summary.stage}`;
  if (lines[0]?.line !== 'gmv' || lines[0].amount !== summary.gmv) {
    throw new Error(`${where}: the waterfall does not start with GMV ${summary.gmv}`);
  }
  let sum = 0;
  for (const { line, amount } of lines) {
    if (!Number.isSafeInteger(amount)) throw new Error(`${where}: ${line} is not whole fen`);
    sum += amount;
  }
  if (sum !== summary.netProfit) {
    throw new Error(`${where}: the waterfall sums to ${sum}, not net profit ${summary.netProfit}`);
  }
}

/**
 * Runs one stage from its plan: the plan file's entries for it, or its level's defaultPlan. Each
 * stage starts fresh from the same seed, as in the game, so stages never influence each other.
 */
function runOne(
  levels: Levels,
  stage: StageId,
  seed: number,
  planEntries: readonly PlanEntry[] | null,
): { summary: StageSummary; log: Action[] } {
  const level = levels[stage];
  const { steps, indices } =
    planEntries === null
      ? { steps: level.defaultPlan, indices: level.defaultPlan.map((_, i) => i) }
      : stagePlan(planEntries, stage);
  const result = runStage(level, seed, steps);
  if (!result.ok) {
    const reason = explainSimError(level, result.state, result.step, result.error);
    const fileIndex = indices[result.stepIndex];
    if (fileIndex === undefined) {
      // stepIndex -1: the day itself failed (an amount left safe integers), not a planned action.
      throw new CliError(`stage ${stage}, day ${result.step.day}: ${reason}`);
    }
    const where =
      planEntries === null
        ? `levels/${stage}.json defaultPlan[${fileIndex}]`
        : `plan[${fileIndex}]`;
    throw new CliError(
      `${where} (stage ${stage}, day ${result.step.day}, ${result.step.action.type}): ${reason}`,
    );
  }
  const summary = summarizeStage(level, result.state);
  checkWaterfall(summary);
  return { summary, log: result.log };
}

/** Runs the requested stages in campaign order; `planEntries` null means each level's defaultPlan. */
export function runCampaign(
  levels: Levels,
  stages: readonly StageId[],
  seed: number,
  planEntries: readonly PlanEntry[] | null,
): CampaignReport {
  const runs = stages.map((stage) => runOne(levels, stage, seed, planEntries));
  const summaries = runs.map((run) => run.summary);
  let gmv = 0;
  let netProfit = 0;
  for (const s of summaries) {
    gmv += s.gmv;
    netProfit += s.netProfit;
  }
  if (!Number.isSafeInteger(gmv) || !Number.isSafeInteger(netProfit)) {
    throw new Error('the campaign totals are not whole fen');
  }
  // The ending is a verdict on the whole campaign, so it is only given when every stage ran.
  const everyStage = STAGE_IDS.every((id) => stages.includes(id));
  return {
    rulesVersion: RULES_VERSION,
    seed,
    stages: summaries,
    logs: runs.map((run) => run.log),
    total: { gmv, netProfit },
    campaign: everyStage
      ? { outcome: campaignOutcome(summaries, levels.comprehensive.goals.escapeMarginBp) }
      : null,
  };
}
