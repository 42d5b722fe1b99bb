import type { CalendarKind, Level } from './level';
import { BP, clamp, mulBp } from './math';
import type { ListingState, SimState } from './state';
import { CALENDAR_CONVERSION_BP } from './tables';
import { ratingFactorBp, reviewsFactorBp } from './traffic';

export type DayKind = CalendarKind | 'none';

export function dayKind(level: Level, day: number): DayKind {
  for (const span of level.calendar) {
    if (day >= span.fromDay && day <= span.toDay) return span.kind;
  }
  return 'none';
}

/** The discount buyers see today: a joined festival campaign imposes its minimum. */
export function effectiveDiscountBp(state: SimState, listing: ListingState, kind: DayKind): number {
  if (kind === 'festival' && state.campaignJoined === true) {
    return Math.max(
      listing.discountBp,
      state.campaignDiscountBp + state.eventEffects.presaleDiscountBp,
    );
  }
  return listing.discountBp;
}

/**
 * The price buyers compare a listing with: its own field's reference price, raised by quality
 * above par (a better-made product holds a higher price) and lowered below it.
 */
export function qualityReferencePriceFen(listing: ListingState): number {
  return mulBp(listing.referencePriceFen, listing.qualityBp);
}

/** Price elasticity of -2 around the market's reference price, clamped to 30%..200%. */
export function priceFactorBp(priceFen: number, referencePriceFen: number): number {
  const ratioBp = Math.floor((priceFen * BP) / Math.max(1, referencePriceFen));
  return clamp(BP - 2 * (ratioBp - BP), 3000, 20000);
}

/** Average trend fit (5000) converts at the category rate; a hit converts up to 30% better. */
export function trendFitFactorBp(trendFitBp: number): number {
  return 7000 + Math.floor((6000 * trendFitBp) / BP);
}

/** Copying a bestseller helps; some differentiation helps more, up to +20% at half-different. */
export function differentiationFactorBp(listing: ListingState): number {
  if (listing.copiedFrom === null) return BP;
  const d = listing.differentiationBp;
  return BP + Math.floor(((d <= 5000 ? d : BP - d) * 4) / 10);
}

/** Claims sell: "best" and "100% cotton" lift conversion, and draw hunters. */
export function claimsFactorBp(listing: ListingState): number {
  return BP + (listing.superlativeClaim ? 1000 : 0) + (listing.materialClaim ? 800 : 0);
}

export interface ConversionInputs {
  categoryConversionBp: number;
  customerServiceBp: number;
  operatorBp: number;
  designerBp: number;
  kind: DayKind;
  discountBp: number;
}

/** Visit -> order conversion in bp: a product of factors, each divided by 10000 in turn. */
export function conversionBp(listing: ListingState, inputs: ConversionInputs): number {
  let cvr = inputs.categoryConversionBp;
  cvr = mulBp(cvr, reviewsFactorBp(listing));
  cvr = mulBp(cvr, ratingFactorBp(listing));
  cvr = mulBp(cvr, priceFactorBp(listing.priceFen, qualityReferencePriceFen(listing)));
  cvr = mulBp(cvr, listing.qualityBp);
  cvr = mulBp(cvr, trendFitFactorBp(listing.trendFitBp));
  cvr = mulBp(cvr, inputs.customerServiceBp);
  cvr = mulBp(cvr, BP + Math.floor((15000 * inputs.discountBp) / BP));
  cvr = mulBp(cvr, claimsFactorBp(listing));
  cvr = mulBp(cvr, differentiationFactorBp(listing));
  cvr = mulBp(cvr, CALENDAR_CONVERSION_BP[inputs.kind]);
  cvr = mulBp(cvr, inputs.operatorBp);
  cvr = mulBp(cvr, inputs.designerBp);
  return clamp(cvr, 0, 5000);
}

/** Unanswered chats convert at half rate. */
export function customerServiceFactorBp(capacity: number, chats: number): number {
  if (chats <= capacity) return BP;
  return 5000 + Math.floor((5000 * capacity) / chats);
}

/** Share of listings a role covers, as a factor from `floorBp` (none covered) to 10000. */
export function coverageFactorBp(covered: number, needed: number, floorBp: number): number {
  if (needed <= 0 || covered >= needed) return BP;
  return floorBp + Math.floor(((BP - floorBp) * covered) / needed);
}

/**
 * Returns and bad reviews beyond the category's, in bp (negative: fewer): a design that misses
 * the trend or quality below par adds; quality above par takes away; a near-exact copy adds,
 * because buyers who wanted the original notice the difference.
 */
export function mismatchBp(listing: ListingState): number {
  const fitGap = listing.trendFitBp < 5000 ? Math.floor(((5000 - listing.trendFitBp) * 3) / 10) : 0;
  const qualityGap = Math.floor((BP - listing.qualityBp) / 2);
  const copyGap =
    listing.copiedFrom !== null && listing.similarityBp > 8000
      ? Math.floor((listing.similarityBp - 8000) / 2)
      : 0;
  return fitGap + qualityGap + copyGap;
}
