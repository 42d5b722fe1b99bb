import type { RunComparison } from '../../sim';
import { el } from '../kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** The waterfall of both runs line by line, with the difference (what-if minus as played). */
export function comparisonTable(comparison: RunComparison): HTMLElement {
  const head = el('tr', {}, [
    el('th', { scope: 'col', text: t('whatIf.colLine') }),
    el('th', { scope: 'col', text: t('whatIf.colOriginal') }),
    el('th', { scope: 'col', text: t('whatIf.colWhatIf') }),
    el('th', { scope: 'col', text: t('whatIf.colDifference') }),
  ]);
  const body = el('tbody');
  const row = (label: string, a: number, b: number, d: number, line: string) =>
    el('tr', { 'data-line': line }, [
      el('th', { scope: 'row', text: label }),
      el('td', { class: 'num', text: formatFen(a, { precision: 'exact' }) }),
      el('td', { class: 'num', text: formatFen(b, { precision: 'exact' }) }),
      el('td', { class: 'num', text: formatSignedFen(d, 'exact') }),
    ]);
  for (const l of comparison.lines) {
    if (l.originalFen === 0 && l.whatIfFen === 0) continue;
    body.append(
      row(tKey(`waterfall.${l.line}`), l.originalFen, l.whatIfFen, l.differenceFen, l.line),
    );
  }
  const n = comparison.net;
  body.append(row(t('whatIf.net'), n.originalFen, n.whatIfFen, n.differenceFen, 'net'));
  return el('table', { class: 'compare-table' }, [el('thead', {}, [head]), body]);
}

/** The chart's key as text beside it, so no label sits on a line. */
export function comparisonLegend(): HTMLElement {
  const item = (cls: string, label: string) =>
    el('li', { class: `cmp-key ${cls}` }, [
      el('span', { class: 'cmp-swatch', 'aria-hidden': 'true' }),
      label,
    ]);
  return el('ul', { class: 'cmp-legend' }, [
    item('cmp-gmv cmp-original', t('whatIf.seriesGmvOriginal')),
    item('cmp-gmv cmp-whatif', t('whatIf.seriesGmvWhatIf')),
    item('cmp-net cmp-original', t('whatIf.seriesNetOriginal')),
    item('cmp-net cmp-whatif', t('whatIf.seriesNetWhatIf')),
  ]);
}

/** GMV and cumulative net profit per day of both runs on one chart: solid what-if, dashed original. */
export function comparisonChart(
  comparison: RunComparison,
  size: { width: number; height: number },
): SVGElement {
  const { width, height } = size;
  const pad = 28;
  const series = [
    {
      values: comparison.gmvByDay.original,
      cls: 'cmp-gmv cmp-original',
      label: t('whatIf.seriesGmvOriginal'),
    },
    {
      values: comparison.gmvByDay.whatIf,
      cls: 'cmp-gmv cmp-whatif',
      label: t('whatIf.seriesGmvWhatIf'),
    },
    {
      values: comparison.profitByDay.original,
      cls: 'cmp-net cmp-original',
      label: t('whatIf.seriesNetOriginal'),
    },
    {
      values: comparison.profitByDay.whatIf,
      cls: 'cmp-net cmp-whatif',
      label: t('whatIf.seriesNetWhatIf'),
    },
  ];
  let lo = 0;
  let hi = 1;
  let days = 1;
  for (const s of series) {
    days = Math.max(days, s.values.length);
    for (const v of s.values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const x = (i: number) => pad + ((width - 2 * pad) * i) / Math.max(1, days - 1);
  const y = (v: number) => height - pad - ((height - 2 * pad) * (v - lo)) / (hi - lo);
  const title = t('whatIf.chartTitle');
  const desc = t('whatIf.chartDesc', {
    original: formatSignedFen(comparison.net.originalFen),
    whatIf: formatSignedFen(comparison.net.whatIfFen),
  });
  const root = svg('svg', {
    class: 'compare-chart',
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: 'img',
    'aria-label': `${title}. ${desc}`,
  });
  root.append(
    svg('line', {
      class: 'cmp-axis',
      x1: String(pad),
      x2: String(width - pad),
      y1: String(y(0)),
      y2: String(y(0)),
    }),
  );
  for (const s of series) {
    const points = s.values.map((v, day) => `${x(day).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { class: s.cls, points, fill: 'none' }));
  }
  return root;
}
