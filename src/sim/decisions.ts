import type { Action } from './actions';
import { applyActionInPlace } from './apply';
import type { SimError } from './apply';
import { copyState } from './copyState';
import { createState } from './init';
import type { EventKind, Level } from './level';
import { DEFAULT_CHOICE } from './replay';
import type { ListingState, SimState } from './state';
import { quotePurchase } from './supply';

/** A player's action as the debrief names it: never a passing day. */
export type DecisionAction = Exclude<Action, { type: 'advanceDay' }>;

/**
 * One thing the player decided, grouped from the log: a setting held over a span of days ("ads on
 * the tee ¥2,000/day, days 3–17"), a one-off move ("bought 3,000 dresses at ¥43") or an answer to
 * an event that was not the cautious default ("joined Double 11"). Labels are this data; the
 * screens and the CLI word it per language.
 */
export interface Decision {
  /** The action that opened the decision: its values are what the player chose. */
  action: DecisionAction;
  /** For an answer to an event, which event it was. */
  eventKind: EventKind | null;
  /** The day the decision first applied to (actions apply before their day is simulated). */
  fromDay: number;
  /** The last day it applied to; a one-off's is its own day. */
  toDay: number;
  /** A setting still in force when the stage ended. */
  untilEnd: boolean;
  /** The log entries that make the decision up, in log order. */
  logIndices: number[];
  /**
   * What each of those entries becomes in a run without the decision: the setting at the level's
   * default, the cautious answer, or nothing (null) for a one-off.
   */
  revertTo: Action | null;
  /** For a purchase order, the unit cost it was placed at (fen), as the order dialog quoted it. */
  unitCostFen: number | null;
}

/** The strict replay a scan makes, with what the counterfactual runs need from it. */
export interface ScannedRun {
  state: SimState;
  decisions: Decision[];
  /** For each respondEvent in the log, the kind of event it answered (null elsewhere). */
  eventKindAt: (EventKind | null)[];
  /** Index of the first log entry of each day that has player actions, and the state before it. */
  snapshots: Map<number, SimState>;
}

export type ScanResult =
  ({ ok: true } & ScannedRun) | { ok: false; error: SimError; index: number };

type SettingAction = Extract<
  Action,
  { type: 'setAds' | 'setPrice' | 'setDiscount' | 'setFakeOrders' | 'setClaims' | 'setStaff' }
>;

function isSetting(action: Action): action is SettingAction {
  switch (action.type) {
    case 'setAds':
    case 'setPrice':
    case 'setDiscount':
    case 'setFakeOrders':
    case 'setClaims':
    case 'setStaff':
      return true;
    default:
      return false;
  }
}

function settingKey(action: SettingAction): string {
  return action.type === 'setStaff'
    ? `setStaff:${action.role}`
    : `${action.type}:${action.listingId}`;
}

/** The same setting with the values `state` holds now: for the default, and to spot no-ops. */
function settingIn(state: SimState, action: SettingAction): SettingAction | null {
  if (action.type === 'setStaff') {
    return { type: 'setStaff', role: action.role, headcount: state.staff[action.role] };
  }
  const listing: ListingState | undefined = state.listings.find((l) => l.id === action.listingId);
  if (!listing) return null;
  const listingId = listing.id;
  switch (action.type) {
    case 'setAds':
      return {
        type: 'setAds',
        listingId,
        dailyBudgetFen: listing.adBudgetFen,
        bidFen: listing.adBidFen,
      };
    case 'setPrice':
      return { type: 'setPrice', listingId, priceFen: listing.priceFen };
    case 'setDiscount':
      return { type: 'setDiscount', listingId, discountBp: listing.discountBp };
    case 'setFakeOrders':
      return {
        type: 'setFakeOrders',
        listingId,
        searchPerDay: listing.fakeSearchPerDay,
        adPerDay: listing.fakeAdPerDay,
      };
    case 'setClaims':
      return {
        type: 'setClaims',
        listingId,
        superlative: listing.superlativeClaim,
        materialClaim: listing.materialClaim,
      };
  }
}

/** Same setting, same values; ads count as off whatever their bid when their budget is zero. */
function sameValues(a: SettingAction, b: SettingAction): boolean {
  if (a.type === 'setAds' && b.type === 'setAds' && a.dailyBudgetFen === 0) {
    return b.dailyBudgetFen === 0;
  }
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  for (const key of Object.keys(left)) if (left[key] !== right[key]) return false;
  return true;
}

function orderUnitCostFen(level: Level, state: SimState, action: Action): number | null {
  if (action.type !== 'orderStock') return null;
  const listing = state.listings.find((l) => l.id === action.listingId);
  const supplier = level.suppliers.find((s) => s.id === action.supplierId);
  if (!listing || !supplier) return null;
  return quotePurchase(level, state, listing, supplier, action.qty, action.qualityCheck)
    .unitCostFen;
}

/**
 * Replays a log strictly and groups it into decisions. A setting opens a decision when it moves
 * away from the current value, unless it returns to the level's default (that only ends the
 * previous one); a change on the day its predecessor started replaces it, so a slider nudged
 * three times on day 5 is one decision. `snapshot` keeps the state before each day's first
 * player action, so a run without a decision can start from its day instead of day 1.
 */
export function scanRun(
  level: Level,
  seed: number,
  log: readonly Action[],
  snapshot = true,
): ScanResult {
  const initial = createState(level, seed);
  const state = createState(level, seed);
  const decisions: Decision[] = [];
  const open = new Map<string, Decision>();
  const eventKindAt: (EventKind | null)[] = [];
  const snapshots = new Map<number, SimState>();
  let dayStarted = true;
  for (let i = 0; i < log.length; i++) {
    const action = log[i] as Action;
    const day = state.day + 1;
    const kind = action.type === 'respondEvent' ? (state.pendingEvent?.kind ?? null) : null;
    eventKindAt.push(kind);
    if (action.type !== 'advanceDay' && dayStarted && snapshot) {
      snapshots.set(i, copyState(state));
    }
    dayStarted = action.type === 'advanceDay';
    if (isSetting(action)) {
      const key = settingKey(action);
      const current = settingIn(state, action);
      const fallback = settingIn(initial, action);
      const running = open.get(key);
      if (current !== null && fallback !== null && !sameValues(action, current)) {
        if (running !== undefined) {
          running.toDay = day - 1;
          running.untilEnd = false;
          open.delete(key);
        }
        const replaced = running !== undefined && running.toDay < running.fromDay;
        if (replaced) decisions.splice(decisions.indexOf(running), 1);
        if (!sameValues(action, fallback)) {
          const decision: Decision = {
            action,
            eventKind: null,
            fromDay: day,
            toDay: level.days,
            untilEnd: true,
            logIndices: replaced ? [...running.logIndices, i] : [i],
            revertTo: fallback,
            unitCostFen: null,
          };
          decisions.push(decision);
          open.set(key, decision);
        }
      } else if (running !== undefined) {
        running.logIndices.push(i);
      }
    } else if (action.type === 'respondEvent') {
      if (kind !== null && action.choice !== DEFAULT_CHOICE[kind]) {
        decisions.push({
          action,
          eventKind: kind,
          fromDay: day,
          toDay: day,
          untilEnd: false,
          logIndices: [i],
          revertTo: { type: 'respondEvent', choice: DEFAULT_CHOICE[kind] },
          unitCostFen: null,
        });
      }
    } else if (action.type !== 'advanceDay') {
      decisions.push({
        action,
        eventKind: null,
        fromDay: day,
        toDay: day,
        untilEnd: false,
        logIndices: [i],
        revertTo: null,
        unitCostFen: orderUnitCostFen(level, state, action),
      });
    }
    const error = applyActionInPlace(level, state, action);
    if (error !== null) return { ok: false, error, index: i };
  }
  for (const decision of open.values()) decision.toDay = Math.max(decision.fromDay, state.day);
  return { ok: true, state, decisions, eventKindAt, snapshots };
}
