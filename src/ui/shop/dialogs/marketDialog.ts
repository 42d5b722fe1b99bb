import type { GameState, GameStoreApi } from '../../../store/gameStore';
import { el, svg } from '../../kit/dom';
import { formatBp, formatCount, formatPrice } from '../../../present/format';
import { local, t } from '../../../present/i18n';
import { marketView, seriesExtent } from '../../../present/views/market';
import { createDataDialog, table } from './dataDialog';

const W = 560;
const H = 150;
const PAD = 24;

/** The search trend as a line with today marked and the peak labelled directly. */
function trendChart(trendBp: number[], day: number): SVGSVGElement {
  const { max, peak } = seriesExtent(trendBp);
  const top = Math.max(max, 10_000) * 1.1;
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, trendBp.length - 1);
  const y = (bp: number) => H - PAD - (bp * (H - 2 * PAD)) / top;
  const points = trendBp.map((bp, i) => `${x(i).toFixed(1)},${y(bp).toFixed(1)}`).join(' ');
  const todayX = x(Math.max(0, Math.min(trendBp.length - 1, day - 1)));
  const peakBp = trendBp[peak] ?? 0;
  return svg('svg', { class: 'trend-chart', viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, [
    svg('line', { class: 'trend-base', x1: PAD, x2: W - PAD, y1: y(10_000), y2: y(10_000) }),
    svg('text', { class: 'trend-label', x: W / 2, y: y(10_000) + 14, text: '100%' }),
    svg('polyline', { class: 'trend-line', points }),
    svg('line', { class: 'trend-today', x1: todayX, x2: todayX, y1: PAD / 2, y2: H - PAD }),
    svg('text', { class: 'trend-label', x: todayX + 4, y: PAD, text: t('market.trendToday') }),
    svg('circle', { class: 'trend-peak', cx: x(peak), cy: y(peakBp), r: 4 }),
    svg('text', {
      class: 'trend-label trend-peak-label',
      x: x(peak),
      y: y(peakBp) - 8,
      'text-anchor': 'middle',
      text: formatBp(peakBp),
    }),
    svg('text', { class: 'trend-label', x: PAD, y: H - 6, text: '1' }),
    svg('text', {
      class: 'trend-label',
      x: W - PAD,
      y: H - 6,
      'text-anchor': 'end',
      text: String(trendBp.length),
    }),
  ]);
}

function render(state: GameState): HTMLElement[] {
  const mv = marketView(state, 0);
  if (!mv) return [];
  const { peak } = seriesExtent(mv.trendBp);
  const rows = mv.competitors.map((c) => [
    `#${c.rank}`,
    local(c.name),
    formatPrice(c.priceFen),
    formatCount(Math.floor(c.salesPerDayCenti / 100)),
    (c.ratingTenths / 10).toFixed(1),
    formatCount(c.reviews),
    c.features.join(', '),
    formatBp(c.trendFitBp),
  ]);
  const heads = ['rank', 'name', 'price', 'sales', 'rating', 'reviews', 'features', 'fit'] as const;
  const trendRows = mv.trendBp
    .map((bp, i) => [String(i + 1), formatBp(bp)])
    .filter((_, i) => i % 5 === 0 || i === mv.trendBp.length - 1);
  return [
    el('div', { class: 'table-scroll' }, [
      table(
        t('market.competitors'),
        heads.map((h) => t(`market.col.${h}`)),
        rows,
        'market-table',
      ),
    ]),
    el('figure', { class: 'trend' }, [
      el('figcaption', {
        text: `${t('market.trend')}. ${t('market.trendChart', {
          peak: formatBp(mv.trendBp[peak] ?? 0),
          day: peak + 1,
        })}`,
      }),
      trendChart(mv.trendBp, mv.day),
    ]),
    el('details', { class: 'trend-details' }, [
      el('summary', { text: t('market.trendTable') }),
      table(t('market.trend'), [t('market.col.day'), t('market.col.interest')], trendRows),
    ]),
  ];
}

export function createMarketDialog(store: GameStoreApi) {
  return createDataDialog(store, 'market', 'market.heading', 'market.close', render);
}
