import type { LocalText, OrderMargin } from '../../sim';
import { balanceSheet, orderMargin } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** What one order earns and how long the shelf lasts: the figures to decide day 1 by. */
export interface UnitEconomicsView {
  listingName: LocalText;
  margin: OrderMargin;
  /** Commission plus payment fee, the platform's cut. */
  feesFen: number;
  onHand: number;
  inTransit: number;
  /** Real orders a day over the last seven days (fake orders take no stock from the shelf). */
  dailySales: number;
  /** Days the shelf lasts at that pace; null while nothing sells yet. */
  daysOfStock: number | null;
  /** Money the platform holds for orders until the buyers confirm receipt. */
  receivableFen: number;
}

export function unitEconomicsView(state: GameState, listingIndex = 0): UnitEconomicsView | null {
  const active = activeRun(state);
  const listing = active?.sim.listings[listingIndex];
  if (!active || !listing) return null;
  const margin = orderMargin(active.level, listing, listing.discountBp);
  let real = 0;
  let days = 0;
  for (let i = 0; i < 7; i++) {
    const sold = (listing.sales7[i] ?? 0) - (listing.fake7[i] ?? 0);
    real += sold;
    // Days before the stage began hold zeros: count only days that were played.
    if (7 - i <= active.sim.day) days += 1;
  }
  const dailySales = days === 0 ? 0 : real / days;
  let inTransit = 0;
  for (const shipment of listing.inTransit) inTransit += shipment.qty;
  return {
    listingName: listing.name,
    margin,
    feesFen: margin.commissionFen + margin.paymentFeeFen,
    onHand: listing.onHand,
    inTransit,
    dailySales,
    daysOfStock: dailySales > 0 ? Math.floor(listing.onHand / dailySales) : null,
    receivableFen: balanceSheet(active.sim).receivableFen,
  };
}
