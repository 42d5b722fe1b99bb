import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_REQUIRED_DISCOUNT_BP,
  EVENT_TERMS,
  applyAction,
  campaignQuote,
  createState,
  orderMargin,
  pnlTotal,
  supplierTermsQuote,
  unitCostForQty,
} from '../../src/sim';
import { loadLevel, play } from './levels';

describe('quotes', () => {
  it('an order margin quotes the same amounts the sim books for a sale', () => {
    const level = loadLevel('traffic');
    const listingId = level.listings[0]?.id ?? '';
    const start = play(level, createState(level, 3), [
      { type: 'setDiscount', listingId, discountBp: 1000 },
    ]);
    const listing = start.listings[0];
    if (!listing) throw new Error('no listing');
    const quote = orderMargin(level, listing, 1000);
    const after = play(level, start, [{ type: 'advanceDay' }]);
    const orders = after.totals.orders;
    expect(orders).toBeGreaterThan(0);
    expect(pnlTotal(after.ledger, 'gmv')).toBe(orders * quote.priceFen);
    expect(pnlTotal(after.ledger, 'coupons')).toBe(-orders * quote.discountFen);
    expect(pnlTotal(after.ledger, 'commission')).toBe(-orders * quote.commissionFen);
    expect(pnlTotal(after.ledger, 'paymentFees')).toBe(-orders * quote.paymentFeeFen);
    expect(pnlTotal(after.ledger, 'cogs')).toBe(-orders * quote.unitCostFen);
    expect(quote.affiliateFen).toBeGreaterThan(0);
    expect(pnlTotal(after.ledger, 'ads')).toBe(-orders * quote.affiliateFen);
    expect(quote.marginFen).toBe(
      quote.paidFen -
        quote.commissionFen -
        quote.paymentFeeFen -
        quote.taxFen -
        quote.shippingFen -
        quote.insuranceFen -
        quote.affiliateFen -
        quote.unitCostFen,
    );
  });

  it('joining the festival campaign quotes the required discount and a thinner margin per order', () => {
    const level = loadLevel('comprehensive');
    const state = createState(level, 1);
    const quote = campaignQuote(level, state);
    if (!quote) throw new Error('no quote');
    const price = state.listings[0]?.priceFen ?? 0;
    expect(quote.joined.discountFen).toBeGreaterThanOrEqual(
      Math.floor((price * CAMPAIGN_REQUIRED_DISCOUNT_BP) / 10_000),
    );
    expect(quote.joined.marginFen).toBeLessThan(quote.declined.marginFen);
    expect(quote.joinedSearchBp).toBeGreaterThan(quote.declinedSearchBp);
    expect(quote.festivalDaysLeft).toBeGreaterThan(0);
  });

  it('supplier offers quote a cheaper unit at a larger minimum order, or later payment at a higher unit cost', () => {
    const level = loadLevel('comprehensive');
    const state = createState(level, 1);
    const supplier = level.suppliers[0];
    if (!supplier) throw new Error('no supplier');
    const quote = supplierTermsQuote(level, state, supplier.id);
    if (!quote) throw new Error('no quote');
    expect(quote.current.moq).toBe(supplier.moq);
    expect(quote.current.unitCostFen).toBe(unitCostForQty(supplier, supplier.moq));
    expect(quote.volumePrice.moq).toBe(supplier.moq * 2);
    expect(quote.volumePrice.unitCostFen).toBeLessThan(quote.current.unitCostFen);
    expect(quote.volumePrice.minimumOrderFen).toBeGreaterThan(quote.current.minimumOrderFen);
    expect(quote.longerTerms.netDays).toBe(supplier.netDays + EVENT_TERMS.longerTermsExtraDays);
    expect(quote.longerTerms.unitCostFen).toBeGreaterThan(quote.current.unitCostFen);
  });

  it('a supplier the level does not have gets no quote', () => {
    const level = loadLevel('comprehensive');
    expect(supplierTermsQuote(level, createState(level, 1), 'nobody')).toBeNull();
  });

  it('the quoted volume terms are the terms the sim applies after the choice', () => {
    const level = loadLevel('comprehensive');
    const state = createState(level, 1);
    const supplier = level.suppliers[0];
    if (!supplier) throw new Error('no supplier');
    const quote = supplierTermsQuote(level, state, supplier.id);
    state.pendingEvent = {
      id: 99,
      kind: 'supplierNegotiation',
      day: 0,
      listingIndex: 0,
      choices: ['volumePrice', 'longerTerms', 'keep'],
      amountFen: 0,
      discountBp: 0,
      competitorId: supplier.id,
      role: '',
      qty: supplier.moq * 2,
    };
    const result = applyAction(level, state, { type: 'respondEvent', choice: 'volumePrice' });
    if (!result.ok) throw new Error(result.error);
    expect(supplierTermsQuote(level, result.state, supplier.id)?.current).toEqual(
      quote?.volumePrice,
    );
  });
});
