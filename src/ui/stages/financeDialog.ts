import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el } from '../dom';
import { formatFen, formatSignedFen } from '../format';
import { t, tKey } from '../i18n';
import { booksView } from '../views/books';
import { financeView } from '../views/manage';
import { createDataDialog, table } from './dataDialog';

/**
 * Where the money is, the P&L, and the platform's settlement statement beside the books, line by
 * line: the statement's sum is zero when every fen is accounted for.
 */
function render(state: GameState): HTMLElement[] {
  const fv = financeView(state);
  const bv = booksView(state);
  if (!fv || !bv) return [];
  const position = table(
    t('finance.position'),
    ['', ''],
    [
      [t('books.cash'), formatFen(fv.cashFen)],
      [t('books.receivable'), formatFen(fv.receivableFen)],
      [t('finance.stock'), formatFen(fv.stockFen)],
      [t('finance.prepaid'), formatFen(fv.prepaidFen)],
      [t('books.payables'), formatSignedFen(-fv.payablesFen)],
      [t('books.debt'), formatSignedFen(-fv.debtFen)],
    ],
    'compact',
  );
  const pnl = table(
    t('finance.pnl'),
    ['', ''],
    [
      ...bv.lines
        .filter((l) => l.line === 'gmv' || l.amountFen !== 0)
        .map((l) => [tKey(`waterfall.${l.line}`), formatSignedFen(l.amountFen)]),
      [t('books.net'), formatSignedFen(bv.netProfitFen)],
    ],
    'compact',
  );
  const statement = table(
    t('finance.statement'),
    ['', ''],
    fv.statement.map((l) => [tKey(`finance.recon.${l.line}`), formatSignedFen(l.amountFen)]),
    'compact statement',
  );
  const books = table(
    t('finance.books'),
    ['', ''],
    fv.books.map((l) => [tKey(`waterfall.${l.line}`), formatSignedFen(l.amountFen)]),
    'compact',
  );
  return [
    el('div', { class: 'finance-grid' }, [position, pnl]),
    el('div', { class: 'finance-grid' }, [statement, books]),
    el('p', {
      class: fv.balances ? 'recon-ok' : 'recon-bad',
      role: 'status',
      text: fv.balances ? t('finance.balances') : t('finance.unbalanced'),
    }),
    el('p', { class: 'hint', text: t('finance.booksNote', { days: bv.settlementDays }) }),
  ];
}

export function createFinanceDialog(store: GameStoreApi) {
  return createDataDialog(store, 'finance', 'finance.dialog', 'finance.close', render);
}
