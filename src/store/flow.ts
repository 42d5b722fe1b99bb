import type { SimState } from '../sim';

/**
 * Flow rules the store, the shell and the views share, written once. Structural parameters (not
 * GameState) keep this file free of the store's module, so importing it never makes a cycle.
 */

type SimTurn = Pick<SimState, 'outcome' | 'pendingEvent'>;

/** The stage runs and no event waits for an answer: days may pass and decisions apply. */
export function awaitsPlayer(sim: SimTurn): boolean {
  return sim.outcome === 'running' && sim.pendingEvent === null;
}

/** The player can act now: in the shop, on a stage whose turn it is. */
export function canAct(state: { ui: { screen: string }; run: { sim: SimTurn } | null }): boolean {
  return state.ui.screen === 'shop' && state.run !== null && awaitsPlayer(state.run.sim);
}

/**
 * Where a campaign reopens: the map before any stage, the shop mid-stage, and a finished stage's
 * debrief, where "Share result" is, so a hand-in survives a reload.
 */
export function resumeScreen(
  run: { sim: Pick<SimState, 'outcome'> } | null,
): 'map' | 'shop' | 'debrief' {
  if (run === null) return 'map';
  return run.sim.outcome === 'running' ? 'shop' : 'debrief';
}
