import { el, setText } from '../../kit/dom';
import { formatCount, formatFen } from '../../../present/format';
import { t, type MessageKey } from '../../../present/i18n';
import type { UnitEconomicsView } from '../../../present/views/economics';

/**
 * What one order earns, line by line, and how long the shelf and the platform's float last:
 * the figures to decide the first day by.
 */
export function createUnitEconomics() {
  const lines = el('dl', { class: 'economics-lines' });
  const stock = el('p', { class: 'hint economics-stock' });
  const days = el('p', { class: 'hint economics-days' });
  const receivable = el('p', { class: 'hint economics-receivable' });
  const root = el('fieldset', { class: 'control control-economics' }, [
    el('legend', { text: t('economics.heading') }),
    el('p', { class: 'explain', text: t('economics.explain') }),
    lines,
    stock,
    days,
    receivable,
  ]);
  let key = '';

  function update(view: UnitEconomicsView | null): void {
    const nextKey = JSON.stringify(view);
    if (nextKey === key) return;
    key = nextKey;
    root.hidden = view === null;
    if (!view) return;
    const m = view.margin;
    const exact = (fen: number) => formatFen(fen, { precision: 'exact' });
    // Before the first stock is bought (Stage 2) no unit cost is known, so no margin either.
    const costKnown = m.unitCostFen > 0;
    const rows: [MessageKey, number, string][] = [
      ['economics.price', m.priceFen, ''],
      ['economics.coupon', -m.discountFen, ''],
      ['economics.fees', -view.feesFen, ''],
      ['economics.tax', -m.taxFen, ''],
      ['economics.shipping', -m.shippingFen, ''],
      ['economics.insurance', -m.insuranceFen, ''],
      ['economics.unitCost', -m.unitCostFen, ''],
      ['economics.margin', m.marginFen, m.marginFen < 0 ? 'total loss' : 'total'],
    ];
    lines.replaceChildren(
      ...rows
        .filter(
          ([label, fen]) =>
            fen !== 0 || label === 'economics.margin' || label === 'economics.unitCost',
        )
        .flatMap(([label, fen, cls]) => {
          const unknown =
            !costKnown && (label === 'economics.unitCost' || label === 'economics.margin');
          const shown = unknown ? (label === 'economics.margin' ? 'total' : '') : cls;
          return [
            el('dt', { class: shown, text: t(label) }),
            el('dd', {
              class: `num ${shown}`.trim(),
              text: unknown ? t('economics.unknown') : exact(fen),
            }),
          ];
        }),
    );
    setText(
      stock,
      t('economics.stock', {
        onHand: formatCount(view.onHand),
        inTransit: formatCount(view.inTransit),
      }),
    );
    setText(
      days,
      view.daysOfStock === null
        ? t('economics.daysUnknown')
        : t('economics.daysLeft', {
            days: formatCount(view.daysOfStock),
            perDay: formatCount(Math.round(view.dailySales)),
          }),
    );
    setText(receivable, t('economics.receivable', { amount: formatFen(view.receivableFen) }));
  }

  return { root, update };
}
