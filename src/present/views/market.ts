import type { CompetitorRow, LocalText } from '../../sim';
import { competitorRows, searchTrendSeries } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

export interface ListingMarketState {
  listingId: string;
  name: LocalText;
  priceFen: number;
  copiedFrom: LocalText | null;
  similarityBp: number;
  differentiationBp: number;
  superlativeClaim: boolean;
  materialClaim: boolean;
  takenDown: boolean;
}

export interface MarketView {
  day: number;
  competitors: CompetitorRow[];
  /** Search interest by day of the stage, bp of the base volume (10 000 = normal). */
  trendBp: number[];
  listing: ListingMarketState;
}

/** The market-data screen and the copy/claims controls: the sim's figures, nothing computed. */
export function marketView(state: GameState, listingIndex: number): MarketView | null {
  const active = activeRun(state);
  const listing = active?.sim.listings[listingIndex];
  if (!active || !listing) return null;
  const { level, sim } = active;
  const source = level.market.competitors.find((c) => c.id === listing.copiedFrom);
  return {
    day: sim.day,
    competitors: competitorRows(level, sim).sort((a, b) => a.rank - b.rank),
    trendBp: searchTrendSeries(level),
    listing: {
      listingId: listing.id,
      name: listing.name,
      priceFen: listing.priceFen,
      copiedFrom: source?.name ?? null,
      similarityBp: listing.similarityBp,
      differentiationBp: listing.differentiationBp,
      superlativeClaim: listing.superlativeClaim,
      materialClaim: listing.materialClaim,
      takenDown: listing.takedownDays > 0,
    },
  };
}

/** Min and max of a series and the index of its peak, for the chart's direct labels. */
export function seriesExtent(values: readonly number[]): {
  min: number;
  max: number;
  peak: number;
} {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let peak = 0;
  values.forEach((v, i) => {
    if (v < min) min = v;
    if (v > max) {
      max = v;
      peak = i;
    }
  });
  return values.length === 0 ? { min: 0, max: 0, peak: 0 } : { min, max, peak };
}
