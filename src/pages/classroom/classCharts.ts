import { svg, el } from '../../ui/kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import { waterfallChart } from '../../ui/debrief/waterfall';
import { medianWaterfall, outcomeCounts, type BoardEntry } from '../../classroom/board';

/**
 * The class charts for the projector: GMV against net profit per student (the trap: far right
 * is not high up), how the class ended, and the median waterfall. Direct labels, no legends.
 */
const PAD = { left: 84, right: 24, top: 24, bottom: 44 };

export function trapScatter(entries: readonly BoardEntry[], width: number): SVGSVGElement {
  const height = 320;
  const maxGmv = Math.max(1, ...entries.map((e) => e.gmv));
  const nets = entries.map((e) => e.netProfit);
  // A tenth of the range spare at each end, so no dot sits on an axis label.
  const rawLo = Math.min(0, ...nets);
  const rawHi = Math.max(0, ...nets);
  const spare = Math.max(100, Math.ceil((rawHi - rawLo) / 10));
  const lo = rawLo < 0 ? rawLo - spare : 0;
  const hi = rawHi > 0 ? rawHi + spare : spare;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (gmv: number) => PAD.left + (gmv / maxGmv) * plotW;
  const y = (net: number) => PAD.top + ((hi - net) / (hi - lo)) * plotH;
  const title = t('class.scatter');
  const root = svg(
    'svg',
    { class: 'chart class-scatter', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' },
    [svg('title', { text: title }), svg('desc', { text: t('class.scatterDesc') })],
  );
  root.setAttribute('aria-label', title);
  const zero = y(0);
  root.append(
    svg('line', { x1: PAD.left, x2: width - PAD.right, y1: zero, y2: zero, class: 'zero' }),
    svg('text', { x: PAD.left - 6, y: zero + 4, class: 'tick', 'text-anchor': 'end', text: '¥0' }),
    svg('text', {
      x: width - PAD.right,
      y: height - 10,
      class: 'tick',
      'text-anchor': 'end',
      text: `${t('class.axisGmv')} ${formatFen(maxGmv)}`,
    }),
    svg('text', { x: PAD.left, y: height - 10, class: 'tick', text: '¥0' }),
    svg('text', { x: 8, y: PAD.top - 8, class: 'tick', text: t('class.axisNet') }),
  );
  // The best and the worst net profit are labelled where they are, not at the padded ends.
  for (const value of new Set([rawLo, rawHi])) {
    if (value === 0) continue;
    root.append(
      svg('text', {
        x: PAD.left - 6,
        y: y(value) + 4,
        class: 'tick',
        'text-anchor': 'end',
        text: formatSignedFen(value),
      }),
    );
  }
  for (const entry of entries) {
    const cx = x(entry.gmv);
    const cy = y(entry.netProfit);
    const sign = entry.netProfit > 0 ? 'gain' : entry.netProfit < 0 ? 'loss' : 'zero';
    const dot = svg('circle', { cx, cy, r: 6, class: `dot dot-${sign}` });
    dot.append(
      svg('title', {
        text: `${entry.name}: ${formatFen(entry.gmv)}, ${formatSignedFen(entry.netProfit)}`,
      }),
    );
    // Names near the right edge go to the left of their dot so they stay inside the chart.
    const left = cx > width - 160;
    root.append(
      dot,
      svg('text', {
        x: left ? cx - 10 : cx + 10,
        y: cy + 4,
        class: 'dot-label',
        'text-anchor': left ? 'end' : 'start',
        text: entry.name,
      }),
    );
  }
  return root;
}

export function outcomeBars(entries: readonly BoardEntry[]): HTMLElement {
  const counts = outcomeCounts(entries);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const list = el('ol', { class: 'outcome-bars', 'aria-label': t('class.outcomes') });
  for (const { outcome, count } of counts) {
    const bar = el('span', { class: `ob-bar ob-${outcome}` });
    bar.style.width = `${(count * 100) / max}%`;
    list.append(
      el('li', { class: 'ob-row' }, [
        el('span', { class: 'ob-label', text: tKey(`outcome.${outcome}`) }),
        el('span', { class: 'ob-track', 'aria-hidden': 'true' }, [bar]),
        el('span', { class: 'ob-count num', text: String(count) }),
      ]),
    );
  }
  return list;
}

export function classCharts(entries: readonly BoardEntry[], width: number): HTMLElement[] {
  const steps = medianWaterfall(entries);
  const net = steps[steps.length - 1]?.toFen ?? 0;
  return [
    el('figure', { class: 'chart-figure' }, [
      el('figcaption', { text: t('class.scatter') }),
      trapScatter(entries, Math.max(320, width - 24)),
      el('p', { class: 'hint', text: t('class.scatterDesc') }),
    ]),
    el('figure', { class: 'chart-figure' }, [
      el('figcaption', { text: t('class.outcomes') }),
      outcomeBars(entries),
    ]),
    el('figure', { class: 'chart-figure' }, [
      el('figcaption', { text: t('class.median') }),
      waterfallChart(
        steps,
        t('class.median'),
        t('class.medianDesc', {
          gmv: formatFen(steps[0]?.amountFen ?? 0),
          net: formatSignedFen(net),
        }),
      ),
      el('p', { class: 'hint', text: t('class.medianHint') }),
    ]),
  ];
}
