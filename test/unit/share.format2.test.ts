/**
 * Format 2 (columns) against format 1 (action by action): the same runs, shorter links, one
 * spelling each, and format-1 links still read with the answer or refusal they always had.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/share/base64url';
import { ByteReader, ByteWriter } from '../../src/share/bytes';
import { FORMAT_VERSION, sealEnvelope } from '../../src/share/envelope';
import { levelHash } from '../../src/share/levelHash';
import { decodeColumns, encodeColumns } from '../../src/share/logColumns';
import { encodeResultBody, encodeSessionBody } from '../../src/share/payload';
import {
  decodeLink,
  decodeSessionLink,
  encodeResultLink,
  verifyResultLink,
  type ResultRun,
} from '../../src/share/index';
import { RULES_VERSION, STAGE_IDS, type Action } from '../../src/sim/index';
import { actionArb } from './shareArbitraries';
import { busyCampaign, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
/** A realistic page address: the query form is what the share dialog and the QR code carry. */
const PAGE = 'https://example.org/four-stages/';
/** Issue 15: a busy campaign's QR code must still scan on a phone. */
const MAX_BUSY_LINK_CHARS = 1_000;

const formatOne = (run: ResultRun, rules = RULES_VERSION): string =>
  `#r=${encodeBase64Url(
    sealEnvelope('result', encodeResultBody(run, levels, 1), { format: 1, rulesVersion: rules }),
  )}`;

describe('format 2', () => {
  it('is what the game writes', () => {
    expect(FORMAT_VERSION).toBe(2);
    const link = encodeResultLink(runFromPlans(levels, 4, {}, 'Mei', ['traffic']), levels);
    // Version byte 2, then kind 0: base64url "AgA…".
    expect(link.ok && link.payload.startsWith('Ag')).toBe(true);
  });

  for (const stage of STAGE_IDS) {
    it(`carries any in-range log on ${stage} unchanged`, () => {
      const level = levels[stage];
      const logArb = fc.array(
        fc.oneof(
          { weight: 2, arbitrary: fc.constant<Action>({ type: 'advanceDay' }) },
          actionArb(level),
        ),
        { maxLength: 120 },
      );
      fc.assert(
        fc.property(logArb, (raw) => {
          let days = 0;
          const log = raw.filter((a) => a.type !== 'advanceDay' || ++days <= level.days);
          const writer = new ByteWriter();
          encodeColumns(writer, level, log);
          expect(decodeColumns(new ByteReader(writer.finish()), level)).toEqual(log);
        }),
        { seed: 200 + STAGE_IDS.indexOf(stage), numRuns: 300 },
      );
    });
  }

  it(`keeps a busy campaign's query-form link within ${MAX_BUSY_LINK_CHARS} characters`, () => {
    for (const seed of [7, 1, 2, 3, 1_000, 1_059, 31_337]) {
      const run = busyCampaign(levels, seed, `Student ${seed}`);
      const encoded = encodeResultLink(run, levels, PAGE, 'query');
      if (!encoded.ok) throw new Error(encoded.message);
      expect(encoded.link.startsWith(`${PAGE}?r=`)).toBe(true);
      expect(encoded.link.length).toBeLessThanOrEqual(MAX_BUSY_LINK_CHARS);
      expect(verifyResultLink(encoded.link, levels).ok).toBe(true);
    }
  });

  it('is shorter than format 1 for the same busy run', () => {
    const run = busyCampaign(levels, 7);
    const two = encodeResultLink(run, levels);
    expect(two.ok && two.link.length).toBeLessThan(0.7 * formatOne(run).length);
  });

  it('refuses a column stored with a smaller step than its values have: one spelling', () => {
    const level = levels.traffic;
    const days = Array.from({ length: level.days }, () => ({ type: 'advanceDay' }) as const);
    const discount = (discountBp: number): Action => ({
      type: 'setDiscount',
      listingId: 'tee',
      discountBp,
    });
    const run: ResultRun = {
      name: 'Mei',
      seed: 9,
      levers: {},
      stages: [{ stage: 'traffic', log: [discount(100), discount(300), ...days] }],
    };
    const ours = encodeResultLink(run, levels);
    // Parsed only: events on the way would stop the replay, and spelling is checked before it.
    expect(ours.ok && decodeLink(ours.link, levels).ok).toBe(true);
    // The same two values as base 100, step 100, offsets 0 and 2 (the encoder writes step 200).
    const log = new ByteWriter();
    log.varint(2);
    log.u8(3);
    log.u8(3);
    log.varint(level.days);
    log.varint(1 * 4 + 2); // 100 = 1·10²
    log.varint(2);
    log.varint(1 * 4 + 2);
    log.u8(0b0010_0000); // offsets 0 and 2 in two bits each
    const logBytes = log.finish();
    // It reads as the same run, so only the spelling is wrong.
    expect(decodeColumns(new ByteReader(logBytes), level)).toEqual(run.stages[0]?.log);
    const body = new ByteWriter();
    body.u32(9);
    body.u8(0);
    body.varint(3);
    body.raw(new TextEncoder().encode('Mei'));
    body.u8(0b0001);
    body.u32(levelHash(level));
    body.varint(logBytes.length);
    body.raw(logBytes);
    const text = `#r=${encodeBase64Url(sealEnvelope('result', body.finish()))}`;
    expect(decodeLink(text, levels)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});

describe('format-1 links still read', () => {
  const run = busyCampaign(levels, 11, 'Old Link');

  it('verify to the same result as the format-2 link of the run', () => {
    const two = encodeResultLink(run, levels);
    if (!two.ok) throw new Error(two.message);
    const old = formatOne(run);
    expect(old.slice(3, 5)).toBe('AQ');
    const fromOld = verifyResultLink(old, levels);
    expect(fromOld.ok).toBe(true);
    expect(fromOld).toEqual(verifyResultLink(two.link, levels));
  });

  it('keep their own refusal: earlier rules', () => {
    expect(verifyResultLink(formatOne(run, RULES_VERSION - 1), levels)).toMatchObject({
      ok: false,
      reason: 'rules_older',
    });
  });

  it('are refused when their spelling is not format 1’s own (a format-2 log behind byte 1)', () => {
    const body = encodeResultBody(run, levels, 2);
    const mixed = `#r=${encodeBase64Url(sealEnvelope('result', body, { format: 1 }))}`;
    expect(verifyResultLink(mixed, levels)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('include session links, whose body is the same in both formats', () => {
    const spec = {
      name: 'Class 3',
      seed: 42,
      levers: {},
      stages: ['traffic', 'product'] as const,
      language: 'zh' as const,
    };
    const body = encodeSessionBody({ ...spec, stages: [...spec.stages] }, levels);
    const old = `#s=${encodeBase64Url(sealEnvelope('session', body, { format: 1 }))}`;
    expect(decodeSessionLink(old, levels)).toMatchObject({
      ok: true,
      session: { name: 'Class 3', seed: 42, language: 'zh', stages: ['traffic', 'product'] },
    });
  });
});
