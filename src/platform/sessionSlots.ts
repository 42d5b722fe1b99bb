import { parseSaveText } from './save';
import { removeAside } from './saveAside';
import { SESSION_SLOT_PREFIX, sessionSlotKeys } from './saveSlot';

const DAY_MS = 86_400_000;
/** A finished session is kept this long after its last write, so a reload can still hand it in. */
export const FINISHED_SESSION_KEEP_MS = 7 * DAY_MS;
/** Any session left this long is over: classes run for days or weeks, not seasons. */
export const OLD_SESSION_KEEP_MS = 60 * DAY_MS;
/** Past this many session slots, the least recently saved go first. */
export const MAX_SESSION_SLOTS = 12;

interface Found {
  id: string;
  /** Last write in ms, or null when unknown (written before version 4, or unreadable). */
  savedAt: number | null;
  complete: boolean;
  newer: boolean;
}

/** The session ids that have a slot in storage. */
function sessionIds(storage: Storage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(SESSION_SLOT_PREFIX)) continue;
    const id = key.slice(SESSION_SLOT_PREFIX.length);
    // The slot's own key; its aside copies carry a further '.damaged.n' or '.newer.n'.
    if (id !== '' && !id.includes('.')) ids.push(id);
  }
  return ids;
}

function removeSession(storage: Storage, id: string): void {
  const keys = sessionSlotKeys(id);
  storage.removeItem(keys.save);
  removeAside(storage, keys.quarantine);
  removeAside(storage, keys.newer);
}

/**
 * Cleans classroom session slots other than the one stored under `keepKey` (the session open
 * now): finished ones left for a week, any left for two months, and the least recently saved past
 * a dozen. A slot from a newer version of the game is left for that version to judge. Returns the
 * session ids removed.
 */
export function cleanSessionSlots(
  storage: Storage | null,
  nowMs: number,
  keepKey: string | null,
): string[] {
  if (!storage) return [];
  const removed: string[] = [];
  try {
    const found: Found[] = [];
    for (const id of sessionIds(storage)) {
      if (sessionSlotKeys(id).save === keepKey) continue;
      const parsed = parseSaveText(storage.getItem(sessionSlotKeys(id).save) ?? '');
      found.push({
        id,
        savedAt: parsed.ok ? parsed.save.savedAt : null,
        complete: parsed.ok && parsed.save.campaign.complete === true,
        newer: !parsed.ok && parsed.problem === 'newer',
      });
    }
    const kept: Found[] = [];
    for (const slot of found) {
      const idle = slot.savedAt === null ? 0 : nowMs - slot.savedAt;
      const over = slot.complete ? FINISHED_SESSION_KEEP_MS : OLD_SESSION_KEEP_MS;
      if (!slot.newer && idle > over) removed.push(slot.id);
      else kept.push(slot);
    }
    // Most recent first; an unknown time counts as the oldest.
    kept.sort((a, b) => (b.savedAt ?? -1) - (a.savedAt ?? -1));
    const room = keepKey === null ? MAX_SESSION_SLOTS : MAX_SESSION_SLOTS - 1;
    for (const slot of kept.slice(room)) removed.push(slot.id);
    for (const id of removed) removeSession(storage, id);
  } catch {
    // Blocked storage: nothing to clean, and nothing to lose.
  }
  return removed;
}
