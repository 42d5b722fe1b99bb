import type { Action, PlanStep, StageId } from '../../src/sim/index';
import type { Levels } from '../../scripts/cli/levels';
import { playStage } from './shareFixtures';

/** Shared by the attribution tests and scripts/benchAttribution.ts. */

const LISTINGS = ['tee', 'dress', 'tote'] as const;

/**
 * A comprehensive stage with a decision on every listing every day: 300 and more, the budget's
 * worst case. Values change every day, so no change is absorbed into the one before it.
 */
export function heavyComprehensivePlan(levels: Levels): PlanStep[] {
  const steps: PlanStep[] = [];
  steps.push({
    day: 1,
    action: {
      type: 'orderStock',
      listingId: 'tee',
      supplierId: 'guangzhou',
      qty: 2_000,
      qualityCheck: false,
    },
  });
  for (let day = 1; day <= levels.comprehensive.days; day++) {
    LISTINGS.forEach((listingId, i) => {
      steps.push({
        day,
        action: {
          type: 'setAds',
          listingId,
          dailyBudgetFen: 10_000 + 1_000 * ((day + i) % 7),
          bidFen: 80,
        },
      });
    });
    steps.push({
      day,
      action: {
        type: 'setPrice',
        listingId: LISTINGS[day % 3] ?? 'tee',
        priceFen: 7_900 + 100 * (day % 5),
      },
    });
    steps.push({
      day,
      action: { type: 'setDiscount', listingId: 'dress', discountBp: 100 * (1 + (day % 4)) },
    });
  }
  return steps;
}

/** Traffic with heavy ads on the tee from day 3: the ads decision should cost money. */
export function heavyAdsPlan(budgetFen = 400_000, bidFen = 300): PlanStep[] {
  return [
    { day: 3, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: budgetFen, bidFen } },
  ];
}

export function logOf(
  levels: Levels,
  stage: StageId,
  seed: number,
  plan: readonly PlanStep[],
): Action[] {
  return playStage(levels[stage], seed, plan);
}

/**
 * How a slider logs: each keyboard step on the way to the value is an action of its own (ten
 * steps for every change), as the game did before same-day changes were merged.
 */
export function withSliderSteps(log: readonly Action[], steps = 10): Action[] {
  const out: Action[] = [];
  for (const action of log) {
    if (action.type === 'setAds') {
      for (let k = 1; k < steps; k++) {
        out.push({ ...action, dailyBudgetFen: Math.floor((action.dailyBudgetFen * k) / steps) });
      }
    } else if (action.type === 'setPrice') {
      for (let k = 1; k < steps; k++)
        out.push({ ...action, priceFen: action.priceFen + 100 * (steps - k) });
    } else if (action.type === 'setDiscount') {
      for (let k = 1; k < steps; k++)
        out.push({ ...action, discountBp: Math.floor((action.discountBp * k) / steps) });
    }
    out.push(action);
  }
  return out;
}
