/**
 * The class dashboard's logic, with no DOM: turning verified results into one leaderboard row per
 * student, the merge rule for duplicates and the class median waterfall (the CSV is csv.ts).
 * Every number here comes from a replay (VerifiedResult), never from what a link claims.
 */
import type { LinkReason, VerifiedResult } from '../share';
import { PNL_LINES, type PnlLine, type StageId } from '../sim';
import { setupOf, type Setup } from './setups';
import { waterfallSteps, type WaterfallStep } from '../present/waterfall';

/** One verified hand-in, as it came from one line of the pasted text. */
export interface Verified {
  line: number;
  link: string;
  result: VerifiedResult;
}

/** A line that did not verify: shown with its one-sentence reason, never fatal. */
export interface BadLine {
  line: number;
  text: string;
  reason: LinkReason;
  message: string;
  /** level_changed: the level hash in the link and on this page, so the copies can be told apart. */
  linkLevelHash?: string;
  pageLevelHash?: string;
}

export interface BoardEntry {
  /** The line of the pasted text (or the link's place on the command line) it came from. */
  line: number;
  /** The rank within this entry's setup: scores of different setups are never compared. */
  rank: number;
  setup: Setup;
  /** Played on the setup of most of the class (the first group); false: ranked apart. */
  mainSetup: boolean;
  name: string;
  seed: number;
  stages: StageId[];
  gmv: number;
  netProfit: number;
  /** Net profit over GMV in basis points (0 when there was no GMV). */
  marginBp: number;
  stars: number;
  /** Times the platform caught the shop, over the stages. */
  penalties: number;
  /** The platform's penalty points, over the stages: the unit the platform itself counts in. */
  penaltyPoints: number;
  outcome: string;
  /** The stages' run codes joined: equal codes mean the same run. */
  runCodes: string;
  link: string;
  /** Copies of exactly this run that were handed in again and merged into this row. */
  duplicates: number;
  /** Other, different runs under the same name that were set aside (lower net profit). */
  setAside: number;
  result: VerifiedResult;
}

export function marginBp(gmv: number, netProfit: number): number {
  return gmv > 0 ? Math.trunc((netProfit * 10_000) / gmv) : 0;
}

/** One hand-in as a row of its own, before merging and ranking (rank 0). */
export function boardEntry(item: Verified): BoardEntry {
  const { result } = item;
  const { gmv, netProfit } = result.totals;
  let stars = 0;
  let penalties = 0;
  let penaltyPoints = 0;
  for (const stage of result.stages) {
    stars += stage.summary.stars;
    penalties += stage.summary.penalties;
    penaltyPoints += stage.state.points;
  }
  return {
    line: item.line,
    rank: 0,
    setup: setupOf(result),
    mainSetup: true,
    name: result.name,
    seed: result.seed,
    stages: result.stages.map((s) => s.stage),
    gmv,
    netProfit,
    marginBp: marginBp(gmv, netProfit),
    stars,
    penalties,
    penaltyPoints,
    outcome: result.outcome ?? 'mixed',
    runCodes: result.stages.map((s) => s.summary.stateHash).join('-'),
    link: item.link,
    duplicates: 0,
    setAside: 0,
    result,
  };
}

/** Names compare without case and surrounding space: "Ana" and "ana " are one student. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** Higher net profit first; then higher GMV; then name, so the order never depends on input order. */
export function compareEntries(a: BoardEntry, b: BoardEntry): number {
  return b.netProfit - a.netProfit || b.gmv - a.gmv || a.name.localeCompare(b.name, 'en');
}

/**
 * The merge rule, stated on screen: the same name with the same run codes is one entry (the copy
 * counts as a duplicate); the same name with different runs keeps the run with the best net
 * profit and counts the others as set aside. Ranks are 1, 2, 3… by net profit; ties share a rank.
 * Applied within one setup.
 */
function mergeAndRank(items: readonly Verified[]): BoardEntry[] {
  const byName = new Map<string, BoardEntry>();
  const seenRuns = new Map<string, Set<string>>();
  for (const item of items) {
    const entry = boardEntry(item);
    const key = nameKey(entry.name);
    const runs = seenRuns.get(key) ?? new Set<string>();
    seenRuns.set(key, runs);
    const kept = byName.get(key);
    if (!kept) {
      runs.add(entry.runCodes);
      byName.set(key, entry);
      continue;
    }
    if (runs.has(entry.runCodes)) {
      kept.duplicates += 1;
      continue;
    }
    runs.add(entry.runCodes);
    if (compareEntries(entry, kept) < 0) {
      entry.duplicates = kept.duplicates;
      entry.setAside = kept.setAside + 1;
      byName.set(key, entry);
    } else {
      kept.setAside += 1;
    }
  }
  const board = [...byName.values()].sort(compareEntries);
  board.forEach((entry, i) => {
    const previous = board[i - 1];
    entry.rank = previous && previous.netProfit === entry.netProfit ? previous.rank : i + 1;
  });
  return board;
}

/**
 * The leaderboard. Hand-ins are first grouped by setup (seed, levers, stages); each group is
 * merged and ranked on its own. The group with the most students is the class's setup and comes
 * first; the others follow, larger first, and a tie goes to the setup handed in first. Within a
 * group, entries are in rank order.
 */
export function buildBoard(items: readonly Verified[]): BoardEntry[] {
  const bySetup = new Map<string, { firstLine: number; items: Verified[] }>();
  for (const item of items) {
    const key = setupOf(item.result).key;
    const group = bySetup.get(key) ?? { firstLine: item.line, items: [] };
    group.firstLine = Math.min(group.firstLine, item.line);
    group.items.push(item);
    bySetup.set(key, group);
  }
  const groups = [...bySetup.values()]
    .map((group) => ({ firstLine: group.firstLine, entries: mergeAndRank(group.items) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.firstLine - b.firstLine);
  groups.forEach((group, i) => {
    for (const entry of group.entries) entry.mainSetup = i === 0;
  });
  return groups.flatMap((group) => group.entries);
}

export interface SetupGroup {
  setup: Setup;
  main: boolean;
  entries: BoardEntry[];
}

/** A board from buildBoard as its setup groups, the class's setup first. */
export function setupGroups(board: readonly BoardEntry[]): SetupGroup[] {
  const groups: SetupGroup[] = [];
  for (const entry of board) {
    const last = groups[groups.length - 1];
    if (last && last.setup.key === entry.setup.key) last.entries.push(entry);
    else groups.push({ setup: entry.setup, main: entry.mainSetup, entries: [entry] });
  }
  return groups;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  // Integer fen: the lower half rounds toward zero, so the median of two amounts stays exact.
  return sorted.length % 2 === 1 ? upper : Math.trunc(((sorted[mid - 1] ?? 0) + upper) / 2);
}

/** One student's waterfall over all their stages: each P&L line summed, in PNL_LINES order. */
export function studentWaterfall(result: VerifiedResult): Map<PnlLine, number> {
  const sums = new Map<PnlLine, number>(PNL_LINES.map((line) => [line, 0]));
  for (const stage of result.stages) {
    for (const w of stage.summary.waterfall) sums.set(w.line, (sums.get(w.line) ?? 0) + w.amount);
  }
  return sums;
}

/** Amounts per line → the floating steps the waterfall chart draws, in PNL_LINES order. */
function toSteps(amount: (line: PnlLine) => number): WaterfallStep[] {
  return waterfallSteps(PNL_LINES.map((line) => ({ line, amountFen: amount(line) })));
}

/** A score card's waterfall: all the run's stages added up. */
export function resultSteps(result: VerifiedResult): WaterfallStep[] {
  const sums = studentWaterfall(result);
  return toSteps((line) => sums.get(line) ?? 0);
}

/**
 * The class median waterfall: each line is the median of that line across the students, in the
 * usual order; the bars then run from the median GMV down to the sum of the median lines.
 */
export function medianWaterfall(entries: readonly BoardEntry[]): WaterfallStep[] {
  const perStudent = entries.map((e) => studentWaterfall(e.result));
  return toSteps((line) => median(perStudent.map((w) => w.get(line) ?? 0)));
}

/** How many students ended with each outcome, most frequent first. */
export function outcomeCounts(
  entries: readonly BoardEntry[],
): { outcome: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  return [...counts]
    .map(([outcome, count]) => ({ outcome, count }))
    .sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome));
}

/** One cost line of a student's run, summed over the stages, in fen. */
export function costFen(entry: BoardEntry, line: PnlLine): number {
  let sum = 0;
  for (const stage of entry.result.stages) {
    for (const w of stage.summary.waterfall) if (w.line === line) sum += w.amount;
  }
  return sum;
}
