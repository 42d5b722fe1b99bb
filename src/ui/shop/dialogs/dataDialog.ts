import './dialogs.css';
import type { GameState, GameStoreApi, UiState } from '../../../store/gameStore';
import { el } from '../../kit/dom';
import { t, type MessageKey } from '../../../present/i18n';
import { createModal } from '../../kit/modal';

/**
 * A large dialog for a data screen (suppliers, market data, finance) opened from the decisions
 * column. The store's openPanel says which is open; Escape and the close button close it.
 */
export function createDataDialog(
  store: GameStoreApi,
  panel: UiState['openPanel'],
  headingKey: MessageKey,
  closeKey: MessageKey,
  render: (state: GameState) => HTMLElement[],
) {
  const heading = el('h2', { text: t(headingKey) });
  const closeModal = () => store.getState().openPanel('none');
  const modal = createModal({
    className: `data-dialog data-${panel}`,
    heading,
    onEscape: closeModal,
  });
  const close = el('button', {
    type: 'button',
    class: 'btn btn-ghost',
    'aria-label': t(closeKey),
    text: '×',
  });
  close.addEventListener('click', closeModal);
  const body = el('div', { class: 'data-body' });
  modal.panel.append(el('div', { class: 'data-head' }, [heading, close]), body);
  let lastRun: unknown = null;

  function update(state: GameState): void {
    const open =
      state.ui.openPanel === panel &&
      state.ui.screen === 'shop' &&
      state.run?.sim.pendingEvent == null;
    if (!open) {
      lastRun = null;
      modal.close();
      return;
    }
    if (state.run !== lastRun) {
      lastRun = state.run;
      body.replaceChildren(...render(state));
    }
    modal.open(close);
  }

  return { root: modal.root, update };
}

export function table(
  caption: string,
  head: string[],
  rows: (string | HTMLElement)[][],
  className = '',
): HTMLTableElement {
  return el('table', { class: `data-table ${className}` }, [
    el('caption', { text: caption }),
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { scope: 'col', text: h })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((cells) =>
        el(
          'tr',
          {},
          cells.map((c, i) =>
            i === 0
              ? el('th', { scope: 'row' }, [c])
              : el('td', { class: typeof c === 'string' && /^[−\-+¥\d]/.test(c) ? 'num' : '' }, [
                  c,
                ]),
          ),
        ),
      ),
    ),
  ]);
}
