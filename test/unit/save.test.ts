import { describe, expect, it } from 'vitest';
import {
  LEGACY_SAVE_KEY,
  parseSaveText,
  SAVE_KEY,
  SAVE_VERSION,
  serializeSave,
  type Campaign,
} from '../../src/platform/save';
import {
  migrateToCurrent,
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
  migrateV4toV5,
} from '../../src/platform/saveMigrate';
import {
  createSaveSlot,
  NEWER_PREFIX,
  QUARANTINE_PREFIX,
  sessionSlotKeys,
} from '../../src/platform/saveSlot';
import { FakeStorage } from './saveFakes';

const CAMPAIGN: Campaign = {
  seed: 42,
  results: {},
  logs: {},
  latestLogs: {},
  paused: [],
  run: {
    stage: 'traffic',
    seed: 42,
    log: [{ type: 'advanceDay' }, { type: 'setPrice', listingId: 'tee', priceFen: 5_900 }],
    decisions: [
      { stage: 'traffic', day: 2, action: { type: 'setPrice', listingId: 'tee', priceFen: 5_900 } },
    ],
  },
  reflections: {},
};
/** What a version 3 campaign carried: no latest runs, no paused runs. */
const V3_CAMPAIGN = { seed: 42, results: {}, logs: {}, run: CAMPAIGN.run };
const V1 = { version: 1, seed: 42, results: {}, run: CAMPAIGN.run };
/** A version 2 save as the previous build wrote it: no finished-stage logs, no name. */
const V2 = {
  version: 2,
  writer: { tab: 'old', count: 5 },
  campaign: { seed: 42, results: {}, run: CAMPAIGN.run },
};
const FINISHED_LOG = [{ type: 'advanceDay' as const }, { type: 'advanceDay' as const }];

describe('save format and versions', () => {
  it('round-trips the current version, finished-stage logs, a name and a reflection included', () => {
    const campaign: Campaign = {
      ...CAMPAIGN,
      logs: { traffic: FINISHED_LOG },
      name: 'Ana',
      reflections: { traffic: 'Ads first: 广告先砍' },
    };
    const save = {
      version: 5,
      writer: { tab: 'a', count: 3 },
      savedAt: 1_700_000_000_000,
      campaign,
    } as const;
    expect(parseSaveText(serializeSave(save))).toEqual({ ok: true, save });
  });

  it('migrates version 1 through version 2 without losing the campaign', () => {
    expect(migrateV1toV2(V1)).toEqual({ ...V2, writer: { tab: '', count: 0 } });
    const parsed = parseSaveText(JSON.stringify(V1));
    expect(parsed.ok && parsed.save.campaign).toEqual(CAMPAIGN);
  });

  it('migrates version 2 to version 3: the same campaign and lease, with no stage logs yet', () => {
    expect(migrateV2toV3(V2)).toEqual({
      version: 3,
      writer: { tab: 'old', count: 5 },
      campaign: { seed: 42, results: {}, logs: {}, run: CAMPAIGN.run },
    });
    const parsed = parseSaveText(JSON.stringify(V2));
    expect(parsed.ok && parsed.save).toEqual({
      version: 5,
      writer: { tab: 'old', count: 5 },
      savedAt: null,
      campaign: CAMPAIGN,
    });
    // A damaged v2 campaign is not repaired by the migration: the schema still refuses it.
    expect(parseSaveText(JSON.stringify({ ...V2, campaign: 'x' }))).toEqual({
      ok: false,
      problem: 'corrupt',
    });
  });

  it('migrates a version 3 save as players have it: last runs become best, nothing paused', () => {
    const v3 = {
      version: 3,
      writer: { tab: 'old', count: 9 },
      campaign: { ...V3_CAMPAIGN, logs: { traffic: FINISHED_LOG }, name: 'Ana' },
    };
    expect(migrateV3toV4(v3)).toEqual({
      ...v3,
      version: 4,
      savedAt: null,
      campaign: { ...v3.campaign, latestLogs: {}, paused: [] },
    });
    // No checksum: versions before 4 never had one, and must load as they are.
    const parsed = parseSaveText(JSON.stringify(v3));
    expect(parsed.ok && parsed.save).toEqual({
      version: 5,
      writer: { tab: 'old', count: 9 },
      savedAt: null,
      campaign: { ...CAMPAIGN, logs: { traffic: FINISHED_LOG }, name: 'Ana' },
    });
  });

  it('migrates a version 4 save: its checksum still checked, no reflection lost or made up', () => {
    const v4Campaign = { ...CAMPAIGN, logs: { traffic: FINISHED_LOG } } as Record<string, unknown>;
    delete v4Campaign['reflections'];
    const v4 = {
      version: 4,
      writer: { tab: 'old', count: 2 },
      savedAt: 1_700_000_000_000,
      campaign: v4Campaign,
    };
    expect(migrateV4toV5(v4)).toEqual({
      ...v4,
      version: 5,
      campaign: { ...v4Campaign, reflections: {} },
    });
    // As the previous build wrote it: the checksum over the version 4 campaign's text.
    const text = serializeSave(v4 as unknown as Parameters<typeof serializeSave>[0]);
    const parsed = parseSaveText(text);
    expect(parsed.ok && parsed.save).toEqual({
      version: 5,
      writer: { tab: 'old', count: 2 },
      savedAt: 1_700_000_000_000,
      campaign: { ...v4Campaign, reflections: {} },
    });
    const slipped = text.replace(
      '"logs":{"traffic":[',
      '"logs":{"traffic":[{"type":"advanceDay"},',
    );
    expect(parseSaveText(slipped)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses reflections that are not short text', () => {
    const save = (reflections: unknown) =>
      serializeSave({
        version: 5,
        writer: { tab: 'a', count: 1 },
        savedAt: 0,
        campaign: { ...CAMPAIGN, reflections } as Campaign,
      });
    expect(parseSaveText(save({ traffic: 'fine' })).ok).toBe(true);
    expect(parseSaveText(save({ traffic: 7 })).ok).toBe(false);
    expect(parseSaveText(save({ moon: 'x' })).ok).toBe(false);
    expect(parseSaveText(save({ traffic: 'x'.repeat(281) })).ok).toBe(false);
    expect(parseSaveText(save(undefined)).ok).toBe(false);
  });

  it('refuses bad finished-stage logs and names in version 3', () => {
    const v3 = (campaign: unknown) =>
      JSON.stringify({ version: 3, writer: { tab: 'a', count: 1 }, campaign });
    const base = V3_CAMPAIGN;
    expect(parseSaveText(v3({ ...base, logs: { traffic: [{ type: 'explode' }] } })).ok).toBe(false);
    expect(parseSaveText(v3({ ...base, logs: { moon: FINISHED_LOG } })).ok).toBe(false);
    expect(parseSaveText(v3({ ...base, logs: undefined })).ok).toBe(false);
    expect(parseSaveText(v3({ ...base, name: 7 })).ok).toBe(false);
    expect(parseSaveText(v3({ ...base, name: 'x'.repeat(500) })).ok).toBe(false);
  });

  it('reports a newer version instead of guessing, and junk as corrupt', () => {
    expect(migrateToCurrent({ version: 6 })).toEqual({ ok: false, problem: 'newer' });
    expect(parseSaveText('{"version":99,"anything":true}')).toEqual({
      ok: false,
      problem: 'newer',
    });
    expect(parseSaveText('{"version":0}')).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseSaveText('not json')).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseSaveText('[]')).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseSaveText('x'.repeat(2_000_001))).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('rejects invalid actions, stages and seeds', () => {
    const bad = (run: unknown) => JSON.stringify({ ...V1, run });
    expect(parseSaveText(bad({ ...CAMPAIGN.run, stage: 'moon' })).ok).toBe(false);
    expect(parseSaveText(bad({ ...CAMPAIGN.run, seed: -1 })).ok).toBe(false);
    expect(parseSaveText(bad({ ...CAMPAIGN.run, log: [{ type: 'explode' }] })).ok).toBe(false);
    expect(
      parseSaveText(JSON.stringify({ ...V1, results: { traffic: { stage: 'product' } } })).ok,
    ).toBe(false);
  });
});

describe('the save slot in localStorage', () => {
  it('saves, loads and counts writes', () => {
    const storage = new FakeStorage();
    const slot = createSaveSlot(storage, 'tab1');
    expect(slot.load()).toEqual({ campaign: null, notice: null });
    expect(slot.write(CAMPAIGN)).toBe(true);
    expect(slot.write(CAMPAIGN)).toBe(true);
    const again = createSaveSlot(storage, 'tab2');
    expect(again.load()).toEqual({ campaign: CAMPAIGN, notice: null });
    const stored = parseSaveText(storage.getItem(SAVE_KEY) ?? '');
    expect(stored.ok && stored.save.writer).toEqual({ tab: 'tab1', count: 2 });
  });

  it('reads a version 1 save from the old key and leaves the old key alone', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_SAVE_KEY, JSON.stringify(V1));
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load().campaign).toEqual(CAMPAIGN);
    expect(slot.write(CAMPAIGN)).toBe(true);
    expect(storage.getItem(LEGACY_SAVE_KEY)).toBe(JSON.stringify(V1));
  });

  it('blocked storage (SecurityError on access): plays on, status unavailable', () => {
    const slot = createSaveSlot(new FakeStorage('blocked'), 'tab');
    expect(slot.load()).toEqual({ campaign: null, notice: null });
    expect(slot.status()).toBe('unavailable');
    expect(slot.write(CAMPAIGN)).toBe(false);
    expect(createSaveSlot(null, 'tab').status()).toBe('unavailable');
  });

  it('full storage (QuotaExceededError on setItem): keeps the old save, status full', () => {
    const storage = new FakeStorage();
    const slot = createSaveSlot(storage, 'tab');
    slot.load();
    slot.write(CAMPAIGN);
    const before = storage.getItem(SAVE_KEY);
    storage.mode = 'full';
    const statuses: string[] = [];
    slot.onStatus((s) => statuses.push(s));
    expect(slot.write({ ...CAMPAIGN, seed: 7 })).toBe(false);
    expect(slot.status()).toBe('full');
    expect(storage.getItem(SAVE_KEY)).toBe(before);
    storage.mode = 'ok';
    expect(slot.write(CAMPAIGN)).toBe(true);
    expect(statuses).toEqual(['full', 'ok']);
  });

  it('corrupt JSON is quarantined under a counter, never silently replaced', () => {
    const storage = new FakeStorage();
    storage.setItem(SAVE_KEY, '{"version":2,"writer"');
    storage.setItem(`${QUARANTINE_PREFIX}1`, 'an older damaged save');
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load()).toEqual({ campaign: null, notice: 'quarantined' });
    expect(storage.getItem(`${QUARANTINE_PREFIX}1`)).toBe('an older damaged save');
    expect(storage.getItem(`${QUARANTINE_PREFIX}2`)).toBe('{"version":2,"writer"');
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(slot.write(CAMPAIGN)).toBe(true);
  });

  it('a corrupt save that cannot be moved aside is not overwritten', () => {
    const storage = new FakeStorage();
    storage.setItem(SAVE_KEY, 'garbage');
    storage.mode = 'full';
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load().notice).toBe('quarantined');
    expect(slot.status()).toBe('full');
    expect(slot.write(CAMPAIGN)).toBe(false);
    expect(storage.getItem(SAVE_KEY)).toBe('garbage');
  });

  it('a save from a newer version stays in the slot untouched, and nothing writes over it', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: SAVE_VERSION + 1, campaign: {} });
    storage.setItem(SAVE_KEY, newer);
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load()).toEqual({ campaign: null, notice: 'newer' });
    expect(slot.status()).toBe('newer');
    expect(slot.write(CAMPAIGN)).toBe(false);
    expect(storage.getItem(SAVE_KEY)).toBe(newer);
    expect(storage.getItem(`${NEWER_PREFIX}1`)).toBeNull();
    // Only when the player asks for a fresh campaign does it move aside, kept, and saving resume.
    expect(slot.replaceNewer()).toBe(true);
    expect(storage.getItem(`${NEWER_PREFIX}1`)).toBe(newer);
    expect(slot.status()).toBe('ok');
    expect(slot.write(CAMPAIGN)).toBe(true);
    expect(createSaveSlot(storage, 'tab2').load().campaign).toEqual(CAMPAIGN);
  });
});

describe('a classroom session slot', () => {
  it('keeps each session apart from the visitor’s own save and from other sessions', () => {
    const storage = new FakeStorage();
    const own = createSaveSlot(storage, 'tab');
    own.write(CAMPAIGN);
    const ownText = storage.getItem(SAVE_KEY);
    const keys = sessionSlotKeys('AQEB');
    const session = createSaveSlot(storage, 'tab', null, keys);
    expect(session.load()).toEqual({ campaign: null, notice: null });
    const played: Campaign = { ...CAMPAIGN, seed: 9, logs: { traffic: FINISHED_LOG }, name: 'Bo' };
    expect(session.write(played)).toBe(true);
    expect(storage.getItem(SAVE_KEY)).toBe(ownText);
    expect(createSaveSlot(storage, 'tab2', null, keys).load().campaign).toEqual(played);
    expect(createSaveSlot(storage, 'tab2', null, sessionSlotKeys('AQEC')).load().campaign).toBe(
      null,
    );
    expect(createSaveSlot(storage, 'tab2').load().campaign).toEqual(CAMPAIGN);
  });

  it('sets a damaged session save aside under its own prefix and never reads the legacy key', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_SAVE_KEY, JSON.stringify(V1));
    const keys = sessionSlotKeys('AQEB');
    storage.setItem(keys.save, 'garbage');
    const slot = createSaveSlot(storage, 'tab', null, keys);
    expect(slot.load()).toEqual({ campaign: null, notice: 'quarantined' });
    expect(storage.getItem(`${keys.quarantine}1`)).toBe('garbage');
    expect(storage.getItem(`${QUARANTINE_PREFIX}1`)).toBeNull();
    expect(storage.getItem(LEGACY_SAVE_KEY)).toBe(JSON.stringify(V1));
  });
});

describe('two tabs on one save', () => {
  function twoTabs() {
    const storage = new FakeStorage();
    const windowA = new EventTarget();
    const windowB = new EventTarget();
    storage.tabs.push(windowA, windowB);
    createSaveSlot(storage, 'seed').write(CAMPAIGN);
    const a = createSaveSlot(storage, 'A', windowA);
    const b = createSaveSlot(storage, 'B', windowB);
    a.load();
    b.load();
    /** Writes through a slot and lets the other tab hear of it. */
    const write = (slot: typeof a, from: EventTarget, campaign: Campaign) => {
      const ok = slot.write(campaign);
      if (ok) storage.broadcast(from, SAVE_KEY, storage.getItem(SAVE_KEY) ?? '');
      return ok;
    };
    return { storage, a, b, windowA, windowB, write };
  }

  it('the tab that did not write becomes read-only when it hears of the other write', () => {
    const { a, b, windowA, write } = twoTabs();
    expect(write(a, windowA, CAMPAIGN)).toBe(true);
    expect(b.status()).toBe('elsewhere');
    expect(b.write({ ...CAMPAIGN, seed: 1 })).toBe(false);
    expect(a.status()).toBe('ok');
  });

  it('without the event, the write counter still stops interleaved writes', () => {
    const { storage, a, b } = twoTabs();
    expect(a.write(CAMPAIGN)).toBe(true);
    expect(b.write({ ...CAMPAIGN, seed: 1 })).toBe(false);
    expect(b.status()).toBe('elsewhere');
    const stored = parseSaveText(storage.getItem(SAVE_KEY) ?? '');
    expect(stored.ok && stored.save.campaign.seed).toBe(42);
  });

  it('taking over loads the latest save and makes the other tab read-only', () => {
    const { a, b, windowA, windowB, storage, write } = twoTabs();
    write(a, windowA, { ...CAMPAIGN, seed: 5 });
    expect(b.status()).toBe('elsewhere');
    const latest = b.takeOver();
    storage.broadcast(windowB, SAVE_KEY, storage.getItem(SAVE_KEY) ?? '');
    expect(latest?.seed).toBe(5);
    expect(b.status()).toBe('ok');
    expect(a.status()).toBe('elsewhere');
    expect(write(b, windowB, CAMPAIGN)).toBe(true);
    expect(a.write(CAMPAIGN)).toBe(false);
  });
});
