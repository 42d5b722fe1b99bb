import type { SeatStrategy, ShopRound } from './classMarket';
import type { Level } from './level';
import { BP, mulBp } from './math';
import type { SimState } from './state';
import { summarizeStage } from './summary';
import { ratingCenti } from './traffic';

/** A shop's round from its cleared game: public figures first, then its score lines. */
export function shopRound(
  seat: number,
  name: string,
  strategy: SeatStrategy,
  attraction: number,
  state: SimState,
  level: Level,
  classOrders: number,
): ShopRound {
  const listing = state.listings[0];
  const summary = summarizeStage(level, state);
  const days = Math.max(1, state.day);
  return {
    seat,
    name,
    strategy,
    effectivePriceFen: listing ? mulBp(listing.priceFen, BP - listing.discountBp) : 0,
    rank: listing?.rank ?? 0,
    salesPerDayCenti: Math.floor((summary.orders * 100) / days),
    ratingCenti: listing ? ratingCenti(listing) : 0,
    complaints: state.totals.complaints,
    attractionBp: attraction,
    shareBp: classOrders === 0 ? 0 : Math.floor((summary.orders * BP) / classOrders),
    orders: summary.orders,
    lostSales: listing?.lostSales ?? 0,
    gmvFen: summary.gmv,
    netProfitFen: summary.netProfit,
    cashEndFen: summary.cashEnd,
    place: 0,
  };
}

/**
 * The standings' order, documented for ties: higher net profit, then higher GMV, then more
 * orders, then the lower seat number. Places are 1..n with no shared place, so a tie is settled
 * the same way on every machine and in every order the hand-ins arrive.
 */
export function rankStandings(rounds: readonly ShopRound[]): ShopRound[] {
  const ordered = [...rounds].sort(
    (a, b) =>
      b.netProfitFen - a.netProfitFen ||
      b.gmvFen - a.gmvFen ||
      b.orders - a.orders ||
      a.seat - b.seat,
  );
  return ordered.map((round, i) => ({ ...round, place: i + 1 }));
}
