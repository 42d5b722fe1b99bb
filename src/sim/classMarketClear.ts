import { attractionBp, OUTSIDE_OPTION_PER_SEAT_BP } from './classMarketAttraction';
import type {
  ClassMarketSpec,
  ClearProgress,
  HandIn,
  MarketState,
  RoundResult,
  SeatStrategy,
  ShopCarry,
} from './classMarket';
import { contentHash, marketHash } from './classMarketHash';
import { carryFromState, firstCarry, roundLevel, roundSeed } from './classMarketLevel';
import { nextMarket } from './classMarketNext';
import {
  playHandIn,
  playInSplitMarket,
  playStandIn,
  standInPlan,
  standInStrategy,
  type PlayProblem,
} from './classMarketPlay';
import { classDemandUnits, splitByWeight } from './classMarketSplit';
import { rankStandings, shopRound } from './classMarketStandings';
import type { Level, PlanStep } from './level';
import { BP, clamp, mulBp } from './math';
import { runStage } from './replay';
import type { SimState } from './state';
import { summarizeStage } from './summary';
import { ratingCenti } from './traffic';

/** The split never multiplies a shop's searches by more than this: no one takes the whole street. */
export const MAX_SEARCH_SCALE_BP = 40_000;

export interface RoundInput {
  /** The class market's base stage, as loaded and validated (Stage 4 by default). */
  base: Level;
  spec: ClassMarketSpec;
  market: MarketState;
  /** Seat i + 1's opening for this round; length = spec.seats. */
  carries: readonly ShopCarry[];
  /** The names last seen for each seat, so a stand-in keeps its student's name on the board. */
  names: readonly string[];
  /** In any order: the result never depends on it. At most one per seat. */
  handIns: readonly HandIn[];
  /** Told after every shop's game; it reads, never changes, the clearing. */
  onProgress?: (progress: ClearProgress) => void;
}

export type ClearProblem =
  | { kind: 'seat'; seat: number; problem: PlayProblem | 'duplicate_seat' | 'seat_out_of_range' }
  | { kind: 'round'; problem: 'stale_round' | 'other_class' | 'other_market' };

export type ClearResult = { ok: true; result: RoundResult } | { ok: false; problem: ClearProblem };

interface Seat {
  seat: number;
  name: string;
  strategy: SeatStrategy;
  carry: ShopCarry;
  plan: PlanStep[];
  level: Level;
  alone: SimState;
  attraction: number;
}

function checkHandIns(input: RoundInput, hash: string): ClearProblem | null {
  const seen = new Set<number>();
  for (const handIn of input.handIns) {
    if (!Number.isInteger(handIn.seat) || handIn.seat < 1 || handIn.seat > input.spec.seats) {
      return { kind: 'seat', seat: handIn.seat, problem: 'seat_out_of_range' };
    }
    if (seen.has(handIn.seat))
      return { kind: 'seat', seat: handIn.seat, problem: 'duplicate_seat' };
    seen.add(handIn.seat);
    if (handIn.round !== input.market.round) return { kind: 'round', problem: 'stale_round' };
    if (handIn.marketHash !== hash) return { kind: 'round', problem: 'other_market' };
  }
  return null;
}

/** Plays every seat alone against the round's market: the hand-in as played, or its stand-in. */
function playAlone(input: RoundInput, seed: number): Seat[] | ClearProblem {
  const bySeat = new Map(input.handIns.map((handIn) => [handIn.seat, handIn]));
  const seats: Seat[] = [];
  for (let seat = 1; seat <= input.spec.seats; seat++) {
    const carry = input.carries[seat - 1] ?? firstCarry(input.base);
    const level = roundLevel(input.base, input.spec, input.market, carry);
    const handIn = bySeat.get(seat);
    const played = handIn
      ? playHandIn(level, seed, handIn)
      : playStandIn(level, seed, standInPlan(level, input.market.round, carry));
    if (!played.ok) return { kind: 'seat', seat, problem: played.problem };
    input.onProgress?.({
      round: input.market.round,
      pass: 'alone',
      done: seat,
      total: input.spec.seats,
    });
    seats.push({
      seat,
      name: handIn?.name ?? input.names[seat - 1] ?? '',
      strategy: handIn ? 'handedIn' : standInStrategy(input.market.round),
      carry,
      plan: played.plan,
      level,
      alone: played.state,
      attraction: 0,
    });
  }
  let classAdBudget = 0;
  for (const s of seats) classAdBudget += s.alone.listings[0]?.adBudgetFen ?? 0;
  for (const s of seats) {
    const listing = s.alone.listings[0];
    if (listing === undefined) continue;
    s.attraction = attractionBp({
      effectivePriceFen: mulBp(listing.priceFen, BP - listing.discountBp),
      referencePriceFen: input.market.referencePriceFen,
      qualityBp: listing.qualityBp,
      ratingCenti: ratingCenti(listing),
      rank: listing.rank,
      adBudgetFen: listing.adBudgetFen,
      classAdBudgetFen: classAdBudget,
      seats: input.spec.seats,
      discountBp: listing.discountBp,
    });
  }
  return seats;
}

/** Replays allowed to find a seat's search scale; each one narrows the bracket. */
export const SPLIT_PLAYS = 5;
/** Demand within this share of its target needs no further replay. */
export const SPLIT_TOLERANCE_BP = 200;

function demandOf(state: SimState): number {
  return state.totals.orders + (state.listings[0]?.lostSales ?? 0);
}

/**
 * Re-plays a seat with its searches scaled so that its demand (orders plus sales lost for want
 * of stock) meets its target. Sales feed back into rank, so demand is far from proportional to
 * the scale: the scale is searched by false position between the closest scales found below and
 * above the target, and the replay whose demand came closest wins (the lower scale on a tie).
 */
function meetTarget(input: RoundInput, seed: number, s: Seat, target: number): SimState {
  const play = (scaleBp: number) =>
    playInSplitMarket(
      roundLevel(input.base, input.spec, input.market, s.carry, scaleBp),
      seed,
      s.plan,
      s.level,
    );
  let below = { scale: 0, demand: 0 };
  let above: { scale: number; demand: number } | null = null;
  let scale = scaleFor(BP, target, demandOf(s.alone));
  let best: { state: SimState; miss: number; scale: number } | null = null;
  for (let i = 0; i < SPLIT_PLAYS; i++) {
    const state = play(scale);
    const demand = demandOf(state);
    const miss = Math.abs(demand - target);
    if (best === null || miss < best.miss || (miss === best.miss && scale < best.scale)) {
      best = { state, miss, scale };
    }
    if (miss * BP <= target * SPLIT_TOLERANCE_BP) break;
    if (demand < target) below = { scale, demand };
    else above = { scale, demand };
    const next =
      above === null
        ? scaleFor(scale, target, demand)
        : below.scale +
          Math.floor(
            ((above.scale - below.scale) * (target - below.demand)) /
              Math.max(1, above.demand - below.demand),
          );
    if (next === scale || (above === null && scale === MAX_SEARCH_SCALE_BP)) break;
    scale = clamp(next, 0, MAX_SEARCH_SCALE_BP);
  }
  return (best as { state: SimState }).state;
}

function scaleFor(scaleBp: number, target: number, demand: number): number {
  return clamp(Math.floor((scaleBp * target) / Math.max(1, demand)), 0, MAX_SEARCH_SCALE_BP);
}

/**
 * Clears one round (ECONOMICS.md §5, attraction model). Every seat is first played alone against
 * the round's market; its attraction comes from that game's end: price after coupon against the
 * reference, quality, rating, rank, its share of the class's ad budgets and its coupon. The
 * class's orders (classDemandUnits) are split by attraction, and each shop is re-played with its
 * searches scaled so that its demand meets its part (meetTarget). Demand a shop turns away for want of stock is split
 * once more, by attraction, among the shops that still have stock, which are re-played again;
 * what they cannot serve goes to the outside option. Stand-ins are played like hand-ins.
 */
export function clearRound(input: RoundInput): ClearResult {
  const { base, spec, market } = input;
  if (market.classId !== spec.classId)
    return { ok: false, problem: { kind: 'round', problem: 'other_class' } };
  const hash = marketHash(spec, market);
  const handInProblem = checkHandIns(input, hash);
  if (handInProblem) return { ok: false, problem: handInProblem };
  const seed = roundSeed(spec, market.round);
  const seats = playAlone(input, seed);
  if (!Array.isArray(seats)) return { ok: false, problem: seats };

  const ordinaryLevel = roundLevel(base, spec, market, firstCarry(base));
  const ordinary = runStage(ordinaryLevel, seed, ordinaryLevel.defaultPlan);
  const ordinaryOrders = ordinary.ok ? ordinary.state.totals.orders : 0;
  let attractionSum = 0;
  for (const s of seats) attractionSum += s.attraction;
  const classOrders = classDemandUnits(
    ordinaryOrders,
    spec.seats,
    attractionSum,
    OUTSIDE_OPTION_PER_SEAT_BP * spec.seats,
  );
  const claims = seats.map((s) => ({ seat: s.seat, weightBp: s.attraction }));
  const targets = splitByWeight(classOrders, claims);

  const replayAt = (s: Seat, target: number) => meetTarget(input, seed, s, target);
  const tell = (pass: ClearProgress['pass'], done: number, total: number) =>
    input.onProgress?.({ round: market.round, pass, done, total });
  const split = seats.map((s, i) => {
    const state = replayAt(s, targets.get(s.seat) ?? 0);
    tell('split', i + 1, seats.length);
    return state;
  });

  let turnedAway = 0;
  const stocked: { seat: number; weightBp: number }[] = [];
  seats.forEach((s, i) => {
    const listing = split[i]?.listings[0];
    if (listing === undefined) return;
    turnedAway += listing.lostSales;
    if (listing.onHand > 0) stocked.push({ seat: s.seat, weightBp: s.attraction });
  });
  const extra = splitByWeight(turnedAway, stocked);
  let refills = 0;
  for (const s of seats) if ((extra.get(s.seat) ?? 0) > 0) refills += 1;
  let refilled = 0;
  const finals = seats.map((s, i) => {
    const more = extra.get(s.seat) ?? 0;
    if (more === 0) return split[i] as SimState;
    const state = replayAt(s, (targets.get(s.seat) ?? 0) + more);
    refilled += 1;
    tell('stock', refilled, refills);
    return state;
  });

  let classOrdersSold = 0;
  for (const state of finals) classOrdersSold += state.totals.orders;
  const rounds = seats.map((s, i) =>
    shopRound(
      s.seat,
      s.name,
      s.strategy,
      s.attraction,
      finals[i] as SimState,
      s.level,
      classOrdersSold,
    ),
  );
  const standings = rankStandings(rounds);
  const carries = finals.map(carryFromState);
  const played = seats.map((s) => ({ seat: s.seat, strategy: s.strategy, plan: s.plan }));
  const partial = {
    classId: spec.classId,
    round: market.round,
    marketHash: hash,
    standings,
    carries,
  };
  const roundHash = contentHash({ ...partial, played });
  const next = market.round < spec.rounds ? nextMarket(market, standings, roundHash) : null;
  const waterfalls = seats.map((s, i) => summarizeStage(s.level, finals[i] as SimState).waterfall);
  return { ok: true, result: { ...partial, roundHash, next, waterfalls } };
}
