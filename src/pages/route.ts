import type { Level } from '../sim';
import type { JoinedSession } from './sessionGate';
import type { JoinedRound } from './market/roundGame';

/**
 * What the page's fragment asks for. Result links, the trainer page and the dashboard are pages
 * of their own with no game store, so they can never write the visitor's save; a session link
 * asks for a name and then plays its market. Each is a separate chunk, loaded only when used,
 * so the first screen's JavaScript does not grow.
 */
export type Route =
  | { kind: 'page' }
  | { kind: 'session'; joined: JoinedSession }
  | { kind: 'round'; joined: JoinedRound }
  | { kind: 'game' };

/**
 * The link the address carries, in either form: `?r=`/`?s=` (what chat apps keep; they may drop
 * the fragment and add parameters of their own) or `#r=`/`#s=`. null for no link, and for a link
 * with nothing after its marker, which opens the title screen like a bare address.
 */
export function addressLink(
  search: string,
  hash: string,
): { kind: 'r' | 's'; text: string } | null {
  const params = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  for (const kind of ['r', 's'] as const) {
    const value = params.get(kind) ?? (/^#[rs]=/.test(hash) ? fragment.get(kind) : null);
    if (value === null) continue;
    if (value.trim() === '') return null;
    return { kind, text: `${search}${hash}` };
  }
  return null;
}

export async function openRoute(
  root: HTMLElement,
  levels: readonly Level[],
  hash: string = window.location.hash,
  search: string = window.location.search,
): Promise<Route> {
  // A new fragment means another page: links inside these pages are plain #… anchors.
  window.addEventListener('hashchange', () => window.location.reload());
  const link = addressLink(search, hash);
  if (link?.kind === 'r') {
    const { showScoreCard } = await import('./scoreCard');
    showScoreCard(root, levels, link.text);
    return { kind: 'page' };
  }
  if (hash === '#trainer') {
    const { showTrainerPage } = await import('./classroom/trainerPage');
    showTrainerPage(root, levels);
    return { kind: 'page' };
  }
  if (hash.startsWith('#n=') || new URLSearchParams(search).has('n')) {
    // A class round plays in the game itself, in its own save slot (briefRoute.ts).
    const { openBrief } = await import('./market/briefRoute');
    const joined = openBrief(root, levels, `${search}${hash}`);
    return joined ? { kind: 'round', joined } : { kind: 'page' };
  }
  if (hash.startsWith('#h=') || new URLSearchParams(search).has('h')) {
    // A hand-in opened by a click: it is the trainer's to clear, not a game to play here.
    const { showHandInNote } = await import('./market/briefRoute');
    showHandInNote(root);
    return { kind: 'page' };
  }
  if (hash === '#market' || hash.startsWith('#market&')) {
    const { showMarketPage } = await import('./market/marketPage');
    showMarketPage(root, levels);
    return { kind: 'page' };
  }
  if (hash === '#dashboard') {
    const { showDashboard } = await import('./classroom/dashboardPage');
    showDashboard(root, levels);
    return { kind: 'page' };
  }
  if (link?.kind === 's') {
    const { joinSession } = await import('./sessionGate');
    return { kind: 'session', joined: await joinSession(root, levels, link.text) };
  }
  return { kind: 'game' };
}
