import type { GameState } from '../../store/gameStore';
import { el } from '../kit/dom';
import { t } from '../../present/i18n';
import { currentLayout, isSheetLayout, isSidewaysLayout, watchLayout } from '../kit/layout';

/**
 * On phones the decisions column becomes a sheet that opens and closes with a "Decisions"
 * button in the time bar. Upright it starts open (a bottom sheet under the street, where a
 * player looks first); on the side it starts closed, so the short screen shows the shop, and
 * opens as a side sheet over the street's right half. On a wide screen the column is always
 * there and the button is not shown (controls.css). The state lives on the screen as
 * data-sheet="open|closed" for the CSS; the books, while open, take the sheet's place.
 */
export function createDecisionsSheet(screen: HTMLElement, controls: HTMLElement) {
  controls.id ||= 'decisions-sheet';
  const button = el('button', {
    type: 'button',
    class: 'btn btn-sheet',
    'aria-controls': controls.id,
    'aria-expanded': 'true',
    text: t('controls.label'),
  });
  /** null until the player chooses: then the orientation decides. */
  let chosen: boolean | null = null;
  let booksOpen = false;

  const decisionsOpen = () => {
    const layout = currentLayout();
    if (!isSheetLayout(layout)) return true;
    return chosen ?? !isSidewaysLayout(layout);
  };
  const render = () => {
    const open = decisionsOpen();
    screen.dataset['sheet'] = open || booksOpen ? 'open' : 'closed';
    button.setAttribute('aria-expanded', String(open && !booksOpen));
  };
  button.addEventListener('click', () => {
    const open = !decisionsOpen() || booksOpen;
    chosen = open;
    render();
    // Opening moves on to the first decision, as a menu would; closing leaves focus here.
    if (open) {
      controls.querySelector<HTMLElement>('input, select, button:not([disabled])')?.focus();
    }
  });
  controls.addEventListener('keydown', (event) => {
    // Escape closes the sheet only where it is one (a phone); the desktop column stays.
    if (event.key !== 'Escape' || event.defaultPrevented || button.offsetParent === null) return;
    chosen = false;
    render();
    button.focus();
  });
  watchLayout(render);
  render();

  return {
    button,
    update(state: GameState) {
      const books = state.ui.openPanel === 'books';
      if (books === booksOpen) return;
      booksOpen = books;
      render();
    },
  };
}
