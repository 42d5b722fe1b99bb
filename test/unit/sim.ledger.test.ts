import { describe, expect, it } from 'vitest';
import {
  CASH_CATEGORIES,
  CASH_INDEX,
  emptyLedger,
  journalEntries,
  ledgerForHash,
  PNL_INDEX,
  postCash,
  postPnl,
  sumJournal,
} from '../../src/sim';

describe('ledger journals', () => {
  it('entries of one day and category merge into one row', () => {
    const ledger = emptyLedger(5);
    postCash(ledger, 2, CASH_INDEX.ads, -300);
    postCash(ledger, 2, CASH_INDEX.ads, -200);
    postCash(ledger, 3, CASH_INDEX.ads, -100);
    expect(journalEntries(ledger, 'cash')).toEqual([
      { day: 2, category: CASH_INDEX.ads, amountFen: -500 },
      { day: 3, category: CASH_INDEX.ads, amountFen: -100 },
    ]);
    expect(ledger.cashTotals[CASH_INDEX.ads]).toBe(-600);
  });

  it('a journal that outgrows the room reserved for its stage grows and keeps every entry', () => {
    // Room for one day: three days of every category need three times as much.
    const ledger = emptyLedger(1);
    const reserved = ledger.cash.days.length;
    let expectedSum = 0;
    for (let day = 1; day <= 3; day++) {
      CASH_CATEGORIES.forEach((_, category) => {
        const amountFen = day * 1_000 + category;
        postCash(ledger, day, category, amountFen);
        expectedSum += amountFen;
      });
    }
    expect(ledger.cash.days.length).toBeGreaterThan(reserved);
    expect(ledger.cash.length).toBe(3 * CASH_CATEGORIES.length);
    expect(sumJournal(ledger.cash)).toBe(expectedSum);
    const entries = journalEntries(ledger, 'cash');
    expect(entries[0]).toEqual({ day: 1, category: 0, amountFen: 1_000 });
    expect(entries.at(-1)).toEqual({
      day: 3,
      category: CASH_CATEGORIES.length - 1,
      amountFen: 3_000 + CASH_CATEGORIES.length - 1,
    });
  });

  it('amounts beyond 32 bits stay exact', () => {
    const ledger = emptyLedger(2);
    const big = 2 ** 40 + 7;
    postPnl(ledger, 1, PNL_INDEX.gmv, big);
    postPnl(ledger, 1, PNL_INDEX.gmv, 1);
    expect(journalEntries(ledger, 'pnl')).toEqual([
      { day: 1, category: PNL_INDEX.gmv, amountFen: big + 1 },
    ]);
  });

  it('the run code reads the journals as rows, whatever room the columns hold', () => {
    const small = emptyLedger(1);
    const large = emptyLedger(60);
    for (const ledger of [small, large]) {
      postCash(ledger, 1, CASH_INDEX.settlements, 9_900);
      postPnl(ledger, 1, PNL_INDEX.gmv, 9_900);
    }
    expect(ledgerForHash(small)).toEqual(ledgerForHash(large));
    expect(ledgerForHash(small)['cashEntries']).toEqual([
      { day: 1, category: CASH_INDEX.settlements, amountFen: 9_900 },
    ]);
  });
});
