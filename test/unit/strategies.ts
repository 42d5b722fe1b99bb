import type { Action, EventChoice, EventKind, Level, SimState } from '../../src/sim';
import { applyAction, createState, DEFAULT_CHOICE, summarizeStage } from '../../src/sim';

/** A scripted player: looks at the state each morning and decides, like a person would. */
export type Policy = (state: SimState, level: Level) => Action[];

export function runPolicy(
  level: Level,
  seed: number,
  policy: Policy,
  answers: Partial<Record<EventKind, EventChoice>> = {},
) {
  let state = createState(level, seed);
  while (state.outcome === 'running') {
    if (state.pendingEvent) {
      const kind = state.pendingEvent.kind;
      const answered = applyAction(level, state, {
        type: 'respondEvent',
        choice: answers[kind] ?? DEFAULT_CHOICE[kind],
      });
      if (answered.ok) state = answered.state;
    }
    // A decision the sim refuses (no cash for a deposit, say) is simply not taken.
    for (const action of policy(state, level)) {
      const result = applyAction(level, state, action);
      if (result.ok) state = result.state;
    }
    const next = applyAction(level, state, { type: 'advanceDay' });
    if (!next.ok) throw new Error(`advanceDay refused: ${next.error}`);
    state = next.state;
  }
  return { state, summary: summarizeStage(level, state) };
}

/** Orders stock when cover runs low, from the listing's current supplier. */
export function restock(coverDays: number, batchDays: number, minQty: number): Policy {
  return (state) => {
    const actions: Action[] = [];
    for (const listing of state.listings) {
      const recent = listing.sales7.reduce((sum, n) => sum + n, 0) / 7;
      const pipeline = listing.onHand + listing.inTransit.reduce((sum, s) => sum + s.qty, 0);
      if (pipeline < recent * coverDays) {
        actions.push({
          type: 'orderStock',
          listingId: listing.id,
          supplierId: listing.supplierId,
          qty: Math.max(minQty, Math.round(recent * batchDays)),
          qualityCheck: false,
        });
      }
    }
    return actions;
  };
}

export function onDay(day: number, actions: Action[]): Policy {
  return (state) => (state.day + 1 === day ? actions : []);
}

export function combine(...policies: Policy[]): Policy {
  return (state, level) => policies.flatMap((p) => p(state, level));
}

export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
