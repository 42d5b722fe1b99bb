/**
 * The decoder against hostile input: random text, random bytes, and valid links mutated in every
 * way a chat app or an attacker might. Whatever comes in, decodeLink and verifyResultLink must
 * return (never throw), within a bounded time, and a rejection must name a known reason other
 * than `internal` (which would mean a bug in the game rather than a bad link).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url, decodeBase64Url } from '../../src/share/base64url';
import { FORMAT_VERSION } from '../../src/share/envelope';
import { encodeResultBody } from '../../src/share/payload';
import {
  decodeLink,
  encodeResultLink,
  LINK_REASONS,
  verifyResultLink,
  type VerifyResult,
} from '../../src/share/index';
import { busyCampaign, frameLink, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const busy = busyCampaign(levels, 3);
const small = runFromPlans(levels, 5, {}, 'Li', ['traffic']);
function linkOf(run: typeof busy): string {
  const encoded = encodeResultLink(run, levels);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}
const busyLink = linkOf(busy);
const smallLink = linkOf(small);
const PREFIX = '#r=';

/** A full campaign replays in ~25 ms; anything slower than this is the decoder misbehaving. */
const MAX_MS_PER_CASE = 1_000;

function check(text: string): VerifyResult {
  const start = performance.now();
  const decoded = decodeLink(text, levels);
  const result = verifyResultLink(text, levels);
  expect(performance.now() - start).toBeLessThan(MAX_MS_PER_CASE);
  if (!result.ok) {
    expect(LINK_REASONS).toContain(result.reason);
    expect(result.reason).not.toBe('internal');
    expect(Object.keys(result).sort()).toEqual(
      result.detail === undefined
        ? ['message', 'ok', 'reason']
        : ['detail', 'message', 'ok', 'reason'],
    );
  }
  // A link that decodes must also be what verify looked at, and vice versa.
  if (!decoded.ok) expect(result).toEqual(decoded);
  return result;
}

const b64char = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
);

describe('decoder fuzzing', () => {
  it('survives random text of any kind', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: b64char, maxLength: 2_000 }).map((s) => PREFIX + s),
      fc.string({ unit: b64char, maxLength: 200 }).map((s) => `A${s}`),
      fc.string({ maxLength: 50 }).map((s) => `https://x.test/#${s}`),
    );
    fc.assert(
      fc.property(texts, (text) => void check(text)),
      { seed: 1, numRuns: 600 },
    );
  });

  it('survives random bytes, framed and unframed', () => {
    const bytes = fc.uint8Array({ maxLength: 1_500 });
    fc.assert(
      fc.property(bytes, fc.boolean(), (data, framed) => {
        if (framed) data[0] = FORMAT_VERSION;
        check(PREFIX + encodeBase64Url(data));
      }),
      { seed: 2, numRuns: 400 },
    );
  });

  it('survives random bodies behind a valid header and CRC, plain and deflated', () => {
    const cases = fc.record({
      body: fc.uint8Array({ maxLength: 600 }),
      deflate: fc.boolean(),
      kind: fc.constantFrom(0, 0, 1, 2),
    });
    fc.assert(
      fc.property(cases, ({ body, deflate, kind }) => {
        expect(check(frameLink(body, { deflate, kind })).ok).toBe(false);
      }),
      { seed: 3, numRuns: 400 },
    );
  });

  it('survives valid bodies with bytes changed and the CRC made right again', () => {
    const body = encodeResultBody(busy, levels);
    const mutation = fc.array(fc.tuple(fc.nat({ max: body.length - 1 }), fc.nat({ max: 255 })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(mutation, fc.boolean(), (changes, deflate) => {
        const copy = body.slice();
        for (const [at, value] of changes) copy[at] = value;
        const result = check(frameLink(copy, { deflate }));
        // A change can still be a valid run (another bid on some day); then it replayed fully.
        if (result.ok) expect(result.result.stages.length).toBeGreaterThan(0);
      }),
      { seed: 4, numRuns: 150 },
    );
  });

  it('rejects every altered copy of a valid link: flips, cuts, insertions, splices', () => {
    const payload = busyLink.slice(busyLink.indexOf(PREFIX) + PREFIX.length);
    const mutated = fc.oneof(
      fc
        .tuple(fc.nat({ max: payload.length - 1 }), b64char)
        .filter(([at, c]) => payload[at] !== c)
        .map(([at, c]) => payload.slice(0, at) + c + payload.slice(at + 1)),
      fc.nat({ max: payload.length - 1 }).map((at) => payload.slice(0, at)),
      fc
        .tuple(
          fc.nat({ max: payload.length }),
          fc.string({ unit: b64char, minLength: 1, maxLength: 8 }),
        )
        .map(([at, s]) => payload.slice(0, at) + s + payload.slice(at)),
      fc
        .nat({ max: payload.length })
        .map((at) => payload.slice(0, at) + smallLink.slice(PREFIX.length) + payload.slice(at)),
      fc.tuple(fc.nat({ max: payload.length - 1 }), fc.nat({ max: 7 })).map(([at, bit]) => {
        const { bytes } = decodeBase64Url(payload);
        const i = at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
        return encodeBase64Url(bytes);
      }),
    );
    fc.assert(
      fc.property(mutated, (text) => {
        const result = check(PREFIX + text);
        expect(result.ok).toBe(false);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('keeps memory fixed and time bounded for decompression bombs', () => {
    // The largest bomb that still fits the 4,000-character cap unpacks to ~2.5 MiB of zeros.
    const fitting = frameLink(new Uint8Array(2.5 * 1024 * 1024), { deflate: true });
    expect(fitting.length).toBeLessThanOrEqual(4_000);
    const before = process.memoryUsage().arrayBuffers;
    expect(check(fitting)).toMatchObject({ ok: false, reason: 'too_large' });
    // Only the fixed 64 KiB output buffer is allocated, never the 2.5 MiB the stream asks for.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 * 1024 * 1024);
    const larger = frameLink(new Uint8Array(3.5 * 1024 * 1024), { deflate: true });
    expect(check(larger)).toMatchObject({ ok: false, reason: 'too_long' });
  });
});
