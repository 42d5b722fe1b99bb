/**
 * A stage's event deck: at the start the seeded RNG deals how many events the stage draws and on
 * which day-ends, spread over the deck's window with at least `minGapDays` between them; on each
 * of those days the kind is drawn, weighted, among the level's kinds that have something to be
 * about that day. A day on which no kind can open passes the draw to the next day.
 */
import type { EventDeck, EventKind, EventSpec, Level } from './level';
import { rollInt, type RngState } from './rng';
import type { SimState } from './state';

/** No event opens in the stage's last days: the player must be able to act on the answer. */
export const QUIET_LAST_DAYS = 3;

/** The day-ends of the drawn events, soonest first. */
export function dealDeckDays(deck: EventDeck, rng: RngState): number[] {
  if (deck.maxDrawn === 0) return [];
  const count = rollInt(rng, deck.minDrawn, deck.maxDrawn);
  const segment = Math.floor((deck.toDay - deck.fromDay + 1) / count);
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    // Each event falls early enough in its own segment to leave the gap before the next one.
    const start = deck.fromDay + i * segment;
    days.push(rollInt(rng, start, start + Math.max(0, segment - Math.max(1, deck.minGapDays))));
  }
  return days;
}

export function timesSeen(state: SimState, kind: EventKind): number {
  let n = 0;
  for (const seen of state.eventsSeen) if (seen === kind) n += 1;
  return n;
}

function open(spec: EventSpec, state: SimState): boolean {
  return (
    state.day >= spec.fromDay &&
    state.day <= spec.toDay &&
    timesSeen(state, spec.kind) < spec.maxCount
  );
}

/** The arc event due today, if any: arc events keep their day and never compete with draws. */
export function dueArcSpec(
  level: Level,
  state: SimState,
  canOpen: (kind: EventKind) => boolean,
): EventSpec | null {
  for (const spec of level.events) {
    if (spec.atDay === 0 || state.day < spec.atDay || !open(spec, state)) continue;
    if (canOpen(spec.kind)) return spec;
  }
  return null;
}

/** The kind the deck draws today, or null when no draw is due or no kind can open. */
export function drawDeckKind(
  level: Level,
  state: SimState,
  canOpen: (kind: EventKind) => boolean,
): EventKind | null {
  const due = state.deckDays[0];
  if (due === undefined || due > state.day) return null;
  if (state.day > state.days - QUIET_LAST_DAYS) {
    state.deckDays.length = 0;
    return null;
  }
  // Any event of the last days, and an arc event coming up, keep the draw off their neighbours.
  const gap = Math.min(2, level.eventDeck.minGapDays);
  if (state.lastEventDay > 0 && state.day - state.lastEventDay <= gap) return null;
  for (const spec of level.events) {
    const near = spec.atDay !== 0 && Math.abs(spec.atDay - state.day) <= gap;
    if (near && timesSeen(state, spec.kind) < spec.maxCount) return null;
  }
  let total = 0;
  const candidates: EventSpec[] = [];
  for (const spec of level.events) {
    if (spec.weight === 0 || spec.atDay !== 0 || !open(spec, state) || !canOpen(spec.kind))
      continue;
    candidates.push(spec);
    total += spec.weight;
  }
  if (total === 0) return null;
  let roll = rollInt(state.eventRng, 0, total - 1);
  for (const spec of candidates) {
    if (roll < spec.weight) {
      state.deckDays.shift();
      // A draw that slipped keeps its gap to the next one.
      let earliest = state.day + level.eventDeck.minGapDays;
      for (let i = 0; i < state.deckDays.length; i++) {
        const day = Math.max(state.deckDays[i] as number, earliest);
        state.deckDays[i] = day;
        earliest = day + level.eventDeck.minGapDays;
      }
      return spec.kind;
    }
    roll -= spec.weight;
  }
  return null;
}
