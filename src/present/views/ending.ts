import type { Achievement, CampaignOutcome, PnlLine, StageSummary } from '../../sim';
import { achievements, campaignOutcome, PNL_LINES } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { orderedLevels } from './common';

// The achievement rules live in the sim; the ending dialog reads them from here.
export { ACHIEVEMENTS, achievements, TRAFFIC_ADDICT_BP } from '../../sim';
export type { Achievement } from '../../sim';

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
