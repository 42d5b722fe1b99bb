import './charts.css';
import { chartRoot, type ChartSize } from './chartRoot';
import { svg } from './dom';

/**
 * Bar and scatter charts for comparing many shops at once (the class market's projector view),
 * beside the day-series charts in charts.ts. Labels are placed one by one and a label that
 * would overlap one already placed (or an axis) is left out: its point keeps a tooltip, and
 * the words never pile up, however many shops a class has.
 */

/**
 * Text boxes are estimated, not measured: the chart is built before it is on the page. A Latin
 * glyph is taken at 0.65 of the type size (bold, with the label's halo), a CJK one at the full
 * size: a little wide, so that an estimate never lets two labels touch.
 */
const TICK_PX = 11;
const LABEL_PX = 13;
const LINE_PX = 15;

export function textWidth(text: string, fontPx = TICK_PX): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontPx : fontPx * 0.65;
  return Math.ceil(width);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function textBox(
  x: number,
  y: number,
  text: string,
  anchor: 'start' | 'end' | 'middle',
  fontPx = TICK_PX,
): Box {
  const width = textWidth(text, fontPx);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, top: y - LINE_PX + 3, right: left + width, bottom: y + 3 };
}

export interface BarItem {
  label: string;
  value: number;
  valueText: string;
  /** Drawn in the accent colour: the shops a trainer points at. */
  highlight?: boolean;
}

export interface BarChartInput {
  items: readonly BarItem[];
  title: string;
  description: string;
}

const BAR_ROW_PX = 22;

/** One horizontal bar per item, its label on the left and its value at the bar's end. */
export function barChart(width: number, input: BarChartInput): SVGSVGElement {
  const longest = Math.max(28, ...input.items.map((item) => textWidth(item.label)));
  const labelW = Math.min(Math.floor(width * 0.4), longest + 12);
  const valueW = Math.max(28, ...input.items.map((item) => textWidth(item.valueText))) + 8;
  const size = { width, height: 8 + input.items.length * BAR_ROW_PX };
  const root = chartRoot(size, input.title, input.description);
  const max = Math.max(1, ...input.items.map((item) => item.value));
  const plotW = Math.max(10, width - labelW - valueW - 8);
  input.items.forEach((item, i) => {
    const y = 4 + i * BAR_ROW_PX;
    const barW = Math.max(1, (Math.max(0, item.value) / max) * plotW);
    // A label longer than its room is cut with an ellipsis rather than run into the bar.
    let label = item.label;
    while (label.length > 1 && textWidth(label) > labelW - 12) label = `${label.slice(0, -2)}…`;
    root.append(
      svg('text', { x: labelW - 6, y: y + 15, class: 'tick', 'text-anchor': 'end', text: label }),
      svg('rect', {
        x: labelW,
        y: y + 3,
        width: barW,
        height: BAR_ROW_PX - 6,
        class: item.highlight ? 'bar bar-highlight' : 'bar',
      }),
      svg('text', { x: labelW + barW + 6, y: y + 15, class: 'tick', text: item.valueText }),
    );
  });
  return root;
}

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
  highlight?: boolean;
}

export interface ScatterChartInput {
  points: readonly ScatterPoint[];
  xLabel: string;
  yLabel: string;
  /** Tick text for an axis value, in the axis's unit. */
  xTick: (value: number) => string;
  yTick: (value: number) => string;
  /** Draws the line y = 0 (profit against GMV: above it a shop earns, below it loses). */
  zeroY?: boolean;
  /** Fixed axis ranges (quality is 0-100 % whatever the class chose). */
  xDomain?: Domain;
  yDomain?: Domain;
  title: string;
  description: string;
}

const SCATTER_PAD = { left: 78, right: 18, top: 26, bottom: 44 };

interface Domain {
  lo: number;
  hi: number;
}

/** The data's range with a margin, so no point sits on an axis; a fixed domain is kept as given. */
function domainOf(values: readonly number[], withZero: boolean, fixed?: Domain): Domain {
  if (fixed !== undefined) {
    const margin = (fixed.hi - fixed.lo) * 0.06;
    return { lo: fixed.lo - margin, hi: fixed.hi + margin };
  }
  let lo = Math.min(...values, withZero ? 0 : Infinity);
  let hi = Math.max(...values, withZero ? 0 : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo: 0, hi: 1 };
  if (hi === lo) {
    const pad = Math.max(1, Math.abs(hi) * 0.1);
    lo -= pad;
    hi += pad;
  }
  const margin = (hi - lo) * 0.08;
  return { lo: lo - margin, hi: hi + margin };
}

/** Each point a shop, labelled where there is room; axes carry the data's lowest and highest values. */
export function scatterChart(size: ChartSize, input: ScatterChartInput): SVGSVGElement {
  const root = chartRoot(size, input.title, input.description);
  const pad = SCATTER_PAD;
  const xValues = input.points.map((p) => p.x);
  const yValues = input.points.map((p) => p.y);
  const xs = domainOf(xValues, false, input.xDomain);
  const ys = domainOf(yValues, input.zeroY === true, input.yDomain);
  const plotW = size.width - pad.left - pad.right;
  const plotH = size.height - pad.top - pad.bottom;
  const px = (v: number) => pad.left + ((v - xs.lo) / (xs.hi - xs.lo)) * plotW;
  const py = (v: number) => pad.top + ((ys.hi - v) / (ys.hi - ys.lo)) * plotH;
  const bottom = pad.top + plotH;
  const taken: Box[] = [];
  const axes = svg('g', { class: 'axes' }, [
    svg('line', { x1: pad.left, x2: pad.left, y1: pad.top, y2: bottom, class: 'zero' }),
    svg('line', { x1: pad.left, x2: pad.left + plotW, y1: bottom, y2: bottom, class: 'zero' }),
  ]);
  const zeroInside = input.zeroY === true && ys.lo < 0 && ys.hi > 0;
  if (zeroInside) {
    axes.append(
      svg('line', { x1: pad.left, x2: pad.left + plotW, y1: py(0), y2: py(0), class: 'grid' }),
    );
  }
  const tick = (x: number, y: number, text: string, anchor: 'start' | 'end' | 'middle') => {
    const box = textBox(x, y, text, anchor);
    if (taken.some((t) => overlaps(t, box))) return;
    taken.push(box);
    axes.append(svg('text', { x, y, class: 'tick', 'text-anchor': anchor, text }));
  };
  const ends = (values: readonly number[], fixed: Domain | undefined) =>
    fixed !== undefined
      ? [fixed.lo, fixed.hi]
      : values.length === 0
        ? []
        : [Math.min(...values), Math.max(...values)];
  const [xLo, xHi] = ends(xValues, input.xDomain);
  if (xLo !== undefined) tick(px(xLo), bottom + 16, input.xTick(xLo), 'middle');
  if (xHi !== undefined && xHi !== xLo) tick(px(xHi), bottom + 16, input.xTick(xHi), 'middle');
  const [yLo, yHi] = ends(yValues, input.yDomain);
  if (zeroInside) tick(pad.left - 6, py(0) + 4, input.yTick(0), 'end');
  if (yHi !== undefined) tick(pad.left - 6, py(yHi) + 4, input.yTick(yHi), 'end');
  if (yLo !== undefined && yLo !== yHi) tick(pad.left - 6, py(yLo) + 4, input.yTick(yLo), 'end');
  tick(pad.left + plotW / 2, size.height - 6, input.xLabel, 'middle');
  tick(pad.left, pad.top - 10, input.yLabel, 'start');
  root.append(axes);
  const dots = svg('g', { class: 'dots' });
  const labels = svg('g', { class: 'point-labels' });
  // Highlighted points claim their label room first.
  const order = [...input.points].sort(
    (a, b) => Number(b.highlight ?? 0) - Number(a.highlight ?? 0),
  );
  for (const p of order) {
    const x = px(p.x);
    const y = py(p.y);
    dots.append(
      svg('circle', { cx: x, cy: y, r: 5, class: p.highlight ? 'dot dot-highlight' : 'dot' }, [
        svg('title', { text: p.label }),
      ]),
    );
    taken.push({ left: x - 5, top: y - 5, right: x + 5, bottom: y + 5 });
  }
  for (const p of order) {
    const x = px(p.x);
    const y = py(p.y);
    const tries: [number, number, 'start' | 'end'][] = [
      [x + 8, y + 4, 'start'],
      [x - 8, y + 4, 'end'],
      [x + 8, y - 8, 'start'],
      [x + 8, y + 16, 'start'],
    ];
    for (const [lx, ly, anchor] of tries) {
      const box = textBox(lx, ly, p.label, anchor, LABEL_PX);
      const inside =
        box.left >= pad.left + 2 &&
        box.right <= size.width - 2 &&
        box.top >= pad.top - 4 &&
        box.bottom <= bottom - 2;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      labels.append(
        svg('text', { x: lx, y: ly, class: 'label', 'text-anchor': anchor, text: p.label }),
      );
      break;
    }
  }
  root.append(dots, labels);
  return root;
}
