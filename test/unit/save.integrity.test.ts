import { describe, expect, it } from 'vitest';
import {
  parseSaveText,
  SAVE_KEY,
  SAVE_VERSION,
  serializeSave,
  type Campaign,
} from '../../src/platform/save';
import { MAX_ASIDE_CHARS, MAX_ASIDE_COPIES } from '../../src/platform/saveAside';
import { createPersistenceCheck, PERSIST_WARNED_KEY } from '../../src/platform/persist';
import {
  createSaveSlot,
  NEWER_PREFIX,
  QUARANTINE_PREFIX,
  sessionSlotKeys,
} from '../../src/platform/saveSlot';
import {
  cleanSessionSlots,
  FINISHED_SESSION_KEEP_MS,
  MAX_SESSION_SLOTS,
  OLD_SESSION_KEEP_MS,
} from '../../src/platform/sessionSlots';
import { FakeStorage } from './saveFakes';

const CAMPAIGN: Campaign = {
  seed: 42,
  results: {},
  logs: { traffic: [{ type: 'advanceDay' }, { type: 'advanceDay' }] },
  latestLogs: {},
  paused: [],
  run: {
    stage: 'product',
    seed: 42,
    log: [{ type: 'advanceDay' }],
    decisions: [],
  },
  reflections: {},
};
const NOW = 1_770_000_000_000;
const DAY = 86_400_000;

function savedText(campaign: Campaign = CAMPAIGN, savedAt: number | null = NOW): string {
  return serializeSave({
    version: SAVE_VERSION,
    writer: { tab: 't', count: 1 },
    savedAt,
    campaign,
  });
}

describe('the save checksum', () => {
  it('one legal action slipped into a saved log is caught', () => {
    const text = savedText();
    expect(parseSaveText(text).ok).toBe(true);
    const slipped = text.replace(
      '"logs":{"traffic":[{"type":"advanceDay"},',
      '"logs":{"traffic":[{"type":"setPrice","listingId":"tee","priceFen":5900},{"type":"advanceDay"},',
    );
    expect(slipped).not.toBe(text);
    expect(parseSaveText(slipped)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('a current save without a checksum, or with another one, is refused', () => {
    const value = JSON.parse(savedText()) as Record<string, unknown>;
    delete value['checksum'];
    expect(parseSaveText(JSON.stringify(value))).toEqual({ ok: false, problem: 'checksum' });
    value['checksum'] = '0000000000000000';
    expect(parseSaveText(JSON.stringify(value))).toEqual({ ok: false, problem: 'checksum' });
  });

  it('a save whose checksum fails is quarantined like a corrupt one', () => {
    const storage = new FakeStorage();
    const bad = savedText().replace('"seed":42', '"seed":43');
    storage.setItem(SAVE_KEY, bad);
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load()).toEqual({ campaign: null, notice: 'quarantined' });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(slot.damaged()).toEqual([{ key: `${QUARANTINE_PREFIX}1`, text: bad }]);
  });

  it('the slot stamps the write time', () => {
    const storage = new FakeStorage();
    const slot = createSaveSlot(storage, 'tab', null, undefined, () => NOW);
    slot.write(CAMPAIGN);
    const parsed = parseSaveText(storage.getItem(SAVE_KEY) ?? '');
    expect(parsed.ok && parsed.save.savedAt).toBe(NOW);
  });
});

describe('damaged copies kept aside', () => {
  it('are kept until dismissed, and only a slot’s own copies can be dismissed', () => {
    const storage = new FakeStorage();
    storage.setItem(SAVE_KEY, 'garbage');
    createSaveSlot(storage, 'tab').load();
    // A reload does not forget it: the copy is offered again until the player dismisses it.
    const again = createSaveSlot(storage, 'tab');
    again.load();
    expect(again.damaged()).toEqual([{ key: `${QUARANTINE_PREFIX}1`, text: 'garbage' }]);
    expect(again.write(CAMPAIGN)).toBe(true);
    again.dismissDamaged(SAVE_KEY);
    expect(storage.getItem(SAVE_KEY)).not.toBeNull();
    again.dismissDamaged(`${QUARANTINE_PREFIX}1`);
    expect(again.damaged()).toEqual([]);
  });

  it(`keep at most ${MAX_ASIDE_COPIES} copies, the oldest dropped first`, () => {
    const storage = new FakeStorage();
    for (let i = 1; i <= 5; i++) {
      storage.setItem(SAVE_KEY, `damaged ${i}`);
      createSaveSlot(storage, 'tab').load();
    }
    const copies = createSaveSlot(storage, 'tab').damaged();
    expect(copies.map((c) => c.text)).toEqual(['damaged 3', 'damaged 4', 'damaged 5']);
    expect(copies.map((c) => c.key)).toEqual([3, 4, 5].map((n) => `${QUARANTINE_PREFIX}${n}`));
  });

  it('keep within a size cap, and cut a copy larger than the whole cap', () => {
    const storage = new FakeStorage();
    const big = 'x'.repeat(Math.floor(MAX_ASIDE_CHARS * 0.6));
    storage.setItem(SAVE_KEY, `a${big}`);
    createSaveSlot(storage, 'tab').load();
    storage.setItem(SAVE_KEY, `b${big}`);
    createSaveSlot(storage, 'tab').load();
    let copies = createSaveSlot(storage, 'tab').damaged();
    expect(copies.map((c) => c.text[0])).toEqual(['b']);
    storage.setItem(SAVE_KEY, 'y'.repeat(MAX_ASIDE_CHARS + 5_000_000));
    createSaveSlot(storage, 'tab').load();
    copies = createSaveSlot(storage, 'tab').damaged();
    expect(copies).toHaveLength(1);
    expect(copies[0]!.text.length).toBe(MAX_ASIDE_CHARS);
  });

  it('left by older builds (up to 50) are brought within the bounds on load', () => {
    const storage = new FakeStorage();
    for (let n = 1; n <= 50; n++) storage.setItem(`${QUARANTINE_PREFIX}${n}`, `old ${n}`);
    for (let n = 1; n <= 10; n++) storage.setItem(`${NEWER_PREFIX}${n}`, `newer ${n}`);
    const slot = createSaveSlot(storage, 'tab');
    slot.load();
    expect(slot.damaged().map((c) => c.text)).toEqual(['old 48', 'old 49', 'old 50']);
    expect([...storage.items.keys()].filter((k) => k.startsWith(NEWER_PREFIX))).toHaveLength(3);
  });

  it('a full storage gives the older copies up for the newest damaged save', () => {
    const storage = new FakeStorage();
    storage.setItem(`${QUARANTINE_PREFIX}1`, 'older');
    storage.setItem(SAVE_KEY, 'newest');
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.startsWith(QUARANTINE_PREFIX) && writes++ === 0) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      setItem(key, value);
    };
    const slot = createSaveSlot(storage, 'tab');
    expect(slot.load().notice).toBe('quarantined');
    expect(slot.damaged().map((c) => c.text)).toEqual(['newest']);
    expect(slot.status()).toBe('ok');
  });
});

describe('classroom session slots are cleaned', () => {
  const put = (storage: FakeStorage, id: string, savedAt: number | null, complete: boolean) => {
    const keys = sessionSlotKeys(id);
    storage.setItem(keys.save, savedText({ ...CAMPAIGN, name: 'Ana', complete }, savedAt));
    storage.setItem(`${keys.quarantine}1`, 'damaged');
  };

  it('when finished and left for a while, or when old; never the open one', () => {
    const storage = new FakeStorage();
    put(storage, 'done', NOW - FINISHED_SESSION_KEEP_MS - DAY, true);
    put(storage, 'doneRecently', NOW - DAY, true);
    put(storage, 'old', NOW - OLD_SESSION_KEEP_MS - DAY, false);
    put(storage, 'playing', NOW - 10 * DAY, false);
    put(storage, 'open', NOW - OLD_SESSION_KEEP_MS - DAY, true);
    storage.setItem('four-stages.save', savedText());
    const open = sessionSlotKeys('open').save;
    expect(cleanSessionSlots(storage, NOW, open).sort()).toEqual(['done', 'old']);
    const left = [...storage.items.keys()].sort();
    expect(left).toEqual(
      [
        'four-stages.save',
        ...['doneRecently', 'open', 'playing'].flatMap((id) => [
          sessionSlotKeys(id).save,
          `${sessionSlotKeys(id).quarantine}1`,
        ]),
      ].sort(),
    );
  });

  it(`keeps at most ${MAX_SESSION_SLOTS}, dropping the least recently saved`, () => {
    const storage = new FakeStorage();
    for (let i = 0; i < MAX_SESSION_SLOTS + 3; i++) put(storage, `s${i}`, NOW - i * DAY, false);
    put(storage, 'legacy', null, false);
    const removed = cleanSessionSlots(storage, NOW, null).sort();
    expect(removed).toEqual(['legacy', 's12', 's13', 's14']);
  });

  it('leaves a newer version’s session save alone and survives blocked storage', () => {
    const storage = new FakeStorage();
    storage.setItem(sessionSlotKeys('future').save, JSON.stringify({ version: 99 }));
    expect(cleanSessionSlots(storage, NOW + 400 * DAY, null)).toEqual([]);
    expect(cleanSessionSlots(new FakeStorage('blocked'), NOW, null)).toEqual([]);
    expect(cleanSessionSlots(null, NOW, null)).toEqual([]);
  });
});

describe('asking the browser to keep saves', () => {
  const api = (persisted: boolean, grant: boolean) => {
    const calls = { persist: 0 };
    return {
      calls,
      api: {
        persisted: () => Promise.resolve(persisted),
        persist: () => {
          calls.persist += 1;
          return Promise.resolve(grant);
        },
      },
    };
  };

  it('asks once, after the first saved day, and warns until the player dismisses it', async () => {
    const storage = new FakeStorage();
    const refused = api(false, false);
    const check = createPersistenceCheck(storage, refused.api);
    expect(await check.afterSave(false)).toBe(false);
    expect(refused.calls.persist).toBe(0);
    expect(await check.afterSave(true)).toBe(true);
    expect(await check.afterSave(true)).toBe(false);
    expect(refused.calls.persist).toBe(1);
    // Not dismissed: the next visit says it again. Dismissed: never again in this browser.
    const next = createPersistenceCheck(storage, api(false, false).api);
    expect(await next.afterSave(true)).toBe(true);
    next.dismiss();
    expect(storage.getItem(PERSIST_WARNED_KEY)).not.toBeNull();
    const later = createPersistenceCheck(storage, api(false, false).api);
    expect(await later.afterSave(true)).toBe(false);
  });

  it('says nothing when granted, already persisted, or not supported', async () => {
    const storage = new FakeStorage();
    expect(await createPersistenceCheck(storage, api(false, true).api).afterSave(true)).toBe(false);
    const already = api(true, false);
    expect(await createPersistenceCheck(storage, already.api).afterSave(true)).toBe(false);
    expect(already.calls.persist).toBe(0);
    expect(await createPersistenceCheck(storage, null).afterSave(true)).toBe(false);
    expect(storage.getItem(PERSIST_WARNED_KEY)).toBeNull();
  });
});
