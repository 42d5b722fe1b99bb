import { describe, expect, it } from 'vitest';
import {
  ACTION_SPECS,
  EVENT_CHOICES_BY_KIND,
  EVENT_KINDS,
  PNL_LINES,
  STAR_RULES,
  netProfitFen,
  runStage,
  stateHash,
} from '../../src/sim';
import { formatBp, formatFen, formatSignedFen, parseYuanToFen } from '../../src/present/format';
import { isMessageKey, t } from '../../src/present/i18n';
import { booksView } from '../../src/present/views/books';
import { CONTROL_ACTIONS, controlsView, SHELL_CONTROLS } from '../../src/present/views/controls';
import { debriefView, decisionsFile, keyDecisions } from '../../src/present/views/debrief';
import { eventView } from '../../src/present/views/event';
import { hudView } from '../../src/present/views/hud';
import { mapView } from '../../src/present/views/map';
import {
  DENSEST_FIGURES_PER_DAY,
  niceScale,
  stageVisitorsPerFigure,
  streetView,
} from '../../src/present/views/street';
import { seedWithEvent, shippedLevel, storeWith } from './storeFixtures';

function finish(store: ReturnType<typeof storeWith>): void {
  for (let guard = 0; guard < 100 && store.getState().run!.sim.outcome === 'running'; guard++) {
    store.getState().finishStage();
    const event = store.getState().run!.sim.pendingEvent;
    if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
  }
}

/** Passes `days` days one at a time, answering each event with its first choice as `finish` does. */
function passDays(store: ReturnType<typeof storeWith>, days: number): void {
  for (let i = 0; i < days; i++) {
    const event = store.getState().run!.sim.pendingEvent;
    if (event) store.getState().dispatch({ type: 'respondEvent', choice: event.choices[0]! });
    store.getState().finishStage(1);
  }
}

describe('hudView', () => {
  it('is null outside a stage and shows the dashboard inside one', () => {
    expect(hudView(storeWith(1).getState())).toBeNull();
    const store = storeWith(4, 'traffic');
    const start = hudView(store.getState())!;
    expect(start).toMatchObject({ day: 0, days: 40, orders: 0, gmvFen: 0, rank: 0, riskBp: null });
    expect(start.cashFen).toBe(shippedLevel('traffic').startCashFen);
    store
      .getState()
      .dispatch({ type: 'setFakeOrders', listingId: 'tee', searchPerDay: 8, adPerDay: 2 });
    passDays(store, 5);
    const hud = hudView(store.getState())!;
    const sim = store.getState().run!.sim;
    expect(hud.day).toBe(5);
    expect(hud.orders).toBe(sim.totals.orders);
    expect(hud.gmvFen).toBe(sim.series.gmvFen.reduce((a, b) => a + b, 0));
    expect(hud.rank).toBe(sim.series.rank[4]);
    expect(hud.ratingCenti).toBe(sim.series.ratingCenti[4]);
    expect(hud.riskBp).toBeGreaterThan(0);
    expect(hud.fakesEnabled).toBe(true);
  });
});

describe('controlsView', () => {
  it('shows exactly the controls the level enables', () => {
    const traffic = controlsView(storeWith(1, 'traffic').getState())!;
    expect(traffic.controls).toEqual(['ads', 'discount', 'plans', 'fakes']);
    for (const stage of ['product', 'market', 'comprehensive'] as const) {
      const view = controlsView(storeWith(1, stage).getState())!;
      const level = shippedLevel(stage);
      expect(view.controls).not.toContain(
        level.enabledActions.includes('setFakeOrders') ? '' : 'fakes',
      );
      expect(view.controls.length).toBeGreaterThan(0);
    }
    const product = controlsView(storeWith(1, 'product').getState())!;
    expect(product.controls).toContain('price');
    expect(product.controls).not.toContain('fakes');
  });

  it('has a control for every player action, so no stage can enable one the shop cannot draw', () => {
    const playerTypes = ACTION_SPECS.map((spec) => spec.type).filter(
      (type) => type !== 'advanceDay' && type !== 'respondEvent',
    );
    const covered = SHELL_CONTROLS.flatMap((control) => CONTROL_ACTIONS[control]);
    expect([...covered].sort()).toEqual([...playerTypes].sort());
  });

  it('follows a running plan day by day and locks while an event waits', () => {
    const store = storeWith(2, 'traffic');
    store.getState().dispatch({ type: 'startPlan', listingId: 'tee', plan: 'spiral' });
    expect(controlsView(store.getState())!.plan).toEqual({ kind: 'spiral', day: 1, days: 7 });
    store.getState().finishStage(3);
    expect(controlsView(store.getState())!.plan).toEqual({ kind: 'spiral', day: 4, days: 7 });
    const seed = seedWithEvent();
    const evented = storeWith(seed, 'traffic');
    evented.getState().finishStage();
    expect(controlsView(evented.getState())!.locked).toBe(true);
  });
});

describe('booksView', () => {
  it('lists the P&L in waterfall order, summing to net profit, with the cash to come', () => {
    const store = storeWith(3, 'traffic');
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 150 });
    store.getState().finishStage(6);
    const books = booksView(store.getState())!;
    expect(books.lines.map((l) => l.line)).toEqual([...PNL_LINES]);
    expect(books.lines.reduce((sum, l) => sum + l.amountFen, 0)).toBe(books.netProfitFen);
    expect(books.netProfitFen).toBe(netProfitFen(store.getState().run!.sim.ledger));
    // Sales are paid out after the settlement lag, so money is still on its way.
    expect(books.receivableFen).toBeGreaterThan(0);
    expect(books.settlementDays).toBe(shippedLevel('traffic').levers.settlementDays);
    expect(books.cashFen).toBe(store.getState().run!.sim.cashFen);
  });
});

describe('eventView', () => {
  it('names the party and offers the sim’s choices', () => {
    const store = storeWith(seedWithEvent(), 'traffic');
    expect(eventView(store.getState())).toBeNull();
    store.getState().finishStage();
    const view = eventView(store.getState())!;
    expect(view.choices).toEqual(EVENT_CHOICES_BY_KIND[view.kind]);
    if (view.kind === 'competitorPriceCut') expect(view.party?.en).toBeTruthy();
  });

  it('dates the event by the day it ended and the day its answer is logged under, as the log does', () => {
    const store = storeWith(seedWithEvent(), 'traffic');
    store.getState().finishStage();
    const sim = store.getState().run!.sim;
    const view = eventView(store.getState())!;
    expect(view.day).toBe(sim.day);
    expect(view.answerDay).toBe(sim.day + 1);
    const label = t('event.dayLabel', { day: view.day, next: view.answerDay });
    expect(label).toContain(String(view.answerDay));
    store.getState().dispatch({ type: 'respondEvent', choice: view.choices[0]! });
    const logged = store.getState().run!.decisions.at(-1)!;
    expect(logged.action.type).toBe('respondEvent');
    expect(logged.day).toBe(view.answerDay);
  });

  it('has a title, a body and a label and consequence for every choice of every kind', () => {
    for (const kind of EVENT_KINDS) {
      expect(isMessageKey(`event.${kind}.title`)).toBe(true);
      expect(isMessageKey(`event.${kind}.body`)).toBe(true);
      for (const choice of EVENT_CHOICES_BY_KIND[kind]) {
        expect(isMessageKey(`event.${kind}.${choice}.label`), `${kind}.${choice}`).toBe(true);
        expect(isMessageKey(`event.${kind}.${choice}.effect`), `${kind}.${choice}`).toBe(true);
      }
    }
    for (const rule of STAR_RULES) expect(isMessageKey(`star.${rule}.why`)).toBe(true);
    for (const line of PNL_LINES) expect(isMessageKey(`waterfall.${line}`)).toBe(true);
  });
});

describe('mapView', () => {
  it('unlocks a stage only after the previous one is passed', () => {
    const store = storeWith(5);
    const fresh = mapView(store.getState());
    expect(fresh.stages.map((s) => s.stage)).toEqual([
      'traffic',
      'product',
      'market',
      'comprehensive',
    ]);
    expect(fresh.stages.map((s) => s.unlocked)).toEqual([true, false, false, false]);
    expect(fresh.stages[0]!.current).toBe(true);
    store.getState().startStage('traffic');
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 60_000, bidFen: 200 });
    finish(store);
    const result = store.getState().results.traffic!;
    const after = mapView(store.getState());
    const passed = ['passed', 'escaped', 'trapped'].includes(result.outcome);
    expect(after.stages[0]!.stars).toBe(result.stars);
    expect(after.stages[1]!.unlocked).toBe(passed);
    expect(after.campaignNetProfitFen).toBe(result.netProfit);
    expect(after.finishedStages).toBe(1);
  });
});

describe('debriefView', () => {
  it('is the finished run: summary, series, waterfall steps, decisions, stars', () => {
    const store = storeWith(8, 'traffic');
    expect(debriefView(store.getState())).toBeNull();
    const ads = { type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 120 } as const;
    store.getState().dispatch({ ...ads, dailyBudgetFen: 10_000 });
    store.getState().dispatch(ads);
    passDays(store, 10);
    store.getState().dispatch({ type: 'setDiscount', listingId: 'tee', discountBp: 1_000 });
    finish(store);
    const view = debriefView(store.getState())!;
    const sim = store.getState().run!.sim;
    expect(view.summary.stateHash).toBe(stateHash(sim));
    expect(view.gmvFen).toHaveLength(sim.day);
    expect(view.waterfall.map((w) => w.line)).toEqual([...PNL_LINES]);
    expect(view.waterfall.at(-1)!.toFen).toBe(view.summary.netProfit);
    expect(view.waterfall[1]!.fromFen).toBe(view.summary.gmv);
    // Two ad settings on day 1 collapse into the one the day started with.
    expect(view.decisions[0]).toMatchObject({ day: 1, action: ads });
    expect(view.decisions.some((d) => d.action.type === 'setDiscount' && d.day === 11)).toBe(true);
    expect(view.stars.map((s) => s.rule)).toEqual(shippedLevel('traffic').stars);
  });

  it('downloads a plan file that runStage replays to the same run code', () => {
    const store = storeWith(seedWithEvent(), 'traffic');
    store
      .getState()
      .dispatch({ type: 'setFakeOrders', listingId: 'tee', searchPerDay: 3, adPerDay: 1 });
    finish(store);
    const file = decisionsFile(store.getState())!;
    expect(file.name).toMatch(/^four-stages-traffic-seed-\d+\.json$/);
    const plan = JSON.parse(file.json) as { stage: string; day: number; action: never }[];
    expect(plan.every((p) => p.stage === 'traffic')).toBe(true);
    const run = runStage(shippedLevel('traffic'), store.getState().run!.seed, plan);
    expect(run.ok && stateHash(run.state)).toBe(debriefView(store.getState())!.summary.stateHash);
  });

  it('names the event each answer responded to', () => {
    const items = keyDecisions(
      [
        { day: 12, action: { type: 'respondEvent', choice: 'hold' } },
        { day: 30, action: { type: 'respondEvent', choice: 'match' } },
      ],
      ['competitorPriceCut', 'competitorPriceCut'],
    );
    expect(items.map((i) => i.eventKind)).toEqual(['competitorPriceCut', 'competitorPriceCut']);
  });
});

describe('streetView', () => {
  it('keeps one scale for the whole stage, under the cap, carrying remainders across days', () => {
    expect(niceScale(0, 90)).toBe(1);
    expect(niceScale(2_000, 90)).toBe(50);
    const store = storeWith(6, 'traffic');
    const scale = stageVisitorsPerFigure(store.getState().levels.traffic!);
    store
      .getState()
      .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 80_000, bidFen: 200 });
    for (let day = 1; day <= 12; day++) {
      passDays(store, 1);
      const view = streetView(store.getState())!;
      expect(view.visitorsPerFigure).toBe(scale);
      const { organic, paid, fake } = view.figures;
      expect(organic + paid + fake).toBeLessThanOrEqual(DENSEST_FIGURES_PER_DAY + 3);
      // One figure per N visits, the remainder carried: never off by a whole figure.
      const n = view.visitorsPerFigure;
      const today = store.getState().run!.sim.series.visitsOrganic[day - 1]!;
      expect(Math.abs(organic * n - today)).toBeLessThan(n);
    }
    const view = streetView(store.getState())!;
    expect(view.visitorsPerFigure).toBeGreaterThan(1);
    expect(view.coinFen).toBeGreaterThan(0);
  });
});

describe('format and catalogue', () => {
  it('formats fen as yuan with separators, signs and arrows', () => {
    expect(formatFen(123_456_789)).toBe('¥1,234,568');
    expect(formatFen(-123_456, { precision: 'exact' })).toBe('−¥1,234.56');
    expect(formatFen(5, { precision: 'exact' })).toBe('¥0.05');
    expect(formatFen(0, { signed: true })).toBe('¥0');
    expect(formatSignedFen(1_500)).toBe('▲ +¥15');
    expect(formatSignedFen(-1_500, 'exact')).toBe('▼ −¥15.00');
    expect(formatBp(1_234)).toBe('12.3%');
    expect(formatBp(500)).toBe('5%');
    expect(parseYuanToFen('▼ −¥1,234.56')).toBe(-123_456);
    expect(parseYuanToFen('▲ +¥8,934.44')).toBe(893_444);
    expect(parseYuanToFen('¥97,515.00')).toBe(9_751_500);
    expect(parseYuanToFen('n/a')).toBeNull();
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('hud.dayValue', { day: 3, days: 40 })).toBe('3 / 40');
    expect(t('legend.figures', {})).toBe('1 figure = {n} visitors');
  });
});
