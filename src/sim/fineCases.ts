/**
 * The "fines and claims" line broken down by case, read back from the log rather than recorded by
 * the rules: a replay notes how the line moved around each action. An event answer's movement
 * belongs to that event's kind and choice, whatever the kind, so event kinds added later are
 * covered without a change here; the day's own postings are told apart by their source. Nothing
 * here is in the state, so the run code and every golden stay as they are.
 */
import type { Action, EventChoice } from './actions';
import type { SimError } from './apply';
import { applyActionInPlace } from './apply';
import { createState } from './init';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { EventKind, Level } from './level';
import type { SimState } from './state';

/**
 * Where a case's money went:
 * - event: the answer to an event (a claim settled, legal costs, a redesign…);
 * - lateParcels: compensation for parcels shipped late, booked by the day itself;
 * - depositForfeit: the platform deposit kept when 48 points closed the shop;
 * - pendingForfeit: settlements still pending that a closed shop's platform keeps;
 * - other: anything else that moved the line (a decision's own booking), by action type.
 */
export type FineCase =
  | { source: 'event'; eventKind: EventKind; choice: EventChoice; count: number; amountFen: number }
  | { source: 'lateParcels'; count: number; amountFen: number }
  | { source: 'depositForfeit'; count: number; amountFen: number }
  | { source: 'pendingForfeit'; count: number; amountFen: number }
  | { source: 'other'; actionType: Action['type']; count: number; amountFen: number };

export type FineCasesResult =
  { ok: true; cases: FineCase[]; totalFen: number } | { ok: false; error: SimError; index: number };

const FINES_PNL = PNL_INDEX.finesAndClaims;
const FINES_CASH = CASH_INDEX.finesAndClaims;

function caseKey(c: FineCase): string {
  switch (c.source) {
    case 'event':
      return `event:${c.eventKind}:${c.choice}`;
    case 'other':
      return `other:${c.actionType}`;
    default:
      return c.source;
  }
}

/** Adds a movement to the case with the same key, or opens the case; zero moves nothing. */
function add(cases: Map<string, FineCase>, fresh: FineCase): void {
  if (fresh.amountFen === 0) return;
  const key = caseKey(fresh);
  const kept = cases.get(key);
  if (!kept) {
    cases.set(key, fresh);
    return;
  }
  kept.amountFen += fresh.amountFen;
  kept.count += 1;
}

function totals(state: SimState): { pnl: number; cash: number } {
  return {
    pnl: state.ledger.pnlTotals[FINES_PNL] as number,
    cash: state.ledger.cashTotals[FINES_CASH] as number,
  };
}

/**
 * The deposit a closure forfeits is booked without cash (the platform simply keeps it), and only
 * on the move that closed the shop; the deposit held before that move is its amount.
 */
function forfeitedDepositFen(before: SimState['outcome'], depositFen: number, after: SimState) {
  return before !== 'closed' && after.outcome === 'closed' && after.depositFen === 0
    ? -depositFen
    : 0;
}

/**
 * Replays `log` and splits the fines-and-claims line into cases, largest cost first. The cases
 * sum exactly to the line (negative: money out). Costs only by their own sign: a case that
 * brought money back would show as positive.
 */
export function fineCases(level: Level, seed: number, log: readonly Action[]): FineCasesResult {
  const state = createState(level, seed);
  const cases = new Map<string, FineCase>();
  for (let i = 0; i < log.length; i++) {
    const action = log[i] as Action;
    const event = action.type === 'respondEvent' ? state.pendingEvent : null;
    const before = totals(state);
    const outcome = state.outcome;
    const depositFen = state.depositFen;
    const error = applyActionInPlace(level, state, action);
    if (error !== null) return { ok: false, error, index: i };
    const after = totals(state);
    const pnlFen = after.pnl - before.pnl;
    if (pnlFen === 0) continue;
    const depositPartFen = forfeitedDepositFen(outcome, depositFen, state);
    add(cases, { source: 'depositForfeit', count: 1, amountFen: depositPartFen });
    const restFen = pnlFen - depositPartFen;
    if (action.type === 'advanceDay') {
      // A day pays late-parcel compensation in cash; what it books without cash beyond the
      // deposit is the pending money a closed shop loses.
      const paidFen = after.cash - before.cash;
      add(cases, { source: 'lateParcels', count: 1, amountFen: paidFen });
      add(cases, { source: 'pendingForfeit', count: 1, amountFen: restFen - paidFen });
    } else if (event !== null && action.type === 'respondEvent') {
      add(cases, {
        source: 'event',
        eventKind: event.kind,
        choice: action.choice,
        count: 1,
        amountFen: restFen,
      });
    } else {
      add(cases, { source: 'other', actionType: action.type, count: 1, amountFen: restFen });
    }
  }
  const list = [...cases.values()].sort((a, b) => a.amountFen - b.amountFen);
  return { ok: true, cases: list, totalFen: totals(state).pnl };
}
