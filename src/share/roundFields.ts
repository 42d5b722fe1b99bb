import { LEVER_RANGES } from '../content/schema';
import type { ClassMarketSpec, MarketState, ShopCarry } from '../sim/classMarket';
import { CLASS_MARKET_LIMITS } from '../sim/classMarket';
import { STAFF_ROLES, type Levers, type StaffRole } from '../sim/level';
import { LinkEncodeError } from './actionCodec';
import { ByteReader, ByteWriter, DecodeError, MAX_VARINT } from './bytes';
import { LEVER_KEYS } from './payload';
import { sanitizeName } from './names';

/** Field writers and readers shared by the three class-market links (roundLinks.ts). */

const MAX_TEXT_BYTES = 160;
const HASH_BYTES = 6;

export function writeUint(writer: ByteWriter, value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
    throw new LinkEncodeError(`${what} = ${value} cannot travel in a link`);
  }
  writer.varint(value);
}

/** Zigzag, so a loss costs as few bytes as a profit of the same size. */
export function writeInt(writer: ByteWriter, value: number, what: string): void {
  writeUint(writer, value < 0 ? -value * 2 - 1 : value * 2, what);
}

export function readInt(reader: ByteReader): number {
  const raw = reader.varint();
  return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
}

export function writeText(writer: ByteWriter, text: string): void {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_TEXT_BYTES) throw new LinkEncodeError('a text field is too long');
  writer.varint(bytes.length);
  writer.raw(bytes);
}

export function readText(reader: ByteReader): string {
  const length = reader.varint();
  if (length > MAX_TEXT_BYTES) throw new DecodeError('damaged');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(reader.bytes(length));
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('damaged');
  }
}

export function writeHash(writer: ByteWriter, hash: string): void {
  if (hash === '') {
    writer.u8(0);
    return;
  }
  if (!/^[0-9a-f]{12}$/.test(hash)) throw new LinkEncodeError(`"${hash}" is not a round hash`);
  writer.u8(HASH_BYTES);
  for (let i = 0; i < HASH_BYTES; i++) writer.u8(parseInt(hash.slice(2 * i, 2 * i + 2), 16));
}

export function readHash(reader: ByteReader): string {
  const length = reader.u8();
  if (length === 0) return '';
  if (length !== HASH_BYTES) throw new DecodeError('damaged');
  let hash = '';
  for (let i = 0; i < HASH_BYTES; i++) hash += reader.u8().toString(16).padStart(2, '0');
  return hash;
}

function inRange(value: number, range: { min: number; max: number }): number {
  if (value < range.min || value > range.max) throw new DecodeError('damaged');
  return value;
}

export function writeSpec(writer: ByteWriter, spec: ClassMarketSpec): void {
  writer.u32(spec.classId >>> 0);
  writer.u32(spec.seed >>> 0);
  for (const [key, range] of Object.entries(CLASS_MARKET_LIMITS)) {
    const value = spec[key as keyof typeof CLASS_MARKET_LIMITS];
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      throw new LinkEncodeError(`${key} ${value} is outside ${range.min}..${range.max}`);
    }
    writer.u8(value);
  }
  let mask = 0;
  const values: number[] = [];
  for (const [key, value] of Object.entries(spec.levers)) {
    const bit = LEVER_KEYS.indexOf(key as (typeof LEVER_KEYS)[number]);
    const range = LEVER_RANGES[key as keyof Levers];
    if (bit < 0 || !Number.isInteger(value) || value < range.min || value > range.max) {
      throw new LinkEncodeError(`lever ${key} = ${value} is not allowed`);
    }
    mask |= 1 << bit;
    values[bit] = value;
  }
  writer.u8(mask);
  for (const value of values) if (value !== undefined) writer.varint(value);
  writeText(writer, sanitizeName(spec.name, ''));
}

export function readSpec(reader: ByteReader): ClassMarketSpec {
  const classId = reader.u32();
  const seed = reader.u32();
  const rounds = inRange(reader.u8(), CLASS_MARKET_LIMITS.rounds);
  const daysPerRound = inRange(reader.u8(), CLASS_MARKET_LIMITS.daysPerRound);
  const seats = inRange(reader.u8(), CLASS_MARKET_LIMITS.seats);
  const mask = reader.u8();
  if (mask >>> LEVER_KEYS.length !== 0) throw new DecodeError('damaged');
  const levers: Partial<Levers> = {};
  LEVER_KEYS.forEach((key, bit) => {
    if ((mask & (1 << bit)) !== 0) levers[key] = inRange(reader.varint(), LEVER_RANGES[key]);
  });
  const name = sanitizeName(readText(reader), '');
  return { classId, name, seed, rounds, daysPerRound, seats, levers };
}

export function writeMarket(writer: ByteWriter, market: MarketState): void {
  writer.u8(market.round);
  writeUint(writer, market.referencePriceFen, 'reference price');
  writeUint(writer, market.demandBp, 'demand');
  writeHash(writer, market.previousRoundHash);
}

export function readMarket(reader: ByteReader, spec: ClassMarketSpec): MarketState {
  const round = inRange(reader.u8(), { min: 1, max: spec.rounds });
  const referencePriceFen = inRange(reader.varint(), { min: 1, max: 10_000_000 });
  const demandBp = inRange(reader.varint(), { min: 1, max: 100_000 });
  const previousRoundHash = readHash(reader);
  return { classId: spec.classId, round, referencePriceFen, demandBp, previousRoundHash };
}

const CARRY_UINTS = [
  'cashFen',
  'onHand',
  'unitCostFen',
  'priceFen',
  'discountBp',
  'adBudgetFen',
  'adBidFen',
  'qualityBp',
  'trendFitBp',
  'defectBp',
  'reviewsGood',
  'reviewsBad',
  'ageDays',
] as const satisfies readonly (keyof ShopCarry)[];

export function writeCarry(writer: ByteWriter, carry: ShopCarry): void {
  for (const key of CARRY_UINTS) writeUint(writer, carry[key], key);
  writeText(writer, carry.supplierId);
  writeText(writer, carry.materialId);
  writeText(writer, carry.styleId);
  if (carry.salesHistory.length !== 7) throw new LinkEncodeError('sales history is seven days');
  for (const sold of carry.salesHistory) writeUint(writer, sold, 'sales');
  for (const role of STAFF_ROLES) writeUint(writer, carry.staff[role], role);
}

/** Ids are checked against the stage by the caller (roundLevel refuses nothing by itself). */
export function readCarry(reader: ByteReader): ShopCarry {
  const numbers = {} as Record<(typeof CARRY_UINTS)[number], number>;
  for (const key of CARRY_UINTS) numbers[key] = reader.varint();
  const supplierId = readText(reader);
  const materialId = readText(reader);
  const styleId = readText(reader);
  const salesHistory: number[] = [];
  for (let i = 0; i < 7; i++) salesHistory.push(reader.varint());
  const staff = {} as Record<StaffRole, number>;
  for (const role of STAFF_ROLES) staff[role] = inRange(reader.varint(), { min: 0, max: 1_000 });
  return { ...numbers, supplierId, materialId, styleId, salesHistory, staff };
}
