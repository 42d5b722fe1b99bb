import {
  actionSpec,
  type Action,
  type ActionSpec,
  type ActionType,
  type FieldSpec,
} from '../sim/actions';
import type { Level } from '../sim/level';
import { BitReader, BitWriter, ByteReader, ByteWriter, DecodeError, bitWidth } from './bytes';

/**
 * Packs one stage's action log. Field order, ranges and enum values come from ACTION_SPECS, so
 * a new field needs no code here; only the type numbering is owned by the format, so reordering
 * ACTION_SPECS cannot silently change what an old link means. See FORMAT.md.
 */
export const TYPE_CODES = [
  'advanceDay',
  'setAds',
  'setPrice',
  'setDiscount',
  'setFakeOrders',
  'startPlan',
  'cancelPlan',
  'setDesign',
  'orderStock',
  'clearStock',
  'copyCompetitor',
  'setClaims',
  'setStaff',
  'drawCredit',
  'repayCredit',
  'respondEvent',
] as const satisfies readonly ActionType[];

// A new action type must get a code (and a new format version) before links can carry it.
type MissingCode = Exclude<ActionType, (typeof TYPE_CODES)[number]>;
const everyTypeHasACode: MissingCode extends never ? true : false = true;
void everyTypeHasACode;

/** The op byte's high nibble: days passed before the action, 0..15. */
const MAX_DAYS_IN_OP = 15;

export class LinkEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkEncodeError';
  }
}

type RefKind = Extract<FieldSpec, { kind: 'ref' }>['refersTo'];

/** The ids a ref field indexes into; the link stores positions in these lists. */
export function refList(level: Level, kind: RefKind): readonly { id: string }[] {
  switch (kind) {
    case 'listing':
      return level.listings;
    case 'supplier':
      return level.suppliers;
    case 'competitor':
      return level.market.competitors;
    case 'material':
      return level.market.materials;
    case 'style':
      return level.market.styles;
  }
}

export function smallWidth(level: Level, field: FieldSpec): number {
  switch (field.kind) {
    case 'bool':
      return 1;
    case 'enum':
      return bitWidth(field.values.length);
    case 'ref':
      return bitWidth(refList(level, field.refersTo).length);
    case 'int':
      return 0;
  }
}

/**
 * Ints are mostly round amounts (¥500 = 50000 fen), so the two low bits say how many trailing
 * decimal zeros were dropped (0–3): ¥500 takes two bytes instead of three.
 */
export function writeInt(writer: ByteWriter, value: number, field: { min: number }): void {
  let x = field.min < 0 ? (value < 0 ? -2 * value - 1 : 2 * value) : value;
  let scale = 0;
  while (scale < 3 && x !== 0 && x % 10 === 0) {
    x /= 10;
    scale += 1;
  }
  writer.varint(x * 4 + scale);
}

const SCALES = [1, 10, 100, 1000];

export function readInt(reader: ByteReader, field: { min: number; max: number }): number {
  const packed = reader.varint();
  const x = Math.floor(packed / 4) * (SCALES[packed % 4] ?? 1);
  const value = field.min < 0 ? (x % 2 === 0 ? x / 2 : -(x + 1) / 2) : x;
  if (!Number.isSafeInteger(value) || value < field.min || value > field.max) {
    throw new DecodeError('damaged');
  }
  return value;
}

export function specOf(code: number): ActionSpec {
  const spec = actionSpec(TYPE_CODES[code] ?? '');
  if (spec === undefined) throw new DecodeError('damaged');
  return spec;
}

function encodeFields(writer: ByteWriter, level: Level, action: Action, spec: ActionSpec): void {
  const fields: Record<string, unknown> = action;
  const bits = new BitWriter();
  for (const field of spec.fields) {
    const value = fields[field.name];
    const width = smallWidth(level, field);
    const fail = () => new LinkEncodeError(`${spec.type}.${field.name}: cannot encode ${value}`);
    if (field.kind === 'bool') {
      if (typeof value !== 'boolean') throw fail();
      bits.write(value ? 1 : 0, width);
    } else if (field.kind === 'enum') {
      const index = field.values.indexOf(String(value));
      if (index < 0) throw fail();
      bits.write(index, width);
    } else if (field.kind === 'ref') {
      const index = refList(level, field.refersTo).findIndex((item) => item.id === value);
      if (index < 0) throw fail();
      bits.write(index, width);
    }
  }
  bits.flushTo(writer);
  for (const field of spec.fields) {
    if (field.kind !== 'int') continue;
    const value = fields[field.name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new LinkEncodeError(`${spec.type}.${field.name}: ${value} is not a whole number`);
    }
    if (value < field.min || value > field.max) {
      throw new LinkEncodeError(`${spec.type}.${field.name}: ${value} is out of range`);
    }
    writeInt(writer, value, field);
  }
}

function decodeFields(reader: ByteReader, level: Level, spec: ActionSpec): Action {
  const action: Record<string, unknown> = { type: spec.type };
  const totalBits = spec.fields.reduce((sum, field) => sum + smallWidth(level, field), 0);
  const bits = new BitReader(reader, totalBits);
  for (const field of spec.fields) {
    const width = smallWidth(level, field);
    if (field.kind === 'bool') action[field.name] = bits.read(width) === 1;
    else if (field.kind === 'enum' || field.kind === 'ref') {
      const index = bits.read(width);
      const list =
        field.kind === 'enum' ? field.values : refList(level, field.refersTo).map((i) => i.id);
      const value = list[index];
      if (value === undefined) throw new DecodeError('damaged');
      action[field.name] = value;
    }
  }
  bits.expectZeroPadding();
  for (const field of spec.fields) {
    if (field.kind === 'int') action[field.name] = readInt(reader, field);
  }
  // Built field by field from the spec of this exact type, which mirrors the Action union.
  return action as Action;
}

/**
 * A player makes a handful of decisions on a busy day; this many per day of the stage (FORMAT.md)
 * is far beyond play and keeps one link's replay to milliseconds, where an uncapped 300-character
 * link could carry 12,000 actions.
 */
export const MAX_ACTIONS_PER_DAY = 24;

/** The most decisions (actions other than advanceDay) one stage's log may hold. */
export const maxActionsFor = (level: Level): number => (level.days + 1) * MAX_ACTIONS_PER_DAY;

/** Writes a stage's log: runs of advanceDay folded into the op bytes, the rest field by field. */
export function encodeLog(writer: ByteWriter, level: Level, log: readonly Action[]): void {
  const decisions = log.filter((action) => action.type !== 'advanceDay').length;
  if (decisions > maxActionsFor(level)) {
    throw new LinkEncodeError(
      `${decisions} decisions in stage ${level.id}, more than the ${maxActionsFor(level)} a link may carry`,
    );
  }
  let days = 0;
  const flushDays = (keep: number) => {
    if (days > keep) {
      if (days <= MAX_DAYS_IN_OP) writer.u8(days << 4);
      else {
        writer.u8(0);
        writer.varint(days);
      }
      days = 0;
    }
  };
  for (const action of log) {
    if (action.type === 'advanceDay') {
      days += 1;
      continue;
    }
    const code = TYPE_CODES.indexOf(action.type);
    const spec = actionSpec(action.type);
    if (code <= 0 || spec === undefined) {
      throw new LinkEncodeError(`unknown action type ${String(action.type)}`);
    }
    flushDays(MAX_DAYS_IN_OP);
    writer.u8((days << 4) | code);
    days = 0;
    encodeFields(writer, level, action, spec);
  }
  flushDays(0);
}

/**
 * Reads a log written by encodeLog until the reader is empty. More days than the stage has (plus
 * one, so replay can name the action that came too late) means the log cannot be a real game;
 * the cap also keeps a tiny link from expanding into billions of actions.
 */
export function decodeLog(reader: ByteReader, level: Level): Action[] {
  const log: Action[] = [];
  const maxActions = maxActionsFor(level);
  let actions = 0;
  let totalDays = 0;
  const pushDays = (count: number) => {
    totalDays += count;
    if (totalDays > level.days + 1) throw new DecodeError('replay_failed', { index: log.length });
    for (let i = 0; i < count; i++) log.push({ type: 'advanceDay' });
  };
  while (reader.remaining > 0) {
    const op = reader.u8();
    const code = op & 0x0f;
    const days = op >>> 4;
    if (code === 0) {
      const count = days === 0 ? reader.varint() : days;
      if (count === 0) throw new DecodeError('damaged');
      pushDays(count);
      continue;
    }
    pushDays(days);
    actions += 1;
    if (actions > maxActions) throw new DecodeError('too_large');
    log.push(decodeFields(reader, level, specOf(code)));
  }
  return log;
}
