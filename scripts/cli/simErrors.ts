import {
  effectiveMoq,
  type Level,
  type PlanStep,
  type SimError,
  type SimState,
} from '../../src/sim/index';
import { formatYuan } from './money';

/**
 * What each sim error code means to a plan author. A Record, so a new code added to SIM_ERRORS
 * fails the type check here until it is explained.
 */
export const SIM_ERROR_TEXT: Record<SimError, string> = {
  stage_over: 'the stage had already ended',
  event_pending: 'an event was waiting for an answer',
  no_event: 'there was no open event to answer',
  choice_not_offered: 'the open event does not offer that choice',
  action_not_enabled: 'this stage does not allow that action',
  unknown_action: 'the sim does not know that action',
  bad_field: 'a field has the wrong type',
  value_out_of_range: 'a value is outside its allowed range at this point',
  unknown_listing: 'the stage has no listing with that id',
  unknown_supplier: 'the stage has no supplier with that id',
  unknown_competitor: 'the stage has no competitor with that id',
  unknown_material: 'the stage has no material with that id',
  unknown_style: 'the stage has no style with that id',
  below_moq: "the quantity is below the supplier's minimum order quantity",
  insufficient_cash: 'the shop does not have enough cash',
  insufficient_stock: 'the listing does not have that many units on hand',
  listing_already_selling: 'the design can only change before the listing has stock or sales',
  listing_taken_down: 'the listing is taken down by the platform',
  plan_running: 'a rank plan is already running on that listing',
  no_plan: 'no rank plan is running on that listing',
  over_credit_limit: 'the loan would exceed the credit limit',
  nothing_to_repay: 'there is no debt to repay',
  unsafe_amount: 'an amount would be too large to book exactly',
};

/** The state's numbers that make an error concrete, e.g. the MOQ that was missed; may be empty. */
function detail(level: Level, state: SimState, step: PlanStep, error: SimError): string {
  const { action } = step;
  const listing =
    'listingId' in action ? state.listings.find((l) => l.id === action.listingId) : undefined;
  switch (error) {
    case 'below_moq': {
      if (action.type !== 'orderStock') return '';
      const supplier = level.suppliers.find((s) => s.id === action.supplierId);
      return supplier === undefined
        ? ''
        : `${effectiveMoq(state, supplier)} units, asked ${action.qty}`;
    }
    case 'insufficient_cash':
      return `cash on hand ${formatYuan(state.cashFen)}`;
    case 'insufficient_stock':
      return listing === undefined ? '' : `${listing.onHand} on hand`;
    case 'over_credit_limit':
      return `owed ${formatYuan(state.debtFen)} of a ${formatYuan(state.creditLimitFen)} limit`;
    case 'value_out_of_range':
      return action.type === 'repayCredit' ? `owed ${formatYuan(state.debtFen)}` : '';
    case 'choice_not_offered':
      return state.pendingEvent === null
        ? ''
        : `${state.pendingEvent.kind} offers ${state.pendingEvent.choices.join(', ')}`;
    case 'event_pending':
      return state.pendingEvent === null ? '' : `${state.pendingEvent.kind}`;
    default:
      return '';
  }
}

/** `CODE — explanation (detail)`: the tail of the one-line message for a failed plan step. */
export function explainSimError(
  level: Level,
  state: SimState,
  step: PlanStep,
  error: SimError,
): string {
  const extra = detail(level, state, step, error);
  return `${error} — ${SIM_ERROR_TEXT[error]}${extra === '' ? '' : ` (${extra})`}`;
}
