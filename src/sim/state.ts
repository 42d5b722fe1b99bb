import type { EventChoice, RankPlan } from './actions';
import type { EventKind, LocalText, StaffRole } from './level';
import type { Ledger } from './ledger';
import type { RngState } from './rng';

/** Bump when any rule changes the result of a replay; golden replays pin it. */
export const RULES_VERSION = 3;

export interface Shipment {
  arrivalDay: number;
  qty: number;
  unitCostFen: number;
  defectBp: number;
  supplierId: string;
  /** Deposit already paid: an asset (prepayment) until the goods arrive. */
  prepaidFen: number;
  balanceFen: number;
  netDays: number;
  /** Days this shipment was already delayed: a supplier delays one shipment once. */
  delayedDays: number;
}

export interface Payable {
  dueDay: number;
  amountFen: number;
  supplierId: string;
}

/** Units sold on one day that will come back on `dueDay`, with what a refund undoes. */
export interface ReturnBatch {
  dueDay: number;
  listingIndex: number;
  qty: number;
  paidPerUnitFen: number;
  commissionPerUnitFen: number;
  taxPerUnitFen: number;
  unitCostFen: number;
  settleDay: number;
  /** Share of the returned units that go back on the shelf; an inspection raises it. */
  resellableBp: number;
}

export type ListingCarries = Record<
  | 'organic'
  | 'paid'
  | 'ordersOrganic'
  | 'ordersPaid'
  | 'returns'
  | 'reviews'
  | 'badReviews'
  | 'resell',
  number
>;

export interface ListingState {
  id: string;
  name: LocalText;
  priceFen: number;
  /** The price its own competitive field sells at: each listing is compared with its own rivals. */
  referencePriceFen: number;
  discountBp: number;
  supplierId: string;
  materialId: string;
  styleId: string;
  qualityBp: number;
  trendFitBp: number;
  defectBp: number;
  onHand: number;
  /** Cost of the units on hand; COGS takes its pro-rata share so no fen is lost. */
  stockValueFen: number;
  inTransit: Shipment[];
  ageDays: number;
  /** Sales of the last seven days (real + fake), oldest first. */
  sales7: number[];
  fake7: number[];
  reviewsGood: number;
  reviewsBad: number;
  /** Good reviews that came from fake orders; removed when caught. */
  fakeReviews: number;
  weight: number;
  rank: number;
  streak: number;
  demoteDays: number;
  takedownDays: number;
  adBudgetFen: number;
  adBidFen: number;
  fakeSearchPerDay: number;
  fakeAdPerDay: number;
  plan: { kind: RankPlan; dayIndex: number } | null;
  superlativeClaim: boolean;
  materialClaim: boolean;
  copiedFrom: string | null;
  similarityBp: number;
  differentiationBp: number;
  hunterMeterBp: number;
  ipMeterBp: number;
  ipThresholdBp: number;
  /** Real orders and fake orders since the listing was last caught, for the 96-order rule. */
  fakeSinceCaught: number;
  /** Every fake order ever placed on the listing. */
  fakeTotal: number;
  /**
   * The pattern the platform sees, in fake orders: today's fakes add, and it fades by a tenth a
   * day, so brushing that stopped weeks ago no longer raises the chance of being caught.
   */
  fakePatternMeter: number;
  soldTotal: number;
  boughtTotal: number;
  lostSales: number;
  carries: ListingCarries;
}

export interface PendingEvent {
  id: number;
  kind: EventKind;
  day: number;
  listingIndex: number;
  choices: EventChoice[];
  /** The figures the choice is about, in fen / bp / units, for the dialog and the rules. */
  amountFen: number;
  discountBp: number;
  competitorId: string;
  role: StaffRole | '';
  qty: number;
}

/** Lasting consequences of answered events, read by the day's simulation. */
export interface EventEffects {
  /** Extra organic visits, in bp of a normal day, through `trafficUntilDay`. */
  trafficBoostBp: number;
  trafficUntilDay: number;
  /** Extra customer chats, in bp of a normal day, and temporary agents, through `surgeUntilDay`. */
  chatSurgeBp: number;
  tempAgents: number;
  surgeUntilDay: number;
  /** Extra festival-day searches (pre-sale deposits, pre-heat ads), in bp of a normal day. */
  festivalSearchBp: number;
  /** Extra discount on festival days on top of the campaign's: a pre-sale's deposit bonus. */
  presaleDiscountBp: number;
}

export type Outcome = 'running' | 'finished' | 'bankrupt' | 'closed';

export type NoticeKind =
  | 'caught'
  | 'shopClosed'
  | 'arrival'
  | 'stockout'
  | 'clearance'
  | 'hunterPaid'
  | 'takedown'
  | 'relisted'
  | 'creditDrawn'
  | 'bankrupt'
  | 'planEnded'
  | 'festival'
  | 'resigned'
  | 'eventResolved';

export interface Notice {
  kind: NoticeKind;
  listingIndex: number;
  amountFen: number;
  qty: number;
}

/** What happened on the last simulated day: the shop scene animates from this. */
export interface DayReport {
  day: number;
  visitsOrganic: number;
  visitsPaid: number;
  visitsFake: number;
  orders: number;
  fakeOrders: number;
  returns: number;
  gmvFen: number;
  reviewsGood: number;
  reviewsBad: number;
  parcels: number;
  chats: number;
  csCapacity: number;
  packCapacity: number;
  notices: Notice[];
}

/** What a listing's ads showed and bought over a span of days (adStats.ts). */
export interface AdFigures {
  impressions: number;
  clicks: number;
  spendFen: number;
  /** Filled orders that came from paid clicks, and what their buyers paid. */
  orders: number;
  revenueFen: number;
  /**
   * Yesterday only: the click price of the dearest slot the bid reached or, when it reached none,
   * of the cheapest slot, so the player can see what a bid must be to be shown at all.
   */
  slotPriceFen: number;
}

export interface ListingAds {
  yesterday: AdFigures;
  stage: AdFigures;
}

/** Per-day series for charts; index i holds day i + 1. */
export interface Series {
  gmvFen: number[];
  netProfitCumFen: number[];
  cashFen: number[];
  orders: number[];
  returns: number[];
  fakeOrders: number[];
  visitsOrganic: number[];
  visitsPaid: number[];
  visitsFake: number[];
  rank: number[];
  ratingCenti: number[];
  stock: number[];
  adSpendFen: number[];
}

export interface Totals {
  orders: number;
  returns: number;
  fakeOrders: number;
  visits: number;
  penalties: number;
  complaints: number;
  hunterClaims: number;
  unitsBought: number;
  unitsCleared: number;
  /** Commission and payment fees the platform kept on fake orders. */
  fakeFeesFen: number;
  /** Refunds, and the commission that comes back with them, of returns accrued at the end. */
  refundsStillDueFen: number;
  commissionStillDueFen: number;
}

export interface SimState {
  rulesVersion: number;
  levelId: string;
  seed: number;
  /** Days simulated so far; the next `advanceDay` simulates day `day + 1`. */
  day: number;
  days: number;
  outcome: Outcome;
  cashFen: number;
  startCashFen: number;
  depositFen: number;
  debtFen: number;
  creditLimitFen: number;
  points: number;
  offences: number;
  /** Offences of 96 or more fake orders: the third one brings 48 points. */
  majorOffences: number;
  staff: Record<StaffRole, number>;
  /** Monthly wage per role, after raises. */
  wagesFen: Record<StaffRole, number>;
  listings: ListingState[];
  /** Money the platform will pay out, by the day it arrives (index = day). */
  pendingByDay: number[];
  payables: Payable[];
  returnsDue: ReturnBatch[];
  campaignJoined: boolean | null;
  campaignDiscountBp: number;
  referencePriceFen: number;
  competitorWeights: number[];
  /** Demand multipliers of the last seven days, oldest first (competitors' sales follow them). */
  demand7: number[];
  competitorBoostBp: Record<string, number>;
  supplierCostBp: Record<string, number>;
  supplierExtraNetDays: Record<string, number>;
  supplierMoqBp: Record<string, number>;
  pendingEvent: PendingEvent | null;
  nextEventId: number;
  eventsSeen: EventKind[];
  /** Day-ends at which the deck deals its next drawn events, soonest first (eventDeck.ts). */
  deckDays: number[];
  /** The day-end the last event opened at: the deck keeps its draws clear of it. */
  lastEventDay: number;
  /**
   * The deck's own random stream: which events come, and their particulars, never shift the
   * draws of sales and detection, so a stage's economy reads the same with or without events.
   */
  eventRng: RngState;
  /** What answered events still change in the days after, until the day each one ends. */
  eventEffects: EventEffects;
  rng: RngState;
  ledger: Ledger;
  series: Series;
  totals: Totals;
  today: DayReport | null;
  /** Per listing, the ad report; read by the player only, outside the state hash. */
  ads: ListingAds[];
  carries: Record<'staff' | 'fixed' | 'interest' | 'tax', number>;
}
