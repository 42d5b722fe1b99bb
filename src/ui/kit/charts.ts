import './charts.css';
import { chartRoot, type ChartSize } from './chartRoot';
import { svg } from './dom';
import { formatFen } from '../../present/format';

/**
 * Small SVG charts for the debrief, drawn at the element's real pixel width so text stays
 * readable on a phone and on a projector. Direct labels instead of legends; few series.
 */

/** Room above the data is for labels: the highest point of a series is where it gets named. */
const PAD = { left: 64, right: 16, top: 30, bottom: 28 };

interface Scale {
  x(dayIndex: number): number;
  y(fen: number): number;
  barWidth: number;
}

function makeScale(size: ChartSize, days: number, minFen: number, maxFen: number): Scale {
  const lo = Math.min(0, minFen);
  const hi = Math.max(1, maxFen);
  const plotW = size.width - PAD.left - PAD.right;
  const plotH = size.height - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, days);
  return {
    x: (i) => PAD.left + step * (i + 0.5),
    y: (fen) => PAD.top + ((hi - fen) / (hi - lo)) * plotH,
    barWidth: Math.max(1, step * 0.7),
  };
}

function axes(size: ChartSize, scale: Scale, days: number, minFen: number, maxFen: number) {
  const group = svg('g', { class: 'axes' });
  const zero = scale.y(0);
  group.append(
    svg('line', { x1: PAD.left, x2: size.width - PAD.right, y1: zero, y2: zero, class: 'zero' }),
    svg('text', { x: PAD.left - 6, y: zero + 4, class: 'tick', 'text-anchor': 'end', text: '¥0' }),
  );
  if (maxFen > 0) {
    const top = scale.y(maxFen);
    group.append(
      svg('line', { x1: PAD.left, x2: size.width - PAD.right, y1: top, y2: top, class: 'grid' }),
      svg('text', {
        x: PAD.left - 6,
        y: top + 4,
        class: 'tick',
        'text-anchor': 'end',
        text: formatFen(maxFen),
      }),
    );
  }
  if (minFen < 0) {
    const bottom = scale.y(minFen);
    group.append(
      svg('line', {
        x1: PAD.left,
        x2: size.width - PAD.right,
        y1: bottom,
        y2: bottom,
        class: 'grid',
      }),
      svg('text', {
        x: PAD.left - 6,
        y: bottom + 4,
        class: 'tick',
        'text-anchor': 'end',
        text: formatFen(minFen),
      }),
    );
  }
  const every = days <= 10 ? 1 : days <= 30 ? 5 : 10;
  for (let day = 1; day <= days; day++) {
    if (day !== 1 && day % every !== 0) continue;
    group.append(
      svg('text', {
        x: scale.x(day - 1),
        y: size.height - 8,
        class: 'tick',
        'text-anchor': 'middle',
        text: String(day),
      }),
    );
  }
  return group;
}

function polyline(values: readonly number[], scale: Scale, className: string) {
  const points = values
    .map((v, i) => `${scale.x(i).toFixed(1)},${scale.y(v).toFixed(1)}`)
    .join(' ');
  return svg('polyline', { points, class: className, fill: 'none' });
}

/** A label beside a point, kept inside the chart. */
function endLabel(size: ChartSize, x: number, y: number, text: string, className: string) {
  const anchor = x > size.width - 140 ? 'end' : 'start';
  return svg('text', {
    x: anchor === 'end' ? x - 6 : x + 6,
    y: Math.max(14, Math.min(size.height - PAD.bottom - 4, y)),
    'text-anchor': anchor,
    class: `label ${className}`,
    text,
  });
}

export interface GmvChartInput {
  gmvFen: readonly number[];
  netProfitCumFen: readonly number[];
  decisionDays: readonly number[];
  gmvLabel: string;
  netLabel: string;
  title: string;
  description: string;
  /**
   * Days a click or tap may pick (from `fromDay` on), the day marked as picked, and what a pick
   * does. The keyboard's way to the same pick is the caller's: the chart's columns are no tab stops.
   */
  pick?: { fromDay: number; day: number | null; onPick(day: number): void };
}

/** Moves a chart's "picked day" mark to `day`, onto the middle of that day's column. */
export function markPickedDay(chart: Element, day: number): void {
  const column = chart.querySelector(`rect.day-hit[data-day="${day}"]`);
  const mark = chart.querySelector('line.pick-mark');
  if (!column || !mark) return;
  const x = Number(column.getAttribute('x')) + Number(column.getAttribute('width')) / 2;
  mark.setAttribute('x1', x.toFixed(1));
  mark.setAttribute('x2', x.toFixed(1));
  mark.removeAttribute('visibility');
}

/** Full-height columns, one per pickable day, over the bars: a thin bar is still easy to hit. */
function pickColumns(
  size: ChartSize,
  scale: Scale,
  days: number,
  pick: NonNullable<GmvChartInput['pick']>,
) {
  const step = (size.width - PAD.left - PAD.right) / Math.max(1, days);
  const group = svg('g', { class: 'day-hits', 'aria-hidden': 'true' });
  const mark = svg('line', {
    class: 'pick-mark',
    y1: PAD.top - 6,
    y2: size.height - PAD.bottom,
    visibility: 'hidden',
  });
  for (let day = pick.fromDay; day <= days; day++) {
    const hit = svg('rect', {
      class: 'day-hit',
      'data-day': day,
      x: scale.x(day - 1) - step / 2,
      y: PAD.top - 6,
      width: step,
      height: size.height - PAD.bottom - PAD.top + 6,
    });
    hit.addEventListener('click', () => pick.onPick(day));
    group.append(hit);
  }
  return { group, mark };
}

/** Daily GMV as bars against cumulative net profit as a line: the gap is the lesson. */
export function gmvChart(size: ChartSize, input: GmvChartInput): SVGSVGElement {
  const days = input.gmvFen.length;
  const all = [...input.gmvFen, ...input.netProfitCumFen];
  const min = Math.min(0, ...all);
  const max = Math.max(1, ...all);
  const scale = makeScale(size, days, min, max);
  const root = chartRoot(size, input.title, input.description);
  root.append(axes(size, scale, days, min, max));
  const bars = svg('g', { class: 'bars-gmv' });
  input.gmvFen.forEach((v, i) => {
    const y = scale.y(Math.max(0, v));
    bars.append(
      svg('rect', {
        x: scale.x(i) - scale.barWidth / 2,
        y,
        width: scale.barWidth,
        height: Math.max(0, scale.y(0) - y),
      }),
    );
  });
  root.append(bars, polyline(input.netProfitCumFen, scale, 'line-net'));
  const pick = input.pick;
  const picking = pick && days > pick.fromDay ? pickColumns(size, scale, days, pick) : null;
  if (picking) root.append(picking.mark);
  for (const day of input.decisionDays) {
    const x = scale.x(day - 1);
    const y = size.height - PAD.bottom + 2;
    root.append(svg('path', { d: `M${x} ${y}l-5 8h10z`, class: 'decision-mark' }));
  }
  // The bars are named over the first days, far from the line's label at its end.
  if (days > 0) {
    let top = 0;
    for (let i = 0; i < Math.min(days, 8); i++) top = Math.max(top, input.gmvFen[i] ?? 0);
    root.append(endLabel(size, scale.x(0) - 6, scale.y(top) - 8, input.gmvLabel, 'label-gmv'));
  }
  const last = days - 1;
  if (last >= 0) {
    // The line arrives from the left: a rising line leaves room above its end, a falling one below.
    const end = input.netProfitCumFen[last] ?? 0;
    const rising = end >= (input.netProfitCumFen[Math.max(0, last - 5)] ?? 0);
    const y = scale.y(end) + (rising ? -10 : 20);
    root.append(endLabel(size, scale.x(last), y, input.netLabel, 'label-net'));
  }
  if (picking && pick) {
    // Last, so the columns take the clicks; the mark shows the day already picked.
    root.append(picking.group);
    root.classList.add('chart-pickable');
    if (pick.day !== null) markPickedDay(root, pick.day);
  }
  return root;
}

export interface LineChartInput {
  values: readonly number[];
  startFen: number;
  labels: { start: string; min: string; end: string };
  title: string;
  description: string;
}

/** Cash over time, with its start, its lowest point and its end labelled on the line. */
export function cashChart(size: ChartSize, input: LineChartInput): SVGSVGElement {
  const values = [input.startFen, ...input.values];
  const days = values.length;
  const min = Math.min(0, ...values);
  const max = Math.max(1, ...values);
  const scale = makeScale(size, days, min, max);
  const root = chartRoot(size, input.title, input.description);
  const ax = axes(size, { ...scale, x: (i) => scale.x(i + 1) }, days - 1, min, max);
  root.append(ax, polyline(values, scale, 'line-cash'));
  const minIndex = values.indexOf(Math.min(...values));
  const points: [number, string][] = [
    [0, input.labels.start],
    [minIndex, input.labels.min],
    [days - 1, input.labels.end],
  ];
  for (const [i, text] of points) {
    const x = scale.x(i);
    const y = scale.y(values[i] ?? 0);
    root.append(svg('circle', { cx: x, cy: y, r: 4, class: 'dot-cash' }));
    if (i !== minIndex || (minIndex !== 0 && minIndex !== days - 1)) {
      root.append(endLabel(size, x, i === minIndex ? y + 20 : y - 10, text, 'label-cash'));
    }
  }
  return root;
}
