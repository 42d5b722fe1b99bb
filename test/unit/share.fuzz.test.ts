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
import { extractLinks } from '../../scripts/cli/verifyInput';
import { candidateLines } from '../../src/classroom/linesIn';
import {
  decodeLink,
  encodeResultLink,
  graphemes,
  LINK_REASONS,
  MAX_NAME_CODE_POINTS,
  MAX_PASTED_LINE_CHARS,
  sanitizeName,
  verifyResultLink,
  type VerifyResult,
} from '../../src/share/index';
import { busyCampaign, frameLink, runFromPlans, shippedLevels } from './shareFixtures';

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

describe('pasted text fuzzing', () => {
  const bare = smallLink.slice(smallLink.indexOf(PREFIX) + PREFIX.length);
  const noise = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom('\n', '\r\n', ' ', '"', "'", ',', '.', '!', '#', '&shareTo=weixin', '> '),
  );
  /** A hand-in file: the good link, possibly wrapped, somewhere among random lines and noise. */
  const handIn = fc.record({
    before: fc.array(noise, { maxLength: 6 }),
    after: fc.array(noise, { maxLength: 6 }),
    width: fc.integer({ min: 8, max: 200 }),
    joiner: fc.constantFrom('\n', '\r\n', '\n   ', ' '),
    form: fc.constantFrom(smallLink, `https://x.test/${smallLink}`, `https://x.test/?r=${bare}`),
  });

  it('finds the one link, wrapped or not, in any surrounding text, in linear time', () => {
    fc.assert(
      fc.property(handIn, ({ before, after, width, joiner, form }) => {
        const pieces: string[] = [];
        for (let i = 0; i < form.length; i += width) pieces.push(form.slice(i, i + width));
        const text = `${before.join('')}\n${pieces.join(joiner)}\n${after.join('')}`;
        const started = performance.now();
        const found = candidateLines(text);
        const links = extractLinks(text);
        expect(performance.now() - started).toBeLessThan(MAX_MS_PER_CASE);
        // Decoding is the check here: finding the link is what is fuzzed, not replaying it.
        expect(found.filter((line) => decodeLink(line.text, levels).ok)).toHaveLength(1);
        expect(links.filter((link) => decodeLink(link, levels).ok)).toHaveLength(1);
      }),
      { seed: 6, numRuns: 100 },
    );
  });

  it('any text, megabytes included, is scanned without a throw and within the caps', () => {
    const big = fc
      .tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 200_000 }))
      .map(([unit, count]) => unit.repeat(count));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2_000 }), big), (text) => {
        const started = performance.now();
        for (const line of candidateLines(text)) {
          expect(line.text.length).toBeLessThanOrEqual(MAX_PASTED_LINE_CHARS);
          check(line.text);
        }
        expect(performance.now() - started).toBeLessThan(MAX_MS_PER_CASE);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('name fuzzing', () => {
  const name = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
    fc
      .array(
        fc.constantFrom('a', 'מ', '👨', '\u200D', '\u0301', '\u00AD', '🇨', '🏽', '\uFE0F', ' '),
        {
          maxLength: 80,
        },
      )
      .map((chars) => chars.join('')),
  );

  it('every name cleans to a fixed point that a link carries unchanged', () => {
    fc.assert(
      fc.property(name, (raw) => {
        const clean = sanitizeName(raw);
        expect(sanitizeName(clean)).toBe(clean);
        expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_NAME_CODE_POINTS);
        expect(graphemes(clean).join('')).toBe(clean);
        for (const banned of [
          '\u0000',
          '\u0085',
          '\u00AD',
          '\u034F',
          '\u202E',
          '\u2066',
          '\u3164',
        ]) {
          expect(clean).not.toContain(banned);
        }
        const made = encodeResultLink({ ...small, name: raw }, levels);
        if (!made.ok) throw new Error(made.message);
        // Decoding alone: the replay does not depend on the name, and the decoder is the check.
        expect(decodeLink(made.link, levels)).toMatchObject({ ok: true, link: { name: clean } });
      }),
      { seed: 8, numRuns: 120 },
    );
  });
});
