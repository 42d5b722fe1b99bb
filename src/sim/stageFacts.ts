import type { Level } from './level';
import type { SimState } from './state';

/**
 * What a finished stage did, beyond its money and stars: the facts the campaign's achievements
 * are decided from (achievements.ts). Recorded in the stage's summary, so an ending restored
 * from a save decides the same.
 */
export interface StageFacts {
  /** Times the platform caught the shop's fake orders (offences under the 96-order rule). */
  brushingCaught: number;
  /** Units sold off to the clearance buyer below cost, during the stage or at its end. */
  unitsCleared: number;
  /** The listings' average trend fit at the end, and the level's goal for it. */
  trendFitBp: number;
  trendFitGoalBp: number;
  /** IP complaints and anti-counterfeiters' claims the listings drew. */
  complaints: number;
  hunterClaims: number;
  /** Listings that copied a competitor's design. */
  copiedListings: number;
}

export function averageTrendFitBp(state: SimState): number {
  let sum = 0;
  for (const listing of state.listings) sum += listing.trendFitBp;
  return state.listings.length === 0 ? 0 : Math.floor(sum / state.listings.length);
}

export function stageFacts(level: Level, state: SimState): StageFacts {
  let copiedListings = 0;
  for (const listing of state.listings) if (listing.copiedFrom !== null) copiedListings += 1;
  return {
    brushingCaught: state.offences,
    unitsCleared: state.totals.unitsCleared,
    trendFitBp: averageTrendFitBp(state),
    trendFitGoalBp: level.goals.trendFitBp,
    complaints: state.totals.complaints,
    hunterClaims: state.totals.hunterClaims,
    copiedListings,
  };
}
