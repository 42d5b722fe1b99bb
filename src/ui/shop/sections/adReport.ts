import { el, setText } from '../../kit/dom';
import { formatBp, formatCount, formatFen, formatPrice } from '../../../present/format';
import { t, type MessageKey } from '../../../present/i18n';
import type { AdMetrics, AdReportView } from '../../../present/views/ads';

function roasText(centi: number | null): string {
  return centi === null ? t('adReport.none') : (centi / 100).toFixed(2);
}

const ROWS: readonly [MessageKey, (m: AdMetrics) => string][] = [
  ['adReport.impressions', (m) => formatCount(m.impressions)],
  ['adReport.clicks', (m) => formatCount(m.clicks)],
  [
    'adReport.cpc',
    (m) => (m.averageCpcFen === null ? t('adReport.none') : formatPrice(m.averageCpcFen)),
  ],
  [
    'adReport.ctr',
    (m) => (m.clickThroughBp === null ? t('adReport.none') : formatBp(m.clickThroughBp)),
  ],
  [
    'adReport.conversion',
    (m) => (m.conversionBp === null ? t('adReport.none') : formatBp(m.conversionBp)),
  ],
  ['adReport.orders', (m) => formatCount(m.orders)],
  ['adReport.spend', (m) => formatFen(m.spendFen)],
  ['adReport.roas', (m) => roasText(m.roasCenti)],
];

/**
 * The marketplace's ad report under the ad sliders: yesterday and the stage so far, the ROAS
 * beside the break-even ROAS the margin allows, and a warning when a bid bought nothing.
 */
export function createAdReport() {
  const warning = el('p', { class: 'ad-warning', role: 'status', hidden: true });
  const body = el('tbody');
  const breakEven = el('p', { class: 'hint ad-break-even' });
  const root = el('div', { class: 'ad-report' }, [
    warning,
    el('table', { class: 'ad-table' }, [
      el('caption', { class: 'visually-hidden', text: t('adReport.heading') }),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col', text: t('adReport.heading') }),
          el('th', { scope: 'col', class: 'num', text: t('adReport.yesterday') }),
          el('th', { scope: 'col', class: 'num', text: t('adReport.stage') }),
        ]),
      ]),
      body,
    ]),
    breakEven,
  ]);
  let key = '';

  function update(view: AdReportView | null): void {
    const nextKey = JSON.stringify(view);
    if (nextKey === key) return;
    key = nextKey;
    root.hidden = view === null;
    if (!view) return;
    const below = (m: AdMetrics | null) =>
      m !== null &&
      m.roasCenti !== null &&
      view.breakEvenRoasCenti !== null &&
      m.roasCenti < view.breakEvenRoasCenti;
    body.replaceChildren(
      ...ROWS.map(([label, value]) => {
        const roas = label === 'adReport.roas';
        return el('tr', {}, [
          el('th', { scope: 'row', text: t(label) }),
          el('td', {
            class: roas && below(view.yesterday) ? 'num loss' : 'num',
            text: view.yesterday ? value(view.yesterday) : t('adReport.none'),
          }),
          el('td', {
            class: roas && below(view.stage) ? 'num loss' : 'num',
            text: value(view.stage),
          }),
        ]);
      }),
    );
    setText(
      breakEven,
      view.breakEvenRoasCenti === null
        ? t('adReport.noBreakEven', {
            margin: formatFen(-view.marginPerOrderFen, { precision: 'exact' }),
          })
        : t('adReport.breakEven', {
            roas: roasText(view.breakEvenRoasCenti),
            margin: formatFen(view.marginPerOrderFen, { precision: 'exact' }),
          }),
    );
    warning.hidden = view.warning === null;
    const params = {
      bid: formatPrice(view.bidFen),
      slot: formatPrice(view.slotPriceFen),
      budget: formatFen(view.budgetFen),
    };
    setText(
      warning,
      view.warning === 'bidBelowSlot'
        ? t('adReport.bidBelowSlot', params)
        : view.warning === 'budgetBelowClick'
          ? t('adReport.budgetBelowClick', params)
          : '',
    );
  }

  return { root, update };
}
