import { pendingTotalFen } from './books';
import { reconciliation, type ReconciliationLine } from './insights';
import { CASH_INDEX, pnlTotal } from './ledger';
import type { SimState } from './state';

/** Where the books hold the figure that a line of the platform's statement is matched against. */
export type BooksSource =
  | 'gmvLessCoupons'
  | 'refunds'
  | 'commission'
  | 'paymentFees'
  | 'fakeOrderCosts'
  | 'cashSettlements'
  | 'receivable';

export interface ReconciliationRow {
  line: ReconciliationLine['line'];
  statementFen: number;
  booksFen: number;
  booksSource: BooksSource;
  /** statement − books; only fake orders make it non-zero, because they are not sales. */
  differenceFen: number;
}

/**
 * The platform's settlement statement beside the shop's own books, line by line. Each statement
 * line is matched with the figure the books keep for it — P&L lines, the cash journal, the
 * receivable — so the player sees that the platform paid for fake orders with the shop's own
 * money and that GMV is not what reached the bank.
 */
export function reconciliationRows(state: SimState): {
  rows: ReconciliationRow[];
  balances: boolean;
} {
  const { statement, balances } = reconciliation(state);
  const ledger = state.ledger;
  const cash = ledger.cashTotals;
  const books: Record<ReconciliationLine['line'], [BooksSource, number]> = {
    ordersPaid: ['gmvLessCoupons', pnlTotal(ledger, 'gmv') + pnlTotal(ledger, 'coupons')],
    // The refund and commission parts of the accrued returns-still-due line belong here too.
    refunds: ['refunds', pnlTotal(ledger, 'refunds') - state.totals.refundsStillDueFen],
    commission: ['commission', pnlTotal(ledger, 'commission') + state.totals.commissionStillDueFen],
    paymentFees: ['paymentFees', pnlTotal(ledger, 'paymentFees')],
    // The platform's cut of fake orders is inside the books' fake-order cost line.
    fakeOrderFees: ['fakeOrderCosts', -state.totals.fakeFeesFen],
    settled: [
      'cashSettlements',
      -(
        (cash[CASH_INDEX.settlements] as number) +
        (cash[CASH_INDEX.refundsAfterSettlement] as number)
      ),
    ],
    stillPending: ['receivable', -pendingTotalFen(state)],
  };
  const rows = statement.map((s) => {
    const [booksSource, booksFen] = books[s.line];
    return {
      line: s.line,
      statementFen: s.amountFen,
      booksFen,
      booksSource,
      differenceFen: s.amountFen - booksFen,
    };
  });
  return { rows, balances };
}
