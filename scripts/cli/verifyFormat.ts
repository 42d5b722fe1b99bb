import { isolateName, type VerifyResult } from '../../src/share/index';
import { formatYuan } from './money';

/**
 * The text and JSON output forms of `npm run verify` (the CSV is the class dashboard's, in
 * verifyCsv.ts). Each takes one result and returns one line, so the output has exactly one line
 * per input link, in input order. Names are already
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
