/**
 * The dashboard's own local storage: the hand-in texts, so a reload keeps the class. Results are
 * re-verified from the links on load, never trusted from storage. Any storage failure (blocked,
 * full, corrupt) returns false / an empty list and the page says "not saved".
 */
export const DASHBOARD_KEY = 'four-stages.dashboard.v1';

interface Stored {
  version: 1;
  links: string[];
}

export function loadHandIns(): { links: string[]; ok: boolean } {
  try {
    const text = window.localStorage.getItem(DASHBOARD_KEY);
    if (text === null) return { links: [], ok: true };
    const value = JSON.parse(text) as Partial<Stored> | null;
    if (value?.version !== 1 || !Array.isArray(value.links)) return { links: [], ok: false };
    return { links: value.links.filter((l): l is string => typeof l === 'string'), ok: true };
  } catch {
    return { links: [], ok: false };
  }
}

export function saveHandIns(links: readonly string[]): boolean {
  try {
    const value: Stored = { version: 1, links: [...links] };
    window.localStorage.setItem(DASHBOARD_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
