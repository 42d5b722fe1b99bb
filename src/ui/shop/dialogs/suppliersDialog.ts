import type { GameState, GameStoreApi } from '../../../store/gameStore';
import { el } from '../../kit/dom';
import { formatBp, formatCount, formatFen, formatPrice } from '../../../present/format';
import { local, t } from '../../../present/i18n';
import { productView } from '../../../present/views/product';
import { createDataDialog, table } from './dataDialog';

/** The supplier screen: one column per supplier, one row per term, and the quote for the draft. */
function render(state: GameState): HTMLElement[] {
  const { orderDraft } = state.ui;
  const pv = productView(
    state,
    orderDraft.listingIndex,
    Math.max(1, orderDraft.qty),
    orderDraft.qualityCheck,
  );
  if (!pv) return [];
  const s = pv.suppliers;
  const tiers = (row: (typeof s)[number]) =>
    el(
      'ul',
      { class: 'tiers' },
      row.tiers.map((tier) =>
        el('li', {
          text: t('suppliers.tier', {
            qty: formatCount(tier.minQty),
            cost: formatPrice(tier.unitCostFen),
          }),
        }),
      ),
    );
  const rows: (string | HTMLElement)[][] = [
    [t('suppliers.tiers'), ...s.map(tiers)],
    [t('suppliers.moq'), ...s.map((r) => formatCount(r.moq))],
    [t('suppliers.lead'), ...s.map((r) => t('suppliers.leadDays', { days: r.leadDays }))],
    [t('suppliers.defect'), ...s.map((r) => formatBp(r.defectBp))],
    [
      t('suppliers.terms'),
      ...s.map((r) =>
        r.netDays > 0
          ? t('suppliers.termsNet', { deposit: formatBp(r.depositBp), days: r.netDays })
          : t('suppliers.termsValue', { deposit: formatBp(r.depositBp) }),
      ),
    ],
    [
      t('suppliers.quote', { qty: formatCount(orderDraft.qty) }),
      ...s.map((r) =>
        t('suppliers.quoteValue', {
          total: formatFen(r.quote.totalFen),
          unit: formatPrice(r.quote.unitCostFen),
          deposit: formatFen(r.quote.depositFen),
        }),
      ),
    ],
  ];
  return [
    el('p', { class: 'explain', text: t('suppliers.explain') }),
    el('div', { class: 'table-scroll' }, [
      table(
        t('suppliers.heading'),
        [t('suppliers.attribute'), ...s.map((r) => local(r.name))],
        rows,
        'suppliers-table',
      ),
    ]),
  ];
}

export function createSuppliersDialog(store: GameStoreApi) {
  return createDataDialog(store, 'suppliers', 'suppliers.heading', 'suppliers.close', render);
}
