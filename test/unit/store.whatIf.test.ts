import { describe, expect, it } from 'vitest';
import { logThroughDay, replay, stateHash } from '../../src/sim';
import { storeWith } from './storeFixtures';

function finishedWithAds() {
  const store = storeWith(7, 'traffic');
  store
    .getState()
    .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 60_000, bidFen: 150 });
  store.getState().finishStage();
  while (store.getState().run?.sim.outcome === 'running') {
    const event = store.getState().run?.sim.pendingEvent;
    if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
    store.getState().finishStage();
  }
  return store;
}

describe('what-if in the store', () => {
  it('forks after day N, plays on, and keeps the original result and log', () => {
    const store = finishedWithAds();
    const result = store.getState().results.traffic;
    const log = store.getState().logs.traffic;
    expect(store.getState().startWhatIf('traffic', 10)).toBeNull();
    const run = store.getState().run;
    expect(run?.sim.day).toBe(10);
    expect(run?.log).toEqual(logThroughDay(log ?? [], 10));
    expect(run?.whatIf?.forkDay).toBe(10);
    expect(run?.decisions[0]).toMatchObject({ day: 1, action: { type: 'setAds' } });

    store.getState().dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 150 });
    while (store.getState().run?.sim.outcome === 'running') {
      const event = store.getState().run?.sim.pendingEvent;
      if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
      store.getState().finishStage();
    }
    const state = store.getState();
    expect(state.results.traffic).toBe(result);
    expect(state.logs.traffic).toBe(log);
    const whatIf = state.whatIfs.traffic;
    expect(whatIf?.forkDay).toBe(10);
    expect(whatIf?.originalLog).toEqual(log);
    expect(whatIf?.summary.stateHash).toBe(stateHash(state.run!.sim));
    const replayed = replay(state.levels.traffic!, 7, whatIf?.log ?? []);
    expect(stateHash(replayed.state)).toBe(whatIf?.summary.stateHash);
    expect(whatIf?.summary.stateHash).not.toBe(result?.stateHash);
  });

  it('refuses a fork day outside the days played, or a stage not finished', () => {
    const store = finishedWithAds();
    const days = store.getState().results.traffic?.days ?? 0;
    expect(store.getState().startWhatIf('traffic', 0)).toBe('value_out_of_range');
    expect(store.getState().startWhatIf('traffic', days)).toBe('value_out_of_range');
    expect(store.getState().startWhatIf('product', 3)).toBe('unknown_action');
    expect(store.getState().run?.whatIf).toBeUndefined();
  });
});
