import './dialogs.css';
import type { OrderMargin, SupplierTerms } from '../../../sim';
import { el } from '../../kit/dom';
import { formatBp, formatCount, formatFen, formatPrice } from '../../../present/format';
import { t, type MessageKey, type MessageParams } from '../../../present/i18n';
import type { EventView } from '../../../present/views/event';

/** A traffic multiplier such as ×3.0, for display only. */
export function formatTimes(bp: number): string {
  return `×${(bp / 10_000).toFixed(1)}`;
}

/** The figures the negotiation choices quote in their sentences. */
export function termsParams(view: EventView): MessageParams {
  const params: Record<string, string | number> = {};
  const campaign = view.campaign;
  if (campaign) {
    params['marginJoined'] = formatPrice(campaign.joined.marginFen);
    params['marginDeclined'] = formatPrice(campaign.declined.marginFen);
    params['trafficJoined'] = formatTimes(campaign.joinedSearchBp);
    params['trafficDeclined'] = formatTimes(campaign.declinedSearchBp);
    params['festivalDays'] = campaign.festivalDaysLeft;
  }
  const terms = view.supplierTerms;
  if (terms) {
    params['unitNow'] = formatPrice(terms.current.unitCostFen);
    params['unitVolume'] = formatPrice(terms.volumePrice.unitCostFen);
    params['unitLonger'] = formatPrice(terms.longerTerms.unitCostFen);
    params['moqVolume'] = formatCount(terms.volumePrice.moq);
    params['orderNow'] = formatFen(terms.current.minimumOrderFen);
    params['orderVolume'] = formatFen(terms.volumePrice.minimumOrderFen);
    params['netNow'] = terms.current.netDays;
    params['netLonger'] = terms.longerTerms.netDays;
  }
  return params;
}

type Cell = string | number;

function table(caption: string, head: readonly string[], rows: readonly Cell[][]): HTMLElement {
  const headRow = el(
    'tr',
    {},
    head.map((text, i) => el('th', { scope: 'col', class: i === 0 ? '' : 'num', text })),
  );
  const body = rows.map((row) =>
    el(
      'tr',
      {},
      row.map((cell, i) =>
        i === 0
          ? el('th', { scope: 'row', text: String(cell) })
          : el('td', { class: 'num', text: String(cell) }),
      ),
    ),
  );
  return el('div', { class: 'table-scroll event-terms' }, [
    el('table', { class: 'data-table' }, [
      el('caption', { text: caption }),
      el('thead', {}, [headRow]),
      el('tbody', {}, body),
    ]),
  ]);
}

function marginRows(declined: OrderMargin, joined: OrderMargin): Cell[][] {
  const row = (key: MessageKey, pick: (m: OrderMargin) => number, sign = -1): Cell[] => [
    t(key),
    formatPrice(sign * pick(declined)),
    formatPrice(sign * pick(joined)),
  ];
  return [
    row('terms.price', (m) => m.priceFen, 1),
    row('terms.discount', (m) => m.discountFen),
    row('terms.platformFees', (m) => m.commissionFen + m.paymentFeeFen),
    row('terms.tax', (m) => m.taxFen),
    row('terms.shipping', (m) => m.shippingFen + m.insuranceFen),
    row('terms.unitCost', (m) => m.unitCostFen),
    row('terms.margin', (m) => m.marginFen, 1),
  ];
}

function supplierRow(key: MessageKey, pick: (terms: SupplierTerms) => Cell, all: SupplierTerms[]) {
  return [t(key), ...all.map(pick)];
}

/**
 * The trade-off of a negotiation side by side, so the player compares numbers, not adjectives:
 * the figures come from the sim's quotes, the same arithmetic it books.
 */
export function eventTermsTable(view: EventView): HTMLElement | null {
  const campaign = view.campaign;
  if (campaign) {
    return table(
      t('terms.campaign.caption'),
      ['', t('terms.declined'), t('terms.joined')],
      [
        [
          t('terms.festivalTraffic'),
          formatTimes(campaign.declinedSearchBp),
          formatTimes(campaign.joinedSearchBp),
        ],
        [
          t('terms.discountRate'),
          formatBp(campaign.declined.discountBp),
          formatBp(campaign.joined.discountBp),
        ],
        ...marginRows(campaign.declined, campaign.joined),
      ],
    );
  }
  const terms = view.supplierTerms;
  if (terms) {
    const all = [terms.current, terms.volumePrice, terms.longerTerms];
    return table(
      t('terms.supplier.caption'),
      ['', t('terms.now'), t('terms.volumePrice'), t('terms.longerTerms')],
      [
        supplierRow('terms.unitCost', (s) => formatPrice(s.unitCostFen), all),
        supplierRow('terms.moq', (s) => formatCount(s.moq), all),
        supplierRow('terms.minimumOrder', (s) => formatFen(s.minimumOrderFen), all),
        supplierRow('terms.deposit', (s) => formatBp(s.depositBp), all),
        supplierRow('terms.netDays', (s) => t('terms.days', { days: s.netDays }), all),
      ],
    );
  }
  return null;
}
