import type { Level, StageId } from '../../src/sim';
import { STAGE_IDS } from '../../src/sim';
import { createGameStore } from '../../src/store/gameStore';
import { shippedLevel } from '../fixtures/levels';

export { shippedLevel } from '../fixtures/levels';

export const ALL_LEVELS: Level[] = STAGE_IDS.map(shippedLevel);

/** A store with the shipped levels and a campaign on `seed`, optionally inside a stage. */
export function storeWith(seed: number, stage?: StageId) {
  const store = createGameStore();
  store.getState().setLevels(ALL_LEVELS);
  store.getState().newCampaign(seed);
  if (stage) store.getState().startStage(stage);
  return store;
}

/** The first seed whose traffic stage opens an event before it ends, with no decisions. */
export function seedWithEvent(stage: StageId = 'traffic'): number {
  for (let seed = 1; seed < 200; seed++) {
    const store = storeWith(seed, stage);
    store.getState().finishStage();
    if (store.getState().run?.sim.pendingEvent) return seed;
  }
  throw new Error('no seed opens an event');
}

/** Plays the open stage to its end, answering each event with its first choice. */
export function playToEnd(store: ReturnType<typeof storeWith>): void {
  for (let guard = 0; guard < 100 && store.getState().run?.sim.outcome === 'running'; guard++) {
    store.getState().finishStage();
    const event = store.getState().run?.sim.pendingEvent;
    const choice = event?.choices[0];
    if (choice) store.getState().dispatch({ type: 'respondEvent', choice });
  }
  if (store.getState().run?.sim.outcome === 'running') throw new Error('the stage did not end');
}
