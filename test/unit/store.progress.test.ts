import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim';
import { isBetterRun } from '../../src/store/progress';
import { playToEnd, storeWith } from './storeFixtures';

const ADS = { type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 110 } as const;

/** A campaign on seed 21 whose traffic stage passed with three stars. */
function passedTraffic() {
  const store = storeWith(21, 'traffic');
  store.getState().dispatch(ADS);
  playToEnd(store);
  return store;
}

describe('best and latest runs', () => {
  it('a failed replay keeps the best run: result, stars, log and the unlock stay', () => {
    const store = passedTraffic();
    const best = store.getState().results.traffic!;
    const bestLog = store.getState().logs.traffic!;
    expect(best.outcome).toBe('passed');
    expect(best.stars).toBe(3);

    store.getState().startStage('traffic');
    playToEnd(store);
    const { results, logs, latest, run } = store.getState();
    expect(run!.sim.outcome).not.toBe('running');
    expect(latest.traffic!.summary.outcome).toBe('failed');
    expect(latest.traffic!.summary.stateHash).toBe(stateHash(run!.sim));
    expect(latest.traffic!.log).toEqual(run!.log);
    expect(results.traffic).toEqual(best);
    expect(logs.traffic).toEqual(bestLog);
  });

  it('a better replay becomes the best run, and the latest too', () => {
    const store = storeWith(21, 'traffic');
    playToEnd(store);
    expect(store.getState().results.traffic!.outcome).toBe('failed');
    store.getState().startStage('traffic');
    store.getState().dispatch(ADS);
    playToEnd(store);
    const { results, latest, run } = store.getState();
    expect(results.traffic!.outcome).toBe('passed');
    expect(results.traffic!.stateHash).toBe(stateHash(run!.sim));
    expect(latest.traffic!.summary).toEqual(results.traffic);
  });

  it('ranks a pass over a fail, then stars, then net profit; a tie keeps the older run', () => {
    const best = passedTraffic().getState().results.traffic!;
    const failed = { ...best, outcome: 'failed' as const, stars: 0, netProfit: best.netProfit * 2 };
    expect(isBetterRun(failed, best)).toBe(false);
    expect(isBetterRun(best, failed)).toBe(true);
    expect(isBetterRun({ ...best, stars: 2, netProfit: best.netProfit + 1 }, best)).toBe(false);
    expect(isBetterRun({ ...best, netProfit: best.netProfit + 1 }, best)).toBe(true);
    expect(isBetterRun({ ...best }, best)).toBe(false);
    expect(isBetterRun(best, undefined)).toBe(true);
  });

  it('restoreCampaign brings back the best and the latest run, each replayed', () => {
    const store = passedTraffic();
    store.getState().startStage('traffic');
    playToEnd(store);
    const { results, logs, latest } = store.getState();
    const other = storeWith(1);
    other
      .getState()
      .restoreCampaign(21, results, logs, { latestLogs: { traffic: latest.traffic!.log } });
    expect(other.getState().results.traffic).toEqual(results.traffic);
    expect(other.getState().logs.traffic).toEqual(logs.traffic);
    expect(other.getState().latest.traffic).toEqual(latest.traffic);
  });

  it('restoreCampaign keeps the better replay as the best when a save has them swapped', () => {
    const store = passedTraffic();
    const passedLog = store.getState().logs.traffic!;
    store.getState().startStage('traffic');
    playToEnd(store);
    const failedLog = store.getState().latest.traffic!.log;
    const other = storeWith(1);
    other.getState().restoreCampaign(
      21,
      {},
      { traffic: failedLog },
      {
        latestLogs: { traffic: passedLog },
      },
    );
    expect(other.getState().results.traffic!.outcome).toBe('passed');
    expect(other.getState().logs.traffic).toEqual(passedLog);
  });
});

describe('runs in progress across stages', () => {
  it('opening another stage keeps the first stage’s run, and resuming brings it back', () => {
    const store = passedTraffic();
    store.getState().startStage('product');
    store.getState().finishStage(3);
    const product = store.getState().run!;
    expect(product.sim.day).toBe(3);

    store.getState().startStage('traffic');
    store.getState().finishStage(5);
    expect(store.getState().paused.product).toBe(product);
    const traffic = store.getState().run!;

    expect(store.getState().resumeStage('product')).toBe(true);
    expect(store.getState().run).toBe(product);
    expect(stateHash(store.getState().run!.sim)).toBe(stateHash(product.sim));
    expect(store.getState().paused.traffic).toBe(traffic);
    expect(store.getState().paused.product).toBeUndefined();

    expect(store.getState().resumeStage('traffic')).toBe(true);
    expect(store.getState().run!.sim.day).toBe(5);
    expect(store.getState().paused.product).toBe(product);
  });

  it('starting a stage over drops only that stage’s paused run', () => {
    const store = passedTraffic();
    store.getState().startStage('product');
    store.getState().finishStage(3);
    store.getState().startStage('traffic');
    store.getState().finishStage(2);
    store.getState().startStage('product');
    expect(store.getState().run!.sim.day).toBe(0);
    expect(store.getState().paused.product).toBeUndefined();
    expect(store.getState().paused.traffic!.sim.day).toBe(2);
  });

  it('a finished run is not paused, and a stage with no run cannot be resumed', () => {
    const store = passedTraffic();
    store.getState().startStage('product');
    expect(store.getState().paused).toEqual({});
    expect(store.getState().resumeStage('market')).toBe(false);
    expect(store.getState().resumeStage('traffic')).toBe(false);
    expect(store.getState().resumeStage('product')).toBe(true);
  });

  it('restoreCampaign brings paused runs back in progress and skips those that do not replay', () => {
    const store = passedTraffic();
    store.getState().startStage('product');
    store.getState().finishStage(4);
    const product = store.getState().run!;
    const other = storeWith(1);
    other.getState().restoreCampaign(
      21,
      {},
      {},
      {
        paused: [
          { stage: 'product', seed: 21, log: product.log, decisions: product.decisions },
          {
            stage: 'traffic',
            seed: 21,
            log: [{ type: 'cancelPlan', listingId: 'tee' }],
            decisions: [],
          },
        ],
      },
    );
    expect(Object.keys(other.getState().paused)).toEqual(['product']);
    expect(stateHash(other.getState().paused.product!.sim)).toBe(stateHash(product.sim));
    expect(other.getState().resumeStage('product')).toBe(true);
    expect(other.getState().run!.sim.day).toBe(4);
  });

  it('newCampaign forgets paused and latest runs', () => {
    const store = passedTraffic();
    store.getState().startStage('product');
    store.getState().finishStage(2);
    store.getState().startStage('traffic');
    store.getState().newCampaign(5);
    expect(store.getState().paused).toEqual({});
    expect(store.getState().latest).toEqual({});
  });
});
