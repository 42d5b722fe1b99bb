import { describe, expect, it } from 'vitest';
import {
  PNL_LINES,
  attributeDecisions,
  coalesceLog,
  createState,
  replay,
  runStage,
  scanRun,
  stateHash,
  type Action,
} from '../../src/sim/index';
import { copyState } from '../../src/sim/copyState';
import { playOnWithout } from '../../src/sim/counterfactual';
import { busyCampaign, shippedLevels } from '../fixtures/campaigns';
import {
  heavyAdsPlan,
  heavyComprehensivePlan,
  logOf,
  withSliderSteps,
} from '../fixtures/attribution';

const levels = shippedLevels();
const SEED = 7;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function mustScan(stage: keyof typeof levels, log: readonly Action[]) {
  const scan = scanRun(levels[stage], SEED, log);
  if (!scan.ok) throw new Error(`scan failed at ${scan.index}: ${scan.error}`);
  return scan;
}

function mustAttribute(stage: keyof typeof levels, log: readonly Action[]) {
  const result = attributeDecisions(levels[stage], SEED, log);
  if (!result.ok) throw new Error(`attribution failed at ${result.index}: ${result.error}`);
  return result;
}

describe('merging same-day changes', () => {
  const run = busyCampaign(levels, SEED);

  it('replays a slider-stepped log to the same state as its merged form, and shrinks it', () => {
    for (const { stage, log } of run.stages) {
      const stepped = withSliderSteps(log);
      const merged = coalesceLog(stepped);
      expect(merged.length).toBeLessThan(stepped.length);
      expect(merged).toEqual(coalesceLog(log));
      const a = replay(levels[stage], SEED, stepped);
      const b = replay(levels[stage], SEED, merged);
      expect(a.ok && b.ok).toBe(true);
      expect(stateHash(b.state)).toBe(stateHash(a.state));
    }
  });

  it('keeps staff changes, changes on other listings and changes across a day apart', () => {
    const log: Action[] = [
      { type: 'setStaff', role: 'customerService', headcount: 3 },
      { type: 'setStaff', role: 'customerService', headcount: 4 },
      { type: 'setAds', listingId: 'tee', dailyBudgetFen: 1_000, bidFen: 50 },
      { type: 'setAds', listingId: 'dress', dailyBudgetFen: 1_000, bidFen: 50 },
      { type: 'setAds', listingId: 'dress', dailyBudgetFen: 2_000, bidFen: 50 },
      { type: 'advanceDay' },
      { type: 'setAds', listingId: 'dress', dailyBudgetFen: 3_000, bidFen: 50 },
      { type: 'setPrice', listingId: 'dress', priceFen: 9_900 },
      { type: 'setAds', listingId: 'dress', dailyBudgetFen: 4_000, bidFen: 50 },
    ];
    expect(coalesceLog(log)).toEqual([
      log[0],
      log[1],
      log[2],
      log[4],
      log[5],
      log[6],
      log[7],
      log[8],
    ]);
  });
});

describe('grouping the log into decisions', () => {
  it('one setting held over days is one decision with its span', () => {
    const log = logOf(levels, 'traffic', SEED, heavyAdsPlan());
    const scan = mustScan('traffic', log);
    expect(scan.decisions).toHaveLength(1);
    const [ads] = scan.decisions;
    expect(ads?.action).toMatchObject({ type: 'setAds', listingId: 'tee' });
    expect(ads?.fromDay).toBe(3);
    expect(ads?.toDay).toBe(scan.state.day);
    expect(ads?.revertTo).toMatchObject({ type: 'setAds', dailyBudgetFen: 0 });
  });

  it('same-day nudges are one decision, a return to the default ends it, an order is its own', () => {
    const plan = [
      { day: 2, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 10_000, bidFen: 100 } },
      { day: 2, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 20_000, bidFen: 100 } },
      { day: 6, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 20_000, bidFen: 100 } },
      { day: 9, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 100 } },
      {
        day: 1,
        action: {
          type: 'orderStock',
          listingId: 'tee',
          supplierId: 'guangzhou',
          qty: 1_000,
          qualityCheck: false,
        },
      },
      {
        day: 4,
        action: {
          type: 'orderStock',
          listingId: 'tee',
          supplierId: 'guangzhou',
          qty: 1_000,
          qualityCheck: false,
        },
      },
    ] as const;
    const log = logOf(levels, 'comprehensive', SEED, [...plan]);
    const decisions = mustScan('comprehensive', log).decisions;
    const ads = decisions.filter((d) => d.action.type === 'setAds');
    expect(ads).toHaveLength(1);
    expect(ads[0]).toMatchObject({ fromDay: 2, toDay: 8, untilEnd: false });
    expect(ads[0]?.action).toMatchObject({ dailyBudgetFen: 20_000 });
    // Both nudges of day 2 and the unchanged repeat of day 6 go when the decision is reverted.
    expect(ads[0]?.logIndices).toHaveLength(3);
    const orders = decisions.filter((d) => d.action.type === 'orderStock');
    expect(orders.map((d) => d.fromDay)).toEqual([1, 4]);
    expect(orders.every((d) => d.revertTo === null)).toBe(true);
  });

  it('an answer other than the cautious one is a decision naming its event', () => {
    let found = false;
    for (let seed = 1; seed <= 30 && !found; seed++) {
      const level = levels.comprehensive;
      const played = runStage(level, seed, heavyComprehensivePlan(levels).slice(0, 40), {
        campaignInvitation: 'join',
      });
      if (!played.ok || !played.log.some((a) => a.type === 'respondEvent' && a.choice === 'join')) {
        continue;
      }
      found = true;
      const scan = scanRun(level, seed, played.log);
      if (!scan.ok) throw new Error('scan failed');
      const joined = scan.decisions.filter((d) => d.action.type === 'respondEvent');
      expect(joined.length).toBeGreaterThan(0);
      for (const d of joined) {
        expect(d.eventKind).toBe('campaignInvitation');
        expect(d.revertTo).toEqual({ type: 'respondEvent', choice: 'decline' });
      }
    }
    expect(found).toBe(true);
  });
});

describe('attribution', () => {
  it('following a log without changes gives the run as played', () => {
    for (const { stage, log } of busyCampaign(levels, SEED).stages) {
      const level = levels[stage];
      const state = createState(level, SEED);
      playOnWithout(level, state, log, 0, new Map(), mustScan(stage, log).eventKindAt);
      const played = replay(level, SEED, log);
      expect(stateHash(state)).toBe(stateHash(played.state));
    }
  });

  it('each effect is the run minus the same run replayed from day 1 without the decision', () => {
    const log =
      busyCampaign(levels, SEED).stages.find((s) => s.stage === 'comprehensive')?.log ?? [];
    const level = levels.comprehensive;
    const scan = mustScan('comprehensive', log);
    const result = mustAttribute('comprehensive', log);
    expect(result.decisions).toHaveLength(scan.decisions.length);
    for (const effect of result.decisions.filter((_, i) => i % 9 === 0)) {
      const changes = new Map(effect.decision.logIndices.map((i) => [i, effect.decision.revertTo]));
      const without = createState(level, SEED);
      playOnWithout(level, without, log, 0, changes, scan.eventKindAt);
      const net = sum(without.ledger.pnlTotals);
      expect(effect.netEffectFen).toBe(result.netProfitFen - net);
      expect(sum(effect.lines.map((l) => l.amountFen))).toBe(effect.netEffectFen);
      const gmvLine = effect.lines.find((l) => l.line === 'gmv')?.amountFen ?? 0;
      expect(effect.gmvEffectFen).toBe(gmvLine);
      const sizes = effect.lines.map((l) => Math.abs(l.amountFen));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('the baseline is the stage played with no decisions, and the remainder closes the sum', () => {
    for (const { stage, log } of busyCampaign(levels, SEED).stages) {
      const result = mustAttribute(stage, log);
      const idle = runStage(levels[stage], SEED, []);
      if (!idle.ok) throw new Error('idle run failed');
      expect(result.baselineNetFen).toBe(sum(idle.state.ledger.pnlTotals));
      const effects = sum(result.decisions.map((d) => d.netEffectFen));
      expect(result.baselineNetFen + effects + result.remainderNetFen).toBe(result.netProfitFen);
      const played = replay(levels[stage], SEED, log);
      expect(result.netProfitFen).toBe(sum(played.state.ledger.pnlTotals));
    }
  });

  it('heavy ads on the tee cost money: a negative net effect, driven by the ads line', () => {
    const result = mustAttribute('traffic', logOf(levels, 'traffic', SEED, heavyAdsPlan()));
    const [ads] = result.decisions;
    expect(ads?.netEffectFen).toBeLessThan(0);
    expect(ads?.gmvEffectFen).toBeGreaterThan(0);
    expect(ads?.lines.find((l) => l.line === 'ads')?.amountFen).toBeLessThan(0);
    expect(ads?.lines.every((l) => PNL_LINES.includes(l.line))).toBe(true);
  });

  it('is deterministic and leaves a refused log as an error with its index', () => {
    const log = logOf(levels, 'comprehensive', SEED, heavyComprehensivePlan(levels));
    expect(mustAttribute('comprehensive', log)).toEqual(mustAttribute('comprehensive', log));
    const broken: Action[] = [...log.slice(0, 5), { type: 'repayCredit', amountFen: 100 }];
    expect(attributeDecisions(levels.comprehensive, SEED, broken)).toMatchObject({
      ok: false,
      error: 'nothing_to_repay',
      index: 5,
    });
  });
});

describe('copying a state for a counterfactual run', () => {
  it('shares no object, array or typed array with its source and hashes the same', () => {
    const log = logOf(levels, 'comprehensive', SEED, heavyComprehensivePlan(levels));
    const played = replay(levels.comprehensive, SEED, log.slice(0, Math.floor(log.length / 2)));
    const copy = copyState(played.state);
    expect(stateHash(copy)).toBe(stateHash(played.state));
    const seen = new Set<unknown>();
    const walk = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      seen.add(value);
      if (ArrayBuffer.isView(value)) return;
      for (const item of Object.values(value)) walk(item);
    };
    walk(played.state);
    const shared: unknown[] = [];
    const check = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      if (seen.has(value)) shared.push(value);
      if (ArrayBuffer.isView(value)) {
        if (seen.has(value.buffer)) shared.push(value.buffer);
        return;
      }
      for (const item of Object.values(value)) check(item);
    };
    const buffers = (state: unknown): unknown[] => {
      const out: unknown[] = [];
      const visit = (v: unknown) => {
        if (typeof v !== 'object' || v === null) return;
        if (ArrayBuffer.isView(v)) out.push(v.buffer);
        else for (const item of Object.values(v)) visit(item);
      };
      visit(state);
      return out;
    };
    for (const b of buffers(played.state)) seen.add(b);
    check(copy);
    expect(shared).toEqual([]);
  });
});
