import type { Action } from './actions';
import type { WaterfallLine } from './ledger';
import type { Levers, StaffRole } from './level';

/**
 * A class market: every student runs one shop in the same category, round after round, and the
 * trainer's clearing splits each round's demand among the class's shops (classMarketClear.ts).
 * Everything here is data the links carry; the rules are in the classMarket*.ts files beside it.
 */
export const CLASS_MARKET_LIMITS = {
  rounds: { min: 2, max: 4 },
  daysPerRound: { min: 3, max: 14 },
  seats: { min: 2, max: 60 },
} as const;

export interface ClassMarketSpec {
  /** Chosen by the trainer's page when the class is created; links of another class carry another. */
  classId: number;
  name: string;
  seed: number;
  rounds: number;
  daysPerRound: number;
  /** Roster size: seats are numbered 1..seats and are what a student hands in under. */
  seats: number;
  levers: Partial<Levers>;
}

/** What a shop takes from one round into the next: the opening of its next round level. */
export interface ShopCarry {
  cashFen: number;
  onHand: number;
  unitCostFen: number;
  priceFen: number;
  discountBp: number;
  adBudgetFen: number;
  adBidFen: number;
  supplierId: string;
  materialId: string;
  styleId: string;
  qualityBp: number;
  trendFitBp: number;
  defectBp: number;
  reviewsGood: number;
  reviewsBad: number;
  ageDays: number;
  /** Real and fake sales of the round's last seven days, oldest first. */
  salesHistory: number[];
  staff: Record<StaffRole, number>;
}

/** The market a round is played against; its hash is what hand-ins must echo. */
export interface MarketState {
  classId: number;
  round: number;
  referencePriceFen: number;
  /** Category search interest this round, in bp of the stage's base volume. */
  demandBp: number;
  /** Hash of the previous round's result ('' before round 1), so rounds chain. */
  previousRoundHash: string;
}

export interface HandIn {
  seat: number;
  name: string;
  round: number;
  marketHash: string;
  /** The round as the student played it, advanceDay included. */
  log: readonly Action[];
}

/**
 * How a seat's round was played. Absent seats get a declared stand-in, shown on the standings:
 * in round 1 the stage's default plan, later the seat's last decisions kept unchanged.
 */
export const SEAT_STRATEGIES = ['handedIn', 'defaultPlan', 'keepsLastDecisions'] as const;
export type SeatStrategy = (typeof SEAT_STRATEGIES)[number];

/** A shop's round as every classmate may see it, plus its own score lines. */
export interface ShopRound {
  seat: number;
  name: string;
  strategy: SeatStrategy;
  /** Price after discount at the round's end, the price shoppers compared. */
  effectivePriceFen: number;
  rank: number;
  /** Units sold per day over the round, in hundredths. */
  salesPerDayCenti: number;
  ratingCenti: number;
  complaints: number;
  attractionBp: number;
  /** Share of the class's orders this round. */
  shareBp: number;
  orders: number;
  lostSales: number;
  gmvFen: number;
  netProfitFen: number;
  cashEndFen: number;
  /** 1 = best; the documented order in classMarketStandings.ts. */
  place: number;
}

export interface RoundResult {
  classId: number;
  round: number;
  /** Hash of the market state the round was played against. */
  marketHash: string;
  /** Hash of this whole result: anyone holding the round's hand-ins recomputes it. */
  roundHash: string;
  standings: ShopRound[];
  /** Seat i's opening for the next round, in seat order (index 0 = seat 1). */
  carries: ShopCarry[];
  /** The next round's market; null after the last round. */
  next: MarketState | null;
  /**
   * Each seat's cleared waterfall, in seat order, for its printed sheet. Outside the round hash:
   * it follows from the standings' games, and the hash stays what the links and goldens pin.
   */
  waterfalls: WaterfallLine[][];
}

/** How far a clearing has come, for a trainer watching 60 shops being re-simulated. */
export interface ClearProgress {
  round: number;
  /** alone: each shop played as its student did; split: in the shared market; stock: refilled. */
  pass: 'alone' | 'split' | 'stock';
  done: number;
  total: number;
}
