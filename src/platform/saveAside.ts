/**
 * Copies of saves the game could not use, kept under `prefix + n` (n counts up, so the lowest n
 * is the oldest) until the player downloads or dismisses them. Bounded, so that damaged copies
 * can never fill the quota and stop the real save from being written: at most MAX_ASIDE_COPIES,
 * at most MAX_ASIDE_CHARS in all, the oldest dropped first.
 */
export const MAX_ASIDE_COPIES = 3;
/** Together about the size of one save at its cap; a save is a few kilobytes in practice. */
export const MAX_ASIDE_CHARS = 2_000_000;

export interface AsideCopy {
  key: string;
  text: string;
}

/** The copies under `prefix`, oldest first. */
export function listAside(storage: Storage, prefix: string): AsideCopy[] {
  const found: { n: number; key: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (/^[1-9][0-9]{0,8}$/.test(rest)) found.push({ n: Number(rest), key });
  }
  found.sort((a, b) => a.n - b.n);
  const copies: AsideCopy[] = [];
  for (const { key } of found) {
    const text = storage.getItem(key);
    if (text !== null) copies.push({ key, text });
  }
  return copies;
}

/** Drops the oldest copies until `room` more characters and one more copy fit the bounds. */
function makeRoom(storage: Storage, copies: AsideCopy[], room: number, slots: number): void {
  let total = copies.reduce((sum, c) => sum + c.text.length, 0);
  while (
    copies.length > 0 &&
    (copies.length + slots > MAX_ASIDE_COPIES || total + room > MAX_ASIDE_CHARS)
  ) {
    const oldest = copies.shift();
    if (!oldest) break;
    storage.removeItem(oldest.key);
    total -= oldest.text.length;
  }
}

/** Brings copies left by older builds (up to 50 of them) within the bounds. */
export function pruneAside(storage: Storage, prefix: string): void {
  makeRoom(storage, listAside(storage, prefix), 0, 0);
}

/**
 * Keeps `text` as the newest copy under `prefix`, dropping the oldest as needed. A text longer
 * than the whole allowance is kept cut to it: nothing of ours is that large, and the head is what
 * a player or a developer would look at. Throws what storage throws (blocked or full).
 */
export function putAside(storage: Storage, prefix: string, text: string): string {
  const kept = text.length > MAX_ASIDE_CHARS ? text.slice(0, MAX_ASIDE_CHARS) : text;
  const copies = listAside(storage, prefix);
  const last = copies.at(-1);
  const next = last ? Number(last.key.slice(prefix.length)) + 1 : 1;
  makeRoom(storage, copies, kept.length, 1);
  const key = prefix + next;
  try {
    storage.setItem(key, kept);
  } catch (error) {
    // Full: the remaining copies give way to this newest one before giving up.
    if (!(error instanceof DOMException) || error.name !== 'QuotaExceededError') throw error;
    for (const copy of copies) storage.removeItem(copy.key);
    storage.setItem(key, kept);
  }
  return key;
}

/** Every copy under `prefix`, for a slot that is being cleaned away. */
export function removeAside(storage: Storage, prefix: string): void {
  for (const copy of listAside(storage, prefix)) storage.removeItem(copy.key);
}
