import { svg, el } from '../../ui/kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import { waterfallChart } from '../../ui/debrief/waterfall';
import { medianWaterfall, outcomeCounts, type BoardEntry } from '../../classroom/board';
import { displayName, isolateName } from '../../share';

/**
 * The class charts for the projector: GMV against net profit per student (the trap: far right
 * is not high up), how the class ended, and the median waterfall. Direct labels, no legends.
 */
const PAD = { left: 104, right: 24, top: 24, bottom: 44 };
/** Label boxes are estimated, not measured: the chart is built before it is on the page. */
const LABEL_HEIGHT = 14;
const CHAR_WIDTH = 7.5;

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function overlaps(a: Box, boxes: readonly Box[]): boolean {
  return boxes.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
}

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
  // The best and the worst net profit are labelled where they are, not at the padded ends,
  // unless that would sit on the ¥0 tick.
  for (const value of new Set([rawLo, rawHi])) {
    if (value === 0 || Math.abs(y(value) - zero) < LABEL_HEIGHT) continue;
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
  // The axis words take their places first; names fit around them.
  const labels: Box[] = [
    { x1: 0, x2: PAD.left, y1: 0, y2: PAD.top },
    { x1: PAD.left - 40, x2: width, y1: height - 24, y2: height },
  ];
  for (const entry of entries) {
    const cx = x(entry.gmv);
    const cy = y(entry.netProfit);
    const sign = entry.netProfit > 0 ? 'gain' : entry.netProfit < 0 ? 'loss' : 'zero';
    const dot = svg('circle', { cx, cy, r: 6, class: `dot dot-${sign}` });
    dot.append(
      svg('title', {
        text: `${isolateName(entry.name)}: ${formatFen(entry.gmv)}, ${formatSignedFen(entry.netProfit)}`,
      }),
    );
    // Names near the right edge go to the left of their dot so they stay inside the chart.
    const left = cx > width - 160;
    const labelWidth = entry.name.length * CHAR_WIDTH;
    const x1 = left ? cx - 10 - labelWidth : cx + 10;
    // A name that would sit on another moves down a line or two; past that its dot's tooltip
    // (and the leaderboard beside the chart) carry it.
    let placed: Box | null = null;
    for (let shift = 0; shift <= 3 && !placed; shift++) {
      const top = cy - 8 + shift * LABEL_HEIGHT;
      const box = { x1, x2: x1 + labelWidth, y1: top, y2: top + LABEL_HEIGHT };
      if (box.y2 <= height - PAD.bottom + 10 && !overlaps(box, labels)) placed = box;
    }
    root.append(dot);
    if (!placed) continue;
    labels.push(placed);
    root.append(
      svg('text', {
        x: left ? cx - 10 : cx + 10,
        y: placed.y1 + 12,
        class: 'dot-label',
        'text-anchor': left ? 'end' : 'start',
        text: isolateName(displayName(entry.name)),
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
