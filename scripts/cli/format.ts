import type { PnlLine, StageSummary } from '../../src/sim/index';
import type { Levels } from './levels';
import { formatRating, formatStars, formatYuan } from './money';
import type { CampaignReport } from './runCampaign';

/**
 * The --json document. Keys are listed one by one rather than spread from StageSummary, so a field
 * someone adds to the summary later does not silently change a format other tools parse.
 */
export function toJsonReport(report: CampaignReport): unknown {
  return {
    rulesVersion: report.rulesVersion,
    seed: report.seed,
    stages: report.stages.map((s: StageSummary) => ({
      stage: s.stage,
      days: s.days,
      gmv: s.gmv,
      netProfit: s.netProfit,
      cashEnd: s.cashEnd,
      cashMin: s.cashMin,
      orders: s.orders,
      returns: s.returns,
      fakeOrders: s.fakeOrders,
      rankEnd: s.rankEnd,
      rating: s.rating,
      penalties: s.penalties,
      stars: s.stars,
      outcome: s.outcome,
      waterfall: s.waterfall.map(({ line, amount }) => ({ line, amount })),
      stateHash: s.stateHash,
    })),
    total: { gmv: report.total.gmv, netProfit: report.total.netProfit },
    ...(report.campaign === null ? {} : { campaign: { outcome: report.campaign.outcome } }),
  };
}

export function formatJson(report: CampaignReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/** Waterfall line names as the debrief screen words them. */
export const PNL_LABELS: Record<PnlLine, string> = {
  gmv: 'GMV',
  refunds: 'Refunds',
  returnsDue: 'Returns still due',
  cogs: 'Cost of goods',
  writeOffs: 'Write-offs',
  commission: 'Platform commission',
  paymentFees: 'Payment fees',
  coupons: 'Coupons and discounts',
  ads: 'Ads (pay per click)',
  shipping: 'Shipping and packaging',
  insuranceAndReturns: 'Freight insurance and returns',
  staff: 'Staff',
  fixedCosts: 'Fixed costs',
  taxes: 'Taxes',
  finesAndClaims: 'Fines and claims',
  fakeOrderCosts: 'Fake order costs',
  interest: 'Interest',
};

type Row = readonly [label: string, value: string];

/** Two label/value columns side by side: money on the left, counts on the right. */
function twoColumns(left: readonly Row[], right: readonly Row[], indent: string): string[] {
  const width = (rows: readonly Row[], i: 0 | 1) => Math.max(0, ...rows.map((r) => r[i].length));
  const [lLabel, lValue, rLabel] = [width(left, 0), width(left, 1), width(right, 0)];
  const lines: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    const leftText =
      l === undefined
        ? ' '.repeat(lLabel + 2 + lValue)
        : `${l[0].padEnd(lLabel)}  ${l[1].padStart(lValue)}`;
    const rightText = r === undefined ? '' : `${r[0].padEnd(rLabel)}  ${r[1]}`;
    lines.push(`${indent}${leftText}      ${rightText}`.trimEnd());
  }
  return lines;
}

function stageBlock(s: StageSummary, levels: Levels): string[] {
  const level = levels[s.stage];
  const lines = [
    `${level.title.en} (${s.stage}, ${s.days} of ${level.days} days)`,
    `  Outcome: ${s.outcome} ${formatStars(s.stars)}   Run code: ${s.stateHash}`,
    ...twoColumns(
      [
        ['GMV', formatYuan(s.gmv)],
        ['Net profit', formatYuan(s.netProfit)],
        ['Cash at end', formatYuan(s.cashEnd)],
        ['Lowest cash', formatYuan(s.cashMin)],
      ],
      [
        ['Orders', String(s.orders)],
        ['Returns', String(s.returns)],
        ['Fake orders', String(s.fakeOrders)],
        ['Rank at end', s.rankEnd > 0 ? `#${s.rankEnd}` : 'unranked'],
        ['Rating', formatRating(s.rating)],
        ['Penalties', String(s.penalties)],
      ],
      '  ',
    ),
    '  From GMV to net profit:',
  ];
  const rows: Row[] = s.waterfall.map(({ line, amount }) => [PNL_LABELS[line], formatYuan(amount)]);
  const total: Row = ['Net profit', formatYuan(s.netProfit)];
  const labelWidth = Math.max(...[...rows, total].map((r) => r[0].length));
  const valueWidth = Math.max(...[...rows, total].map((r) => r[1].length));
  const row = (r: Row) => `    ${r[0].padEnd(labelWidth)}  ${r[1].padStart(valueWidth)}`;
  lines.push(...rows.map(row), `    ${'-'.repeat(labelWidth + 2 + valueWidth)}`, row(total));
  return lines;
}

/** The human-readable report: one block per stage, then the totals (and the ending, for all). */
export function formatTable(report: CampaignReport, levels: Levels): string {
  const lines = [`Four Stages, seed ${report.seed} (rules version ${report.rulesVersion})`, ''];
  for (const summary of report.stages) lines.push(...stageBlock(summary, levels), '');
  lines.push(
    `Total: GMV ${formatYuan(report.total.gmv)}, net profit ${formatYuan(report.total.netProfit)}`,
  );
  if (report.campaign !== null) lines.push(`Campaign outcome: ${report.campaign.outcome}`);
  return `${lines.join('\n')}\n`;
}
