import * as v from 'valibot';
import type { Level, Levers } from '../sim/level';
import { childPath, describeValue, type LevelError } from './errors';
import { findUnsafeShapes } from './guard';
import { issueToError } from './issues';
import { decodeLevelBytes, parseStrictJson, stripBom } from './jsonText';
import { checkReferences } from './references';
import { LEVER_RANGES, LevelSchema } from './schema';

export type { LevelError } from './errors';
export type LevelResult = { ok: true; level: Level } | { ok: false; errors: LevelError[] };

export const MAX_LEVEL_BYTES = 256 * 1024;
/** A broken file can produce thousands of issues; the first few are what an author acts on. */
const MAX_ERRORS = 50;

function fail(errors: LevelError[]): LevelResult & { ok: false } {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_ERRORS);
  shown.push({ path: '$', message: `${errors.length - MAX_ERRORS} further errors were left out` });
  return { ok: false, errors: shown };
}

function tooLarge(): LevelResult & { ok: false } {
  const message = `The file is larger than the limit of ${MAX_LEVEL_BYTES} bytes (256 KiB)`;
  return fail([{ path: '$', message }]);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a level file's text: size cap, strict JSON (a BOM dropped; duplicate keys, comments and
 * trailing commas refused with line and column), then everything parseLevelValue checks.
 */
export function parseLevelText(text: string): LevelResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is rejected before encoding it.
  if (text.length > MAX_LEVEL_BYTES || utf8Length(text) > MAX_LEVEL_BYTES) {
    return tooLarge();
  }
  const parsed = parseStrictJson(stripBom(text));
  if (!parsed.ok) return fail(parsed.errors);
  return parseLevelValue(parsed.value);
}

/** A level file as read from disk or a file picker: its bytes, so UTF-16 can be named as such. */
export function parseLevelBytes(bytes: Uint8Array): LevelResult {
  if (bytes.length > MAX_LEVEL_BYTES) return tooLarge();
  const decoded = decodeLevelBytes(bytes);
  return decoded.ok ? parseLevelText(decoded.text) : fail(decoded.errors);
}

/**
 * Validates already-parsed data as a Level. The order matters: the raw shape guard runs before the
 * schema so hostile keys and nesting never reach it, and reference checks need schema-valid data.
 * The returned level is a fresh copy that shares no objects with `value`.
 */
export function parseLevelValue(value: unknown): LevelResult {
  const unsafe = findUnsafeShapes(value);
  if (unsafe.length > 0) return fail(unsafe);

  const parsed = v.safeParse(LevelSchema, value, { abortPipeEarly: true });
  if (!parsed.success) return fail(parsed.issues.map(issueToError));

  const level: Level = parsed.output;
  const broken = checkReferences(level);
  if (broken.length > 0) return fail(broken);
  return { ok: true, level };
}

function isLever(key: string): key is keyof Levers {
  return Object.hasOwn(LEVER_RANGES, key);
}

/**
 * Applies a trainer's lever overrides to a validated level. Overrides may come from a class file or a
 * URL, so each is range-checked at runtime despite the type. Errors name the level field overridden.
 */
export function applyLevers(
  level: Level,
  levers: Partial<Levers>,
): { ok: true; level: Level } | { ok: false; errors: LevelError[] } {
  const overrides: unknown = levers;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return fail([
      { path: '$.levers', message: `Expected an object, not ${describeValue(overrides)}` },
    ]);
  }
  const errors: LevelError[] = [];
  const merged: Levers = { ...level.levers };
  for (const [key, raw] of Object.entries(overrides)) {
    const path = childPath('$.levers', key);
    if (!isLever(key)) {
      const known = Object.keys(LEVER_RANGES).join(', ');
      errors.push({ path, message: `"${key}" is not a lever; the levers are ${known}` });
      continue;
    }
    const { min, max } = LEVER_RANGES[key];
    const value: unknown = raw;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      errors.push({ path, message: `Expected a whole number, not ${describeValue(value)}` });
    } else if (value < min) {
      errors.push({ path, message: `${value} is below the minimum ${min}` });
    } else if (value > max) {
      errors.push({ path, message: `${value} is above the maximum ${max}` });
    } else {
      merged[key] = value;
    }
  }
  if (errors.length > 0) return fail(errors);
  return { ok: true, level: { ...level, levers: merged } };
}
