/**
 * The marketplace's ad report per listing: yesterday's figures and the stage's running totals.
 * Nothing in the rules reads these counters; they exist so the player can see what a bid bought.
 * They are kept out of the state hash (hash.ts), so recording them leaves every run code as it was.
 */
import { BP } from './math';
import type { AdFigures, ListingAds, SimState } from './state';
import { AD_CLICK_THROUGH_BP } from './tables';
import type { AdPurchase } from './traffic';

function emptyFigures(): AdFigures {
  return { impressions: 0, clicks: 0, spendFen: 0, orders: 0, revenueFen: 0, slotPriceFen: 0 };
}

export function emptyListingAds(): ListingAds {
  return { yesterday: emptyFigures(), stage: emptyFigures() };
}

function clear(figures: AdFigures): void {
  figures.impressions = 0;
  figures.clicks = 0;
  figures.spendFen = 0;
  figures.orders = 0;
  figures.revenueFen = 0;
  figures.slotPriceFen = 0;
}

function add(figures: AdFigures, clicks: number, spendFen: number): void {
  // The ad is shown only in slots the bid reaches; shoppers click a fixed share of the showings.
  figures.impressions += Math.floor((clicks * BP) / AD_CLICK_THROUGH_BP);
  figures.clicks += clicks;
  figures.spendFen += spendFen;
}

function adsOf(state: SimState, index: number): ListingAds {
  let ads = state.ads[index];
  while (ads === undefined) {
    state.ads.push(emptyListingAds());
    ads = state.ads[index];
  }
  return ads;
}

/** A new day: yesterday's figures start empty, also for a listing that is offline today. */
export function startAdDay(state: SimState): void {
  for (const ads of state.ads) clear(ads.yesterday);
}

/** Today's purchase of clicks (traffic.ts) adds to today's figures and to the stage's. */
export function recordAdClicks(state: SimState, index: number, purchase: AdPurchase): void {
  const ads = adsOf(state, index);
  add(ads.yesterday, purchase.clicks, purchase.spendFen);
  add(ads.stage, purchase.clicks, purchase.spendFen);
  ads.yesterday.slotPriceFen = purchase.marginalCpcFen;
}

/** Orders from paid clicks that were filled, at the price the buyers paid. */
export function recordAdOrders(
  state: SimState,
  index: number,
  orders: number,
  paidPerOrderFen: number,
): void {
  const ads = adsOf(state, index);
  ads.yesterday.orders = orders;
  ads.yesterday.revenueFen = orders * paidPerOrderFen;
  ads.stage.orders += orders;
  ads.stage.revenueFen += orders * paidPerOrderFen;
}
