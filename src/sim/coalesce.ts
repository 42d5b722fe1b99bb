import type { Action } from './actions';

/**
 * The actions that only overwrite a setting and cost nothing when applied: applying one and then
 * another of the same kind on the same listing leaves exactly the state the second alone leaves.
 * Staff changes are not among them, because hiring and firing are paid at the moment of change.
 */
const OVERWRITES: ReadonlySet<Action['type']> = new Set([
  'setAds',
  'setPrice',
  'setDiscount',
  'setFakeOrders',
  'setClaims',
]);

/** What a setting action overwrites, or null for an action that does more than overwrite. */
export function overwriteKey(action: Action): string | null {
  if (!OVERWRITES.has(action.type) || !('listingId' in action)) return null;
  return `${action.type}:${action.listingId}`;
}

/**
 * Whether `next`, applied right after `previous` with nothing between, makes `previous` moot:
 * a slider's keyboard steps, or a budget typed digit by digit, collapse into the last value.
 */
export function supersedes(previous: Action, next: Action): boolean {
  const key = overwriteKey(next);
  return key !== null && key === overwriteKey(previous);
}

/**
 * The log with every run of adjacent same-setting changes merged into its last one. It replays
 * to the same state as the original, because each dropped action was overwritten before any day
 * or other action could see it.
 */
export function coalesceLog(log: readonly Action[]): Action[] {
  const merged: Action[] = [];
  for (const action of log) {
    const last = merged[merged.length - 1];
    if (last !== undefined && supersedes(last, action)) merged[merged.length - 1] = action;
    else merged.push(action);
  }
  return merged;
}
