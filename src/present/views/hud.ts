import type { Outcome } from '../../sim';
import { fakeRiskBp, pnlTotal } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** The headline figures a marketplace dashboard shows; profit sits in the books on purpose. */
export interface HudView {
  day: number;
  days: number;
  cashFen: number;
  gmvFen: number;
  orders: number;
  /** The last simulated day's GMV and real orders, for the "today" lines. */
  gmvTodayFen: number;
  ordersToday: number;
  /** Best search rank among the listings; 0 while every listing is offline. */
  rank: number;
  rankedListings: number;
  /** Hundredths of a star; 0 while there is no review. */
  ratingCenti: number;
  reviews: number;
  /** Highest of the listings' chances of being caught today, in bp; null when fakes are off. */
  riskBp: number | null;
  fakesEnabled: boolean;
  outcome: Outcome;
  eventPending: boolean;
}

export function hudView(state: GameState): HudView | null {
  const active = activeRun(state);
  if (!active) return null;
  const { level, sim } = active;
  let reviews = 0;
  let riskBp = 0;
  let anyFakes = false;
  for (const listing of sim.listings) {
    reviews += listing.reviewsGood + listing.reviewsBad;
    const planned = listing.fakeSearchPerDay + listing.fakeAdPerDay > 0 || listing.plan !== null;
    if (planned) {
      anyFakes = true;
      riskBp = Math.max(riskBp, fakeRiskBp(level, sim, listing));
    }
  }
  // The sim records the shop's best rank and rating at the end of every day.
  const last = sim.day - 1;
  const rank = sim.series.rank[last] ?? 0;
  return {
    day: sim.day,
    days: sim.days,
    cashFen: sim.cashFen,
    gmvFen: pnlTotal(sim.ledger, 'gmv'),
    orders: sim.totals.orders,
    gmvTodayFen: sim.series.gmvFen[last] ?? 0,
    ordersToday: sim.series.orders[last] ?? 0,
    rank: rank > level.market.listingCount ? 0 : rank,
    rankedListings: level.market.listingCount,
    ratingCenti: sim.series.ratingCenti[last] ?? 0,
    reviews,
    riskBp: anyFakes ? riskBp : null,
    fakesEnabled: level.enabledActions.includes('setFakeOrders'),
    outcome: sim.outcome,
    eventPending: sim.pendingEvent !== null,
  };
}
