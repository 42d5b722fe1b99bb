import type { AdFigures } from '../../sim';
import { orderMargin } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** One span of the marketplace's ad report, with the ratios a seller reads it by. */
export interface AdMetrics {
  impressions: number;
  clicks: number;
  spendFen: number;
  /** Orders from ad clicks and what their buyers paid. */
  orders: number;
  revenueFen: number;
  /** Null where there is nothing to divide by (no click, no showing, no spend). */
  averageCpcFen: number | null;
  clickThroughBp: number | null;
  conversionBp: number | null;
  /** Ad revenue per yuan of ad spend, in hundredths (350 = 3.5). */
  roasCenti: number | null;
}

export type AdWarning =
  /** The bid is under the cheapest slot's click price: the ad was never shown. */
  | 'bidBelowSlot'
  /** The bid reaches a slot but the daily budget buys not one click there. */
  | 'budgetBelowClick'
  | null;

export interface AdReportView {
  listingName: import('../../sim').LocalText;
  /** Null before the first day, when there is no yesterday yet. */
  yesterday: AdMetrics | null;
  stage: AdMetrics;
  /**
   * The ROAS at which an ad order pays for its clicks: paid price over the margin per order
   * before ads and returns, in hundredths; null when an order earns nothing even before ads.
   */
  breakEvenRoasCenti: number | null;
  marginPerOrderFen: number;
  warning: AdWarning;
  /** The click price the warning quotes: the cheapest slot's, or the slot the bid reached. */
  slotPriceFen: number;
  budgetFen: number;
  bidFen: number;
}

function ratio(part: number, whole: number, scale: number): number | null {
  return whole > 0 ? Math.floor((part * scale) / whole) : null;
}

export function adMetrics(figures: AdFigures): AdMetrics {
  return {
    impressions: figures.impressions,
    clicks: figures.clicks,
    spendFen: figures.spendFen,
    orders: figures.orders,
    revenueFen: figures.revenueFen,
    averageCpcFen: figures.clicks > 0 ? Math.round(figures.spendFen / figures.clicks) : null,
    clickThroughBp: ratio(figures.clicks, figures.impressions, 10_000),
    conversionBp: ratio(figures.orders, figures.clicks, 10_000),
    roasCenti: ratio(figures.revenueFen, figures.spendFen, 100),
  };
}

export function adReportView(state: GameState, listingIndex = 0): AdReportView | null {
  const active = activeRun(state);
  const listing = active?.sim.listings[listingIndex];
  const ads = active?.sim.ads[listingIndex];
  if (!active || !listing || !ads) return null;
  const margin = orderMargin(active.level, listing, listing.discountBp);
  const beforeAdsFen = margin.marginFen;
  const yesterday = active.sim.day > 0 ? ads.yesterday : null;
  let warning: AdWarning = null;
  if (
    yesterday &&
    listing.adBudgetFen > 0 &&
    yesterday.clicks === 0 &&
    listing.takedownDays === 0
  ) {
    warning = listing.adBidFen < yesterday.slotPriceFen ? 'bidBelowSlot' : 'budgetBelowClick';
  }
  return {
    listingName: listing.name,
    yesterday: yesterday ? adMetrics(yesterday) : null,
    stage: adMetrics(ads.stage),
    breakEvenRoasCenti: beforeAdsFen > 0 ? Math.ceil((margin.paidFen * 100) / beforeAdsFen) : null,
    marginPerOrderFen: beforeAdsFen,
    warning,
    slotPriceFen: yesterday?.slotPriceFen ?? 0,
    budgetFen: listing.adBudgetFen,
    bidFen: listing.adBidFen,
  };
}
