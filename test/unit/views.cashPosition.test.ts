import { describe, expect, it } from 'vitest';
import { STAGE_IDS, runStage, summarizeStage } from '../../src/sim';
import { cashPositionRows } from '../../src/present/views/cashPosition';
import { loadLevel } from './levels';

describe('the debrief’s cash position', () => {
  it.each(STAGE_IDS)('adds up from cash at the end to net profit in the %s stage', (id) => {
    const level = loadLevel(id);
    const run = runStage(level, 7, level.defaultPlan);
    if (!run.ok) throw new Error(run.error);
    const summary = summarizeStage(level, run.state);
    const rows = cashPositionRows(summary);
    expect(rows).not.toBeNull();
    const parts = rows!.filter((r) => !r.total);
    const total = rows!.find((r) => r.total);
    expect(total?.amountFen).toBe(summary.netProfit);
    expect(parts.reduce((sum, r) => sum + r.amountFen, 0)).toBe(summary.netProfit);
    expect(parts[0]).toEqual({ key: 'cashEnd', amountFen: summary.cashEnd, total: false });
  });

  it('is left out for a summary saved before rules 2', () => {
    const level = loadLevel('traffic');
    const run = runStage(level, 7, level.defaultPlan);
    if (!run.ok) throw new Error(run.error);
    const old = summarizeStage(level, run.state);
    delete old.position;
    expect(cashPositionRows(old)).toBeNull();
  });
});
