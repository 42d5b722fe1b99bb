import { deflateSync, inflateSync } from 'fflate';
import { RULES_VERSION } from '../sim/state';
import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { decodeBase64Url } from './base64url';
import { crc32 } from './crc32';

/**
 * The outer layer of a link (FORMAT.md): an uncompressed header that says what follows, the body
 * (deflated when that is shorter), and a CRC-32 over both. The header is read before the CRC is
 * checked only as far as needed to tell a cut-off link from a changed one.
 */
/**
 * The link formats this page reads: 1 packs each action in turn, 2 (what the game writes) packs a
 * stage's log in columns. Everything else in a link is laid out the same in both.
 */
export type LinkFormat = 1 | 2;
export const WRITTEN_FORMAT: LinkFormat = 2;
export const FORMAT_VERSION = WRITTEN_FORMAT;
/** The largest body a link may unpack to: a busy campaign is ~1 KiB, so 64 KiB is far beyond play. */
export const MAX_BODY_BYTES = 64 * 1024;

export const LINK_KINDS = ['result', 'session'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const FLAG_DEFLATED = 1;
/** A result body ends with an extras section (what-if, reflections): see FORMAT.md. */
const FLAG_EXTRAS = 2;

export interface Envelope {
  kind: LinkKind;
  rulesVersion: number;
  body: Uint8Array;
  /** The body ends with an extras section. */
  extras: boolean;
  /** How the body's action logs are laid out; the header is the same in every format. */
  format: LinkFormat;
}

const isFormat = (byte: number): byte is LinkFormat => byte === 1 || byte === 2;

/**
 * `extras`: the body ends with an extras section (a what-if's fork day, reflection answers).
 * `rulesVersion` is for tests that need a link from other rules; the game always seals its own.
 */
export function sealEnvelope(
  kind: LinkKind,
  body: Uint8Array,
  options: { extras?: boolean; rulesVersion?: number; format?: LinkFormat } = {},
): Uint8Array {
  const extras = options.extras ?? false;
  const rulesVersion = options.rulesVersion ?? RULES_VERSION;
  // Level 9 and the largest memory level cost nothing at these sizes and win a few bytes.
  const deflated = deflateSync(body, { level: 9, mem: 12 });
  const compress = deflated.length < body.length;
  const wire = compress ? deflated : body;
  const writer = new ByteWriter();
  writer.u8(options.format ?? FORMAT_VERSION);
  writer.u8(LINK_KINDS.indexOf(kind));
  writer.varint(rulesVersion);
  writer.u8((compress ? FLAG_DEFLATED : 0) | (extras ? FLAG_EXTRAS : 0));
  writer.varint(wire.length);
  writer.raw(wire);
  const unsealed = writer.finish();
  writer.u32(crc32(unsealed));
  return writer.finish();
}

/**
 * fflate writes into a caller's buffer without growing it and drops what does not fit, so one
 * byte more than the cap is enough to notice a bomb while memory stays fixed. Its running time
 * is bounded by the input, which the link length cap already keeps small.
 */
function inflateCapped(data: Uint8Array): Uint8Array {
  // An empty input would make fflate hand back the whole (unwritten) buffer.
  if (data.length === 0) throw new DecodeError('damaged');
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(MAX_BODY_BYTES + 1) });
  } catch {
    throw new DecodeError('damaged');
  }
  if (out.length > MAX_BODY_BYTES) throw new DecodeError('too_large');
  return out;
}

/**
 * Checks, in this order: format version (a newer format may lay out everything after it
 * differently), completeness, CRC, then the header's values and the rules version, and only then
 * inflates. `exact` is false when the base64 text had a stray final character.
 */
export function openEnvelope(bytes: Uint8Array, exact: boolean): Envelope {
  if (bytes.length === 0) throw new DecodeError('truncated');
  const header = new ByteReader(bytes, 0, bytes.length, 'truncated');
  const format = header.u8();
  if (!isFormat(format)) {
    throw new DecodeError('format_version', { found: format, expected: FORMAT_VERSION });
  }
  const kindByte = header.u8();
  const rulesVersion = header.varint();
  const flags = header.u8();
  const bodyLength = header.varint();
  const bodyStart = header.offset;
  const expectedLength = bodyStart + bodyLength + 4;
  if (bytes.length < expectedLength) throw new DecodeError('truncated');
  if (bytes.length > expectedLength || !exact) throw new DecodeError('damaged');
  const crcReader = new ByteReader(bytes, expectedLength - 4);
  if (crcReader.u32() !== crc32(bytes, expectedLength - 4)) throw new DecodeError('damaged');

  const kind = LINK_KINDS[kindByte];
  if (kind === undefined || (flags & ~(FLAG_DEFLATED | FLAG_EXTRAS)) !== 0) {
    throw new DecodeError('damaged');
  }
  const extras = (flags & FLAG_EXTRAS) !== 0;
  if (extras && kind !== 'result') throw new DecodeError('damaged');
  // An older run would replay to a different score under today's rules, so it is never replayed;
  // a newer one comes from a game this page has not caught up with yet.
  if (rulesVersion !== RULES_VERSION) {
    const reason = rulesVersion < RULES_VERSION ? 'rules_older' : 'rules_newer';
    throw new DecodeError(reason, { found: rulesVersion, expected: RULES_VERSION });
  }
  const wire = bytes.subarray(bodyStart, bodyStart + bodyLength);
  const body = (flags & FLAG_DEFLATED) !== 0 ? inflateCapped(wire) : wire;
  return { kind, rulesVersion, body, extras, format };
}

/**
 * How many base64url characters the whole link will have, read from the first few: the header
 * states the body length. `'more'` when even the header is not complete yet, null when the text
 * cannot start a link. The pasted-text scanner uses it to rejoin a link wrapped over lines.
 */
export function expectedPayloadChars(start: string): number | 'more' | null {
  // 20 characters hold 15 bytes, more than the longest header (13).
  const { bytes } = decodeBase64Url(start.slice(0, 20));
  try {
    const header = new ByteReader(bytes, 0, bytes.length, 'truncated');
    if (!isFormat(header.u8())) return null;
    header.u8();
    header.varint();
    header.u8();
    const bodyLength = header.varint();
    const totalBytes = header.offset + bodyLength + 4;
    return Math.ceil((totalBytes * 8) / 6);
  } catch (error) {
    if (error instanceof DecodeError && error.reason === 'truncated') return 'more';
    return null;
  }
}
