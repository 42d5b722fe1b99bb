import type { Level, StarRule } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/**
 * How a stage is passed and starred, with every threshold: what the intro card states before
 * the stage and the dashboard keeps in view during it. The rules are summary.ts's; this only
 * lays them out. Stage 4's order count is not a rule there, so it is never stated as a goal.
 */
export interface GoalRules {
  /** 'orders': reach `targetOrders` real orders; 'finish': keep the shop open to the last day. */
  pass: 'orders' | 'finish';
  targetOrders: number;
  days: number;
  /** The star rules beyond the pass rule, in the level's order. */
  stars: StarRule[];
  /** True where escaping the trap is what unlocks the stars past the first. */
  escapeGatesStars: boolean;
  profitTargetFen: number;
  trendFitBp: number;
  sellThroughBp: number;
  escapeMarginBp: number;
}

export function goalRules(level: Level): GoalRules {
  const escape = level.stars.includes('escaped');
  return {
    pass: escape ? 'finish' : 'orders',
    targetOrders: level.goals.salesTargetOrders,
    days: level.days,
    stars: level.stars.filter((rule) => rule !== 'salesTarget'),
    escapeGatesStars: escape,
    profitTargetFen: level.goals.profitTargetFen,
    trendFitBp: level.goals.trendFitBp,
    sellThroughBp: level.goals.sellThroughBp,
    escapeMarginBp: level.goals.escapeMarginBp,
  };
}

/** Rules the dashboard can mark as kept so far without showing the profit the books hold. */
const KEPT_SO_FAR: ReadonlySet<StarRule> = new Set(['noPenalty', 'noComplaint']);

export interface GoalProgress {
  rules: GoalRules;
  orders: number;
  daysLeft: number;
  /** Per star rule: broken already (false), kept so far (true), or decided only at the end (null). */
  kept: Partial<Record<StarRule, boolean | null>>;
}

export function goalProgress(state: GameState): GoalProgress | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  const rules = goalRules(level);
  const kept: Partial<Record<StarRule, boolean | null>> = {};
  for (const rule of rules.stars) {
    if (!KEPT_SO_FAR.has(rule)) kept[rule] = null;
    else if (rule === 'noPenalty') kept[rule] = sim.totals.penalties === 0 && sim.points === 0;
    else kept[rule] = sim.totals.complaints === 0 && sim.totals.hunterClaims === 0;
  }
  return { rules, orders: sim.totals.orders, daysLeft: sim.days - sim.day, kept };
}
