import { describe, expect, it } from 'vitest';
import { adReportView } from '../../src/present/views/ads';
import { unitEconomicsView } from '../../src/present/views/economics';
import { goalProgress, goalRules } from '../../src/present/views/goals';
import { passRuleText, starRuleText } from '../../src/present/goalText';
import { shippedLevel, storeWith } from './storeFixtures';

describe('goals the player can read', () => {
  it('states Stage 3 profit target and Stage 4 escape margin with their numbers', () => {
    const market = goalRules(shippedLevel('market'));
    expect(starRuleText(market, 'profitTarget')).toContain('¥10,000');
    const comprehensive = goalRules(shippedLevel('comprehensive'));
    expect(starRuleText(comprehensive, 'escaped')).toContain('5%');
  });

  it('states no order goal where orders decide nothing (Stage 4)', () => {
    const rules = goalRules(shippedLevel('comprehensive'));
    expect(rules.pass).toBe('finish');
    expect(passRuleText(rules)).not.toContain('6,000');
    expect(passRuleText(goalRules(shippedLevel('traffic')))).toContain('500');
  });

  it('marks rules kept so far and leaves profit rules to the end', () => {
    const store = storeWith(3, 'market');
    store.getState().dispatch({ type: 'advanceDay' });
    const progress = goalProgress(store.getState())!;
    expect(progress.kept.noComplaint).toBe(true);
    expect(progress.kept.profitTarget).toBeNull();
    expect(progress.daysLeft).toBe(44);
  });
});

describe('the ad report', () => {
  it('warns when a bid is under the cheapest slot and wins no click', () => {
    const store = storeWith(6, 'traffic');
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 20_000, bidFen: 50 });
    store.getState().dispatch({ type: 'advanceDay' });
    const view = adReportView(store.getState())!;
    expect(view.yesterday?.clicks).toBe(0);
    expect(view.warning).toBe('bidBelowSlot');
    expect(view.slotPriceFen).toBeGreaterThan(50);
  });

  it('reads clicks, CPC, ROAS and the break-even ROAS the margin allows', () => {
    const store = storeWith(6, 'traffic');
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 20_000, bidFen: 150 });
    for (let i = 0; i < 5; i++) store.getState().dispatch({ type: 'advanceDay' });
    const view = adReportView(store.getState())!;
    expect(view.warning).toBeNull();
    expect(view.stage.clicks).toBeGreaterThan(0);
    expect(view.stage.averageCpcFen).toBeLessThanOrEqual(150);
    expect(view.stage.clickThroughBp).toBe(200);
    expect(view.breakEvenRoasCenti).toBeGreaterThan(100);
    const sim = store.getState().run!.sim;
    const listing = sim.listings[0]!;
    const paid = listing.priceFen - Math.floor((listing.priceFen * listing.discountBp) / 10_000);
    expect(view.breakEvenRoasCenti).toBe(Math.ceil((paid * 100) / view.marginPerOrderFen));
  });
});

describe('unit economics', () => {
  it('shows price, cost, fees, shipping and margin before the first day', () => {
    const store = storeWith(2, 'traffic');
    const view = unitEconomicsView(store.getState())!;
    const m = view.margin;
    expect(m.priceFen).toBeGreaterThan(0);
    expect(m.unitCostFen).toBeGreaterThan(0);
    expect(view.feesFen).toBe(m.commissionFen + m.paymentFeeFen);
    expect(m.marginFen).toBe(
      m.paidFen - view.feesFen - m.taxFen - m.shippingFen - m.insuranceFen - m.unitCostFen,
    );
    expect(view.daysOfStock).toBeNull();
    expect(view.receivableFen).toBe(0);
  });

  it('counts days of stock left and the money the platform still holds', () => {
    const store = storeWith(2, 'traffic');
    for (let i = 0; i < 4; i++) store.getState().dispatch({ type: 'advanceDay' });
    const view = unitEconomicsView(store.getState())!;
    expect(view.dailySales).toBeGreaterThan(0);
    expect(view.daysOfStock).toBe(Math.floor(view.onHand / view.dailySales));
    expect(view.receivableFen).toBeGreaterThan(0);
  });
});
