/**
 * Asking the browser to keep saved games (navigator.storage.persist), once the player has
 * something worth keeping. Where it refuses, the player is told that saved games may be cleared,
 * and pointed to the export, until they dismiss it; a flag in storage remembers the dismissal, so
 * it is said once per browser.
 */
export const PERSIST_WARNED_KEY = 'four-stages.persistWarned';

export type Persistence = 'persisted' | 'refused' | 'unsupported';

/** The part of StorageManager this needs; absent on plain HTTP and in some browsers. */
export type PersistApi = Pick<StorageManager, 'persist' | 'persisted'>;

export function browserPersistApi(): PersistApi | null {
  try {
    return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
  } catch {
    return null;
  }
}

async function askPersistence(api: PersistApi | null): Promise<Persistence> {
  if (!api || typeof api.persist !== 'function') return 'unsupported';
  try {
    if (await api.persisted()) return 'persisted';
    return (await api.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}

export interface PersistenceCheck {
  /**
   * Call after each save (and at boot, for a loaded save); asks once a page, at the first call
   * with a played day. Resolves true then when the browser refused and the player has not yet
   * dismissed the warning in this browser.
   */
  afterSave(hasPlayedDay: boolean): Promise<boolean>;
  /** The player has read the warning: it is not said again in this browser. */
  dismiss(): void;
}

export function createPersistenceCheck(
  storage: Storage | null,
  api: PersistApi | null,
): PersistenceCheck {
  let asked = false;
  return {
    async afterSave(hasPlayedDay) {
      if (asked || !hasPlayedDay) return false;
      asked = true;
      const answer = await askPersistence(api);
      if (answer !== 'refused' || !storage) return false;
      try {
        return storage.getItem(PERSIST_WARNED_KEY) === null;
      } catch {
        // Storage that cannot be read cannot keep saves either; the slot says so itself.
        return false;
      }
    },
    dismiss() {
      try {
        storage?.setItem(PERSIST_WARNED_KEY, '1');
      } catch {
        // Not kept: the warning may come back on the next visit, which is the safe side.
      }
    },
  };
}
