/** Test access to sim functions that the public index does not need to export. */
import { computeRank } from '../../src/sim/traffic';
import type { ListingState, SimState } from '../../src/sim';
export * from '../../src/sim';

export function computeRankForTest(state: SimState, listing: ListingState): number {
  return computeRank(state, listing, 10_000);
}
