import { describe, expect, it } from 'vitest';
import { introText, lessonText } from '../../src/present/views/story';
import { TOP_DECISIONS, whyView } from '../../src/present/views/why';
import { attributeDecisions, PNL_LINES, runStage, summarizeStage } from '../../src/sim';
import { busyCampaign, shippedLevels } from '../fixtures/campaigns';
import { storeWith } from './storeFixtures';

const levels = shippedLevels();

describe('the lesson and the intro follow the run', () => {
  it('Stage 1 says the ads paid after a profitable ads run, the level text after a losing one', () => {
    const ads = (budget: number, bid: number) =>
      [
        {
          day: 1,
          action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: budget, bidFen: bid },
        },
      ] as const;
    let checkedProfit = false;
    let checkedLoss = false;
    for (const [budget, bid] of [
      [50_000, 100],
      [400_000, 100],
      [400_000, 300],
    ] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const run = runStage(levels.traffic, seed, [...ads(budget, bid)]);
        if (!run.ok) throw new Error('the run failed');
        const summary = summarizeStage(levels.traffic, run.state);
        const text = lessonText(levels.traffic, summary);
        if (summary.netProfit > 0) {
          expect(text).toEqual({ kind: 'key', key: 'lesson.traffic.adsPaid' });
          checkedProfit = true;
        } else {
          expect(text).toEqual({ kind: 'level' });
          checkedLoss = true;
        }
      }
    }
    expect(checkedProfit && checkedLoss).toBe(true);
  });

  it('Stage 2 does not open with "Traffic did not pay" after a profitable Stage 1', () => {
    const store = storeWith(7);
    const profitable = { ...summarizeStage(levels.traffic, runStage(levels.traffic, 7, []).state) };
    store.getState().restoreCampaign(7, { traffic: { ...profitable, netProfit: 1 } });
    expect(introText(store.getState(), levels.product)).toEqual({
      kind: 'key',
      key: 'intro.product.afterProfit',
    });
    store.getState().restoreCampaign(7, { traffic: { ...profitable, netProfit: -1 } });
    expect(introText(store.getState(), levels.product)).toEqual({ kind: 'level' });
  });
});

describe('whyView', () => {
  it('names the worst and best decisions in order and each line with its movers', () => {
    const { log } = busyCampaign(levels, 7).stages.find((s) => s.stage === 'comprehensive')!;
    const result = attributeDecisions(levels.comprehensive, 7, log);
    if (!result.ok) throw new Error('attribution failed');
    const view = whyView(result, PNL_LINES);
    expect(view.costs.length).toBeLessThanOrEqual(TOP_DECISIONS);
    expect(view.costs.every((e) => e.netEffectFen < 0)).toBe(true);
    expect(view.earns.every((e) => e.netEffectFen > 0)).toBe(true);
    const worst = Math.min(...result.decisions.map((d) => d.netEffectFen));
    if (worst < 0) expect(view.costs[0]?.netEffectFen).toBe(worst);
    const nets = view.costs.map((e) => e.netEffectFen);
    expect(nets).toEqual([...nets].sort((a, b) => a - b));
    const ads = view.lines.find((l) => l.line === 'ads');
    const movers = result.decisions.filter((d) => d.lines.some((l) => l.line === 'ads'));
    expect((ads?.movers.length ?? 0) + (ads?.more ?? 0)).toBe(movers.length);
    expect(view.remainderNetFen).toBe(result.remainderNetFen);
  });
});
