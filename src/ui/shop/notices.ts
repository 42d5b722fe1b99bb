import type { Notice } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { el } from '../kit/dom';
import { formatCount, formatFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';

const SHOW_MS = 6_000;
const MAX_SHOWN = 3;
/** Routine notices the street already shows; the rest deserve a line of text. */
const QUIET: readonly Notice['kind'][] = ['eventResolved', 'arrival'];

/** Today's notices from the sim as short lines that fade; read out politely by screen readers. */
export function createNotices() {
  const list = el('ul', {
    class: 'notices',
    'aria-live': 'polite',
    'aria-label': t('notices.label'),
  });
  let lastToday: unknown = null;

  function update(state: GameState): void {
    const today = state.ui.screen === 'shop' ? (state.run?.sim.today ?? null) : null;
    if (today === lastToday) return;
    lastToday = today;
    if (!today) {
      list.replaceChildren();
      return;
    }
    for (const notice of today.notices) {
      if (QUIET.includes(notice.kind)) continue;
      const item = el('li', {
        class: `notice notice-${notice.kind}`,
        text: tKey(`notice.${notice.kind}`, {
          qty: formatCount(notice.qty),
          amount: formatFen(notice.amountFen),
        }),
      });
      list.prepend(item);
      setTimeout(() => item.remove(), SHOW_MS);
    }
    while (list.childElementCount > MAX_SHOWN) list.lastElementChild?.remove();
  }

  return { root: list, update };
}
