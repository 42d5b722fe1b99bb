/**
 * A stage definition, as the sim consumes it after `src/content` has validated the JSON.
 * Money is integer fen, rates are basis points (1/10000), durations are whole days.
 */

import type { StageId, StaffRole } from './vocabulary';
export { STAGE_IDS, STAFF_ROLES, type StageId, type StaffRole } from './vocabulary';

export const EVENT_KINDS = [
  'supplierDelay',
  'competitorPriceCut',
  'campaignInvitation',
  'hunterClaim',
  'ipComplaint',
  'staffResignation',
  'supplierNegotiation',
  'badReviewWave',
  'serviceSurge',
  'rivalExposed',
  'qualityDefect',
  'festivalStockUp',
  'festivalPreheat',
  'festivalReturns',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CALENDAR_KINDS = ['preheat', 'festival', 'afterDip'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface LocalText {
  en: string;
  zh: string;
}

/** The settings a trainer may override for a whole class. */
export interface Levers {
  commissionBp: number;
  paymentFeeBp: number;
  cpcScaleBp: number;
  returnRateScaleBp: number;
  detectionStrictnessBp: number;
  settlementDays: number;
}

export interface CalendarSpan {
  kind: CalendarKind;
  fromDay: number;
  toDay: number;
}

export interface PriceTier {
  minQty: number;
  unitCostFen: number;
}

export interface Supplier {
  id: string;
  name: LocalText;
  tiers: PriceTier[];
  moq: number;
  leadDays: number;
  defectBp: number;
  /** Share of the order paid when it is placed; the rest is due on delivery plus `netDays`. */
  depositBp: number;
  netDays: number;
  qualityBp: number;
}

export interface DesignOption {
  id: string;
  name: LocalText;
  /** How well this choice matches what the market is searching for, 0..10000. */
  trendFitBp: number;
  qualityBp: number;
  unitCostAddFen: number;
}

export interface Competitor {
  id: string;
  name: LocalText;
  /** Where this listing sits at the start; the rest of the ranks are filled by an anonymous tail. */
  rank: number;
  priceFen: number;
  ratingTenths: number;
  reviews: number;
  qualityBp: number;
  trendFitBp: number;
  features: string[];
  /** A registered design: copying it closely draws IP complaints. */
  designProtected: boolean;
}

export interface Market {
  searchesPerDay: number;
  categoryConversionBp: number;
  categoryReturnBp: number;
  referencePriceFen: number;
  /** Number of ranked listings in the category, including the named competitors. */
  listingCount: number;
  /** Piecewise-linear search-interest curve over the stage, in bp of `searchesPerDay`. */
  searchTrend: { day: number; bp: number }[];
  competitors: Competitor[];
  materials: DesignOption[];
  styles: DesignOption[];
}

export interface ListingSpec {
  id: string;
  name: LocalText;
  priceFen: number;
  unitCostFen: number;
  supplierId: string;
  onHand: number;
  qualityBp: number;
  trendFitBp: number;
  defectBp: number;
  materialId: string;
  styleId: string;
  reviewsGood: number;
  reviewsBad: number;
  ageDays: number;
  /** Daily real sales of the last seven days, oldest first, for a listing that already sells. */
  salesHistory: number[];
}

export interface StaffRoleSpec {
  monthlyWageFen: number;
  /** Chats (CS), listings (operator, designer) or parcels (warehouse) one person handles a day. */
  capacityPerDay: number;
  hireCostFen: number;
}

export interface PlatformCosts {
  depositFen: number;
  taxBp: number;
  socialInsuranceBp: number;
  fixedCostPerDayFen: number;
  shippingPerParcelFen: number;
  packagingPerParcelFen: number;
  freightInsurancePerOrderFen: number;
  returnHandlingFen: number;
  brusherFeeFen: number;
  emptyParcelFen: number;
  /** Share of cost a clearance buyer pays for excess stock. */
  clearanceRecoveryBp: number;
  returnLagDays: number;
  resellableReturnBp: number;
  /**
   * When the stage ends, stock beyond this many days of recent sales goes to a clearance buyer
   * (end of season); 0 keeps all stock at cost.
   */
  endOfStageCoverDays: number;
}

/**
 * One kind of event a stage can deal. Claims and complaints open when a meter that sales fill
 * runs over (`meterBp`); the Double 11 arc opens on its day (`atDay`); every other kind is drawn
 * from the stage's deck with the seeded RNG, weighted against the kinds open that day.
 */
export interface EventSpec {
  kind: EventKind;
  /** The day-ends between which the event may open, inclusive. */
  fromDay: number;
  toDay: number;
  /** Drawn kinds: relative weight against the other kinds that can open that day; 0 never draws. */
  weight: number;
  /** The most times this kind opens in a stage: a repeat must be a new decision, not noise. */
  maxCount: number;
  /** Claims and complaints: the share of each order's risk that fills their meter; 0 for others. */
  meterBp: number;
  /** Arc events: the day-end they open at (or the first free one after it up to `toDay`); 0 if drawn. */
  atDay: number;
}

/** How many drawn events a stage deals and where: spread out so the player can react to each. */
export interface EventDeck {
  minDrawn: number;
  maxDrawn: number;
  fromDay: number;
  toDay: number;
  /** Fewest days between two drawn events. */
  minGapDays: number;
}

export const STAR_RULES = [
  'salesTarget',
  'noPenalty',
  'profit',
  'trendFit',
  'sellThrough',
  'noComplaint',
  'profitTarget',
  'escaped',
] as const;
export type StarRule = (typeof STAR_RULES)[number];

export interface Goals {
  /** Real orders over the stage needed to pass. */
  salesTargetOrders: number;
  /** Net profit needed for the `profitTarget` star, in fen. */
  profitTargetFen: number;
  /** Share of bought stock that must be sold for `sellThrough`. */
  sellThroughBp: number;
  /** Trend fit needed for `trendFit`. */
  trendFitBp: number;
  /** For the comprehensive stage: net margin on GMV that counts as escaping the trap. */
  escapeMarginBp: number;
}

export interface PlanStep {
  day: number;
  action: import('./actions').Action;
}

export interface Level {
  schemaVersion: 1;
  id: StageId;
  order: number;
  title: LocalText;
  intro: LocalText;
  lesson: LocalText;
  days: number;
  startCashFen: number;
  enabledActions: import('./actions').PlayerActionType[];
  levers: Levers;
  platform: PlatformCosts;
  credit: { limitFen: number; monthlyInterestBp: number };
  calendar: CalendarSpan[];
  market: Market;
  suppliers: Supplier[];
  listings: ListingSpec[];
  staff: Record<StaffRole, number>;
  roles: Record<StaffRole, StaffRoleSpec>;
  events: EventSpec[];
  eventDeck: EventDeck;
  goals: Goals;
  stars: StarRule[];
  defaultPlan: PlanStep[];
}
