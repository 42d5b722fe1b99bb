import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  forkRun,
  logThroughDay,
  replay,
  stateHash,
  type PlanStep,
} from '../../src/sim/index';
import { shippedLevels } from '../fixtures/campaigns';
import { heavyAdsPlan, logOf } from '../fixtures/attribution';

const levels = shippedLevels();
const SEED = 7;
const level = levels.traffic;
const adsFromDay1: PlanStep[] = heavyAdsPlan(60_000, 150).map((s) => ({ ...s, day: 1 }));
const log = logOf(levels, 'traffic', SEED, adsFromDay1);
const adsCut: PlanStep[] = [
  { day: 11, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 150 } },
];

describe('what-if: fork at day N, then plan B', () => {
  it('keeps the first N days as played and plays plan B after them', () => {
    const fork = forkRun(level, SEED, log, 10, adsCut);
    if (!fork.ok) throw new Error(fork.error);
    expect(fork.forkDay).toBe(10);
    expect(fork.whatIfLog.slice(0, logThroughDay(log, 10).length)).toEqual(logThroughDay(log, 10));
    expect(fork.original.series.gmvFen.slice(0, 10)).toEqual(
      fork.whatIf.series.gmvFen.slice(0, 10),
    );
    expect(fork.whatIf.series.adSpendFen.slice(11).every((fen) => fen === 0)).toBe(true);
    expect(fork.original.series.adSpendFen.slice(11).some((fen) => fen > 0)).toBe(true);
    const again = replay(level, SEED, fork.whatIfLog);
    expect(again.ok).toBe(true);
    expect(stateHash(again.state)).toBe(stateHash(fork.whatIf));
  });

  it('with the original plan as plan B it reproduces the original run', () => {
    const fork = forkRun(level, SEED, log, 10, adsFromDay1);
    if (!fork.ok) throw new Error(fork.error);
    expect(stateHash(fork.whatIf)).toBe(stateHash(fork.original));
  });

  it('compares line by line: differences add up to the difference in net profit', () => {
    const fork = forkRun(level, SEED, log, 10, adsCut);
    if (!fork.ok) throw new Error(fork.error);
    const diff = compareRuns(fork.original, fork.whatIf);
    const total = diff.lines.reduce((a, l) => a + l.differenceFen, 0);
    expect(total).toBe(diff.net.differenceFen);
    expect(diff.lines.find((l) => l.line === 'ads')?.differenceFen).toBeGreaterThan(0);
    expect(diff.profitByDay.whatIf).toHaveLength(fork.whatIf.day);
    expect(diff.gmvByDay.original).toEqual(fork.original.series.gmvFen);
  });

  it('clamps the fork day to the days played and refuses a plan B step the sim refuses', () => {
    const late = forkRun(level, SEED, log, 999, adsCut);
    expect(late.ok && late.forkDay).toBe(late.ok ? late.original.day : false);
    const bad = forkRun(level, SEED, log, 5, [
      { day: 6, action: { type: 'repayCredit', amountFen: 100 } },
    ]);
    expect(bad).toMatchObject({ ok: false, part: 'planB' });
  });
});
