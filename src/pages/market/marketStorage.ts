import { parseDesk, type MarketDesk } from '../../classroom/marketDesk';

/**
 * The trainer page's own local storage: the class link, the hand-ins with the time each was
 * collected, the deadlines and the late choice, so a reload keeps the class and its late marks.
 * Standings are cleared again from the links, never trusted from storage. Any storage failure
 * (blocked, full, corrupt) reads as an empty desk and the page says "not saved".
 */
export const MARKET_DESK_KEY = 'four-stages.market-desk.v1';

export function loadDesk(): { desk: MarketDesk | null; ok: boolean } {
  try {
    const text = window.localStorage.getItem(MARKET_DESK_KEY);
    if (text === null) return { desk: null, ok: true };
    const desk = parseDesk(JSON.parse(text));
    return { desk, ok: desk !== null };
  } catch {
    return { desk: null, ok: false };
  }
}

export function saveDesk(desk: MarketDesk): boolean {
  try {
    window.localStorage.setItem(MARKET_DESK_KEY, JSON.stringify({ version: 1, ...desk }));
    return true;
  } catch {
    return false;
  }
}
