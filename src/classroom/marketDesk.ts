import type { Level } from '../sim';
import { CLASS_MARKET_LIMITS, type ClassMarketSpec } from '../sim/classMarket';
import { decodeHandInLink } from '../share/roundLinks';

/**
 * The trainer's desk for one class market: the hand-ins as collected, each with the time the
 * trainer's page took it in, and each round's deadline as the trainer set it. Both times are
 * the trainer page's clock: a student's clock never decides whether a hand-in is late. The desk
 * is what the page keeps across a reload and what the round bundle carries, so anyone holding
 * a bundle marks the same hand-ins late.
 */
export interface Collected {
  /** The line as pasted, dropped or scanned. */
  text: string;
  /** When this page first took it in, in ms since 1970 UTC. */
  collectedMs: number;
}

export interface RoundDeadline {
  round: number;
  /** Minutes since 1970 UTC, as in the brief links; 0 for none. */
  minute: number;
}

export interface MarketDesk {
  classLink: string;
  collected: Collected[];
  deadlines: RoundDeadline[];
  /** Late hand-ins still count (the default) or are left out, their seats played by stand-ins. */
  countLate: boolean;
}

export const EMPTY_DESK: MarketDesk = {
  classLink: '',
  collected: [],
  deadlines: [],
  countLate: true,
};

/** 60 seats x 4 rounds, with room for repeats and mistakes; more is not a class. */
export const MAX_COLLECTED = 1000;
const MAX_LINE_CHARS = 8000;

/**
 * The lines now in the hand-in field, each keeping the time it was first collected: a line
 * seen before keeps its time, a new one is stamped `nowMs`, a removed one is forgotten.
 */
export function restamp(
  collected: readonly Collected[],
  lines: readonly string[],
  nowMs: number,
): Collected[] {
  const known = new Map<string, number>();
  for (const c of collected) if (!known.has(c.text)) known.set(c.text, c.collectedMs);
  const out: Collected[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || text.length > MAX_LINE_CHARS || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, collectedMs: known.get(text) ?? nowMs });
    if (out.length >= MAX_COLLECTED) break;
  }
  return out;
}

export function deadlineOf(desk: Pick<MarketDesk, 'deadlines'>, round: number): number {
  return desk.deadlines.find((d) => d.round === round)?.minute ?? 0;
}

export function withDeadline(desk: MarketDesk, round: number, minute: number): MarketDesk {
  const deadlines = desk.deadlines.filter((d) => d.round !== round);
  if (minute > 0) deadlines.push({ round, minute });
  deadlines.sort((a, b) => a.round - b.round);
  return { ...desk, deadlines };
}

/** Late: taken in after the round's deadline minute had passed (a hand-in at 10:30:59 for 10:30 is on time). */
export function isLate(collectedMs: number, deadlineMinute: number): boolean {
  return deadlineMinute > 0 && Math.floor(collectedMs / 60_000) > deadlineMinute;
}

export interface HandInMark {
  round: number;
  seat: number;
  collectedMs: number;
  late: boolean;
}

/** `round:seat` -> when that seat's hand-in for that round came in, and whether it was late. */
export function handInMarks(
  desk: Pick<MarketDesk, 'collected' | 'deadlines'>,
  spec: ClassMarketSpec,
  base: Level,
): Map<string, HandInMark> {
  const marks = new Map<string, HandInMark>();
  for (const c of desk.collected) {
    const decoded = decodeHandInLink(c.text, spec, base);
    if (!decoded.ok) continue;
    const { round, seat } = decoded.link;
    const key = markKey(round, seat);
    const seen = marks.get(key);
    // Two copies of one seat's round: the first one collected decides.
    if (seen !== undefined && seen.collectedMs <= c.collectedMs) continue;
    const late = isLate(c.collectedMs, deadlineOf(desk, round));
    marks.set(key, { round, seat, collectedMs: c.collectedMs, late });
  }
  return marks;
}

export function markKey(round: number, seat: number): string {
  return `${round}:${seat}`;
}

/** The lines the clearing gets: every collected one, or only those on time if late ones are left out. */
export function linesToClear(desk: MarketDesk, spec: ClassMarketSpec, base: Level): string[] {
  if (desk.countLate) return desk.collected.map((c) => c.text);
  return desk.collected
    .filter((c) => {
      const decoded = decodeHandInLink(c.text, spec, base);
      if (!decoded.ok) return true;
      return !isLate(c.collectedMs, deadlineOf(desk, decoded.link.round));
    })
    .map((c) => c.text);
}

/** A desk read back from storage or a bundle: anything malformed is dropped, never trusted. */
export function parseDesk(value: unknown): MarketDesk | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['classLink'] !== 'string' || v['classLink'].length > MAX_LINE_CHARS) return null;
  const collected: Collected[] = [];
  if (Array.isArray(v['collected'])) {
    for (const c of v['collected'].slice(0, MAX_COLLECTED)) {
      const item = c as Partial<Collected> | null;
      if (
        typeof item?.text === 'string' &&
        item.text.length <= MAX_LINE_CHARS &&
        Number.isSafeInteger(item.collectedMs) &&
        (item.collectedMs as number) >= 0
      ) {
        collected.push({ text: item.text, collectedMs: item.collectedMs as number });
      }
    }
  }
  const deadlines: RoundDeadline[] = [];
  if (Array.isArray(v['deadlines'])) {
    for (const d of v['deadlines'].slice(0, 8)) {
      const item = d as Partial<RoundDeadline> | null;
      if (
        Number.isInteger(item?.round) &&
        (item?.round as number) >= 1 &&
        (item?.round as number) <= CLASS_MARKET_LIMITS.rounds.max &&
        Number.isSafeInteger(item?.minute) &&
        (item?.minute as number) > 0
      ) {
        deadlines.push({ round: item?.round as number, minute: item?.minute as number });
      }
    }
  }
  return {
    classLink: v['classLink'],
    collected,
    deadlines,
    countLate: v['countLate'] !== false,
  };
}
