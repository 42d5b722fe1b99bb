import './waterfall.css';
import { el } from '../kit/dom';
import { formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import type { WaterfallStep } from '../../present/waterfall';
import type { FineCaseRow } from '../../present/views/fines';

/** A line's cases under its row, each with its amount: they add up to the line. */
function caseList(line: string, cases: readonly FineCaseRow[]): HTMLElement {
  return el('li', { class: 'wf-cases', 'data-cases-of': line }, [
    el(
      'ul',
      { 'aria-label': t('fines.heading') },
      cases.map((c) =>
        el('li', { class: 'wf-case', 'data-case': c.key, 'data-amount-fen': String(c.amountFen) }, [
          el('span', { class: 'wf-case-label', text: c.label }),
          el('span', {
            class: `wf-amount num ${c.amountFen < 0 ? 'wf-loss' : 'wf-gain'}`,
            text: formatSignedFen(c.amountFen, 'exact'),
          }),
        ]),
      ),
    ),
  ]);
}

/**
 * The GMV -> net profit waterfall as rows of HTML: one line per P&L line in PNL_LINES order, a
 * floating bar from the running total before the line to after it, and the amount with its sign
 * and arrow. Lines that stayed at zero are left out; the order never changes. The fines line
 * lists its cases beneath it when they are given.
 */
export function waterfallChart(
  steps: readonly WaterfallStep[],
  title: string,
  description: string,
  fineCases: readonly FineCaseRow[] = [],
) {
  let lo = 0;
  let hi = 1;
  for (const step of steps) {
    lo = Math.min(lo, step.fromFen, step.toFen);
    hi = Math.max(hi, step.fromFen, step.toFen);
  }
  const span = hi - lo;
  const pct = (fen: number) => ((fen - lo) * 100) / span;
  const rows = el('ol', { class: 'waterfall', 'aria-label': `${title}. ${description}` });
  const net = steps.length > 0 ? (steps[steps.length - 1] as WaterfallStep).toFen : 0;
  const all: { key: string; label: string; from: number; to: number; amount: number }[] = [];
  for (const step of steps) {
    if (step.line !== 'gmv' && step.amountFen === 0) continue;
    all.push({
      key: step.line,
      label: tKey(`waterfall.${step.line}`),
      from: step.fromFen,
      to: step.toFen,
      amount: step.amountFen,
    });
  }
  all.push({ key: 'net', label: t('waterfall.net'), from: 0, to: net, amount: net });
  for (const row of all) {
    const left = Math.min(pct(row.from), pct(row.to));
    const width = Math.max(0.4, Math.abs(pct(row.to) - pct(row.from)));
    const sign = row.amount > 0 ? 'gain' : row.amount < 0 ? 'loss' : 'zero';
    const bar = el('span', { class: `wf-bar wf-${sign}` });
    bar.style.left = `${left}%`;
    bar.style.width = `${width}%`;
    const zero = el('span', { class: 'wf-axis', 'aria-hidden': 'true' });
    zero.style.left = `${pct(0)}%`;
    rows.append(
      el(
        'li',
        {
          class: `wf-row wf-${row.key}${row.key === 'net' ? ' wf-total' : ''}`,
          'data-amount-fen': String(row.amount),
        },
        [
          el('span', { class: 'wf-label', text: row.label }),
          el('span', { class: 'wf-track', 'aria-hidden': 'true' }, [zero, bar]),
          el('span', {
            class: `wf-amount num wf-${sign}`,
            text: formatSignedFen(row.amount, 'exact'),
          }),
        ],
      ),
    );
    if (row.key === 'finesAndClaims' && fineCases.length > 0)
      rows.append(caseList(row.key, fineCases));
  }
  return rows;
}
