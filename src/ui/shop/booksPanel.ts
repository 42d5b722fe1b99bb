import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { t, tKey, type MessageKey } from '../../present/i18n';
import { booksView, type BooksView } from '../../present/views/books';
import { BOOKS_LINE_TERMS, glossaryTipsFor } from '../kit/glossary';

function row(label: string, value: string, className = ''): HTMLTableRowElement {
  return el('tr', { class: className }, [
    el('th', { scope: 'row', text: label }),
    el('td', { class: 'num', text: value }),
  ]);
}

function signClass(fen: number): string {
  return fen > 0 ? 'gain' : fen < 0 ? 'loss' : 'zero';
}

/** The P&L so far in waterfall order, then cash, cash to come and what the stock is worth. */
function renderBooks(view: BooksView): HTMLElement[] {
  const pnl = el('tbody');
  for (const line of view.lines) {
    if (line.line !== 'gmv' && line.amountFen === 0) continue;
    const tr = row(
      tKey(`waterfall.${line.line}`),
      formatSignedFen(line.amountFen),
      signClass(line.amountFen),
    );
    // The line's marketplace terms (GMV, 直通车, 职业打假人…) explained where they are booked.
    tr.querySelector('th')?.append(...glossaryTipsFor(BOOKS_LINE_TERMS, line.line));
    pnl.append(tr);
  }
  pnl.append(
    row(
      t('books.net'),
      formatSignedFen(view.netProfitFen),
      `total ${signClass(view.netProfitFen)}`,
    ),
  );
  const cash = el('tbody');
  cash.append(row(t('books.cash'), formatFen(view.cashFen)));
  const receivable = row(t('books.receivable'), formatFen(view.receivableFen), 'to-come');
  receivable.querySelector('th')?.append(
    el('span', {
      class: 'hint',
      text: t('books.receivableHint', { days: view.settlementDays }),
    }),
  );
  cash.append(receivable);
  cash.append(row(t('books.stock'), formatFen(view.stockFen)));
  const optional: [MessageKey, number, boolean][] = [
    ['books.prepaid', view.prepaidFen, false],
    ['books.deposit', view.depositFen, false],
    ['books.payables', view.payablesFen, true],
    ['books.debt', view.debtFen, true],
  ];
  for (const [key, amount, owed] of optional) {
    if (amount !== 0) cash.append(row(t(key), formatFen(owed ? -amount : amount)));
  }
  cash.append(row(t('books.equity'), formatFen(view.equityFen), 'total'));
  return [
    el('table', { class: 'books-table' }, [
      el('caption', { text: t('books.pnl', { day: view.day }) }),
      pnl,
    ]),
    el('table', { class: 'books-table' }, [el('caption', { text: t('books.cashHeading') }), cash]),
    el('p', { class: 'hint', text: t('books.note') }),
  ];
}

export function createBooksPanel(onClose: () => void, returnFocus: () => void) {
  const heading = el('h2', { text: t('books.heading'), tabindex: '-1' });
  const close = el('button', {
    type: 'button',
    class: 'btn btn-ghost',
    'aria-label': t('books.close'),
    text: '×',
  });
  close.addEventListener('click', onClose);
  const body = el('div', { class: 'books-body' });
  const root = el(
    'section',
    { class: 'books panel', 'aria-labelledby': 'books-heading', hidden: true },
    [el('div', { class: 'books-head' }, [heading, close]), body],
  );
  heading.id = 'books-heading';
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  });
  let lastRun: unknown = null;
  let wasOpen = false;

  function update(state: GameState): void {
    const open = state.ui.openPanel === 'books' && state.ui.screen === 'shop';
    // Closing from inside the panel hands focus back to the button that opens it.
    const hadFocus = !open && wasOpen && root.contains(document.activeElement);
    root.hidden = !open;
    if (hadFocus) returnFocus();
    if (open && !wasOpen) {
      lastRun = null;
      queueMicrotask(() => heading.focus());
    }
    wasOpen = open;
    if (!open || state.run === lastRun) return;
    lastRun = state.run;
    const view = booksView(state);
    if (!view) return;
    body.replaceChildren(...renderBooks(view));
    setText(heading, t('books.heading'));
  }

  return { root, update };
}
