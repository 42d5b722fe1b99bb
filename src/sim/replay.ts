import type { Action, EventChoice } from './actions';
import type { SimError } from './apply';
import { applyActionInPlace } from './apply';
import { createState } from './init';
import type { EventKind, Level, PlanStep } from './level';
import type { SimState } from './state';

export type ReplayResult =
  { ok: true; state: SimState } | { ok: false; error: SimError; index: number; state: SimState };

/** Re-simulates a game from its seed and action log; the log includes every passing day. */
export function replay(level: Level, seed: number, log: readonly Action[]): ReplayResult {
  const state = createState(level, seed);
  for (let i = 0; i < log.length; i++) {
    const error = applyActionInPlace(level, state, log[i] as Action);
    if (error !== null) return { ok: false, error, index: i, state };
  }
  return { ok: true, state };
}

/** The answer a headless run gives to an event its plan does not answer: the cautious one. */
export const DEFAULT_CHOICE: Record<EventKind, EventChoice> = {
  supplierDelay: 'wait',
  competitorPriceCut: 'hold',
  campaignInvitation: 'decline',
  hunterClaim: 'settle',
  ipComplaint: 'accept',
  staffResignation: 'replace',
  supplierNegotiation: 'keep',
  badReviewWave: 'compensate',
  serviceSurge: 'letSlide',
  rivalExposed: 'hold',
  qualityDefect: 'ship',
  festivalStockUp: 'skip',
  festivalPreheat: 'skip',
  festivalReturns: 'asIs',
};

export interface StageRun {
  state: SimState;
  log: Action[];
}

export type StageRunResult =
  | ({ ok: true } & StageRun)
  | { ok: false; error: SimError; stepIndex: number; step: PlanStep; state: SimState };

/**
 * Runs a stage to its end from a plan: each step applies before its day is simulated, in plan
 * order; open events the plan does not answer get `answers[kind]`, else the cautious default.
 * The returned log replays to the same state.
 */
export function runStage(
  level: Level,
  seed: number,
  plan: readonly PlanStep[],
  answers: Partial<Record<EventKind, EventChoice>> = {},
): StageRunResult {
  return playPlanOn(level, createState(level, seed), [], plan, answers);
}

/**
 * `runStage` from a state already part-way through the stage (in place), appending to `log`:
 * the fork of a what-if plays its plan B on from the day it forked this way.
 */
export function playPlanOn(
  level: Level,
  state: SimState,
  log: Action[],
  plan: readonly PlanStep[],
  answers: Partial<Record<EventKind, EventChoice>> = {},
): StageRunResult {
  const ordered = plan.map((step, index) => ({ step, index }));
  ordered.sort((a, b) => a.step.day - b.step.day || a.index - b.index);
  let cursor = 0;
  while (state.outcome === 'running') {
    const day = state.day + 1;
    while (cursor < ordered.length && (ordered[cursor] as { step: PlanStep }).step.day <= day) {
      const { step, index } = ordered[cursor] as { step: PlanStep; index: number };
      cursor += 1;
      if (step.action.type === 'respondEvent' && state.pendingEvent === null) continue;
      const error = applyActionInPlace(level, state, step.action);
      if (error !== null) return { ok: false, error, stepIndex: index, step, state };
      log.push(step.action);
    }
    if (state.pendingEvent !== null) {
      const choice: Action = {
        type: 'respondEvent',
        choice: answers[state.pendingEvent.kind] ?? DEFAULT_CHOICE[state.pendingEvent.kind],
      };
      applyActionInPlace(level, state, choice);
      log.push(choice);
    }
    const error = applyActionInPlace(level, state, { type: 'advanceDay' });
    if (error !== null) {
      return {
        ok: false,
        error,
        stepIndex: -1,
        step: { day, action: { type: 'advanceDay' } },
        state,
      };
    }
    log.push({ type: 'advanceDay' });
  }
  return { ok: true, state, log };
}
