import type { ClassMarketSpec, HandIn, MarketState, ShopCarry } from '../sim/classMarket';
import { marketHash } from '../sim/classMarketHash';
import { firstCarry, firstMarket, roundLevel } from '../sim/classMarketLevel';
import type { Level } from '../sim/level';
import { RULES_VERSION } from '../sim/state';
import { decodeLog, encodeLog, LinkEncodeError } from './actionCodec';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';
import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { crc32 } from './crc32';
import { levelHash } from './levelHash';
import { sanitizeName } from './names';
import { briefHash, readBrief, writeBrief, type RoundBrief } from './roundBrief';
import {
  readCarry,
  readHash,
  readMarket,
  readSpec,
  readText,
  writeCarry,
  writeHash,
  writeMarket,
  writeSpec,
  writeText,
} from './roundFields';
import { roundFailure, type RoundFailure } from './roundReasons';

/**
 * The class market's three links, in a layout of their own beside the result and session links:
 * `c=` the class (the trainer's), `n=` one seat's brief for a round (trainer to student) and
 * `h=` a seat's hand-in (student to trainer). Bytes: format version, kind, rules version, a
 * flag byte (0: stored plain), the body, and a CRC-32 over all of it. Readers find the key after `#`, `?`
 * or `&`, or at the start of a pasted code, so parameters a chat app appends do not matter.
 */
export const ROUND_FORMAT_VERSION = 1;
export const ROUND_LINK_KINDS = ['class', 'brief', 'handIn'] as const;
export type RoundLinkKind = (typeof ROUND_LINK_KINDS)[number];
/**
 * Each kind's format version. Briefs are at 2: their body ends in the brief hash, which covers
 * the shop's own state as well as the market (roundBrief.ts), so a brief with more cash typed in
 * is refused. A version-1 brief is refused with its own sentence, not read without its seal.
 */
export const ROUND_KIND_VERSIONS: Readonly<Record<RoundLinkKind, number>> = {
  class: ROUND_FORMAT_VERSION,
  brief: 2,
  handIn: ROUND_FORMAT_VERSION,
};
const KNOWN_VERSIONS = new Set(Object.values(ROUND_KIND_VERSIONS));
const KEYS: Record<RoundLinkKind, string> = { class: 'c', brief: 'n', handIn: 'h' };
export const MAX_ROUND_LINK_CHARS = 4000;

export interface ClassLink {
  kind: 'class';
  spec: ClassMarketSpec;
  /** The base stage's level hash: a class is cleared only on the level it was made on. */
  levelHash: number;
}

export interface BriefLink {
  kind: 'brief';
  spec: ClassMarketSpec;
  market: MarketState;
  marketHash: string;
  seat: number;
  carry: ShopCarry;
  /** Set by the trainer's page, in minutes since 1970 UTC; 0 for none. */
  deadlineMinute: number;
  lastRound: RoundBrief | null;
}

export interface HandInLink extends HandIn {
  kind: 'handIn';
  classId: number;
}

export type RoundLink = ClassLink | BriefLink | HandInLink;
export type RoundDecode<T> = { ok: true; link: T } | RoundFailure;

/** The one level every hand-in's decisions are packed against: the round's days, the one listing. */
export function codecLevel(base: Level, spec: ClassMarketSpec): Level {
  return roundLevel(base, spec, firstMarket(spec, base), firstCarry(base));
}

/**
 * Bodies are a few hundred bytes of varints, which deflate shortens by little; a class's worth of
 * deflates cost the trainer's page more than the whole clearing, so they are stored plain. The
 * flag byte stays, so a later format may compress long hand-ins.
 */
function seal(kind: RoundLinkKind, body: Uint8Array): string {
  const writer = new ByteWriter();
  writer.u8(ROUND_KIND_VERSIONS[kind]);
  writer.u8(ROUND_LINK_KINDS.indexOf(kind));
  writer.varint(RULES_VERSION);
  writer.u8(0);
  writer.raw(body);
  const unsealed = writer.finish();
  writer.u32(crc32(unsealed));
  return `${KEYS[kind]}=${encodeBase64Url(writer.finish())}`;
}

interface Opened {
  kind: RoundLinkKind;
  version: number;
  body: Uint8Array;
}

function open(bytes: Uint8Array, exact: boolean): Opened {
  if (bytes.length < 8) throw new DecodeError('truncated');
  const version = bytes[0] ?? 0;
  if (!KNOWN_VERSIONS.has(version)) throw new DecodeError('format_version');
  const end = bytes.length - 4;
  if (!exact || new ByteReader(bytes, end).u32() !== crc32(bytes, end)) {
    throw new DecodeError('damaged');
  }
  const header = new ByteReader(bytes, 1, end);
  const kind = ROUND_LINK_KINDS[header.u8()];
  if (kind === undefined) throw new DecodeError('damaged');
  const rulesVersion = header.varint();
  if (rulesVersion < RULES_VERSION) throw new DecodeError('rules_older');
  if (rulesVersion > RULES_VERSION) throw new DecodeError('rules_newer');
  if (header.u8() !== 0) throw new DecodeError('damaged');
  return { kind, version, body: bytes.subarray(header.offset, end) };
}

/** `base` + `#` + the code; the code alone is what a student can paste. */
function withBase(code: string, base: string): string {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}#${code}`;
}

/**
 * The query form of a round link (`page?n=…`), the one to send: chat apps' "copy link" may drop
 * a fragment. Every reader finds the code after `#`, `?` or `&`.
 */
export function queryForm(link: string): string {
  const hash = link.indexOf('#');
  if (hash < 0) return link;
  const address = link.slice(0, hash);
  const question = address.indexOf('?');
  return `${question < 0 ? address : address.slice(0, question)}?${link.slice(hash + 1)}`;
}

export function encodeClassLink(spec: ClassMarketSpec, base: Level, page = ''): string {
  const writer = new ByteWriter();
  writeSpec(writer, spec);
  writer.u32(levelHash(base));
  return withBase(seal('class', writer.finish()), page);
}

/** The brief's fields in link order; the brief hash (briefHash) follows them. */
function writeBriefFields(writer: ByteWriter, brief: Omit<BriefLink, 'kind'>): void {
  writeSpec(writer, brief.spec);
  writeMarket(writer, brief.market);
  writeHash(writer, brief.marketHash);
  writer.u8(brief.seat);
  writeCarry(writer, brief.carry);
  writer.varint(brief.deadlineMinute);
  writeBrief(writer, brief.lastRound);
}

export function encodeBriefLink(brief: Omit<BriefLink, 'kind'>, page = ''): string {
  if (brief.marketHash !== marketHash(brief.spec, brief.market)) {
    throw new LinkEncodeError('the market hash is not the market’s');
  }
  const writer = new ByteWriter();
  writeBriefFields(writer, brief);
  writeHash(writer, briefHash(writer.finish()));
  return withBase(seal('brief', writer.finish()), page);
}

export function encodeHandInLink(
  handIn: HandIn,
  spec: ClassMarketSpec,
  base: Level,
  page = '',
): string {
  const writer = new ByteWriter();
  writer.u32(spec.classId >>> 0);
  writer.u8(handIn.round);
  writeHash(writer, handIn.marketHash);
  if (handIn.seat < 1 || handIn.seat > spec.seats) throw new LinkEncodeError('no such seat');
  writer.u8(handIn.seat);
  writeText(writer, sanitizeName(handIn.name, ''));
  encodeLog(writer, codecLevel(base, spec), handIn.log);
  return withBase(seal('handIn', writer.finish()), page);
}

const CODE = /(?:^|[#?&\s])([cnh])=([A-Za-z0-9_-]+)/;

function readCode(text: unknown): Opened | RoundFailure {
  if (typeof text !== 'string' || text.trim() === '') return roundFailure('empty');
  if (text.length > MAX_ROUND_LINK_CHARS) return roundFailure('too_long');
  const match = CODE.exec(text.trim());
  if (match === null) return roundFailure('not_a_round_link');
  const payload = match[2] ?? '';
  if (!isBase64Url(payload)) return roundFailure('bad_characters');
  const { bytes, exact } = decodeBase64Url(payload);
  try {
    const opened = open(bytes, exact);
    if (KEYS[opened.kind] !== match[1]) return roundFailure('damaged');
    return opened;
  } catch (error) {
    if (error instanceof DecodeError) return roundFailure(error.reason);
    throw error;
  }
}

function decodeAs<T extends RoundLink>(
  text: unknown,
  kind: T['kind'],
  read: (reader: ByteReader, body: Uint8Array) => T,
): RoundDecode<T> {
  const opened = readCode(text);
  if ('ok' in opened) return opened;
  if (opened.kind !== kind) return roundFailure('wrong_kind');
  if (opened.version !== ROUND_KIND_VERSIONS[kind]) {
    return roundFailure(
      kind === 'brief' && opened.version < ROUND_KIND_VERSIONS.brief
        ? 'old_brief'
        : 'format_version',
    );
  }
  try {
    const reader = new ByteReader(opened.body);
    const link = read(reader, opened.body);
    reader.expectEnd();
    return { ok: true, link };
  } catch (error) {
    if (error instanceof DecodeError) return roundFailure(error.reason);
    throw error;
  }
}

export function decodeClassLink(text: unknown, base: Level): RoundDecode<ClassLink> {
  const decoded = decodeAs<ClassLink>(text, 'class', (reader) => ({
    kind: 'class',
    spec: readSpec(reader),
    levelHash: reader.u32(),
  }));
  if (decoded.ok && decoded.link.levelHash !== levelHash(base)) {
    return roundFailure('level_changed');
  }
  return decoded;
}

export function decodeBriefLink(text: unknown, base: Level): RoundDecode<BriefLink> {
  let fields: Uint8Array = new Uint8Array(0);
  let sealed = '';
  const decoded = decodeAs<BriefLink>(text, 'brief', (reader, body) => {
    const spec = readSpec(reader);
    const market = readMarket(reader, spec);
    const hash = readHash(reader);
    const seat = reader.u8();
    if (seat < 1 || seat > spec.seats) throw new DecodeError('damaged');
    const carry = readCarry(reader);
    const deadlineMinute = reader.varint();
    const lastRound = readBrief(reader);
    fields = body.subarray(0, reader.offset);
    sealed = readHash(reader);
    return {
      kind: 'brief',
      spec,
      market,
      marketHash: hash,
      seat,
      carry,
      deadlineMinute,
      lastRound,
    };
  });
  if (!decoded.ok) return decoded;
  const { spec, market, carry, marketHash: hash } = decoded.link;
  // The brief hash covers every field, the shop's own state included: a brief whose figures were
  // edited (and its checksum redone) no longer matches it. The market hash is what hand-ins echo.
  if (hash !== marketHash(spec, market) || sealed !== briefHash(fields)) {
    return roundFailure('brief_tampered');
  }
  const known = base.suppliers.some((s) => s.id === carry.supplierId);
  const material = base.market.materials.some((m) => m.id === carry.materialId);
  const style = base.market.styles.some((s) => s.id === carry.styleId);
  if (!known || !material || !style) return roundFailure('damaged');
  return decoded;
}

/** A hand-in as read; whether it belongs to this class and round is checked against the class. */
export function decodeHandInLink(
  text: unknown,
  spec: ClassMarketSpec,
  base: Level,
): RoundDecode<HandInLink> {
  const opened = decodeAs<HandInLink>(text, 'handIn', (reader) => {
    const classId = reader.u32();
    const round = reader.u8();
    const hash = readHash(reader);
    const seat = reader.u8();
    const name = sanitizeName(readText(reader), '');
    if (classId !== spec.classId) {
      // Another class's decisions are packed against its own stage: not read, only refused.
      reader.bytes(reader.remaining);
      return { kind: 'handIn', classId, round, marketHash: hash, seat, name, log: [] };
    }
    const log = decodeLog(reader, codecLevel(base, spec));
    return { kind: 'handIn', classId, round, marketHash: hash, seat, name, log };
  });
  if (!opened.ok) return opened;
  if (opened.link.classId !== spec.classId) return roundFailure('other_class');
  if (opened.link.seat < 1 || opened.link.seat > spec.seats) {
    return roundFailure('seat_out_of_range', opened.link.seat);
  }
  return opened;
}
