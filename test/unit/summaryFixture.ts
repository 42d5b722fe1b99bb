import type { StageFacts, StageSummary } from '../../src/sim';
import { PNL_LINES } from '../../src/sim';

const NO_FACTS: StageFacts = {
  brushingCaught: 0,
  unitsCleared: 0,
  trendFitBp: 0,
  trendFitGoalBp: 0,
  complaints: 0,
  hunterClaims: 0,
  copiedListings: 0,
};

/** A passed Stage 1 summary with nothing in it, changed by `partial`, for rules read from summaries. */
export function stageSummary(
  partial: Partial<StageSummary>,
  facts: Partial<StageFacts> = {},
): StageSummary {
  return {
    stage: 'traffic',
    days: 40,
    gmv: 0,
    netProfit: 0,
    cashEnd: 0,
    cashMin: 0,
    orders: 0,
    returns: 0,
    fakeOrders: 0,
    rankEnd: 0,
    rating: 0,
    penalties: 0,
    stars: 0,
    outcome: 'passed',
    waterfall: PNL_LINES.map((line) => ({ line, amount: 0 })),
    stateHash: '000000000000',
    facts: { ...NO_FACTS, ...facts },
    ...partial,
  };
}
