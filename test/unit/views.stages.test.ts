import { describe, expect, it } from 'vitest';
import type { StageSummary } from '../../src/sim';
import { PNL_LINES, quotePurchase, reconciliation } from '../../src/sim';
import { controlsView } from '../../src/present/views/controls';
import {
  achievements,
  campaignWaterfall,
  endingView,
  TRAFFIC_ADDICT_BP,
} from '../../src/present/views/ending';
import { reconciliationView } from '../../src/present/views/reconcile';
import { stageSummary } from './summaryFixture';
import { financeView, loadOf, staffView } from '../../src/present/views/manage';
import { marketView, seriesExtent } from '../../src/present/views/market';
import { productView } from '../../src/present/views/product';
import { storeWith } from './storeFixtures';

function finish(store: ReturnType<typeof storeWith>): void {
  for (let guard = 0; guard < 100 && store.getState().run!.sim.outcome === 'running'; guard++) {
    store.getState().finishStage();
    const event = store.getState().run!.sim.pendingEvent;
    if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
  }
}

function summary(partial: Partial<StageSummary>): StageSummary {
  return stageSummary(partial);
}

describe('stage controls from enabledActions', () => {
  it('maps each stage’s enabled actions to its sections, leaving nothing missing', () => {
    const expected = {
      product: ['ads', 'price', 'discount', 'design', 'stock'],
      market: ['ads', 'price', 'discount', 'copy', 'claims'],
      comprehensive: [
        'ads',
        'price',
        'discount',
        'plans',
        'fakes',
        'stock',
        'copy',
        'claims',
        'staff',
        'credit',
      ],
    } as const;
    for (const [stage, controls] of Object.entries(expected)) {
      const view = controlsView(storeWith(3, stage as 'product').getState());
      expect(view?.controls).toEqual(controls);
    }
  });

  it('switches listings by index', () => {
    const state = storeWith(3, 'comprehensive').getState();
    expect(controlsView(state, 1)?.listingId).toBe('dress');
    expect(controlsView(state, 2)?.listingId).toBe('tote');
  });
});

describe('productView', () => {
  it('quotes every supplier with the sim’s own quote and lists design options', () => {
    const state = storeWith(3, 'product').getState();
    const view = productView(state, 0, 1000, true)!;
    const { level, sim } = { level: state.levels.product!, sim: state.run!.sim };
    for (const row of view.suppliers) {
      const supplier = level.suppliers.find((s) => s.id === row.id)!;
      expect(row.quote).toEqual(quotePurchase(level, sim, sim.listings[0]!, supplier, 1000, true));
    }
    expect(view.styles.find((s) => s.id === 'own')?.chosen).toBe(true);
    expect(view.stock.onHand).toBe(0);
  });

  it('shows an order in transit, then on hand after it arrives', () => {
    const store = storeWith(3, 'product');
    store.getState().dispatch({
      type: 'orderStock',
      listingId: 'dress',
      supplierId: 'yiwu',
      qty: 100,
      qualityCheck: false,
    });
    const before = productView(store.getState(), 0, 1, false)!.stock;
    expect(before.inTransitQty).toBe(100);
    expect(before.deliveries[0]?.inDays).toBe(5);
    store.getState().finishStage(6);
    const after = productView(store.getState(), 0, 1, false)!.stock;
    expect(after.inTransitQty).toBe(0);
    expect(after.onHand + after.sold7 + after.lostSales).toBeGreaterThan(0);
  });
});

describe('marketView', () => {
  it('lists competitors by rank and the trend for every day of the stage', () => {
    const view = marketView(storeWith(3, 'market').getState(), 0)!;
    expect(view.competitors.map((c) => c.rank)).toEqual(
      [...view.competitors.map((c) => c.rank)].sort((a, b) => a - b),
    );
    expect(view.trendBp).toHaveLength(45);
    expect(view.listing.copiedFrom).toBeNull();
  });

  it('reports a copy with its source', () => {
    const store = storeWith(3, 'market');
    store.getState().dispatch({
      type: 'copyCompetitor',
      listingId: 'tote',
      competitorId: 'kraft',
      differentiationBp: 4000,
    });
    expect(marketView(store.getState(), 0)!.listing.copiedFrom?.en).toBe('Kraft Canvas');
  });

  it('finds a series’ extent and peak', () => {
    expect(seriesExtent([3, 9, 1, 9])).toEqual({ min: 1, max: 9, peak: 1 });
    expect(seriesExtent([])).toEqual({ min: 0, max: 0, peak: 0 });
  });
});

describe('staff and finance views', () => {
  it('compares today’s chats and parcels with capacity', () => {
    const store = storeWith(3, 'comprehensive');
    store.getState().finishStage(3);
    const view = staffView(store.getState())!;
    const cs = view.rows.find((r) => r.role === 'customerService')!;
    expect(cs.work).toBe(store.getState().run!.sim.today!.chats);
    expect(cs.capacity).toBe(store.getState().run!.sim.today!.csCapacity);
    expect(view.monthlyWagesFen).toBeGreaterThan(0);
  });

  it('labels load as idle, fine or overloaded', () => {
    expect(loadOf(10, 100)).toBe('idle');
    expect(loadOf(60, 100)).toBe('ok');
    expect(loadOf(101, 100)).toBe('over');
    expect(loadOf(null, 100)).toBe('ok');
  });

  it('shows credit and the reconciliation from the sim', () => {
    const store = storeWith(3, 'comprehensive');
    store.getState().dispatch({ type: 'drawCredit', amountFen: 500_000 });
    store.getState().finishStage(15);
    const view = financeView(store.getState())!;
    expect(view.debtFen).toBe(500_000);
    expect(view.creditLeftFen).toBe(view.creditLimitFen - 500_000);
    const reconciled = reconciliationView(store.getState())!;
    expect(reconciled.rows.map((r) => r.statementFen)).toEqual(
      reconciliation(store.getState().run!.sim).statement.map((l) => l.amountFen),
    );
    expect(reconciled.balances).toBe(true);
  });
});

describe('the campaign ending', () => {
  it('sums the stages’ waterfalls line by line', () => {
    const a = summary({
      waterfall: PNL_LINES.map((line) => ({ line, amount: line === 'gmv' ? 100 : -1 })),
    });
    const b = summary({
      waterfall: PNL_LINES.map((line) => ({ line, amount: line === 'gmv' ? 50 : -2 })),
    });
    const total = campaignWaterfall([a, b]);
    expect(total.map((w) => w.line)).toEqual([...PNL_LINES]);
    expect(total.find((w) => w.line === 'gmv')?.amountFen).toBe(150);
    expect(total.find((w) => w.line === 'ads')?.amountFen).toBe(-3);
  });

  it('awards badges from the summaries', () => {
    const ads = (gmv: number, spend: number) =>
      PNL_LINES.map((line) => ({
        line,
        amount: line === 'gmv' ? gmv : line === 'ads' ? -spend : 0,
      }));
    const addict = summary({
      gmv: 10_000,
      waterfall: ads(10_000, (10_000 * (TRAFFIC_ADDICT_BP + 1)) / 10_000),
    });
    expect(achievements([addict], 'trapped')).toEqual(['trafficAddict', 'trapFound']);
    const modest = summary({ gmv: 10_000, waterfall: ads(10_000, 1_000) });
    expect(achievements([modest], 'escaped')).toEqual(['trapEscaped']);
    const facts = {
      brushingCaught: 0,
      unitsCleared: 0,
      trendFitBp: 7_500,
      trendFitGoalBp: 7_000,
      complaints: 0,
      hunterClaims: 0,
      copiedListings: 1,
    };
    const caught = summary({
      fakeOrders: 30,
      penalties: 1,
      facts: { ...facts, brushingCaught: 1 },
    });
    expect(achievements([caught], 'bankrupt')).toEqual(['caughtBrushing']);
    // The badges are the sim's rules, read from the stages' facts, not from their stars.
    const masters = [
      summary({ stage: 'product', stars: 2, facts }),
      summary({ stage: 'market', stars: 2, netProfit: 1, facts }),
    ];
    expect(achievements(masters, 'bankrupt')).toEqual(['productMaster', 'marketDetective']);
    const cleared = summary({ stage: 'product', stars: 3, facts: { ...facts, unitsCleared: 9 } });
    expect(achievements([cleared], 'bankrupt')).toEqual([]);
  });

  it('exists only once every stage has a result, and scores the sum of net profits', () => {
    const store = storeWith(12);
    expect(endingView(store.getState())).toBeNull();
    let net = 0;
    for (const stage of ['traffic', 'product', 'market', 'comprehensive'] as const) {
      store.getState().startStage(stage);
      finish(store);
      net += store.getState().results[stage]!.netProfit;
    }
    const view = endingView(store.getState())!;
    expect(view.netProfitFen).toBe(net);
    expect(view.waterfall.reduce((sum, w) => sum + w.amountFen, 0)).toBe(net);
    expect(['trapped', 'bankrupt', 'escaped']).toContain(view.outcome);
    expect(view.achievements.includes('trapFound')).toBe(view.outcome === 'trapped');
    expect(view.achievements.includes('trapEscaped')).toBe(view.outcome === 'escaped');
  });
});
