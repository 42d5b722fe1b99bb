import type { GameState, GameStoreApi } from '../../../store/gameStore';
import { el } from '../../kit/dom';
import { formatFen, formatSignedFen } from '../../../present/format';
import { t, tKey } from '../../../present/i18n';
import { booksView } from '../../../present/views/books';
import { financeView } from '../../../present/views/manage';
import { reconciliationView } from '../../../present/views/reconcile';
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
  const rv = reconciliationView(state);
  const statement = table(
    t('finance.reconcile'),
    [t('finance.recon.line'), t('finance.statement'), t('finance.books'), t('finance.recon.where')],
    (rv?.rows ?? []).map((row) => [
      tKey(`finance.recon.${row.line}`),
      formatSignedFen(row.statementFen),
      formatSignedFen(row.booksFen),
      tKey(`finance.source.${row.booksSource}`),
    ]),
    'statement',
  );
  return [
    el('div', { class: 'finance-grid' }, [position, pnl]),
    el('div', { class: 'table-scroll' }, [statement]),
    ...(rv && rv.fakeFloatFen !== 0
      ? [
          el('p', {
            class: 'hint',
            text: t('finance.fakeFloat', { amount: formatFen(rv.fakeFloatFen) }),
          }),
        ]
      : []),
    el('p', {
      class: rv?.balances ? 'recon-ok' : 'recon-bad',
      role: 'status',
      text: rv?.balances ? t('finance.balances') : t('finance.unbalanced'),
    }),
    el('p', { class: 'hint', text: t('finance.booksNote', { days: bv.settlementDays }) }),
  ];
}

export function createFinanceDialog(store: GameStoreApi) {
  return createDataDialog(store, 'finance', 'finance.dialog', 'finance.close', render);
}
