import type {
  ClassMarketSpec,
  ClearProgress,
  HandIn,
  MarketState,
  RoundResult,
} from '../sim/classMarket';
import { clearRound } from '../sim/classMarketClear';
import { marketHash } from '../sim/classMarketHash';
import { firstCarry, firstMarket } from '../sim/classMarketLevel';
import type { Level } from '../sim/level';
import { briefFor } from './roundBrief';
import {
  decodeClassLink,
  decodeHandInLink,
  encodeBriefLink,
  queryForm,
  type HandInLink,
} from './roundLinks';
import { roundFailure, type RoundFailure } from './roundReasons';

/**
 * A class market rebuilt from its links alone: the class link and every hand-in so far, of any
 * round, in any order. Rounds are cleared in turn, each against the market the one before it
 * left, so the trainer's page, `npm run round` and anyone else holding the same links get the
 * same standings and the same round hashes.
 */
export interface ClassClearing {
  spec: ClassMarketSpec;
  results: RoundResult[];
  /** One brief link per seat for the round after the last cleared one; empty after the last round. */
  nextBriefs: string[];
}

export type ClassClearingResult = { ok: true; clearing: ClassClearing } | LineFailure;
export type LineFailure = RoundFailure & { line?: number };

export interface ClearOptions {
  /** Clear up to this round; default: the latest round any hand-in is for. */
  throughRound?: number;
  /** The next round's deadline as the trainer set it, in minutes since 1970 UTC; 0 for none. */
  deadlineMinute?: number;
  /** Page address put in front of the brief links. */
  page?: string;
}

/** A brief with a page address is one to send: in its query form, which chat apps keep. */
function sendable(link: string, options: ClearOptions): string {
  return options.page === undefined || options.page === '' ? link : queryForm(link);
}

export function roundOneBriefs(spec: ClassMarketSpec, base: Level, options: ClearOptions = {}) {
  const market = firstMarket(spec, base);
  const hash = marketHash(spec, market);
  const links: string[] = [];
  for (let seat = 1; seat <= spec.seats; seat++) {
    links.push(
      sendable(
        encodeBriefLink(
          {
            spec,
            market,
            marketHash: hash,
            seat,
            carry: firstCarry(base),
            deadlineMinute: options.deadlineMinute ?? 0,
            lastRound: null,
          },
          options.page ?? '',
        ),
        options,
      ),
    );
  }
  return links;
}

export function readHandIns(
  lines: readonly string[],
  spec: ClassMarketSpec,
  base: Level,
): { ok: true; handIns: HandInLink[] } | LineFailure {
  const handIns: HandInLink[] = [];
  for (let i = 0; i < lines.length; i++) {
    const decoded = decodeHandInLink(lines[i], spec, base);
    if (!decoded.ok) return { ...decoded, line: i + 1 };
    if (decoded.link.round > spec.rounds) return { ...roundFailure('future_round'), line: i + 1 };
    handIns.push(decoded.link);
  }
  return { ok: true, handIns };
}

/**
 * Identical copies of one hand-in (pasted twice, dropped in two files) count once; two different
 * hand-ins for one seat and round are refused, since neither can be preferred without a clock.
 */
function oneBySeat(handIns: readonly HandInLink[]): HandIn[] | RoundFailure {
  const bySeat = new Map<number, HandInLink>();
  for (const handIn of handIns) {
    const seen = bySeat.get(handIn.seat);
    if (seen === undefined) bySeat.set(handIn.seat, handIn);
    else if (JSON.stringify(seen) !== JSON.stringify(handIn)) {
      return roundFailure('duplicate_seat', handIn.seat);
    }
  }
  return [...bySeat.values()];
}

export function clearClass(
  spec: ClassMarketSpec,
  base: Level,
  handIns: readonly HandInLink[],
  options: ClearOptions = {},
  onProgress?: (progress: ClearProgress) => void,
): ClassClearingResult {
  const latest = handIns.reduce((max, h) => Math.max(max, h.round), 0);
  const through = options.throughRound ?? latest;
  if (through < 1 || through > spec.rounds) return roundFailure('future_round');
  let market = firstMarket(spec, base);
  let carries = Array.from({ length: spec.seats }, () => firstCarry(base));
  let names: string[] = [];
  const results: RoundResult[] = [];
  for (let round = 1; round <= through; round++) {
    const hash = marketHash(spec, market);
    const ofRound = handIns.filter((h) => h.round === round);
    for (const handIn of ofRound) {
      if (handIn.marketHash !== hash) return roundFailure('other_market', handIn.seat);
    }
    const unique = oneBySeat(ofRound);
    if (!Array.isArray(unique)) return unique;
    const input = { base, spec, market, carries, names, handIns: unique };
    const cleared = clearRound(onProgress ? { ...input, onProgress } : input);
    if (!cleared.ok) {
      const problem = cleared.problem;
      return problem.kind === 'seat'
        ? roundFailure(problem.problem, problem.seat)
        : roundFailure(problem.problem);
    }
    const result = cleared.result;
    results.push(result);
    names = Array.from({ length: spec.seats }, (_, i) => {
      return result.standings.find((s) => s.seat === i + 1)?.name ?? '';
    });
    carries = result.carries;
    if (result.next === null) break;
    market = result.next;
  }
  const last = results[results.length - 1];
  const nextBriefs: string[] = [];
  if (last?.next) {
    const next = last.next;
    const hash = marketHash(spec, next);
    last.carries.forEach((carry, i) => {
      nextBriefs.push(
        sendable(
          encodeBriefLink(
            {
              spec,
              market: next,
              marketHash: hash,
              seat: i + 1,
              carry,
              deadlineMinute: options.deadlineMinute ?? 0,
              lastRound: briefFor(last, i + 1),
            },
            options.page ?? '',
          ),
          options,
        ),
      );
    });
  }
  return { ok: true, clearing: { spec, results, nextBriefs } };
}

/** The whole path from text: the class link and the hand-in lines as pasted or read from a file. */
export function clearClassFromLinks(
  classText: string,
  lines: readonly string[],
  base: Level,
  options: ClearOptions = {},
  onProgress?: (progress: ClearProgress) => void,
): ClassClearingResult {
  const klass = decodeClassLink(classText, base);
  if (!klass.ok) return klass;
  const read = readHandIns(lines, klass.link.spec, base);
  if (!read.ok) return read;
  return clearClass(klass.link.spec, base, read.handIns, options, onProgress);
}

/**
 * The trainer's page collecting round `market.round`: a hand-in is taken only if it is of this
 * class, of this round, and played against this round's market.
 */
export function acceptHandIn(
  text: string,
  spec: ClassMarketSpec,
  base: Level,
  market: MarketState,
): { ok: true; handIn: HandInLink } | RoundFailure {
  const decoded = decodeHandInLink(text, spec, base);
  if (!decoded.ok) return decoded;
  const handIn = decoded.link;
  if (handIn.round < market.round) return roundFailure('stale_round', handIn.seat);
  if (handIn.round > market.round) return roundFailure('future_round', handIn.seat);
  if (handIn.marketHash !== marketHash(spec, market)) {
    return roundFailure('other_market', handIn.seat);
  }
  return { ok: true, handIn };
}
