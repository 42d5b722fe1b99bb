import { describe, expect, it } from 'vitest';
import {
  boardCsv,
  buildBoard,
  CSV_HEADER,
  medianWaterfall,
  outcomeCounts,
  type Verified,
} from '../../src/classroom/board';
import { candidateLines } from '../../src/classroom/linesIn';
import { verifyLines } from '../../src/classroom/verifyLines';
import { encodeResultLink, verifyResultLink } from '../../src/share';
import type { PlanStep } from '../../src/sim';
import { busyPlan, runFromPlans, shippedLevels } from './shareFixtures';

const levels = shippedLevels();
const SEED = 4242;
const idle: PlanStep[] = [];
const adsOnly: PlanStep[] = [
  { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 90 } },
];

function link(name: string, plan: readonly PlanStep[]): string {
  const encoded = encodeResultLink(
    runFromPlans(levels, SEED, { traffic: plan }, name, ['traffic']),
    levels,
  );
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

function verified(name: string, plan: readonly PlanStep[], line = 1): Verified {
  const text = link(name, plan);
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
    expect(row?.outcome).toBe(summary?.outcome);
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
    expect(rows[0]).toBe(CSV_HEADER.join(','));
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
    expect(Number(cells[3])).toBe(ben.result.totals.gmv / 100);
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
