import { listAside, pruneAside, putAside, type AsideCopy } from './saveAside';
import {
  LEGACY_SAVE_KEY,
  parseSaveText,
  SAVE_KEY,
  SAVE_VERSION,
  serializeSave,
  type Campaign,
  type SaveEnvelope,
} from './save';

/**
 * The one autosave slot in localStorage, and everything that can go wrong with it. The game
 * always plays on: a slot that cannot save says so (status) and the player can export instead.
 *
 * Two tabs: each write carries this tab's id and the save's write counter. A tab writes only if
 * the counter is still the one it last saw; otherwise another tab has written since, and this tab
 * stops saving ('elsewhere') until the player takes over explicitly. No clocks are involved.
 */
export type SaveStatus =
  /** Saving normally. */
  | 'ok'
  /** Storage is blocked (privacy mode, SecurityError): nothing is kept. */
  | 'unavailable'
  /** Storage is full (QuotaExceededError): the last good save stays, newer progress is not kept. */
  | 'full'
  /** Another tab has written this save: this tab is read-only until it takes over. */
  | 'elsewhere'
  /**
   * The slot holds a save from a newer version of the game: it stays there untouched and this
   * tab writes nothing until the player asks for a fresh campaign (replaceNewer).
   */
  | 'newer';

/**
 * What boot found besides the campaign: a damaged save set aside (quarantined), or a newer
 * version's save left in place (newer).
 */
export type LoadNotice = 'quarantined' | 'newer' | null;

export interface LoadResult {
  campaign: Campaign | null;
  notice: LoadNotice;
}

export interface SaveSlot {
  load(): LoadResult;
  /** Saves the campaign if this tab may; returns whether it was written. */
  write(campaign: Campaign): boolean;
  /** Makes this tab the writer again and returns the latest saved campaign to continue from. */
  takeOver(): Campaign | null;
  /**
   * At the player's request, moves a newer version's save out of the slot (kept under the newer
   * prefix, never deleted) so a fresh campaign can be saved; false if it could not be moved.
   */
  replaceNewer(): boolean;
  /** The damaged copies kept aside, oldest first, for the player to download or dismiss. */
  damaged(): AsideCopy[];
  /** Forgets one damaged copy, once the player has dismissed it. */
  dismissDamaged(key: string): void;
  /** Where this slot lives. */
  readonly keys: SlotKeys;
  status(): SaveStatus;
  /** The envelope an export would write, for this campaign (works with no storage at all). */
  envelope(campaign: Campaign): SaveEnvelope;
  onStatus(listener: (status: SaveStatus) => void): () => void;
  dispose(): void;
}

export const QUARANTINE_PREFIX = 'four-stages.save.damaged.';
export const NEWER_PREFIX = 'four-stages.save.newer.';

/** Where a slot lives in storage: its key, an older key to read once, and where bad saves go. */
export interface SlotKeys {
  save: string;
  legacy: string | null;
  quarantine: string;
  newer: string;
}

/** The visitor's own campaign. */
export const MAIN_SLOT: SlotKeys = {
  save: SAVE_KEY,
  legacy: LEGACY_SAVE_KEY,
  quarantine: QUARANTINE_PREFIX,
  newer: NEWER_PREFIX,
};

export const SESSION_SLOT_PREFIX = 'four-stages.session.';

/**
 * A classroom session's own slot, keyed by the session (sessionKey in src/share): a student who
 * reloads continues that session's game, and the visitor's own campaign is never read or written.
 */
export function sessionSlotKeys(sessionId: string): SlotKeys {
  const save = `${SESSION_SLOT_PREFIX}${sessionId}`;
  return { save, legacy: null, quarantine: `${save}.damaged.`, newer: `${save}.newer.` };
}
function isQuota(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** A fresh id for this tab: random, short, never shown. */
export function newTabId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createSaveSlot(
  storage: Storage | null,
  tabId: string,
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null = null,
  keys: SlotKeys = MAIN_SLOT,
  now: () => number = () => Date.now(),
): SaveSlot {
  let status: SaveStatus = storage ? 'ok' : 'unavailable';
  /** The write counter this tab last read or wrote; the lease it holds. */
  let seen = 0;
  const listeners = new Set<(status: SaveStatus) => void>();

  const setStatus = (next: SaveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener(status);
  };

  /** Reads a key; a throw means storage is blocked, which holds for the rest of the session. */
  const read = (key: string): string | null => {
    if (!storage || status === 'unavailable') return null;
    try {
      return storage.getItem(key);
    } catch {
      setStatus('unavailable');
      return null;
    }
  };

  /** Copies a save we cannot use aside under `prefix` (bounded), then frees the slot. */
  const setAside = (prefix: string, text: string): boolean => {
    if (!storage) return false;
    try {
      putAside(storage, prefix, text);
      storage.removeItem(keys.save);
      return true;
    } catch (error) {
      setStatus(isQuota(error) ? 'full' : 'unavailable');
    }
    return false;
  };

  const envelope = (campaign: Campaign, count = seen): SaveEnvelope => ({
    version: SAVE_VERSION,
    writer: { tab: tabId, count },
    savedAt: now(),
    campaign,
  });

  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== keys.save || newValue === null || status === 'unavailable') return;
    const parsed = parseSaveText(newValue);
    if (parsed.ok && parsed.save.writer.tab !== tabId && parsed.save.writer.count !== seen) {
      setStatus('elsewhere');
    }
  };
  events?.addEventListener('storage', onStorage);

  return {
    keys,
    load() {
      if (storage && status !== 'unavailable') {
        try {
          pruneAside(storage, keys.quarantine);
          pruneAside(storage, keys.newer);
        } catch {
          // Pruning is housekeeping: a failure here must not stop the game from loading.
        }
      }
      const text = read(keys.save);
      const legacy = text === null && keys.legacy !== null ? read(keys.legacy) : null;
      const found = text ?? legacy;
      if (found === null) return { campaign: null, notice: null };
      const parsed = parseSaveText(found);
      if (parsed.ok) {
        seen = parsed.save.writer.count;
        return { campaign: parsed.save.campaign, notice: null };
      }
      // A legacy save we cannot read stays where older builds look for it; never deleted.
      if (text === null) return { campaign: null, notice: null };
      // A newer version's save stays in the slot for that version to read after a reload.
      if (parsed.problem === 'newer') {
        setStatus('newer');
        return { campaign: null, notice: 'newer' };
      }
      // If it cannot be moved aside, this tab must not write over it.
      if (!setAside(keys.quarantine, text) && status === 'ok') setStatus('full');
      return { campaign: null, notice: 'quarantined' };
    },

    write(campaign) {
      if (!storage || status === 'unavailable' || status === 'elsewhere' || status === 'newer') {
        return false;
      }
      const current = read(keys.save);
      if (current !== null) {
        const parsed = parseSaveText(current);
        if (parsed.ok && parsed.save.writer.count !== seen && parsed.save.writer.tab !== tabId) {
          setStatus('elsewhere');
          return false;
        }
        // A newer version wrote here since this tab loaded (another tab, updated): leave it be.
        if (!parsed.ok && parsed.problem === 'newer') {
          setStatus('newer');
          return false;
        }
        if (!parsed.ok && !setAside(keys.quarantine, current)) return false;
      }
      try {
        storage.setItem(keys.save, serializeSave(envelope(campaign, seen + 1)));
        seen += 1;
        setStatus('ok');
        return true;
      } catch (error) {
        setStatus(isQuota(error) ? 'full' : 'unavailable');
        return false;
      }
    },

    takeOver() {
      const text = read(keys.save);
      const parsed = text === null ? null : parseSaveText(text);
      const campaign = parsed?.ok ? parsed.save.campaign : null;
      seen = parsed?.ok ? parsed.save.writer.count : seen;
      if (status === 'elsewhere') setStatus('ok');
      // Claim the lease at once, so the other tab stops writing before either plays on.
      if (campaign) this.write(campaign);
      return campaign;
    },

    replaceNewer() {
      if (status !== 'newer') return true;
      const text = read(keys.save);
      const parsed = text === null ? null : parseSaveText(text);
      if (text !== null && parsed && !parsed.ok && parsed.problem === 'newer') {
        if (!setAside(keys.newer, text)) return false;
      }
      setStatus('ok');
      return true;
    },

    damaged() {
      if (!storage || status === 'unavailable') return [];
      try {
        return listAside(storage, keys.quarantine);
      } catch {
        return [];
      }
    },

    dismissDamaged(key) {
      if (!storage || !key.startsWith(keys.quarantine)) return;
      try {
        storage.removeItem(key);
      } catch {
        // Blocked storage: the copy stays, and the banner offers it again next time.
      }
    },

    status: () => status,
    envelope: (campaign) => envelope(campaign),
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}
