import { describe, expect, it } from 'vitest';
import { CASH_INDEX, balanceSheet, pnlTotal, reconciliationRows, runStage } from '../../src/sim';
import { loadLevel } from './levels';

function runTraffic(fakesPerDay: number) {
  const level = loadLevel('traffic');
  const listingId = level.listings[0]?.id ?? '';
  const run = runStage(level, 4, [
    {
      day: 1,
      action: { type: 'setFakeOrders', listingId, searchPerDay: fakesPerDay, adPerDay: 0 },
    },
  ]);
  if (!run.ok) throw new Error(run.error);
  return run.state;
}

describe('reconciliation rows', () => {
  it('match every statement line with the same amount in the books when there are no fake orders', () => {
    const { rows, balances } = reconciliationRows(runTraffic(0));
    expect(balances).toBe(true);
    expect(rows.map((r) => r.line)).toEqual([
      'ordersPaid',
      'refunds',
      'commission',
      'paymentFees',
      'fakeOrderFees',
      'settled',
      'stillPending',
    ]);
    for (const row of rows) expect(row.differenceFen).toBe(0);
  });

  it('show fake orders as the only difference: paid through the platform, not sales in the books', () => {
    const state = runTraffic(3);
    const { rows, balances } = reconciliationRows(state);
    expect(balances).toBe(true);
    const paid = rows.find((r) => r.line === 'ordersPaid');
    const floatOut = -(state.ledger.cashTotals[CASH_INDEX.fakeOrderFloat] as number);
    expect(floatOut).toBeGreaterThan(0);
    expect(paid?.differenceFen).toBe(floatOut);
    expect(paid?.booksFen).toBe(pnlTotal(state.ledger, 'gmv') + pnlTotal(state.ledger, 'coupons'));
    for (const row of rows.filter((r) => r.line !== 'ordersPaid'))
      expect(row.differenceFen).toBe(0);
  });

  it('match what the platform still holds with the receivable on the balance sheet', () => {
    const state = runTraffic(0);
    const pending = reconciliationRows(state).rows.find((r) => r.line === 'stillPending');
    expect(pending?.booksSource).toBe('receivable');
    expect(pending?.booksFen).toBe(-balanceSheet(state).receivableFen);
  });
});
