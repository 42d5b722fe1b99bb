import type { LocalText, PlayerActionType, RankPlan } from '../../sim';
import { actionSpec, fakeRiskBp } from '../../sim';
import { PLAN_DAYS } from '../../sim/tables';
import { awaitsPlayer } from '../../store/flow';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** The controls the shop shell can draw today; the level's enabledActions pick among them. */
export const SHELL_CONTROLS = [
  'ads',
  'price',
  'discount',
  'plans',
  'fakes',
  'design',
  'stock',
  'copy',
  'claims',
  'staff',
  'credit',
] as const;
export type ShellControl = (typeof SHELL_CONTROLS)[number];

/** The actions each control sends; together they cover every player action (views tests). */
export const CONTROL_ACTIONS: Record<ShellControl, PlayerActionType[]> = {
  ads: ['setAds'],
  price: ['setPrice'],
  discount: ['setDiscount'],
  plans: ['startPlan', 'cancelPlan'],
  fakes: ['setFakeOrders'],
  design: ['setDesign'],
  stock: ['orderStock', 'clearStock'],
  copy: ['copyCompetitor'],
  claims: ['setClaims'],
  staff: ['setStaff'],
  credit: ['drawCredit', 'repayCredit'],
};

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/** Slider ends are a UI choice inside the sim's own limits (ACTION_SPECS), never beyond them. */
function range(type: PlayerActionType, field: string, uiMax: number, step: number): SliderRange {
  const spec = actionSpec(type)?.fields.find((f) => f.name === field);
  const min = spec?.kind === 'int' ? spec.min : 0;
  const max = spec?.kind === 'int' ? Math.min(spec.max, uiMax) : uiMax;
  return { min, max, step };
}

export const RANGES = {
  adBudgetFen: range('setAds', 'dailyBudgetFen', 500_000, 5_000),
  adBidFen: range('setAds', 'bidFen', 600, 5),
  discountBp: range('setDiscount', 'discountBp', 5_000, 500),
  priceFen: range('setPrice', 'priceFen', 50_000, 100),
  fakesPerDay: range('setFakeOrders', 'searchPerDay', 100, 1),
} as const;

export interface PlanView {
  kind: RankPlan;
  /** 1-based day of the plan that the next simulated day will be. */
  day: number;
  days: number;
}

export interface ControlsView {
  listingId: string;
  listingName: LocalText;
  controls: ShellControl[];
  adBudgetFen: number;
  adBidFen: number;
  priceFen: number;
  discountBp: number;
  fakeSearchPerDay: number;
  fakeAdPerDay: number;
  plan: PlanView | null;
  takenDown: boolean;
  riskBp: number;
  /** No decision can be taken: the stage is over or an event waits for an answer. */
  locked: boolean;
}

export function controlsView(state: GameState, listingIndex = 0): ControlsView | null {
  const active = activeRun(state);
  const listing = active?.sim.listings[listingIndex];
  if (!active || !listing) return null;
  const { level, sim } = active;
  const enabled = level.enabledActions;
  const controls = SHELL_CONTROLS.filter((c) =>
    CONTROL_ACTIONS[c].some((type) => enabled.includes(type)),
  );
  return {
    listingId: listing.id,
    listingName: listing.name,
    controls,
    adBudgetFen: listing.adBudgetFen,
    adBidFen: listing.adBidFen,
    priceFen: listing.priceFen,
    discountBp: listing.discountBp,
    fakeSearchPerDay: listing.fakeSearchPerDay,
    fakeAdPerDay: listing.fakeAdPerDay,
    plan: listing.plan
      ? { kind: listing.plan.kind, day: listing.plan.dayIndex + 1, days: PLAN_DAYS }
      : null,
    takenDown: listing.takedownDays > 0,
    riskBp: fakeRiskBp(level, sim, listing),
    locked: !awaitsPlayer(sim),
  };
}
