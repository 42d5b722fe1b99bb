import './dialogs.css';
import type { OrderMargin, SupplierTerms } from '../../../sim';
import { el } from '../../kit/dom';
import { DECK_TERMS } from '../../../sim/eventQuotes';
import {
  formatBp,
  formatCount,
  formatFen,
  formatPrice,
  formatRating,
} from '../../../present/format';
import { local, t, type MessageKey, type MessageParams } from '../../../present/i18n';
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
  return { ...params, ...deckParams(view) };
}

/** The figures the deck's newer events quote; each comes from the sim's own quote. */
function deckParams(view: EventView): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  const { reviewWave, surge, push, defect, stockUp, preheat, returnWave } = view;
  if (reviewWave) {
    p['compensate'] = formatFen(reviewWave.compensateFen, { precision: 'exact' });
    p['ratingNow'] = formatRating(reviewWave.ratingNowCenti);
    p['ratingIgnored'] = formatRating(reviewWave.ratingIgnoredCenti);
  }
  if (surge) {
    p['surgeDays'] = surge.days;
    p['chatsNow'] = formatCount(surge.chatsNow);
    p['chatsSurge'] = formatCount(surge.chatsSurge);
    p['capacity'] = formatCount(surge.capacity);
    p['temps'] = surge.tempAgents;
    p['capacityTemps'] = formatCount(surge.capacityWithTemps);
    p['tempCost'] = formatFen(surge.tempCostFen, { precision: 'exact' });
    p['convSlide'] = formatBp(surge.conversionSlideBp);
    p['convTemp'] = formatBp(surge.conversionTempBp);
  }
  if (push) {
    p['pushDays'] = push.days;
    p['extraVisits'] = formatCount(push.extraVisitsPerDay);
    p['extraOrders'] = formatCount(push.extraOrdersPerDay);
    p['pushFee'] = formatFen(push.feeFen, { precision: 'exact' });
    p['margin'] = formatPrice(push.margin?.marginFen ?? 0);
  }
  if (defect) {
    p['units'] = formatCount(defect.units);
    p['rework'] = formatFen(defect.reworkFen, { precision: 'exact' });
    p['reworkEach'] = formatPrice(DECK_TERMS.reworkPerUnitFen);
    p['extraRate'] = formatBp(defect.extraReturnBp);
    p['extraReturns'] = formatCount(defect.extraReturns);
    p['returnCost'] = formatPrice(defect.returnCostFen);
    p['returnsCost'] = formatFen(defect.extraReturns * defect.returnCostFen);
  }
  if (stockUp) {
    p['stockDeposit'] = formatFen(stockUp.depositFen, { precision: 'exact' });
    p['festivalDay'] = stockUp.festivalDay;
  }
  if (preheat) {
    p['festivalDay'] = preheat.festivalDay;
    p['presaleSearch'] = formatBp(preheat.presaleSearchBp);
    p['presaleDiscount'] = formatBp(preheat.presaleDiscountBp);
    p['adPushSearch'] = formatBp(preheat.adPushSearchBp);
    p['adPushFee'] = formatFen(preheat.adPushFeeFen, { precision: 'exact' });
  }
  if (returnWave) {
    p['festivalOrders'] = formatCount(returnWave.festivalOrders);
    p['units'] = formatCount(returnWave.units);
    p['firstDue'] = returnWave.firstDueDay;
    p['inspectFee'] = formatFen(returnWave.inspectFen, { precision: 'exact' });
    p['resoldAsIs'] = formatCount(returnWave.resoldAsIs);
    p['resoldInspected'] = formatCount(returnWave.resoldInspected);
    p['saved'] = formatFen(returnWave.savedFen);
  }
  return p;
}

function listingName(view: EventView, index: number): string {
  const name = view.listingNames[index];
  return name ? local(name) : '';
}

/** The tables of the Double 11 arc: every listing, not only the first. */
function arcTable(view: EventView): HTMLElement | null {
  const campaign = view.campaign;
  if (campaign && campaign.listings.length > 1) {
    return table(
      t('terms.campaign.caption'),
      [t('terms.listing'), t('terms.price'), t('terms.marginDeclined'), t('terms.marginJoined')],
      campaign.listings.map((l) => [
        listingName(view, l.listingIndex),
        formatPrice(l.declined.priceFen),
        formatPrice(l.declined.marginFen),
        formatPrice(l.joined.marginFen),
      ]),
    );
  }
  const stockUp = view.stockUp;
  if (stockUp) {
    return table(
      t('terms.stockUp.caption'),
      [
        t('terms.listing'),
        t('terms.qty'),
        t('terms.unitCost'),
        t('terms.depositNow'),
        t('terms.arrives'),
      ],
      stockUp.lines.map((line) => [
        listingName(view, line.listingIndex),
        formatCount(line.qty),
        formatPrice(line.purchase.unitCostFen),
        line.affordable ? formatFen(line.purchase.depositFen) : t('terms.notAffordable'),
        t('terms.arrivesDay', { day: line.purchase.arrivalDay }),
      ]),
    );
  }
  const preheat = view.preheat;
  if (preheat) {
    return table(
      t('terms.preheat.caption'),
      [t('terms.listing'), t('terms.campaignOnly'), t('terms.withPresale')],
      preheat.campaign.map((m, i) => [
        listingName(view, i),
        formatPrice(m.marginFen),
        formatPrice(preheat.presale[i]?.marginFen ?? 0),
      ]),
    );
  }
  return null;
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
  const arc = arcTable(view);
  if (arc) return arc;
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
