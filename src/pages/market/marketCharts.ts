import { formatFen, formatPrice } from '../../present/format';
import { t } from '../../present/i18n';
import type { RoundResult } from '../../sim/classMarket';
import { el } from '../../ui/kit/dom';
import { barChart, scatterChart } from '../../ui/kit/plotCharts';
import { centi, shopName } from './marketStandings';

function figure(caption: string, chart: SVGSVGElement, kind: string): HTMLElement {
  return el('figure', { class: `chart-figure market-chart`, 'data-chart': kind }, [
    el('figcaption', { text: caption }),
    chart,
  ]);
}

/**
 * The cleared round on the projector: who took the market, where each shop sat on price
 * against quality, and who turned sales into profit. Shops are seats unless names are on; in a
 * class of more than three, the round's top three by profit are drawn in the accent colour.
 */
export function roundCharts(result: RoundResult, showNames: boolean, width: number): HTMLElement {
  const chartW = Math.max(300, Math.min(width, 1100));
  // In a class of three or fewer, everyone is in the top three: nobody is singled out then.
  const many = result.standings.length > 3;
  const top = new Set(result.standings.filter((s) => many && s.place <= 3).map((s) => s.seat));
  const name = (seat: number, n: string) => shopName(seat, n, showNames);
  const byShare = [...result.standings].sort((a, b) => b.shareBp - a.shareBp || a.seat - b.seat);
  const share = barChart(chartW, {
    items: byShare.map((s) => ({
      label: name(s.seat, s.name),
      value: s.shareBp,
      valueText: `${centi(s.shareBp)}%`,
      highlight: top.has(s.seat),
    })),
    title: t('classMarket.chartShare', { round: result.round }),
    description: t('classMarket.chartShareDesc'),
  });
  const scatterSize = { width: chartW, height: Math.round(Math.min(420, chartW * 0.62)) };
  const priceQuality = scatterChart(scatterSize, {
    points: result.standings.map((s) => ({
      x: s.effectivePriceFen,
      y: result.carries[s.seat - 1]?.qualityBp ?? 0,
      label: name(s.seat, s.name),
      highlight: top.has(s.seat),
    })),
    xLabel: t('classMarket.axisPrice'),
    yLabel: t('classMarket.axisQuality'),
    xTick: (fen) => formatPrice(Math.round(fen)),
    yTick: (bp) => `${Math.round(bp / 100)}%`,
    yDomain: { lo: 0, hi: 10_000 },
    title: t('classMarket.chartPriceQuality', { round: result.round }),
    description: t('classMarket.chartPriceQualityDesc'),
  });
  const gmvProfit = scatterChart(scatterSize, {
    points: result.standings.map((s) => ({
      x: s.gmvFen,
      y: s.netProfitFen,
      label: name(s.seat, s.name),
      highlight: top.has(s.seat),
    })),
    xLabel: t('classMarket.axisGmv'),
    yLabel: t('classMarket.axisProfit'),
    xTick: (fen) => formatFen(Math.round(fen)),
    yTick: (fen) => formatFen(Math.round(fen)),
    zeroY: true,
    title: t('classMarket.chartGmvProfit', { round: result.round }),
    description: t('classMarket.chartGmvProfitDesc'),
  });
  return el('section', { class: 'charts market-charts', 'data-width': width }, [
    el('h2', { text: t('classMarket.chartsHeading', { round: result.round }) }),
    figure(t('classMarket.chartShare', { round: result.round }), share, 'share'),
    figure(
      t('classMarket.chartPriceQuality', { round: result.round }),
      priceQuality,
      'price-quality',
    ),
    figure(t('classMarket.chartGmvProfit', { round: result.round }), gmvProfit, 'gmv-profit'),
  ]);
}
