import type { Action } from './actions';
import { ACTION_SPECS } from './actions';
import { moveCash, payExpense } from './books';
import { resolveEvent } from './events';
import { checkClosure } from './fakes';
import type { Level } from './level';
import { CASH_INDEX, PNL_INDEX, UnsafeAmountError } from './ledger';
import { BP, mulBp } from './math';
import type { ListingState, SimState } from './state';
import { simulateDay } from './step';
import { clearUnits, effectiveMoq, placeOrder, quotePurchase } from './supply';
import { FIRING_SEVERANCE_MONTH_BP } from './tables';

export const SIM_ERRORS = [
  'stage_over',
  'event_pending',
  'no_event',
  'choice_not_offered',
  'action_not_enabled',
  'unknown_action',
  'bad_field',
  'value_out_of_range',
  'unknown_listing',
  'unknown_supplier',
  'unknown_competitor',
  'unknown_material',
  'unknown_style',
  'below_moq',
  'insufficient_cash',
  'insufficient_stock',
  'listing_already_selling',
  'listing_taken_down',
  'plan_running',
  'no_plan',
  'over_credit_limit',
  'nothing_to_repay',
  'unsafe_amount',
] as const;
export type SimError = (typeof SIM_ERRORS)[number];

type Mutation = () => void;
type Checked = SimError | Mutation;

/** Field types and ranges, as ACTION_SPECS declares them. */
const SPEC_BY_TYPE = new Map(ACTION_SPECS.map((spec) => [spec.type as string, spec]));

function checkFields(action: Action): SimError | null {
  const spec = SPEC_BY_TYPE.get(action.type);
  if (!spec) return 'unknown_action';
  const record = action as unknown as Record<string, unknown>;
  for (const field of spec.fields) {
    const value = record[field.name];
    switch (field.kind) {
      case 'int':
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'bad_field';
        if (value < field.min || value > field.max) return 'value_out_of_range';
        break;
      case 'bool':
        if (typeof value !== 'boolean') return 'bad_field';
        break;
      case 'enum':
        if (typeof value !== 'string' || !field.values.includes(value)) return 'bad_field';
        break;
      case 'ref':
        if (typeof value !== 'string') return 'bad_field';
        break;
    }
  }
  return null;
}

function findListing(state: SimState, id: string): ListingState | undefined {
  return state.listings.find((l) => l.id === id);
}

function checkListingAction(level: Level, state: SimState, action: Action): Checked {
  if (!('listingId' in action)) return 'bad_field';
  const listing = findListing(state, action.listingId);
  if (!listing) return 'unknown_listing';
  switch (action.type) {
    case 'setAds':
      return () => {
        listing.adBudgetFen = action.dailyBudgetFen;
        listing.adBidFen = action.bidFen;
      };
    case 'setPrice':
      return () => {
        listing.priceFen = action.priceFen;
      };
    case 'setDiscount':
      return () => {
        listing.discountBp = action.discountBp;
      };
    case 'setFakeOrders':
      return () => {
        listing.fakeSearchPerDay = action.searchPerDay;
        listing.fakeAdPerDay = action.adPerDay;
      };
    case 'startPlan':
      if (listing.plan !== null) return 'plan_running';
      if (listing.takedownDays > 0) return 'listing_taken_down';
      return () => {
        listing.plan = { kind: action.plan, dayIndex: 0 };
      };
    case 'cancelPlan':
      if (listing.plan === null) return 'no_plan';
      return () => {
        listing.plan = null;
      };
    case 'setDesign': {
      const material = level.market.materials.find((m) => m.id === action.materialId);
      const style = level.market.styles.find((s) => s.id === action.styleId);
      if (!material) return 'unknown_material';
      if (!style) return 'unknown_style';
      if (listing.soldTotal > 0 || listing.onHand > 0 || listing.inTransit.length > 0) {
        return 'listing_already_selling';
      }
      return () => {
        listing.materialId = material.id;
        listing.styleId = style.id;
        listing.trendFitBp = Math.floor((material.trendFitBp + style.trendFitBp) / 2);
        listing.qualityBp = mulBp(material.qualityBp, style.qualityBp);
      };
    }
    case 'orderStock': {
      const supplier = level.suppliers.find((s) => s.id === action.supplierId);
      if (!supplier) return 'unknown_supplier';
      if (action.qty < effectiveMoq(state, supplier)) return 'below_moq';
      const quote = quotePurchase(level, state, listing, supplier, action.qty, action.qualityCheck);
      if (!Number.isSafeInteger(quote.totalFen)) return 'unsafe_amount';
      if (quote.depositFen > state.cashFen) return 'insufficient_cash';
      return () => placeOrder(state, listing, supplier, action.qty, quote);
    }
    case 'clearStock':
      if (action.qty > listing.onHand) return 'insufficient_stock';
      return () => {
        clearUnits(level, state, listing, action.qty);
      };
    case 'copyCompetitor': {
      const competitor = level.market.competitors.find((c) => c.id === action.competitorId);
      if (!competitor) return 'unknown_competitor';
      return () => {
        const similarity = BP - action.differentiationBp;
        listing.copiedFrom = competitor.id;
        listing.similarityBp = similarity;
        listing.differentiationBp = action.differentiationBp;
        listing.trendFitBp = Math.floor(
          (competitor.trendFitBp * similarity + listing.trendFitBp * action.differentiationBp) / BP,
        );
      };
    }
    case 'setClaims':
      return () => {
        listing.superlativeClaim = action.superlative;
        listing.materialClaim = action.materialClaim;
      };
    default:
      return 'unknown_action';
  }
}

function checkAction(level: Level, state: SimState, action: Action): Checked {
  if (state.outcome !== 'running') return 'stage_over';
  const fieldError = checkFields(action);
  if (fieldError) return fieldError;
  switch (action.type) {
    case 'advanceDay':
      if (state.pendingEvent !== null) return 'event_pending';
      return () => simulateDay(level, state);
    case 'respondEvent': {
      const event = state.pendingEvent;
      if (event === null) return 'no_event';
      if (!event.choices.includes(action.choice)) return 'choice_not_offered';
      return () => {
        resolveEvent(state, action.choice);
        checkClosure(state, state.today?.notices ?? []);
      };
    }
    default:
      break;
  }
  if (!level.enabledActions.includes(action.type)) return 'action_not_enabled';
  switch (action.type) {
    case 'setStaff': {
      const current = state.staff[action.role];
      const delta = action.headcount - current;
      const role = level.roles[action.role];
      const costFen =
        delta > 0
          ? delta * role.hireCostFen
          : mulBp(-delta * state.wagesFen[action.role], FIRING_SEVERANCE_MONTH_BP);
      if (costFen > state.cashFen) return 'insufficient_cash';
      return () => {
        state.staff[action.role] = action.headcount;
        payExpense(state, PNL_INDEX.staff, CASH_INDEX.staff, costFen);
      };
    }
    case 'drawCredit':
      if (state.debtFen + action.amountFen > state.creditLimitFen) return 'over_credit_limit';
      return () => {
        state.debtFen += action.amountFen;
        moveCash(state, CASH_INDEX.creditDrawn, action.amountFen);
      };
    case 'repayCredit':
      if (state.debtFen === 0) return 'nothing_to_repay';
      if (action.amountFen > state.debtFen) return 'value_out_of_range';
      if (action.amountFen > state.cashFen) return 'insufficient_cash';
      return () => {
        state.debtFen -= action.amountFen;
        moveCash(state, CASH_INDEX.creditRepaid, -action.amountFen);
      };
    default:
      return checkListingAction(level, state, action);
  }
}

export type ApplyResult = { ok: true; state: SimState } | { ok: false; error: SimError };

/**
 * Applies an action to `state` in place, or returns an error code and leaves it untouched.
 * A failure inside the day (an amount that would leave safe integers) can leave a partly updated
 * state, so callers that must keep the old state use `applyAction`, which works on a copy.
 */
export function applyActionInPlace(level: Level, state: SimState, action: Action): SimError | null {
  if (action.type === 'advanceDay' && state.outcome === 'running' && state.pendingEvent === null) {
    // The bulk of every log: no check and no closure for the commonest action.
    try {
      simulateDay(level, state);
    } catch (error) {
      return unsafeAmount(error);
    }
    return null;
  }
  const checked = checkAction(level, state, action);
  if (typeof checked === 'string') return checked;
  try {
    checked();
  } catch (error) {
    return unsafeAmount(error);
  }
  return null;
}

/** An amount that left safe integers fails the action; anything else is a bug and propagates. */
function unsafeAmount(error: unknown): SimError {
  if (error instanceof UnsafeAmountError) return 'unsafe_amount';
  throw error;
}

export function applyAction(level: Level, state: SimState, action: Action): ApplyResult {
  const checked = checkAction(level, state, action);
  if (typeof checked === 'string') return { ok: false, error: checked };
  const next = structuredClone(state);
  const error = applyActionInPlace(level, next, action);
  return error === null ? { ok: true, state: next } : { ok: false, error };
}
