import type { Action } from './actions';
import { applyActionInPlace } from './apply';
import type { HandIn, SeatStrategy, ShopCarry } from './classMarket';
import { competitorWeights, createState } from './init';
import type { Level, PlanStep } from './level';
import { DEFAULT_CHOICE, replay, runStage } from './replay';
import type { SimState } from './state';

/** Why a hand-in cannot stand for its seat: it does not replay, or stops before the round ends. */
export type PlayProblem = 'replay_failed' | 'unfinished';

export type PlayResult =
  { ok: true; state: SimState; plan: PlanStep[] } | { ok: false; problem: PlayProblem };

/** A log as the days its decisions were taken on: what the clearing re-plays in the split market. */
export function logToPlan(log: readonly Action[]): PlanStep[] {
  const plan: PlanStep[] = [];
  let day = 1;
  for (const action of log) {
    if (action.type === 'advanceDay') day += 1;
    else plan.push({ day, action });
  }
  return plan;
}

/** The student's own round, exactly as played: it must replay and reach the round's end. */
export function playHandIn(level: Level, seed: number, handIn: HandIn): PlayResult {
  const result = replay(level, seed, handIn.log);
  if (!result.ok) return { ok: false, problem: 'replay_failed' };
  if (result.state.outcome === 'running') return { ok: false, problem: 'unfinished' };
  return { ok: true, state: result.state, plan: logToPlan(handIn.log) };
}

/**
 * The declared stand-in for a seat with no hand-in: in round 1 the stage's default plan, later
 * the seat's last price, coupon and ads kept for the whole round, with no new stock ordered.
 */
export function standInPlan(level: Level, round: number, carry: ShopCarry): PlanStep[] {
  if (round === 1) return level.defaultPlan.map((step) => ({ ...step }));
  const listingId = level.listings[0]?.id ?? '';
  const plan: PlanStep[] = [];
  if (carry.discountBp > 0) {
    plan.push({ day: 1, action: { type: 'setDiscount', listingId, discountBp: carry.discountBp } });
  }
  if (carry.adBudgetFen > 0) {
    plan.push({
      day: 1,
      action: {
        type: 'setAds',
        listingId,
        dailyBudgetFen: carry.adBudgetFen,
        bidFen: carry.adBidFen,
      },
    });
  }
  return plan;
}

export function standInStrategy(round: number): SeatStrategy {
  return round === 1 ? 'defaultPlan' : 'keepsLastDecisions';
}

export function playStandIn(level: Level, seed: number, plan: PlanStep[]): PlayResult {
  const result = runStage(level, seed, plan);
  if (!result.ok) return { ok: false, problem: 'replay_failed' };
  return { ok: true, state: result.state, plan };
}

/**
 * Re-plays a seat's decisions in the split market. The split changes sales, so it can change
 * what the shop can afford and which events come: a decision the split market refuses (an order
 * the cash no longer covers, an answer to an event that did not come) is skipped, and an event
 * the student never saw gets the cautious default answer. Deterministic like any replay.
 */
export function playInSplitMarket(
  level: Level,
  seed: number,
  plan: readonly PlanStep[],
  unsplit: Level,
): SimState {
  const state = createState(level, seed);
  // The split scales this shop's searches, not its rivals' sales: the ranked field stays the one
  // of the unsplit market, or a larger share would push the shop down the ranks and undo itself.
  state.competitorWeights = competitorWeights(unsplit);
  const ordered = plan.map((step, index) => ({ step, index }));
  ordered.sort((a, b) => a.step.day - b.step.day || a.index - b.index);
  let cursor = 0;
  while (state.outcome === 'running') {
    const day = state.day + 1;
    while (cursor < ordered.length && (ordered[cursor]?.step.day ?? day + 1) <= day) {
      const step = (ordered[cursor] as { step: PlanStep }).step;
      cursor += 1;
      applyActionInPlace(level, state, step.action);
    }
    if (state.pendingEvent !== null) {
      const choice = DEFAULT_CHOICE[state.pendingEvent.kind];
      applyActionInPlace(level, state, { type: 'respondEvent', choice });
    }
    if (applyActionInPlace(level, state, { type: 'advanceDay' }) !== null) break;
  }
  return state;
}
