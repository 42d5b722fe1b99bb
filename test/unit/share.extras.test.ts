import { describe, expect, it } from 'vitest';
import {
  decodeLink,
  encodeResultLink,
  MAX_REFLECTION_CODE_POINTS,
  verifyResultLink,
  type ResultRun,
} from '../../src/share/index';
import { forkRun } from '../../src/sim/index';
import { heavyAdsPlan, logOf } from '../fixtures/attribution';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const SEED = 7;
const original: ResultRun = runFromPlans(levels, SEED, {}, 'Mei', ['traffic']);

function link(run: ResultRun): string {
  const encoded = encodeResultLink(run, levels);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

function whatIfRun(forkDay: number): ResultRun {
  const log = logOf(levels, 'traffic', SEED, heavyAdsPlan(60_000, 150));
  const cut = { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 150 } as const;
  const fork = forkRun(levels.traffic, SEED, log, forkDay, [{ day: forkDay + 1, action: cut }]);
  if (!fork.ok) throw new Error(fork.error);
  return {
    ...original,
    stages: [{ stage: 'traffic', log: fork.whatIfLog }],
    whatIf: { stage: 'traffic', forkDay },
  };
}

describe('result link extras: what-if and reflections', () => {
  it('leaves a link without extras exactly as it was', () => {
    const plain = link(original);
    expect(link({ ...original, reflections: { traffic: ' \u200b\n ' } })).toBe(plain);
    const verified = verifyResultLink(plain, levels);
    expect(verified.ok && verified.result.whatIf).toBeNull();
    expect(verified.ok && verified.result.reflections).toEqual({});
  });

  it('verifies a what-if as a what-if, with its fork day and its own replayed figures', () => {
    const run = whatIfRun(10);
    const verified = verifyResultLink(link(run), levels);
    if (!verified.ok) throw new Error(verified.message);
    expect(verified.result.whatIf).toEqual({ stage: 'traffic', forkDay: 10 });
    const ads = verified.result.stages[0]?.state.series.adSpendFen ?? [];
    expect(ads.slice(11).every((fen) => fen === 0)).toBe(true);
  });

  it('refuses a what-if whose fork day is not inside the days it played', () => {
    const run = { ...whatIfRun(10), whatIf: { stage: 'traffic', forkDay: 60 } } as const;
    const verified = verifyResultLink(link(run), levels);
    expect(verified.ok).toBe(false);
    expect(!verified.ok && verified.reason).toBe('damaged');
  });

  it('carries each stage reflection as sanitised, capped text', () => {
    const long = `Ads first\u202e, then\u0007 the ${'very '.repeat(60)}end`;
    const run: ResultRun = { ...original, reflections: { traffic: long } };
    const decoded = decodeLink(link(run), levels);
    if (!decoded.ok || decoded.link.kind !== 'result') throw new Error('did not decode');
    const text = decoded.link.reflections?.traffic ?? '';
    // Cut at the cap, then trimmed: the cut fell after a space here.
    expect(Array.from(text).length).toBe(MAX_REFLECTION_CODE_POINTS - 1);
    expect(text.endsWith('very')).toBe(true);
    expect(text.startsWith('Ads first, then the very')).toBe(true);
    expect(text.includes('\u202e') || text.includes('\u0007')).toBe(false);
    const verified = verifyResultLink(link(run), levels);
    expect(verified.ok && verified.result.reflections.traffic).toBe(text);
  });

  it('refuses a reflection for a stage the run does not have', () => {
    const encoded = encodeResultLink({ ...original, reflections: { market: 'Why not?' } }, levels);
    expect(encoded.ok && verifyResultLink(encoded.link, levels).ok).toBe(true);
    const decoded = encoded.ok ? decodeLink(encoded.link, levels) : null;
    expect(decoded?.ok && decoded.link.kind === 'result' && decoded.link.reflections).toBe(
      undefined,
    );
  });
});
