import { describe, expect, it } from 'vitest';
import {
  buildBoard,
  medianWaterfall,
  outcomeCounts,
  setupGroups,
  type Verified,
} from '../../src/classroom/board';
import { boardCsv, CSV_COLUMNS } from '../../src/classroom/csv';
import { setupDiff, setupOf } from '../../src/classroom/setups';
import { candidateLines } from '../../src/classroom/linesIn';
import { verifyLines } from '../../src/classroom/verifyLines';
import { encodeResultLink, verifyResultLink } from '../../src/share';
import type { PlanStep } from '../../src/sim';
import { busyPlan, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const SEED = 4242;
const idle: PlanStep[] = [];
const adsOnly: PlanStep[] = [
  { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 90 } },
];

function link(name: string, plan: readonly PlanStep[], seed = SEED): string {
  const encoded = encodeResultLink(
    runFromPlans(levels, seed, { traffic: plan }, name, ['traffic']),
    levels,
  );
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

function verified(name: string, plan: readonly PlanStep[], line = 1, seed = SEED): Verified {
  const text = link(name, plan, seed);
  const outcome = verifyResultLink(text, levels);
  if (!outcome.ok) throw new Error(outcome.message);
  return { line, link: text, result: outcome.result };
}

const ana = verified('Ana', idle);
const ben = verified('Ben', adsOnly);
const busy = verified('Ana', busyPlan(levels, 'traffic', SEED));

describe('the class leaderboard', () => {
  it('ranks by net profit, best first, ties sharing a rank', () => {
    const board = buildBoard([ana, ben]);
    expect(board.map((e) => e.netProfit)).toEqual(
      [ana, ben].map((v) => v.result.totals.netProfit).sort((a, b) => b - a),
    );
    expect(board[0]?.rank).toBe(1);
    const twin = verified('Cleo', idle);
    const tied = buildBoard([ana, twin]);
    expect(tied.map((e) => e.rank)).toEqual([1, 1]);
    // Ties fall back to the name, never to input order.
    expect(buildBoard([twin, ana]).map((e) => e.name)).toEqual(tied.map((e) => e.name));
  });

  it('merges the same name and run into one entry and counts the copy', () => {
    const again = { ...ana, line: 7, result: { ...ana.result, name: ' ana' } };
    const board = buildBoard([ana, again, ben]);
    expect(board).toHaveLength(2);
    const row = board.find((e) => e.name === 'Ana');
    expect(row?.duplicates).toBe(1);
    expect(row?.setAside).toBe(0);
  });

  it('keeps the best net profit of different runs under one name and says how many were set aside', () => {
    const best = [ana, busy].sort(
      (a, b) => b.result.totals.netProfit - a.result.totals.netProfit,
    )[0];
    for (const order of [
      [ana, busy],
      [busy, ana],
    ]) {
      const board = buildBoard(order);
      expect(board).toHaveLength(1);
      expect(board[0]?.netProfit).toBe(best?.result.totals.netProfit);
      expect(board[0]?.setAside).toBe(1);
    }
  });

  it('computes margin, stars, penalties and the outcome from the replay', () => {
    const [row] = buildBoard([ben]);
    const summary = ben.result.stages[0]?.summary;
    expect(row?.marginBp).toBe(
      Math.trunc((ben.result.totals.netProfit * 10_000) / ben.result.totals.gmv),
    );
    expect(row?.stars).toBe(summary?.stars);
    expect(row?.penalties).toBe(summary?.penalties);
    expect(row?.penaltyPoints).toBe(ben.result.stages[0]?.state.points);
    expect(row?.outcome).toBe(summary?.outcome);
  });

  it('counts penalty points and catches over the stages, from the replayed states', () => {
    const brusher = verified('Bo', [
      {
        day: 1,
        action: { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 60, adPerDay: 0 },
      },
    ]);
    const [row] = buildBoard([brusher]);
    const state = brusher.result.stages[0]?.state;
    expect(row?.penaltyPoints).toBe(state?.points);
    expect(row?.penalties).toBe(state?.totals.penalties);
    expect(row?.penaltyPoints).toBeGreaterThan(0);
  });
});

describe('hand-ins from different setups', () => {
  const cleo = verified('Cleo', adsOnly, 3);
  const dan = verified('Dan', adsOnly, 2, 99);

  it('ranks the setup most students played as the class, and any other setup apart', () => {
    const board = buildBoard([dan, ana, ben, cleo]);
    const groups = setupGroups(board);
    expect(groups.map((g) => g.entries.map((e) => e.name))).toEqual([
      buildBoard([ana, ben, cleo]).map((e) => e.name),
      ['Dan'],
    ]);
    expect(groups.map((g) => g.main)).toEqual([true, false]);
    expect(board.map((e) => e.mainSetup)).toEqual([true, true, true, false]);
    // Dan's score is never compared with the class's: he is first of his own setup.
    expect(groups[1]?.entries[0]?.rank).toBe(1);
    expect(groups[0]?.entries.map((e) => e.rank)).toEqual(
      buildBoard([ana, ben, cleo]).map((e) => e.rank),
    );
    expect(setupDiff(groups[0]!.setup, groups[1]!.setup)).toEqual(['seed']);
  });

  it('tells levers and stages apart as well as seeds', () => {
    const base = setupOf(ana.result);
    const levered = setupOf({ ...ana.result, levers: { commissionBp: 600, settlementDays: 10 } });
    expect(levered.key).not.toBe(base.key);
    expect(levered.key).toBe('seed 4242; stages traffic; commissionBp=600; settlementDays=10');
    expect(setupDiff(base, levered)).toEqual(['levers']);
    const twoStages = setupOf({
      ...ana.result,
      seed: 7,
      stages: [
        ...ana.result.stages,
        ...ana.result.stages.map((s) => ({ ...s, stage: 'product' as const })),
      ],
    });
    expect(setupDiff(base, twoStages)).toEqual(['seed', 'stages']);
    expect(setupDiff(base, setupOf(ben.result))).toEqual([]);
  });

  it('gives a tie between setups to the one handed in first, and never merges across setups', () => {
    const anaElsewhere = verified('Ana', idle, 1, 99);
    const late = { ...ben, line: 5 };
    const board = buildBoard([late, anaElsewhere]);
    expect(board.map((e) => [e.name, e.setup.seed, e.mainSetup])).toEqual([
      ['Ana', 99, true],
      ['Ben', SEED, false],
    ]);
    const both = buildBoard([ana, anaElsewhere]);
    expect(both).toHaveLength(2);
    expect(both.every((e) => e.setAside === 0 && e.duplicates === 0)).toBe(true);
  });

  it('writes the setup and whether it is the class’s into the CSV, the class first', () => {
    const csv = boardCsv(buildBoard([dan, ana, ben]));
    const rows = csv
      .trimEnd()
      .split('\r\n')
      .map((r) => r.split(','));
    const nameAt = CSV_COLUMNS.indexOf('name');
    const setupAt = CSV_COLUMNS.indexOf('setup');
    const classAt = CSV_COLUMNS.indexOf('class_setup');
    expect(rows.slice(1).map((r) => [r[nameAt], r[setupAt], r[classAt]])).toEqual([
      ...buildBoard([ana, ben]).map((e) => [e.name, 'seed 4242; stages traffic', 'yes']),
      ['Dan', 'seed 99; stages traffic', 'no'],
    ]);
  });
});

describe('the class charts', () => {
  it('takes the median of each waterfall line, in the usual order', () => {
    const board = buildBoard([ana, ben, verified('Dan', busyPlan(levels, 'traffic', 9))]);
    const steps = medianWaterfall(board);
    expect(steps[0]?.line).toBe('gmv');
    const gmvs = board.map((e) => e.gmv).sort((a, b) => a - b);
    expect(steps[0]?.amountFen).toBe(gmvs[1]);
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]?.fromFen).toBe(steps[i - 1]?.toFen);
    }
  });

  it('the median of two is their mean, in whole fen', () => {
    const steps = medianWaterfall(buildBoard([ana, ben]));
    expect(steps[0]?.amountFen).toBe(
      Math.trunc((ana.result.totals.gmv + ben.result.totals.gmv) / 2),
    );
  });

  it('counts outcomes', () => {
    const counts = outcomeCounts(buildBoard([ana, ben]));
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(2);
  });
});

describe('the CSV export', () => {
  it('has a header and one row per entry, and no cell can start a formula', () => {
    const evil = verified('=HYPERLINK("x")', idle);
    const csv = boardCsv(buildBoard([evil, ben]));
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    for (const row of rows.slice(1)) {
      // A negative amount is a number, not a formula: only '-' before a digit may start a cell.
      expect(row).not.toMatch(/(^|,)([=+@]|-[^0-9])/);
    }
  });

  it('writes money as yuan numbers', () => {
    const csv = boardCsv(buildBoard([ben]));
    const cells = csv.split('\r\n')[1]?.split(',') ?? [];
    expect(Number(cells[CSV_COLUMNS.indexOf('gmv_yuan')])).toBe(ben.result.totals.gmv / 100);
  });
});

describe('pasted lines', () => {
  it('finds the link in a CSV row or chat line and lists bad lines with their reason', () => {
    const good = link('Ben', adsOnly);
    const damaged = `${good.slice(0, -3)}AAA`;
    const text = `name,link\n"Ben",${good}\n\n${damaged}\nhello`;
    const lines = candidateLines(text);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 5]);
    const checked = verifyLines(lines, levels);
    expect(checked.verified.map((v) => v.result.name)).toEqual(['Ben']);
    expect(checked.bad.map((b) => b.line)).toEqual([1, 4, 5]);
    expect(checked.bad[1]?.reason).toBe('damaged');
    for (const bad of checked.bad) expect(bad.message.length).toBeGreaterThan(10);
  });
});
