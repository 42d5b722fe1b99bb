import type { Level } from '../sim';
import type { JoinedSession } from './sessionGate';

/**
 * What the page's fragment asks for. Result links, the trainer page and the dashboard are pages
 * of their own with no game store, so they can never write the visitor's save; a session link
 * asks for a name and then plays its market. Each is a separate chunk, loaded only when used,
 * so the first screen's JavaScript does not grow.
 */
export type Route =
  { kind: 'page' } | { kind: 'session'; joined: JoinedSession } | { kind: 'game' };

export async function openRoute(
  root: HTMLElement,
  levels: readonly Level[],
  hash: string = window.location.hash,
): Promise<Route> {
  // A new fragment means another page: links inside these pages are plain #… anchors.
  window.addEventListener('hashchange', () => window.location.reload());
  if (hash.startsWith('#r=')) {
    const { showScoreCard } = await import('./scoreCard');
    showScoreCard(root, levels, hash);
    return { kind: 'page' };
  }
  if (hash === '#trainer') {
    const { showTrainerPage } = await import('./classroom/trainerPage');
    showTrainerPage(root, levels);
    return { kind: 'page' };
  }
  if (hash === '#dashboard') {
    const { showDashboard } = await import('./classroom/dashboardPage');
    showDashboard(root, levels);
    return { kind: 'page' };
  }
  if (hash.startsWith('#s=')) {
    const { joinSession } = await import('./sessionGate');
    return { kind: 'session', joined: await joinSession(root, levels, hash) };
  }
  return { kind: 'game' };
}
