import { describe, expect, it } from 'vitest';
import { parseSaveText, SAVE_VERSION, serializeSave } from '../../src/platform/save';
import { restoreSavedCampaign, savedCampaign } from '../../src/store/savedCampaign';
import { playToEnd, storeWith } from './storeFixtures';

const SEED = 4;

function savedText(store: ReturnType<typeof storeWith>): string {
  return serializeSave({
    version: SAVE_VERSION,
    writer: { tab: 't', count: 1 },
    savedAt: 0,
    campaign: savedCampaign(store.getState()),
  });
}

describe('the reflection answer in the save', () => {
  it('comes back after a reload, with the finished run it was written for', () => {
    const store = storeWith(SEED, 'traffic');
    playToEnd(store);
    const answer = 'Cut the ad budget first: 先砍广告预算，因为每单都在亏。';
    store.getState().setReflection('traffic', answer);
    const parsed = parseSaveText(savedText(store));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.save.campaign.reflections).toEqual({ traffic: answer });

    const reloaded = storeWith(SEED);
    expect(restoreSavedCampaign(reloaded, parsed.save.campaign, false)).toBe(true);
    expect(reloaded.getState().reflections).toEqual({ traffic: answer });
    expect(reloaded.getState().results.traffic?.stateHash).toBe(
      store.getState().results.traffic?.stateHash,
    );
  });

  it('is capped like a typed answer when a save carries a longer one', () => {
    const store = storeWith(SEED, 'traffic');
    playToEnd(store);
    const campaign = {
      ...savedCampaign(store.getState()),
      reflections: { traffic: '长'.repeat(200) },
    };
    const reloaded = storeWith(SEED);
    restoreSavedCampaign(reloaded, campaign, false);
    expect(Array.from(reloaded.getState().reflections.traffic ?? '')).toHaveLength(140);
  });
});
