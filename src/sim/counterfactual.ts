import type { Action } from './actions';
import { applyActionInPlace } from './apply';
import type { EventKind, Level } from './level';
import { DEFAULT_CHOICE } from './replay';
import type { SimState } from './state';

/**
 * Plays the rest of a log on `state` (in place) from entry `from`, with some entries replaced
 * (`changes`: index -> action, or null to drop it). Without a decision the game can take another
 * path, so the log is followed as far as it still applies: an action the sim now refuses is
 * skipped, an answer goes only to the same kind of event it answered, an event the log does not
 * answer gets the cautious default, and a stage the log no longer finishes plays on to its end.
 */
export function playOnWithout(
  level: Level,
  state: SimState,
  log: readonly Action[],
  from: number,
  changes: ReadonlyMap<number, Action | null>,
  eventKindAt: readonly (EventKind | null)[],
): void {
  for (let i = from; i < log.length && state.outcome === 'running'; i++) {
    const action = changes.has(i) ? changes.get(i) : log[i];
    if (action === null || action === undefined) continue;
    if (action.type === 'advanceDay') {
      if (!passDay(level, state)) return;
      continue;
    }
    if (action.type === 'respondEvent') {
      if (state.pendingEvent === null || state.pendingEvent.kind !== eventKindAt[i]) continue;
    }
    applyActionInPlace(level, state, action);
  }
  while (state.outcome === 'running') if (!passDay(level, state)) return;
}

/** One day, answering an open event with the cautious default first; false if it failed. */
function passDay(level: Level, state: SimState): boolean {
  if (state.pendingEvent !== null) {
    const choice = DEFAULT_CHOICE[state.pendingEvent.kind];
    if (applyActionInPlace(level, state, { type: 'respondEvent', choice }) !== null) return false;
  }
  return applyActionInPlace(level, state, { type: 'advanceDay' }) === null;
}
