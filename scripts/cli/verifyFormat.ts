import { csvRow, isolateName, type VerifyResult } from '../../src/share/index';
import { formatYuan } from './money';

/**
 * The three output forms of `npm run verify`. Each takes one result and returns one line, so the
 * output has exactly one line (or row) per input link, in input order. Names are already
 * sanitised by the decoder (no control, bidi or zero-width characters), so a line cannot be
 * broken; in the text form each name is isolated (FSI…PDI), so a right-to-left name cannot
 * reorder the words around it. CSV and JSON cells carry the name as it is.
 */

/** Every stage's run code, joined: the single fingerprint of a multi-stage run. */
export function runCodes(result: VerifyResult & { ok: true }): string {
  return result.result.stages.map((s) => s.summary.stateHash).join('-');
}

export function textLine(index: number, result: VerifyResult): string {
  if (!result.ok) return `${index}. not verified: ${result.message}\n`;
  const r = result.result;
  const parts = [
    isolateName(r.name),
    r.stages.map((s) => s.stage).join(', '),
    `GMV ${formatYuan(r.totals.gmv)}`,
    `net profit ${formatYuan(r.totals.netProfit)}`,
    ...(r.outcome === null ? [] : [r.outcome]),
    `run codes ${r.stages.map((s) => s.summary.stateHash).join(', ')}`,
  ];
  return `${index}. verified: ${parts.join(' | ')}\n`;
}

export function jsonLine(result: VerifyResult): string {
  if (!result.ok) return `${JSON.stringify({ ok: false, reason: result.message })}\n`;
  const r = result.result;
  return `${JSON.stringify({
    ok: true,
    name: r.name,
    stages: r.stages.map((s) => s.stage),
    gmv: r.totals.gmv,
    netProfit: r.totals.netProfit,
    stateHash: runCodes(result),
  })}\n`;
}

export const CSV_HEADER = csvRow([
  'link',
  'verified',
  'name',
  'stages',
  'gmv_yuan',
  'net_profit_yuan',
  'outcome',
  'run_codes',
  'reason',
]);

/** Money as a plain number of yuan (fen / 100 prints exactly), so spreadsheets can sum it. */
export function csvLine(index: number, result: VerifyResult): string {
  if (!result.ok) return csvRow([index, false, null, null, null, null, null, null, result.message]);
  const r = result.result;
  return csvRow([
    index,
    true,
    r.name,
    r.stages.map((s) => s.stage).join(' '),
    r.totals.gmv / 100,
    r.totals.netProfit / 100,
    r.outcome,
    runCodes(result),
    null,
  ]);
}
