import type { GameState } from '../../../store/gameStore';
import { el, setText } from '../../kit/dom';
import { formatBp, formatCount, formatFen, formatPrice } from '../../../present/format';
import { local, t } from '../../../present/i18n';
import type { ControlsView } from '../../../present/views/controls';
import { productView, type ProductView } from '../../../present/views/product';
import {
  bar,
  button,
  checkbox,
  fieldset,
  numberField,
  selectField,
  type Dispatch,
  type OpenPanel,
  type Section,
  type SetOrderDraft,
} from './parts';

function indexOf(state: GameState, listingId: string): number {
  return state.run?.sim.listings.findIndex((l) => l.id === listingId) ?? -1;
}

/** Material and style beside the market's trend fit, including the tempting "own taste". */
export function designSection(dispatch: Dispatch): Section {
  const root = fieldset('design.heading', 'design.explain', 'control-design');
  const material = selectField(t('design.material'));
  const style = selectField(t('design.style'));
  const fit = el('p', { class: 'design-fit' });
  const fitBar = el('div', { class: 'design-fit-bar' });
  let listingId = '';
  const send = () =>
    dispatch({
      type: 'setDesign',
      listingId,
      materialId: material.select.value,
      styleId: style.select.value,
    });
  material.select.addEventListener('change', send);
  style.select.addEventListener('change', send);
  root.append(material.root, style.root, el('div', { class: 'fit-row' }, [fit, fitBar]));
  const option = (o: ProductView['materials'][number]) => ({
    value: o.id,
    text: local(o.name),
    detail: t('design.option', {
      fit: formatBp(o.trendFitBp),
      cost: formatPrice(o.unitCostAddFen),
    }),
  });
  return {
    root,
    update(view: ControlsView, state: GameState) {
      listingId = view.listingId;
      const pv = productView(state, indexOf(state, listingId), 1, false);
      if (!pv) return;
      material.setOptions(pv.materials.map(option), pv.materials.find((m) => m.chosen)?.id ?? '');
      style.setOptions(pv.styles.map(option), pv.styles.find((m) => m.chosen)?.id ?? '');
      material.select.disabled = view.locked;
      style.select.disabled = view.locked;
      setText(fit, t('design.fit', { fit: formatBp(pv.trendFitBp) }));
      fitBar.replaceChildren(bar(pv.trendFitBp, pv.trendFitBp >= 7000 ? 'good' : 'weak'));
    },
  };
}

/** Stock on hand and on the way, the purchase order with the sim's quote, and clearance. */
export function stockSection(
  dispatch: Dispatch,
  openPanel: OpenPanel,
  setOrderDraft: SetOrderDraft,
): Section {
  const root = fieldset('stock.heading', null, 'control-stock');
  const onHand = el('p', { class: 'stock-line stock-onhand' });
  const transit = el('p', { class: 'stock-line' });
  const deliveries = el('ul', { class: 'stock-deliveries' });
  const cover = el('p', { class: 'hint' });
  const supplier = selectField(t('stock.supplier'));
  const qty = numberField(t('stock.qty'), 1, 100_000, 50);
  const quality = checkbox(t('stock.qualityCheck'));
  const quote = el('p', { class: 'stock-quote', 'aria-live': 'polite' });
  let listingId = '';
  let last: GameState | null = null;
  const order = button(t('stock.order'), 'btn-primary', () =>
    dispatch({
      type: 'orderStock',
      listingId,
      supplierId: supplier.select.value,
      qty: qty.value(),
      qualityCheck: quality.input.checked,
    }),
  );
  const compare = button(t('stock.compare'), 'btn-ghost btn-open', () => openPanel('suppliers'));
  const clearQty = numberField(t('stock.clearQty'), 1, 100_000, 10);
  const clearHint = el('p', { class: 'hint' });
  const clear = button(t('stock.clear'), 'btn-danger', () =>
    dispatch({ type: 'clearStock', listingId, qty: clearQty.value() }),
  );
  root.append(
    onHand,
    transit,
    deliveries,
    cover,
    supplier.root,
    qty.root,
    quality.root,
    quote,
    el('div', { class: 'row-buttons' }, [order, compare]),
    el('div', { class: 'clear-row' }, [clearQty.root, clear]),
    clearHint,
  );
  const refreshQuote = () => {
    if (!last) return;
    setOrderDraft({
      listingIndex: Math.max(0, indexOf(last, listingId)),
      supplierId: supplier.select.value,
      qty: qty.value(),
      qualityCheck: quality.input.checked,
    });
    const pv = productView(last, indexOf(last, listingId), qty.value(), quality.input.checked);
    const row = pv?.suppliers.find((s) => s.id === supplier.select.value);
    if (!row) return;
    setText(
      quote,
      t('stock.quote', {
        unit: formatPrice(row.quote.unitCostFen),
        total: formatFen(row.quote.totalFen),
        deposit: formatFen(row.quote.depositFen),
        day: row.quote.arrivalDay,
      }),
    );
  };
  supplier.select.addEventListener('change', refreshQuote);
  qty.input.addEventListener('input', refreshQuote);
  quality.input.addEventListener('change', refreshQuote);
  return {
    root,
    update(view: ControlsView, state: GameState) {
      last = state;
      listingId = view.listingId;
      const pv = productView(state, indexOf(state, listingId), 1, false);
      if (!pv) return;
      // The controls show the kept draft; refreshQuote below writes back what they then hold.
      const draft = state.ui.orderDraft;
      const first = pv.suppliers[0];
      supplier.setOptions(
        pv.suppliers.map((s) => ({ value: s.id, text: local(s.name) })),
        draft.supplierId || (first?.id ?? ''),
      );
      const moq = pv.suppliers.find((s) => s.id === supplier.select.value)?.moq ?? 1;
      const draftQty = draft.qty < 1 ? moq : draft.qty;
      if (document.activeElement !== qty.input) qty.input.value = String(draftQty);
      quality.input.checked = draft.qualityCheck;
      const s = pv.stock;
      setText(
        onHand,
        t('stock.onHand', { qty: formatCount(s.onHand), value: formatFen(s.stockValueFen) }),
      );
      onHand.dataset['level'] = s.onHand === 0 ? 'empty' : 'ok';
      setText(transit, t('stock.inTransit', { qty: formatCount(s.inTransitQty) }));
      deliveries.replaceChildren(
        ...s.deliveries.map((d) =>
          el('li', {
            text: t('stock.delivery', {
              qty: formatCount(d.qty),
              day: d.arrivalDay,
              days: d.inDays,
            }),
          }),
        ),
      );
      setText(
        cover,
        t('stock.cover', { qty: formatCount(s.sold7), lost: formatCount(s.lostSales) }),
      );
      const level = state.levels[state.run?.stage ?? 'traffic'];
      setText(
        clearHint,
        t('stock.clearHint', { rate: formatBp(level?.platform.clearanceRecoveryBp ?? 0) }),
      );
      if (document.activeElement !== clearQty.input && clearQty.input.value === '') {
        clearQty.input.value = '50';
      }
      for (const node of [
        supplier.select,
        qty.input,
        quality.input,
        clearQty.input,
        order,
        clear,
      ]) {
        node.disabled = view.locked;
      }
      refreshQuote();
    },
  };
}
