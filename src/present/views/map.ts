import type { LocalText, StageId, StageOutcome } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { orderedLevels } from './common';
import { mapSessionView, type MapSession } from './mapSession';

/** Outcomes that count as having passed a stage: the next one unlocks. */
const PASSING: readonly StageOutcome[] = ['passed', 'escaped', 'trapped'];

export function isPassing(outcome: StageOutcome): boolean {
  return PASSING.includes(outcome);
}

export interface MapStage {
  stage: StageId;
  order: number;
  title: LocalText;
  intro: LocalText;
  days: number;
  salesTargetOrders: number;
  unlocked: boolean;
  passed: boolean;
  /** Stars of the best finished run of this stage; null if it was never finished. */
  stars: number | null;
  netProfitFen: number | null;
  /** The first unlocked stage not yet passed: where the flag stands. */
  current: boolean;
}

export interface MapView {
  stages: MapStage[];
  /** The campaign score: the sum of the finished stages' best runs' net profit. */
  campaignNetProfitFen: number;
  finishedStages: number;
  /** Stages being played, the open one and any left for another: each resumes from the map. */
  runsInProgress: StageId[];
  /** The trainer's session this game belongs to (its name and changed levers), or null. */
  session: MapSession | null;
}

export function mapView(state: GameState): MapView {
  const stages: MapStage[] = [];
  let previousPassed = true;
  let flagPlaced = false;
  let total = 0;
  let finished = 0;
  for (const level of orderedLevels(state)) {
    const result = state.results[level.id];
    const passed = result !== undefined && isPassing(result.outcome);
    const unlocked = previousPassed;
    const current = unlocked && !passed && !flagPlaced;
    if (current) flagPlaced = true;
    if (result) {
      total += result.netProfit;
      finished += 1;
    }
    stages.push({
      stage: level.id,
      order: level.order,
      title: level.title,
      intro: level.intro,
      days: level.days,
      salesTargetOrders: level.goals.salesTargetOrders,
      unlocked,
      passed,
      stars: result ? result.stars : null,
      netProfitFen: result ? result.netProfit : null,
      current,
    });
    previousPassed = passed;
  }
  const run = state.run;
  const open = run && run.sim.outcome === 'running' ? run.stage : null;
  return {
    stages,
    campaignNetProfitFen: total,
    finishedStages: finished,
    runsInProgress: stages
      .map((s) => s.stage)
      .filter((stage) => stage === open || state.paused[stage] !== undefined),
    session: mapSessionView(state),
  };
}
