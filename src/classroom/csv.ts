/**
 * The one CSV of verified hand-ins, for the class dashboard and `npm run verify -- --csv`: the
 * same columns in the same order, headers in the page's (or the command's) language. Every cell
 * goes through csvCell, so none can start a formula; money is a plain number of yuan.
 */
import { csvRow } from '../share';
import type { PnlLine } from '../sim';
import { fenAsYuan } from '../present/format';
import { t, type MessageKey } from '../present/i18n';
import { costFen, type BoardEntry } from './board';
import type { LargestCost } from './largestCost';

/**
 * The cost lines a trainer grades by, as the waterfall has them (negative: money out), summed over
 * the student's stages: the same figures as each debrief's waterfall.
 */
export const COST_COLUMNS = [
  { key: 'ads_yuan', line: 'ads' },
  { key: 'refunds_yuan', line: 'refunds' },
  { key: 'write_offs_yuan', line: 'writeOffs' },
  { key: 'fake_order_costs_yuan', line: 'fakeOrderCosts' },
  { key: 'fines_and_claims_yuan', line: 'finesAndClaims' },
  { key: 'staff_yuan', line: 'staff' },
] as const satisfies readonly { key: string; line: PnlLine }[];

/** The columns, in order; each header is the catalogue's `csv.col.<key>`. */
export const CSV_COLUMNS = [
  'line',
  'verified',
  'rank',
  'name',
  'stages',
  'gmv_yuan',
  'net_profit_yuan',
  'margin_percent',
  'stars',
  'outcome',
  'penalty_points',
  'penalties_caught',
  ...COST_COLUMNS.map((c) => c.key),
  'largest_cost_decision',
  'largest_cost_decision_yuan',
  'seed',
  'run_codes',
  'duplicates',
  'set_aside',
  'setup',
  'class_setup',
  'reason',
  'link',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The header row's cells in the current language. */
export function csvHeaders(): string[] {
  return CSV_COLUMNS.map((key) => t(`csv.col.${key}` as MessageKey));
}

/**
 * One row of the CSV:
 * - a verified hand-in: its board entry; `ranked` false for a copy or a set-aside run of a
 *   student whose row is elsewhere (the CLI lists every link), which then has no rank of its own;
 * - a line that did not verify, with the sentence that says why.
 */
export type CsvItem =
  | { kind: 'verified'; entry: BoardEntry; ranked: boolean; largestCost: LargestCost | null }
  | { kind: 'rejected'; line: number; link: string; reason: string };

type Cell = string | number | boolean | null;

function verifiedCells(
  entry: BoardEntry,
  ranked: boolean,
  largest: LargestCost | null,
): Record<CsvColumn, Cell> {
  const yesNo = (value: boolean) => t(value ? 'csv.yes' : 'csv.no');
  const costs = Object.fromEntries(
    COST_COLUMNS.map((c) => [c.key, fenAsYuan(costFen(entry, c.line))]),
  ) as Record<(typeof COST_COLUMNS)[number]['key'], Cell>;
  return {
    line: entry.line,
    verified: yesNo(true),
    rank: ranked ? entry.rank : null,
    name: entry.name,
    stages: entry.stages.join(' '),
    gmv_yuan: fenAsYuan(entry.gmv),
    net_profit_yuan: fenAsYuan(entry.netProfit),
    margin_percent: entry.marginBp / 100,
    stars: entry.stars,
    outcome: entry.outcome,
    penalty_points: entry.penaltyPoints,
    penalties_caught: entry.penalties,
    ...costs,
    largest_cost_decision: largest?.label ?? null,
    largest_cost_decision_yuan: largest ? fenAsYuan(largest.netEffectFen) : null,
    seed: entry.seed,
    run_codes: entry.runCodes,
    duplicates: ranked ? entry.duplicates : null,
    set_aside: ranked ? entry.setAside : null,
    setup: entry.setup.key,
    class_setup: yesNo(entry.mainSetup),
    reason: null,
    link: entry.link,
  };
}

function rowOf(item: CsvItem): Cell[] {
  if (item.kind === 'verified') {
    const cells = verifiedCells(item.entry, item.ranked, item.largestCost);
    return CSV_COLUMNS.map((key) => cells[key]);
  }
  return CSV_COLUMNS.map((key) => {
    if (key === 'line') return item.line;
    if (key === 'verified') return t('csv.no');
    if (key === 'reason') return item.reason;
    if (key === 'link') return item.link;
    return null;
  });
}

/** The header, then one row per item, in the order given; CRLF line ends. */
export function classCsv(items: readonly CsvItem[]): string {
  return [csvRow(csvHeaders()), ...items.map((item) => csvRow(rowOf(item)))].join('');
}

/** The dashboard's CSV: the leaderboard as it stands, the class's setup first. */
export function boardCsv(
  entries: readonly BoardEntry[],
  largest: (entry: BoardEntry) => LargestCost | null = () => null,
): string {
  return classCsv(
    entries.map((entry) => ({
      kind: 'verified',
      entry,
      ranked: true,
      largestCost: largest(entry),
    })),
  );
}
