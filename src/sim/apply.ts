import type { Action } from './actions';
import { ACTION_SPECS } from './actions';
import { moveCash, payExpense } from './books';
import { resolveEvent } from './events';
import { checkClosure } from './fakes';
import type { Level, Supplier } from './level';
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
  for (const listing of state.listings) if (listing.id === id) return listing;
  return undefined;
}

type ListingAction = Extract<Action, { listingId: string }>;

/** Hiring pays the hire cost per head; firing pays severance on the wage. */
function staffChangeCostFen(
  level: Level,
  state: SimState,
  action: Extract<Action, { type: 'setStaff' }>,
): number {
  const delta = action.headcount - state.staff[action.role];
  return delta > 0
    ? delta * level.roles[action.role].hireCostFen
    : mulBp(-delta * state.wagesFen[action.role], FIRING_SEVERANCE_MONTH_BP);
}

function listingRejection(level: Level, state: SimState, action: ListingAction): SimError | null {
  const listing = findListing(state, action.listingId);
  if (!listing) return 'unknown_listing';
  switch (action.type) {
    case 'setAds':
    case 'setPrice':
    case 'setDiscount':
    case 'setFakeOrders':
    case 'setClaims':
      return null;
    case 'startPlan':
      if (listing.plan !== null) return 'plan_running';
      return listing.takedownDays > 0 ? 'listing_taken_down' : null;
    case 'cancelPlan':
      return listing.plan === null ? 'no_plan' : null;
    case 'setDesign':
      if (!level.market.materials.some((m) => m.id === action.materialId)) {
        return 'unknown_material';
      }
      if (!level.market.styles.some((s) => s.id === action.styleId)) return 'unknown_style';
      if (listing.soldTotal > 0 || listing.onHand > 0 || listing.inTransit.length > 0) {
        return 'listing_already_selling';
      }
      return null;
    case 'orderStock': {
      const supplier = level.suppliers.find((s) => s.id === action.supplierId);
      if (!supplier) return 'unknown_supplier';
      if (action.qty < effectiveMoq(state, supplier)) return 'below_moq';
      const quote = quotePurchase(level, state, listing, supplier, action.qty, action.qualityCheck);
      if (!Number.isSafeInteger(quote.totalFen)) return 'unsafe_amount';
      return quote.depositFen > state.cashFen ? 'insufficient_cash' : null;
    }
    case 'clearStock':
      return action.qty > listing.onHand ? 'insufficient_stock' : null;
    case 'copyCompetitor':
      return level.market.competitors.some((c) => c.id === action.competitorId)
        ? null
        : 'unknown_competitor';
  }
}

/** Why the action cannot apply to this state, or null: every rule is checked before any change. */
function rejection(level: Level, state: SimState, action: Action): SimError | null {
  if (state.outcome !== 'running') return 'stage_over';
  const fieldError = checkFields(action);
  if (fieldError) return fieldError;
  switch (action.type) {
    case 'advanceDay':
      return state.pendingEvent !== null ? 'event_pending' : null;
    case 'respondEvent': {
      const event = state.pendingEvent;
      if (event === null) return 'no_event';
      return event.choices.includes(action.choice) ? null : 'choice_not_offered';
    }
    default:
      break;
  }
  if (!level.enabledActions.includes(action.type)) return 'action_not_enabled';
  switch (action.type) {
    case 'setStaff':
      return staffChangeCostFen(level, state, action) > state.cashFen ? 'insufficient_cash' : null;
    case 'drawCredit':
      return state.debtFen + action.amountFen > state.creditLimitFen ? 'over_credit_limit' : null;
    case 'repayCredit':
      if (state.debtFen === 0) return 'nothing_to_repay';
      if (action.amountFen > state.debtFen) return 'value_out_of_range';
      return action.amountFen > state.cashFen ? 'insufficient_cash' : null;
    default:
      return 'listingId' in action ? listingRejection(level, state, action) : 'bad_field';
  }
}

/** The change a listing action makes; `rejection` has passed, so every lookup succeeds. */
function performOnListing(level: Level, state: SimState, action: ListingAction): void {
  const listing = findListing(state, action.listingId) as ListingState;
  switch (action.type) {
    case 'setAds':
      listing.adBudgetFen = action.dailyBudgetFen;
      listing.adBidFen = action.bidFen;
      return;
    case 'setPrice':
      listing.priceFen = action.priceFen;
      return;
    case 'setDiscount':
      listing.discountBp = action.discountBp;
      return;
    case 'setFakeOrders':
      listing.fakeSearchPerDay = action.searchPerDay;
      listing.fakeAdPerDay = action.adPerDay;
      return;
    case 'startPlan':
      listing.plan = { kind: action.plan, dayIndex: 0 };
      return;
    case 'cancelPlan':
      listing.plan = null;
      return;
    case 'setDesign': {
      const material = level.market.materials.find((m) => m.id === action.materialId);
      const style = level.market.styles.find((s) => s.id === action.styleId);
      if (!material || !style) return;
      listing.materialId = material.id;
      listing.styleId = style.id;
      listing.trendFitBp = Math.floor((material.trendFitBp + style.trendFitBp) / 2);
      listing.qualityBp = mulBp(material.qualityBp, style.qualityBp);
      return;
    }
    case 'orderStock': {
      const supplier = level.suppliers.find((s) => s.id === action.supplierId) as Supplier;
      const quote = quotePurchase(level, state, listing, supplier, action.qty, action.qualityCheck);
      placeOrder(state, listing, supplier, action.qty, quote);
      return;
    }
    case 'clearStock':
      clearUnits(level, state, listing, action.qty);
      return;
    case 'copyCompetitor': {
      const competitor = level.market.competitors.find((c) => c.id === action.competitorId);
      if (!competitor) return;
      const similarity = BP - action.differentiationBp;
      listing.copiedFrom = competitor.id;
      listing.similarityBp = similarity;
      listing.differentiationBp = action.differentiationBp;
      listing.trendFitBp = Math.floor(
        (competitor.trendFitBp * similarity + listing.trendFitBp * action.differentiationBp) / BP,
      );
      return;
    }
    case 'setClaims':
      listing.superlativeClaim = action.superlative;
      listing.materialClaim = action.materialClaim;
      return;
  }
}

/**
 * The change an action makes, once `rejection` has passed. Checking and changing are two plain
 * switches rather than a closure per action: replays apply hundreds of decisions per campaign.
 */
function perform(level: Level, state: SimState, action: Action): void {
  switch (action.type) {
    case 'advanceDay':
      simulateDay(level, state);
      return;
    case 'respondEvent':
      resolveEvent(level, state, action.choice);
      checkClosure(state, state.today?.notices ?? []);
      return;
    case 'setStaff': {
      const costFen = staffChangeCostFen(level, state, action);
      state.staff[action.role] = action.headcount;
      payExpense(state, PNL_INDEX.staff, CASH_INDEX.staff, costFen);
      return;
    }
    case 'drawCredit':
      state.debtFen += action.amountFen;
      moveCash(state, CASH_INDEX.creditDrawn, action.amountFen);
      return;
    case 'repayCredit':
      state.debtFen -= action.amountFen;
      moveCash(state, CASH_INDEX.creditRepaid, -action.amountFen);
      return;
    default:
      performOnListing(level, state, action);
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
    // The bulk of every log: a day that may pass needs no further check.
    try {
      simulateDay(level, state);
    } catch (error) {
      return unsafeAmount(error);
    }
    return null;
  }
  const error = rejection(level, state, action);
  if (error !== null) return error;
  try {
    perform(level, state, action);
  } catch (caught) {
    return unsafeAmount(caught);
  }
  return null;
}

/** An amount that left safe integers fails the action; anything else is a bug and propagates. */
function unsafeAmount(error: unknown): SimError {
  if (error instanceof UnsafeAmountError) return 'unsafe_amount';
  throw error;
}

export function applyAction(level: Level, state: SimState, action: Action): ApplyResult {
  const rejected = rejection(level, state, action);
  if (rejected !== null) return { ok: false, error: rejected };
  const next = structuredClone(state);
  const error = applyActionInPlace(level, next, action);
  return error === null ? { ok: true, state: next } : { ok: false, error };
}
