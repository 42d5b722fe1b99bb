import type { Action, EventKind, EventSpec, Level, SimState, StageId } from '../../src/sim';
import { applyAction, createState } from '../../src/sim';
import { shippedLevel } from '../fixtures/levels';

export const loadLevel = shippedLevel;

/** A copy of a shipped level with some fields changed, for one rule at a time. */
export function tweakLevel(id: StageId, change: (level: Level) => void): Level {
  const level = structuredClone(loadLevel(id));
  change(level);
  return level;
}

/** Applies actions and fails the test on the first one the sim rejects. */
export function play(level: Level, state: SimState, actions: Action[]): SimState {
  let current = state;
  for (const action of actions) {
    const result = applyAction(level, current, action);
    if (!result.ok) throw new Error(`${action.type} rejected: ${result.error}`);
    current = result.state;
  }
  return current;
}

export function days(n: number): Action[] {
  return Array.from({ length: n }, () => ({ type: 'advanceDay' }) as const);
}

/** Passes days, answering any event with its first choice, so tests are not stopped by events. */
export function passDays(level: Level, state: SimState, n: number): SimState {
  let current = state;
  for (let i = 0; i < n && current.outcome === 'running'; i++) {
    if (current.pendingEvent) {
      const choice = current.pendingEvent.choices[0];
      if (choice) current = play(level, current, [{ type: 'respondEvent', choice }]);
    }
    current = play(level, current, [{ type: 'advanceDay' }]);
  }
  return current;
}

export function fresh(level: Level, seed = 1): SimState {
  return createState(level, seed);
}

export const quiet = (level: Level): void => {
  level.events = [];
};

/** A level whose deck deals exactly one event, of `kind`, at the end of day `day`. */
export function onlyEvent(level: Level, kind: EventKind, day = 1): void {
  level.events = [
    { kind, fromDay: 1, toDay: level.days, weight: 1, maxCount: 1, meterBp: 0, atDay: 0 },
  ];
  level.eventDeck = { minDrawn: 1, maxDrawn: 1, fromDay: day, toDay: day, minGapDays: 1 };
}

/** A meter event (claim or complaint) with its full meter, as the shipped levels have it. */
export function meterEvent(kind: 'hunterClaim' | 'ipComplaint', days: number): EventSpec {
  return { kind, fromDay: 1, toDay: days, weight: 0, maxCount: 20, meterBp: 10_000, atDay: 0 };
}
