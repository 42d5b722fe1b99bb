import { childPath, describeValue, type LevelError } from './errors';

export const MAX_DEPTH = 32;
export const MAX_ARRAY_LENGTH = 500;
/** Bounds the walk for in-memory values, which (unlike text) have no size cap before they reach us. */
const MAX_NODES = 200_000;
/** Enough to show what is wrong without echoing a whole hostile file back. */
const MAX_GUARD_ERRORS = 20;

/** Keys that could reach Object.prototype if a later consumer merged or spread the data. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Walk {
  errors: LevelError[];
  nodes: number;
}

/**
 * Checks the raw parsed value before any schema sees it: only plain JSON data, no prototype-polluting
 * keys, bounded nesting and list lengths. Runs first so the schema never walks a hostile shape.
 */
export function findUnsafeShapes(value: unknown): LevelError[] {
  const walk: Walk = { errors: [], nodes: 0 };
  visit(value, '$', 0, walk);
  return walk.errors;
}

function visit(value: unknown, path: string, depth: number, walk: Walk): void {
  if (walk.errors.length >= MAX_GUARD_ERRORS) return;
  walk.nodes += 1;
  if (walk.nodes > MAX_NODES) {
    if (walk.nodes === MAX_NODES + 1) {
      walk.errors.push({ path: '$', message: `The data has more than ${MAX_NODES} values` });
    }
    return;
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      walk.errors.push({ path, message: `${value} is not a JSON number` });
    return;
  }
  if (typeof value !== 'object') {
    walk.errors.push({ path, message: `Expected JSON data, not ${describeValue(value)}` });
    return;
  }
  if (depth >= MAX_DEPTH) {
    walk.errors.push({ path, message: `The data is nested deeper than ${MAX_DEPTH} levels` });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY_LENGTH) {
      walk.errors.push({
        path,
        message: `The list has ${value.length} entries, more than the maximum ${MAX_ARRAY_LENGTH}`,
      });
      return;
    }
    // An index loop, not forEach, so holes in a sparse array are seen (and rejected as undefined).
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      visit(item, childPath(path, i), depth + 1, walk);
    }
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    walk.errors.push({ path, message: 'Expected a plain JSON object, not an instance of a class' });
    return;
  }
  for (const key of Object.keys(value)) {
    const at = childPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) {
      walk.errors.push({ path: at, message: `The key "${key}" is not allowed in a level file` });
      continue;
    }
    // Read the descriptor rather than the property so a getter on a caller's object never runs.
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) {
      walk.errors.push({ path: at, message: 'Expected a plain data property, not a getter' });
      continue;
    }
    const child: unknown = descriptor.value;
    visit(child, at, depth + 1, walk);
  }
}
