import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim';
import { applyAction, netProfitFen, pnlTotal, stateHash } from '../../src/sim';
import { fresh, onlyEvent, passDays, play, tweakLevel } from './levels';

function comprehensive(change: (l: Level) => void = () => {}): Level {
  return tweakLevel('comprehensive', (l) => {
    l.events = [];
    change(l);
  });
}

describe('staff', () => {
  it('wages accrue every day with social insurance on top', () => {
    const level = comprehensive();
    const state = passDays(level, fresh(level), 30);
    const monthly = 3 * 420_000 + 800_000 + 700_000 + 500_000;
    const expected = Math.floor((monthly * 12 * 13_000 * 30) / (365 * 10_000));
    expect(-pnlTotal(state.ledger, 'staff')).toBeGreaterThanOrEqual(expected - 1);
    expect(-pnlTotal(state.ledger, 'staff')).toBeLessThanOrEqual(expected + 1);
  });

  it('more staff than the work needs only raises costs', () => {
    const level = comprehensive();
    const lean = passDays(
      level,
      play(level, fresh(level), [{ type: 'setStaff', role: 'warehouse', headcount: 2 }]),
      20,
    );
    const fat = passDays(
      level,
      play(level, fresh(level), [{ type: 'setStaff', role: 'warehouse', headcount: 8 }]),
      20,
    );
    expect(fat.totals.orders).toBe(lean.totals.orders);
    expect(netProfitFen(fat.ledger)).toBeLessThan(netProfitFen(lean.ledger));
  });

  it('too few customer-service agents lower conversion', () => {
    const level = comprehensive();
    const staffed = passDays(level, fresh(level), 10);
    const short = passDays(
      level,
      play(level, fresh(level), [{ type: 'setStaff', role: 'customerService', headcount: 0 }]),
      10,
    );
    expect(short.totals.orders).toBeLessThan(staffed.totals.orders);
  });

  it('too few warehouse hands make parcels late and the platform charges compensation', () => {
    const level = comprehensive();
    const state = passDays(
      level,
      play(level, fresh(level), [{ type: 'setStaff', role: 'warehouse', headcount: 0 }]),
      5,
    );
    expect(pnlTotal(state.ledger, 'finesAndClaims')).toBeLessThan(0);
  });

  it('hiring costs a recruiting fee and firing a severance', () => {
    const level = comprehensive();
    const hired = play(level, fresh(level), [{ type: 'setStaff', role: 'designer', headcount: 2 }]);
    expect(pnlTotal(hired.ledger, 'staff')).toBe(-level.roles.designer.hireCostFen);
    const fired = play(level, fresh(level), [{ type: 'setStaff', role: 'designer', headcount: 0 }]);
    expect(pnlTotal(fired.ledger, 'staff')).toBe(-level.roles.designer.monthlyWageFen / 2);
  });
});

describe('cash and credit', () => {
  it('negative cash draws on the credit line, which charges interest', () => {
    const level = comprehensive((l) => (l.startCashFen = 1_000_000));
    const state = passDays(level, fresh(level), 20);
    expect(state.debtFen).toBeGreaterThan(0);
    expect(pnlTotal(state.ledger, 'interest')).toBeLessThan(0);
    expect(state.outcome).toBe('running');
  });

  it('a shop that runs out of cash without credit is bankrupt and the stage ends', () => {
    const level = comprehensive((l) => {
      l.startCashFen = 1_000_000;
      l.credit.limitFen = 0;
    });
    const state = passDays(level, fresh(level), 20);
    expect(state.outcome).toBe('bankrupt');
    const after = applyAction(level, state, { type: 'advanceDay' });
    expect(after).toEqual({ ok: false, error: 'stage_over' });
  });

  it('borrowing beyond the credit limit is refused', () => {
    const level = comprehensive();
    expect(
      applyAction(level, fresh(level), {
        type: 'drawCredit',
        amountFen: level.credit.limitFen + 1,
      }),
    ).toEqual({ ok: false, error: 'over_credit_limit' });
  });

  it('drawn credit can be repaid from cash', () => {
    const level = comprehensive();
    const state = play(level, fresh(level), [
      { type: 'drawCredit', amountFen: 1_000_000 },
      { type: 'repayCredit', amountFen: 400_000 },
    ]);
    expect(state.debtFen).toBe(600_000);
  });
});

describe('promotions and events', () => {
  it('festival days triple search traffic for a shop in the campaign', () => {
    const level = comprehensive((l) => {
      l.calendar = [{ kind: 'festival', fromDay: 3, toDay: 3 }];
    });
    let state = fresh(level);
    state.campaignJoined = true;
    state = passDays(level, state, 3);
    const organic = state.series.visitsOrganic;
    expect(organic[2]).toBeGreaterThan((organic[1] as number) * 2);
  });

  it('a joined campaign imposes its discount on festival days', () => {
    const level = comprehensive((l) => {
      l.calendar = [{ kind: 'festival', fromDay: 2, toDay: 2 }];
    });
    let state = fresh(level);
    state.campaignJoined = true;
    state.campaignDiscountBp = 2000;
    state = passDays(level, state, 1);
    expect(pnlTotal(state.ledger, 'coupons')).toBe(0);
    state = passDays(level, state, 1);
    expect(pnlTotal(state.ledger, 'coupons')).toBeLessThan(0);
  });

  it('an open event blocks the next day until it is answered', () => {
    const level = comprehensive((l) => {
      onlyEvent(l, 'supplierNegotiation');
    });
    const state = passDays(level, fresh(level), 0);
    const opened = play(level, state, [{ type: 'advanceDay' }]);
    expect(opened.pendingEvent?.kind).toBe('supplierNegotiation');
    expect(applyAction(level, opened, { type: 'advanceDay' })).toEqual({
      ok: false,
      error: 'event_pending',
    });
    expect(applyAction(level, opened, { type: 'respondEvent', choice: 'join' })).toEqual({
      ok: false,
      error: 'choice_not_offered',
    });
    const answered = play(level, opened, [{ type: 'respondEvent', choice: 'volumePrice' }]);
    expect(answered.pendingEvent).toBeNull();
    expect(Object.values(answered.supplierCostBp)).toContain(9_200);
  });

  it('a staff resignation accepted leaves one person fewer', () => {
    const level = comprehensive((l) => {
      onlyEvent(l, 'staffResignation');
    });
    const opened = play(level, fresh(level), [{ type: 'advanceDay' }]);
    const role = opened.pendingEvent!.role as 'customerService';
    const before = opened.staff[role];
    const answered = play(level, opened, [{ type: 'respondEvent', choice: 'accept' }]);
    expect(answered.staff[role]).toBe(before - 1);
  });
});

describe('actions and determinism', () => {
  it('an illegal action returns an error code and changes nothing', () => {
    const level = comprehensive();
    const state = passDays(level, fresh(level), 3);
    const before = stateHash(state);
    const result = applyAction(level, state, {
      type: 'setAds',
      listingId: 'nope',
      dailyBudgetFen: 100,
      bidFen: 100,
    });
    expect(result).toEqual({ ok: false, error: 'unknown_listing' });
    expect(stateHash(state)).toBe(before);
  });

  it('an action the stage does not enable is refused', () => {
    const level = tweakLevel('traffic', () => {});
    expect(
      applyAction(level, fresh(level), { type: 'setStaff', role: 'designer', headcount: 1 }),
    ).toEqual({ ok: false, error: 'action_not_enabled' });
  });

  it('a value outside the declared range is refused', () => {
    const level = tweakLevel('traffic', () => {});
    expect(
      applyAction(level, fresh(level), {
        type: 'setDiscount',
        listingId: 'tee',
        discountBp: 9_000,
      }),
    ).toEqual({ ok: false, error: 'value_out_of_range' });
  });

  it('the same seed and actions give the same state hash; another seed gives another', () => {
    const level = tweakLevel('traffic', () => {});
    const a = passDays(level, fresh(level, 7), 20);
    const b = passDays(level, fresh(level, 7), 20);
    const c = passDays(level, fresh(level, 8), 20);
    expect(stateHash(a)).toBe(stateHash(b));
    expect(stateHash(a)).not.toBe(stateHash(c));
  });
});
