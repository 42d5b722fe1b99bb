import { actionSpec, type Action, type ActionSpec, type FieldSpec } from '../sim/actions';
import type { Level } from '../sim/level';
import {
  LinkEncodeError,
  maxActionsFor,
  readInt,
  refList,
  smallWidth,
  specOf,
  TYPE_CODES,
  writeInt,
} from './actionCodec';
import { BitReader, BitWriter, ByteReader, ByteWriter, DecodeError, bitWidth } from './bytes';

/**
 * Format 2's action log (FORMAT.md, "Action log, format 2"): the same actions as format 1, laid
 * out in columns. A busy player's values for one field vary over a small range in round steps
 * (budgets by ¥10, bids by 5 fen), so each int column is stored once as its minimum and step,
 * and each value as a few bits of offset: a 312-decision campaign shrinks by about a third.
 */

/** The op byte's high nibble below this is the days passed before the action; this means more. */
const DAYS_ESCAPE = 15;

type IntField = Extract<FieldSpec, { kind: 'int' }>;

interface Column {
  field: IntField;
  base: number;
  /** Zero when every value equals the base; then no step is stored and no bits are spent. */
  span: number;
  step: number;
  width: number;
}

const gcd = (a: number, b: number): number => {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

const intFields = (spec: ActionSpec): IntField[] =>
  spec.fields.filter((field): field is IntField => field.kind === 'int');

const columnKey = (code: number, field: string) => `${code}.${field}`;

/** Type codes in increasing order, each int field in spec order: the order columns are stored. */
function columnOrder(codes: readonly number[]): { code: number; field: IntField }[] {
  const present = [...new Set(codes)].sort((a, b) => a - b);
  return present.flatMap((code) => intFields(specOf(code)).map((field) => ({ code, field })));
}

function checkedInt(spec: ActionSpec, field: IntField, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new LinkEncodeError(`${spec.type}.${field.name}: ${String(value)} is not a whole number`);
  }
  if (value < field.min || value > field.max) {
    throw new LinkEncodeError(`${spec.type}.${field.name}: ${value} is out of range`);
  }
  return value;
}

function smallIndex(level: Level, spec: ActionSpec, field: FieldSpec, value: unknown): number {
  const fail = () => new LinkEncodeError(`${spec.type}.${field.name}: cannot encode ${value}`);
  if (field.kind === 'bool') {
    if (typeof value !== 'boolean') throw fail();
    return value ? 1 : 0;
  }
  const index =
    field.kind === 'enum'
      ? field.values.indexOf(String(value))
      : field.kind === 'ref'
        ? refList(level, field.refersTo).findIndex((item) => item.id === value)
        : -1;
  if (index < 0) throw fail();
  return index;
}

/** Writes a stage's log in columns; refuses a log over the decision cap like format 1. */
export function encodeColumns(writer: ByteWriter, level: Level, log: readonly Action[]): void {
  const decisions: { code: number; spec: ActionSpec; action: Action; daysBefore: number }[] = [];
  let days = 0;
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
    decisions.push({ code, spec, action, daysBefore: days });
    days = 0;
  }
  if (decisions.length > maxActionsFor(level)) {
    throw new LinkEncodeError(
      `${decisions.length} decisions in stage ${level.id}, more than the ${maxActionsFor(level)} a link may carry`,
    );
  }
  writer.varint(decisions.length);
  for (const { code, daysBefore } of decisions) {
    writer.u8((Math.min(daysBefore, DAYS_ESCAPE) << 4) | code);
    if (daysBefore >= DAYS_ESCAPE) writer.varint(daysBefore - DAYS_ESCAPE);
  }
  writer.varint(days);

  const columns = new Map<string, Column>();
  for (const { code, field } of columnOrder(decisions.map((d) => d.code))) {
    const values = decisions
      .filter((d) => d.code === code)
      .map((d) => checkedInt(d.spec, field, (d.action as Record<string, unknown>)[field.name]));
    const base = Math.min(...values);
    const step = values.reduce((g, v) => gcd(g, v - base), 0);
    const span = step === 0 ? 0 : (Math.max(...values) - base) / step;
    writeInt(writer, base, field);
    writer.varint(span);
    if (span > 0) writeInt(writer, step, { min: 0 });
    columns.set(columnKey(code, field.name), {
      field,
      base,
      span,
      step,
      width: bitWidth(span + 1),
    });
  }

  const bits = new BitWriter();
  for (const { code, spec, action } of decisions) {
    const fields = action as Record<string, unknown>;
    for (const field of spec.fields) {
      const value = fields[field.name];
      if (field.kind !== 'int') {
        bits.write(smallIndex(level, spec, field, value), smallWidth(level, field));
        continue;
      }
      const column = columns.get(columnKey(code, field.name));
      if (column === undefined || column.span === 0) continue;
      bits.write(((value as number) - column.base) / column.step, column.width);
    }
  }
  bits.flushTo(writer);
}

function readColumn(reader: ByteReader, field: IntField): Column {
  const base = readInt(reader, field);
  const span = reader.varint();
  // A span past the field's range cannot come from an encoder; refusing it keeps widths small.
  if (span > field.max - field.min) throw new DecodeError('damaged');
  const step = span === 0 ? 0 : readInt(reader, { min: 1, max: field.max - field.min });
  if (span * step > field.max - base) throw new DecodeError('damaged');
  return { field, base, span, step, width: bitWidth(span + 1) };
}

/**
 * Reads what encodeColumns wrote, to the end of the reader. The decision count is read first and
 * checked against the cap before anything is allocated for it, and the days against the stage.
 */
export function decodeColumns(reader: ByteReader, level: Level): Action[] {
  const count = reader.varint();
  if (count > maxActionsFor(level)) throw new DecodeError('too_large');
  // Every op is at least a byte: a count the rest of the stream cannot hold is damage.
  if (count > reader.remaining) throw new DecodeError('damaged');
  const ops: { spec: ActionSpec; code: number; daysBefore: number }[] = [];
  let totalDays = 0;
  for (let i = 0; i < count; i++) {
    const op = reader.u8();
    const code = op & 0x0f;
    let daysBefore = op >>> 4;
    if (daysBefore === DAYS_ESCAPE) daysBefore += reader.varint();
    // Code 0 would be advanceDay, which format 2 never writes as an op.
    if (code === 0) throw new DecodeError('damaged');
    totalDays += daysBefore;
    if (totalDays > level.days + 1) throw new DecodeError('replay_failed', { index: i });
    ops.push({ spec: specOf(code), code, daysBefore });
  }
  const daysAfter = reader.varint();
  totalDays += daysAfter;
  if (totalDays > level.days + 1) throw new DecodeError('replay_failed', { index: count });

  const columns = new Map<string, Column>();
  for (const { code, field } of columnOrder(ops.map((o) => o.code))) {
    columns.set(columnKey(code, field.name), readColumn(reader, field));
  }
  let totalBits = 0;
  for (const { spec, code } of ops) {
    for (const field of spec.fields) {
      totalBits +=
        field.kind === 'int'
          ? (columns.get(columnKey(code, field.name))?.width ?? 0)
          : smallWidth(level, field);
    }
  }
  const bits = new BitReader(reader, totalBits);
  const log: Action[] = [];
  const pushDays = (n: number) => {
    for (let i = 0; i < n; i++) log.push({ type: 'advanceDay' });
  };
  for (const { spec, code, daysBefore } of ops) {
    pushDays(daysBefore);
    const action: Record<string, unknown> = { type: spec.type };
    for (const field of spec.fields) {
      if (field.kind === 'int') {
        const column = columns.get(columnKey(code, field.name));
        if (column === undefined) throw new DecodeError('internal');
        const offset = bits.read(column.width);
        if (offset > column.span) throw new DecodeError('damaged');
        action[field.name] = column.base + offset * column.step;
        continue;
      }
      const index = bits.read(smallWidth(level, field));
      if (field.kind === 'bool') action[field.name] = index === 1;
      else {
        const list =
          field.kind === 'enum' ? field.values : refList(level, field.refersTo).map((i) => i.id);
        const value = list[index];
        if (value === undefined) throw new DecodeError('damaged');
        action[field.name] = value;
      }
    }
    // Built field by field from the spec of this exact type, which mirrors the Action union.
    log.push(action as Action);
  }
  pushDays(daysAfter);
  bits.expectZeroPadding();
  reader.expectEnd();
  return log;
}
