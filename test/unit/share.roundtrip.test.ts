import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLevers } from '../../src/content/parseLevel';
import {
  decodeLink,
  decodeSessionLink,
  encodeResultLink,
  encodeSessionLink,
  sanitizeName,
  verifyResultLink,
  type ResultRun,
} from '../../src/share/index';
import { replay, summarizeStage, type Action, type StageId } from '../../src/sim/index';
import { leversArb, planArb, stagesArb } from './shareArbitraries';
import { busyCampaign, decisionCount, playStage, shippedLevels } from './shareFixtures';

const levels = shippedLevels();

describe('links round-trip', () => {
  it('replays any played run from its link to the same logs, summaries and hashes', () => {
    const runArb = fc
      .tuple(fc.nat({ max: 0xffff_ffff }), leversArb, fc.string({ maxLength: 50 }), stagesArb)
      .chain(([seed, levers, name, stages]) =>
        fc
          .tuple(...stages.map((stage) => planArb(levels[stage])))
          .map((plans) => ({ seed, levers, name, stages, plans })),
      );
    fc.assert(
      fc.property(runArb, ({ seed, levers, name, stages, plans }) => {
        const run: ResultRun = {
          name,
          seed,
          levers,
          stages: stages.map((stage, i) => {
            const levered = applyLevers(levels[stage], levers);
            if (!levered.ok) throw new Error('levers out of range');
            return { stage, log: playStage(levered.level, seed, plans[i] ?? []) };
          }),
        };
        const encoded = encodeResultLink(run, levels, 'http://127.0.0.1:5173/');
        if (!encoded.ok) throw new Error(encoded.message);
        const decoded = decodeLink(encoded.link, levels);
        expect(decoded.ok && decoded.link).toMatchObject({
          ...{ kind: 'result', seed, levers },
          name: sanitizeName(name),
        });
        if (!decoded.ok || decoded.link.kind !== 'result') return;
        expect(decoded.link.stages).toEqual(run.stages);

        const verified = verifyResultLink(encoded.link, levels);
        if (!verified.ok) throw new Error(verified.message);
        run.stages.forEach(({ stage, log }, i) => {
          const levered = applyLevers(levels[stage], levers);
          if (!levered.ok) throw new Error('levers out of range');
          const direct = replay(levered.level, seed, log);
          expect(verified.result.stages[i]?.summary).toEqual(
            summarizeStage(levered.level, direct.state),
          );
        });
      }),
      { seed: 2024, numRuns: 40 },
    );
  });

  it('fits a busy campaign of 200+ decisions in at most 1,500 characters', () => {
    for (const seed of [1, 7, 42]) {
      const run = busyCampaign(levels, seed, 'Zhang Wei 张伟');
      expect(decisionCount(run)).toBeGreaterThanOrEqual(200);
      const encoded = encodeResultLink(run, levels);
      expect(encoded.ok && encoded.link.length).toBeLessThanOrEqual(1_500);
      if (!encoded.ok) return;
      const verified = verifyResultLink(encoded.link, levels);
      expect(verified.ok && verified.result.stages.length).toBe(4);
    }
  });

  it('carries a session: stages, seed, levers, name and language, no decisions', () => {
    const session = {
      name: 'Class 3B',
      seed: 4_000_000_000,
      levers: { commissionBp: 800, settlementDays: 3 },
      stages: ['product', 'comprehensive'] as StageId[],
      language: 'zh' as const,
    };
    const encoded = encodeSessionLink(session, levels, 'https://example.test/play/');
    expect(encoded.ok && encoded.link).toMatch(/^https:\/\/example\.test\/play\/#s=A/);
    if (!encoded.ok) return;
    expect(decodeSessionLink(encoded.link, levels)).toEqual({
      ok: true,
      session: { kind: 'session', rulesVersion: expect.any(Number), ...session },
    });
    const noLanguage = encodeSessionLink({ ...session, language: null, name: '' }, levels);
    const decoded = noLanguage.ok ? decodeSessionLink(noLanguage.payload, levels) : null;
    expect(decoded?.ok && decoded.session).toMatchObject({ language: null, name: '' });
  });

  it('refuses to encode what it cannot carry', () => {
    const level = levels.traffic;
    const bad = (run: Partial<ResultRun>) =>
      encodeResultLink({ name: '', seed: 1, levers: {}, stages: [], ...run }, levels);
    expect(bad({})).toMatchObject({ ok: false, error: 'invalid_run' });
    expect(bad({ seed: -1, stages: [{ stage: 'traffic', log: [] }] })).toMatchObject({ ok: false });
    expect(
      bad({ levers: { settlementDays: 99 }, stages: [{ stage: 'traffic', log: [] }] }),
    ).toMatchObject({ ok: false });
    const unknownRef: Action = { type: 'setPrice', listingId: 'nope', priceFen: 1_000 };
    expect(bad({ stages: [{ stage: 'traffic', log: [unknownRef] }] })).toMatchObject({ ok: false });
    const twice = [
      { stage: 'traffic' as const, log: [] },
      { stage: 'traffic' as const, log: [] },
    ];
    expect(bad({ stages: twice })).toMatchObject({ ok: false, error: 'invalid_run' });
    // More decisions than the per-stage cap (FORMAT.md): thousands of changes on one day.
    const spam: Action[] = Array.from({ length: 4_000 }, (_, i) => ({
      type: 'setDiscount',
      listingId: level.listings[0]?.id ?? 'tee',
      discountBp: (i * 7_919) % 7_001,
    }));
    expect(bad({ stages: [{ stage: 'traffic', log: spam }] })).toMatchObject({
      ok: false,
      error: 'invalid_run',
      message: expect.stringContaining('4000 decisions in stage traffic') as unknown,
    });
  });
});
