import {
  ACTION_SPECS,
  actionSpec,
  type Action,
  type FieldSpec,
  type PlayerActionType,
} from '../sim/actions';
import { childPath, describeValue, type LevelError } from './errors';

export type ActionResult = { ok: true; action: Action } | { ok: false; error: LevelError };

export type RefKind = Extract<FieldSpec, { kind: 'ref' }>['refersTo'];

/** An id an action points at, so callers holding a level can check it exists. */
export interface ActionRef {
  field: string;
  refersTo: RefKind;
  id: string;
}

/** Action types a level may enable: everything except passing the day and answering events, which are always on. */
export const PLAYER_ACTION_TYPES: readonly PlayerActionType[] = ACTION_SPECS.map(
  (spec) => spec.type,
).filter((type): type is PlayerActionType => type !== 'advanceDay' && type !== 'respondEvent');

const KNOWN_TYPES = ACTION_SPECS.map((spec) => spec.type).join(', ');

/** Longest id a level may define, so a longer id in an action can never match one. */
export const MAX_ID_LENGTH = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns why `value` does not fit `field`, or undefined when it does. */
function fieldProblem(field: FieldSpec, value: unknown): string | undefined {
  switch (field.kind) {
    case 'int':
      if (typeof value !== 'number') return `Expected a whole number, not ${describeValue(value)}`;
      if (!Number.isInteger(value)) return `${value} is not a whole number`;
      if (value < field.min) return `${value} is below the minimum ${field.min}`;
      if (value > field.max) return `${value} is above the maximum ${field.max}`;
      return undefined;
    case 'bool':
      return typeof value === 'boolean'
        ? undefined
        : `Expected true or false, not ${describeValue(value)}`;
    case 'enum':
      if (typeof value !== 'string') {
        return `Expected one of ${field.values.join(', ')}, not ${describeValue(value)}`;
      }
      return field.values.includes(value)
        ? undefined
        : `${describeValue(value)} is not one of ${field.values.join(', ')}`;
    case 'ref':
      if (typeof value !== 'string')
        return `Expected a ${field.refersTo} id, not ${describeValue(value)}`;
      if (value.length === 0) return `The ${field.refersTo} id must not be empty`;
      if (value.length > MAX_ID_LENGTH) {
        return `The ${field.refersTo} id is longer than ${MAX_ID_LENGTH} characters`;
      }
      return undefined;
  }
}

/**
 * Checks one action against ACTION_SPECS: known type, no unknown or missing fields, every field in
 * range. Only the first problem is reported so plan authors fix one thing at a time. `path` is where
 * the action sits in its file (for example `$[3].action`). The result is a fresh object, never `value`.
 */
export function parseAction(value: unknown, path: string): ActionResult {
  const fail = (at: string, message: string): ActionResult => ({
    ok: false,
    error: { path: at, message },
  });
  if (!isRecord(value)) return fail(path, `Expected an action object, not ${describeValue(value)}`);

  const typePath = childPath(path, 'type');
  if (!Object.hasOwn(value, 'type')) return fail(typePath, 'The action has no type field');
  const type = value['type'];
  if (typeof type !== 'string') {
    return fail(typePath, `Expected an action type name, not ${describeValue(type)}`);
  }
  const spec = actionSpec(type);
  if (spec === undefined) {
    return fail(
      typePath,
      `${describeValue(type)} is not a known action type (known: ${KNOWN_TYPES})`,
    );
  }

  const fieldNames = spec.fields.map((field) => field.name);
  for (const key of Object.keys(value)) {
    if (key === 'type' || fieldNames.includes(key)) continue;
    const expected =
      fieldNames.length === 0 ? 'it takes no fields' : `its fields are ${fieldNames.join(', ')}`;
    return fail(
      childPath(path, key),
      `${spec.type} has no field ${JSON.stringify(key)}; ${expected}`,
    );
  }

  const action: Record<string, unknown> = { type: spec.type };
  for (const field of spec.fields) {
    const at = childPath(path, field.name);
    if (!Object.hasOwn(value, field.name)) {
      return fail(at, `The ${spec.type} action is missing its ${field.name} field`);
    }
    const fieldValue = value[field.name];
    const problem = fieldProblem(field, fieldValue);
    if (problem !== undefined) return fail(at, problem);
    action[field.name] = fieldValue;
  }
  // Every field was checked against the spec for this exact type, which mirrors the Action union.
  return { ok: true, action: action as Action };
}

/** The ids a (valid) action refers to, read from its spec so new actions need no change here. */
export function actionRefs(action: Action): ActionRef[] {
  const fields: Record<string, unknown> = action;
  const refs: ActionRef[] = [];
  for (const field of actionSpec(action.type)?.fields ?? []) {
    const id = fields[field.name];
    if (field.kind === 'ref' && typeof id === 'string') {
      refs.push({ field: field.name, refersTo: field.refersTo, id });
    }
  }
  return refs;
}
