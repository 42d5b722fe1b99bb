import type { GameState } from '../../store/gameStore';
import { el } from '../kit/dom';
import { local, t } from '../../present/i18n';

/**
 * One pressed-button per listing when the shop has several; hidden with one. The choice is
 * UI-only: it picks which listing the per-listing decisions apply to.
 */
export function createListingSwitcher(onChange: () => void) {
  const buttons = el('div', { class: 'listing-buttons' });
  const root = el(
    'div',
    { class: 'listing-switch', role: 'group', 'aria-label': t('listing.switch'), hidden: true },
    [el('span', { class: 'listing-switch-label', text: t('listing.switch') }), buttons],
  );
  let index = 0;
  let key = '';

  /** Redraws when the listings change; returns the chosen listing's index. */
  function update(state: GameState): number {
    const listings = state.run?.sim.listings ?? [];
    if (index >= listings.length) index = 0;
    const names = listings.map((l) => local(l.name));
    const nextKey = `${state.run?.stage ?? ''}|${names.join('|')}`;
    if (nextKey !== key) {
      key = nextKey;
      if (!state.run || state.run.sim.day === 0) index = 0;
      buttons.replaceChildren(
        ...names.map((name, i) => {
          const b = el('button', { type: 'button', class: 'btn btn-listing', text: name });
          b.addEventListener('click', () => {
            index = i;
            for (const [j, other] of [...buttons.children].entries()) {
              other.setAttribute('aria-pressed', String(j === index));
            }
            onChange();
          });
          return b;
        }),
      );
    }
    root.hidden = listings.length < 2;
    for (const [j, other] of [...buttons.children].entries()) {
      other.setAttribute('aria-pressed', String(j === index));
    }
    return index;
  }

  return { root, update };
}
