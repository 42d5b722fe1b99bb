/**
 * Each stage's lesson must come out of the mechanics for most seeds, not one lucky seed
 * (docs/DESIGN.md "The four stages"; docs/ECONOMICS.md §3; issue 12). The strategies and checks are the
 * ones `npm run balance` prints, over the same 20 seeds; the direct assertions below pin the
 * orderings a trainer relies on, so a rule change that breaks a lesson fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StageId } from '../../src/sim';
import {
  ALL_STRATEGIES,
  CHECKS,
  median,
  runStrategy,
  shareOf,
  type RunResult,
} from '../fixtures/strategies';
import { loadLevel, tweakLevel } from './levels';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function runStage(stage: StageId): Record<string, RunResult[]> {
  const runs: Record<string, RunResult[]> = {};
  for (const strategy of ALL_STRATEGIES.filter((s) => s.stage === stage)) {
    const level = strategy.tweak ? tweakLevel(stage, strategy.tweak) : loadLevel(stage);
    runs[strategy.name] = SEEDS.map((seed) => runStrategy(level, strategy, seed));
  }
  return runs;
}

const med = (rs: readonly RunResult[] | undefined, pick: (r: RunResult) => number) =>
  median((rs ?? []).map(pick));

describe.each(['traffic', 'product', 'market', 'comprehensive'] as const)(
  'the %s stage teaches its lesson over 20 seeds',
  (stage) => {
    let runs: Record<string, RunResult[]> = {};
    beforeAll(() => {
      runs = runStage(stage);
    });
    for (const check of CHECKS.filter((c) => c.stage === stage)) {
      it(check.name, () => {
        const { pass, detail } = check.evaluate(runs);
        expect(pass, detail).toBe(true);
      });
    }
  },
);

describe('direct orderings', () => {
  let traffic: Record<string, RunResult[]> = {};
  let comprehensive: Record<string, RunResult[]> = {};
  beforeAll(() => {
    traffic = runStage('traffic');
    comprehensive = runStage('comprehensive');
  });

  it('stage 1: no paid or fake traffic barely takes off and loses money in every seed', () => {
    const level = loadLevel('traffic');
    for (const r of traffic['idle'] ?? []) {
      expect(r.orders).toBeLessThan(level.goals.salesTargetOrders / 3);
      expect(r.net).toBeLessThan(0);
    }
  });

  it('stage 1: all-in ads lose money in every seed, yet the credit line keeps the shop open', () => {
    const all = traffic['allIn'] ?? [];
    expect(all).toHaveLength(20);
    for (const r of all) expect(r.net).toBeLessThan(0);
    expect(shareOf(all, (r) => r.bankrupt)).toBeLessThanOrEqual(0.2);
  });

  it('stage 1: fake orders never raise cash', () => {
    const honest = med(traffic['balanced'], (r) => r.lowestNetCash);
    expect(med(traffic['brushMild'], (r) => r.lowestNetCash)).toBeLessThan(honest);
  });

  it('stage 4: every growth lever sells the most and earns the least of the healthy plans', () => {
    const all = comprehensive['allLevers'] ?? [];
    const balanced = comprehensive['balanced'] ?? [];
    for (let i = 0; i < SEEDS.length; i++) {
      expect(all[i]!.gmv).toBeGreaterThan(balanced[i]!.gmv);
      expect(all[i]!.net).toBeLessThan(balanced[i]!.net);
    }
    expect(shareOf(all, (r) => r.outcome === 'trapped')).toBeGreaterThanOrEqual(0.7);
    expect(shareOf(balanced, (r) => r.outcome === 'escaped')).toBeGreaterThanOrEqual(0.7);
  });
});
