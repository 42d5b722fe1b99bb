import { describe, expect, it } from 'vitest';
import type { Level, PlayerActionType } from '../../src/sim';
import { STAGE_IDS } from '../../src/sim';
import { createGameStore } from '../../src/store/gameStore';
import { controlsView } from '../../src/present/views/controls';
import { shippedLevel } from './storeFixtures';

/** A store whose traffic stage is a level file edited to enable more decisions. */
function storeWithTrafficEnabling(extra: PlayerActionType[]) {
  const levels: Level[] = STAGE_IDS.map((id) => {
    const level = structuredClone(shippedLevel(id));
    if (id === 'traffic') level.enabledActions = [...level.enabledActions, ...extra];
    return level;
  });
  const store = createGameStore();
  store.getState().setLevels(levels);
  store.getState().newCampaign(1);
  store.getState().startStage('traffic');
  return store;
}

describe('a stage file with other decisions enabled', () => {
  it('gets the controls for those decisions with no change in the view code', () => {
    const view = controlsView(
      storeWithTrafficEnabling([
        'setPrice',
        'setClaims',
        'setStaff',
        'drawCredit',
        'repayCredit',
      ]).getState(),
    );
    expect(view?.controls).toEqual([
      'ads',
      'price',
      'discount',
      'plans',
      'fakes',
      'claims',
      'staff',
      'credit',
    ]);
  });

  it('loses the controls of decisions it no longer enables', () => {
    const store = createGameStore();
    store.getState().setLevels(
      STAGE_IDS.map((id) => {
        const level = structuredClone(shippedLevel(id));
        if (id === 'traffic')
          level.enabledActions = level.enabledActions.filter((a) => a !== 'setFakeOrders');
        return level;
      }),
    );
    store.getState().newCampaign(1);
    store.getState().startStage('traffic');
    expect(controlsView(store.getState())?.controls).not.toContain('fakes');
  });
});
