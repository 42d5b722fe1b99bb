import { describe, expect, it } from 'vitest';
import { buildBoard, type Verified } from '../../src/classroom/board';
import { boardCsv, COST_COLUMNS, CSV_COLUMNS, csvHeaders } from '../../src/classroom/csv';
import { setLanguage } from '../../src/present/i18n';
import { encodeResultLink, verifyResultLink } from '../../src/share/index';
import type { PlanStep } from '../../src/sim';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const SEED = 4242;

function verified(name: string, plan: readonly PlanStep[]): Verified {
  const run = runFromPlans(levels, SEED, { traffic: plan }, name, ['traffic']);
  const encoded = encodeResultLink(run, levels);
  if (!encoded.ok) throw new Error(encoded.message);
  const outcome = verifyResultLink(encoded.link, levels);
  if (!outcome.ok) throw new Error(outcome.message);
  return { line: 1, link: encoded.link, result: outcome.result };
}

describe('the class CSV cost columns', () => {
  it('give each cost line of the waterfall, summed over the stages, in yuan', () => {
    const ads: PlanStep[] = [
      { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 150 } },
      { day: 2, action: { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 8, adPerDay: 2 } },
    ];
    const entry = verified('Ana', ads);
    const csv = boardCsv(buildBoard([entry]));
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    const cells = row?.split(',') ?? [];
    const waterfall = entry.result.stages[0]?.summary.waterfall ?? [];
    for (const { key, line } of COST_COLUMNS) {
      const amount = waterfall.find((w) => w.line === line)?.amount ?? 0;
      expect(Number(cells[CSV_COLUMNS.indexOf(key)])).toBe(amount / 100);
    }
    expect(Number(cells[CSV_COLUMNS.indexOf('ads_yuan')])).toBeLessThan(0);
  });
});

describe('the class CSV headers', () => {
  it('are one per column, in English as identifiers and in Chinese with no English word', () => {
    expect(csvHeaders()).toEqual([...CSV_COLUMNS]);
    setLanguage('zh');
    try {
      const headers = csvHeaders();
      expect(headers).toHaveLength(CSV_COLUMNS.length);
      expect(new Set(headers).size).toBe(headers.length);
      const english = headers.flatMap((h) =>
        (h.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== 'GMV'),
      );
      expect(english).toEqual([]);
    } finally {
      setLanguage('en');
    }
  });
});
