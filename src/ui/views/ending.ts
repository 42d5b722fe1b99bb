import type { CampaignOutcome, PnlLine, StageId, StageSummary } from '../../sim';
import { campaignOutcome, PNL_LINES } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { orderedLevels } from './common';

export const ACHIEVEMENTS = [
  'trafficAddict',
  'caughtBrushing',
  'productMaster',
  'marketDetective',
  'trapFound',
  'trapEscaped',
] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];

/** Ads above this share of GMV earn "traffic addict": ECONOMICS.md's trap case spends 18%. */
export const TRAFFIC_ADDICT_BP = 1500;

function line(summary: StageSummary, name: PnlLine): number {
  return summary.waterfall.find((w) => w.line === name)?.amount ?? 0;
}

/** The campaign's waterfall: the stages' lines summed line by line, in the books' order. */
export function campaignWaterfall(
  summaries: readonly StageSummary[],
): { line: PnlLine; amountFen: number }[] {
  return PNL_LINES.map((name) => ({
    line: name,
    amountFen: summaries.reduce((sum, s) => sum + line(s, name), 0),
  }));
}

/**
 * Badges read from the stages' summaries only, so an ending restored from a save shows the same.
 * Star rules are not in a summary: a stage's full three stars stands for its star rules all met.
 */
export function achievements(
  summaries: readonly StageSummary[],
  outcome: CampaignOutcome,
): Achievement[] {
  const byStage = (stage: StageId) => summaries.find((s) => s.stage === stage);
  const gmv = summaries.reduce((sum, s) => sum + s.gmv, 0);
  const ads = -summaries.reduce((sum, s) => sum + line(s, 'ads'), 0);
  const earned: Record<Achievement, boolean> = {
    trafficAddict: gmv > 0 && ads * 10_000 > gmv * TRAFFIC_ADDICT_BP,
    caughtBrushing: summaries.some(
      (s) => s.fakeOrders > 0 && (s.penalties > 0 || s.outcome === 'closed'),
    ),
    productMaster: (byStage('product')?.stars ?? 0) >= 3,
    marketDetective: (byStage('market')?.stars ?? 0) >= 3,
    trapFound: outcome === 'trapped',
    trapEscaped: outcome === 'escaped',
  };
  return ACHIEVEMENTS.filter((a) => earned[a]);
}

export interface EndingView {
  stages: StageSummary[];
  waterfall: { line: PnlLine; amountFen: number }[];
  gmvFen: number;
  netProfitFen: number;
  outcome: CampaignOutcome;
  achievements: Achievement[];
}

/** The ending exists once every stage of the campaign has a result. */
export function endingView(state: GameState): EndingView | null {
  const levels = orderedLevels(state);
  const stages = levels.map((l) => state.results[l.id]).filter((s) => s !== undefined);
  const last = levels[levels.length - 1];
  if (!last || stages.length < levels.length) return null;
  const outcome = campaignOutcome(stages, last.goals.escapeMarginBp);
  return {
    stages,
    waterfall: campaignWaterfall(stages),
    gmvFen: stages.reduce((sum, s) => sum + s.gmv, 0),
    netProfitFen: stages.reduce((sum, s) => sum + s.netProfit, 0),
    outcome,
    achievements: achievements(stages, outcome),
  };
}
