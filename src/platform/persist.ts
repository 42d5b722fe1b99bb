/**
 * Asking the browser to keep saved games (navigator.storage.persist), once the player has
 * something worth keeping. Where it refuses, the player is told once per browser that saved games
 * may be cleared, and pointed to the export; a flag in storage remembers that it was said.
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
   * Call after each save; asks once, after the first save that holds a played day. Resolves to
   * true exactly once per browser when the browser refused and the player should be told.
   */
  afterSave(hasPlayedDay: boolean): Promise<boolean>;
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
      if (answer !== 'refused') return false;
      if (!storage) return false;
      try {
        if (storage.getItem(PERSIST_WARNED_KEY) !== null) return false;
        storage.setItem(PERSIST_WARNED_KEY, '1');
      } catch {
        // Storage that cannot keep the flag cannot keep saves either: say it this once.
      }
      return true;
    },
  };
}
