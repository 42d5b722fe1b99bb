import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/sim';
import { playToEnd, seedWithEvent, storeWith } from './storeFixtures';

describe('game store dispatch', () => {
  it('logs an accepted action with the day it takes effect', () => {
    const store = storeWith(7, 'traffic');
    store.getState().dispatch({ type: 'advanceDay' });
    store.getState().dispatch({ type: 'advanceDay' });
    const action = {
      type: 'setAds',
      listingId: 'tee',
      dailyBudgetFen: 30_000,
      bidFen: 120,
    } as const;
    expect(store.getState().dispatch(action)).toBeNull();
    const run = store.getState().run;
    expect(run?.log).toEqual([{ type: 'advanceDay' }, { type: 'advanceDay' }, action]);
    expect(run?.decisions).toEqual([{ stage: 'traffic', day: 3, action }]);
    expect(run?.sim.listings[0]?.adBudgetFen).toBe(30_000);
  });

  it('merges the steps of a slider on one day into the last, in the log and the decisions', () => {
    const store = storeWith(7, 'traffic');
    const ads = (dailyBudgetFen: number) =>
      ({ type: 'setAds', listingId: 'tee', dailyBudgetFen, bidFen: 120 }) as const;
    for (const budget of [1_000, 2_000, 3_000]) store.getState().dispatch(ads(budget));
    store.getState().dispatch({ type: 'advanceDay' });
    store.getState().dispatch(ads(4_000));
    const run = store.getState().run;
    expect(run?.log).toEqual([ads(3_000), { type: 'advanceDay' }, ads(4_000)]);
    expect(run?.decisions).toEqual([
      { stage: 'traffic', day: 1, action: ads(3_000) },
      { stage: 'traffic', day: 2, action: ads(4_000) },
    ]);
    const replayed = replay(store.getState().levels.traffic!, 7, run!.log);
    expect(stateHash(replayed.state)).toBe(stateHash(run!.sim));
  });

  it('rejects an illegal action with its error and leaves the state unchanged', () => {
    const store = storeWith(7, 'traffic');
    const before = store.getState().run;
    const hash = stateHash(before!.sim);
    expect(store.getState().dispatch({ type: 'setPrice', listingId: 'tee', priceFen: 5_000 })).toBe(
      'action_not_enabled',
    );
    expect(store.getState().dispatch({ type: 'cancelPlan', listingId: 'tee' })).toBe('no_plan');
    expect(
      store.getState().dispatch({ type: 'setDiscount', listingId: 'nope', discountBp: 100 }),
    ).toBe('unknown_listing');
    const after = store.getState().run;
    expect(after).toBe(before);
    expect(stateHash(after!.sim)).toBe(hash);
    expect(store.getState().ui.lastError).toBe('unknown_listing');
  });

  it('refuses to act outside a stage', () => {
    const store = storeWith(7);
    expect(store.getState().dispatch({ type: 'advanceDay' })).toBe('stage_over');
  });

  it('finishStage passes days until an event needs an answer, then stops', () => {
    const seed = seedWithEvent();
    const store = storeWith(seed, 'traffic');
    store.getState().setSpeed(2);
    const passed = store.getState().finishStage();
    const run = store.getState().run!;
    expect(passed).toBe(run.sim.day);
    expect(run.sim.pendingEvent).not.toBeNull();
    expect(run.sim.outcome).toBe('running');
    expect(store.getState().ui.speed).toBe(0);
    expect(store.getState().dispatch({ type: 'advanceDay' })).toBe('event_pending');
    const choice = run.sim.pendingEvent!.choices[0]!;
    expect(store.getState().dispatch({ type: 'respondEvent', choice })).toBeNull();
    expect(store.getState().run!.decisions.at(-1)).toEqual({
      stage: 'traffic',
      day: run.sim.day + 1,
      action: { type: 'respondEvent', choice },
    });
  });

  it('finishStage runs to the end and records the result', () => {
    const store = storeWith(3, 'traffic');
    let guard = 0;
    while (store.getState().run!.sim.outcome === 'running' && guard++ < 100) {
      store.getState().finishStage();
      const event = store.getState().run!.sim.pendingEvent;
      if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
    }
    const { run, results } = store.getState();
    expect(run!.sim.outcome).not.toBe('running');
    expect(results.traffic?.stateHash).toBe(stateHash(run!.sim));
    expect(store.getState().finishStage()).toBe(0);
  });

  it('restoreRun replays a saved log to the same state hash', () => {
    const store = storeWith(11, 'traffic');
    const s = store.getState();
    s.dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 150 });
    s.dispatch({ type: 'setFakeOrders', listingId: 'tee', searchPerDay: 4, adPerDay: 2 });
    store.getState().finishStage(12);
    store.getState().dispatch({ type: 'startPlan', listingId: 'tee', plan: 'spiral' });
    store.getState().finishStage(5);
    const { run } = store.getState();
    const hash = stateHash(run!.sim);

    const restored = storeWith(1);
    expect(restored.getState().restoreRun('traffic', 11, run!.log, run!.decisions)).toBe(true);
    expect(stateHash(restored.getState().run!.sim)).toBe(hash);
    expect(restored.getState().run!.decisions).toEqual(run!.decisions);
    expect(restored.getState().seed).toBe(11);
    const replayed = replay(restored.getState().levels.traffic!, 11, run!.log);
    expect(replayed.ok && stateHash(replayed.state)).toBe(hash);
  });

  it('restoreRun refuses a log that does not replay', () => {
    const store = storeWith(1);
    expect(
      store.getState().restoreRun('traffic', 1, [{ type: 'cancelPlan', listingId: 'tee' }], []),
    ).toBe(false);
    expect(store.getState().run).toBeNull();
  });

  it('navigates between screens and keeps UI state out of the run', () => {
    const store = storeWith(5);
    expect(store.getState().ui.screen).toBe('title');
    store.getState().showScreen('map');
    store.getState().openIntro('traffic');
    expect(store.getState().ui.introStage).toBe('traffic');
    store.getState().startStage('traffic');
    expect(store.getState().ui.introStage).toBeNull();
    store.getState().showScreen('shop');
    store.getState().openPanel('books');
    store.getState().showScreen('debrief');
    expect(store.getState().ui.openPanel).toBe('none');
    const frame = { x: 0, y: 64, width: 900, height: 600 };
    store.getState().setStageFrame(frame);
    const ui = store.getState().ui;
    store.getState().setStageFrame({ ...frame });
    expect(store.getState().ui).toBe(ui);
  });

  it('restoreCampaign brings back the seed and results', () => {
    const store = storeWith(3, 'traffic');
    store.getState().finishStage();
    const results = store.getState().results;
    const other = storeWith(1);
    other.getState().restoreCampaign(3, results);
    expect(other.getState().seed).toBe(3);
    expect(other.getState().results).toEqual(results);
  });

  it('restoreCampaign brings back finished stages’ logs, replayed, so a link carries them', () => {
    const store = storeWith(21, 'traffic');
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 110 });
    playToEnd(store);
    store.getState().startStage('product');
    store.getState().finishStage(3);
    const { results, logs } = store.getState();
    expect(logs.traffic?.length).toBeGreaterThan(40);

    const other = storeWith(1);
    other.getState().restoreCampaign(21, results, logs);
    expect(other.getState().logs).toEqual({ traffic: logs.traffic });
    expect(other.getState().results.traffic).toEqual(results.traffic);
  });

  it('restoreCampaign drops a log that does not finish its stage and keeps the saved result', () => {
    const store = storeWith(21, 'traffic');
    playToEnd(store);
    const { results, logs } = store.getState();
    const cut = logs.traffic!.slice(0, 5);
    const other = storeWith(1);
    other.getState().restoreCampaign(21, results, { traffic: cut });
    expect(other.getState().logs).toEqual({});
    expect(other.getState().results.traffic).toEqual(results.traffic);
    other.getState().restoreCampaign(21, results, {
      traffic: [{ type: 'cancelPlan', listingId: 'tee' }],
    });
    expect(other.getState().logs).toEqual({});
  });

  it('restoreCampaign after restoreRun keeps a finished run’s log (an older save has none)', () => {
    const store = storeWith(21, 'traffic');
    playToEnd(store);
    const { run, results } = store.getState();
    const other = storeWith(1);
    expect(other.getState().restoreRun('traffic', 21, run!.log, run!.decisions)).toBe(true);
    other.getState().restoreCampaign(21, results, {});
    expect(other.getState().logs.traffic).toEqual(run!.log);
  });
});

describe('game store order draft', () => {
  it('keeps the drafted order across a new campaign and notifies only on a change', () => {
    const store = storeWith(7, 'product');
    const draft = { listingIndex: 0, supplierId: 'factory', qty: 120, qualityCheck: true };
    let notified = 0;
    const unsubscribe = store.subscribe(() => (notified += 1));
    store.getState().setOrderDraft(draft);
    store.getState().setOrderDraft({ ...draft });
    expect(notified).toBe(1);
    expect(store.getState().ui.orderDraft).toEqual(draft);
    store.getState().newCampaign(8);
    expect(store.getState().ui.orderDraft).toEqual(draft);
    store.getState().setOrderDraft({ ...draft, qty: 200 });
    expect(notified).toBe(3);
    unsubscribe();
  });
});
