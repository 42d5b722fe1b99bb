import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim';
import { applyAction, balanceSheet, pnlTotal, quotePurchase, unitCostForQty } from '../../src/sim';
import { fresh, passDays, play, tweakLevel } from './levels';

const product = tweakLevel('product', (l) => (l.events = []));
const factory = product.suppliers.find((s) => s.id === 'guangzhou')!;

function ordered(level: Level, qty: number, supplierId = 'guangzhou') {
  return play(level, fresh(level), [
    { type: 'setDesign', listingId: 'dress', materialId: 'linen', styleId: 'aline' },
    { type: 'orderStock', listingId: 'dress', supplierId, qty, qualityCheck: false },
  ]);
}

describe('suppliers and purchase orders', () => {
  it('bigger orders buy at a lower unit cost tier', () => {
    expect(unitCostForQty(factory, 300)).toBe(4500);
    expect(unitCostForQty(factory, 1000)).toBe(3900);
    expect(unitCostForQty(factory, 5000)).toBe(3400);
  });

  it('an order below the MOQ is rejected and changes nothing', () => {
    const state = fresh(product);
    const result = applyAction(product, state, {
      type: 'orderStock',
      listingId: 'dress',
      supplierId: 'guangzhou',
      qty: 299,
      qualityCheck: false,
    });
    expect(result).toEqual({ ok: false, error: 'below_moq' });
  });

  it('the deposit is paid at once and the balance on delivery', () => {
    const state = ordered(product, 1000);
    const quote = quotePurchase(product, fresh(product), state.listings[0]!, factory, 1000, false);
    expect(state.cashFen).toBe(product.startCashFen - quote.depositFen);
    const arrived = passDays(product, state, factory.leadDays);
    expect(arrived.listings[0]!.onHand).toBeGreaterThan(0);
    expect(arrived.listings[0]!.inTransit).toHaveLength(0);
  });

  it('stock arrives after the lead time, not before', () => {
    const state = passDays(product, ordered(product, 1000), factory.leadDays - 1);
    expect(state.listings[0]!.onHand).toBe(0);
    expect(state.listings[0]!.inTransit[0]?.qty).toBe(1000);
  });

  it('net payment terms leave a payable after delivery instead of paying at once', () => {
    const premium = product.suppliers.find((s) => s.id === 'hangzhou')!;
    const state = passDays(product, ordered(product, 200, 'hangzhou'), premium.leadDays);
    expect(balanceSheet(state).payablesFen).toBeGreaterThan(0);
  });

  it('a quality check costs 1% more and halves the defect rate', () => {
    const state = fresh(product);
    const listing = state.listings[0]!;
    const plain = quotePurchase(product, state, listing, factory, 1000, false);
    const checked = quotePurchase(product, state, listing, factory, 1000, true);
    expect(checked.unitCostFen).toBe(plain.unitCostFen + Math.floor(plain.unitCostFen / 100));
    expect(checked.defectBp).toBe(factory.defectBp / 2);
  });

  it('an order whose deposit exceeds the cash is refused', () => {
    const result = applyAction(product, fresh(product), {
      type: 'orderStock',
      listingId: 'dress',
      supplierId: 'yiwu',
      qty: 20_000,
      qualityCheck: false,
    });
    expect(result).toEqual({ ok: false, error: 'insufficient_cash' });
  });

  it('clearance sells stock at a fraction of its cost and writes off the rest', () => {
    const state = passDays(product, ordered(product, 1000), factory.leadDays);
    const value = state.listings[0]!.stockValueFen;
    const onHand = state.listings[0]!.onHand;
    const cleared = play(product, state, [{ type: 'clearStock', listingId: 'dress', qty: onHand }]);
    expect(cleared.listings[0]!.onHand).toBe(0);
    expect(pnlTotal(cleared.ledger, 'writeOffs')).toBe(
      pnlTotal(state.ledger, 'writeOffs') - (value - Math.floor((value * 3000) / 10000)),
    );
  });

  it('stock beyond 60 days of cover is cleared when the stage ends', () => {
    const state = passDays(product, ordered(product, 3000), product.days);
    expect(state.totals.unitsCleared).toBeGreaterThan(0);
    expect(state.outcome).toBe('finished');
    expect(state.listings[0]!.onHand).toBeLessThan(3000 - state.totals.orders);
  });

  it('a design that matches the trend fits better than the designer’s own taste', () => {
    const own = play(product, fresh(product), [
      { type: 'setDesign', listingId: 'dress', materialId: 'cotton', styleId: 'own' },
    ]);
    const trend = play(product, fresh(product), [
      { type: 'setDesign', listingId: 'dress', materialId: 'linen', styleId: 'aline' },
    ]);
    expect(trend.listings[0]!.trendFitBp).toBeGreaterThan(own.listings[0]!.trendFitBp);
  });

  it('the design cannot change once the listing has stock', () => {
    const state = ordered(product, 1000);
    const result = applyAction(product, state, {
      type: 'setDesign',
      listingId: 'dress',
      materialId: 'cotton',
      styleId: 'own',
    });
    expect(result).toEqual({ ok: false, error: 'listing_already_selling' });
  });
});
