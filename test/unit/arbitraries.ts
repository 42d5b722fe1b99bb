/**
 * fast-check arbitraries for random, valid-shaped action logs on a given level.
 *
 * Shapes come from ACTION_SPECS, so a field added there is generated here without edits. Values are
 * in range but not necessarily legal at the time they are applied (below the MOQ, more than the
 * cash, an unknown id, an event choice that is not offered, a day while an event is open...): the
 * sim must reject those without changing its state.
 */
import fc from 'fast-check';
import {
  ACTION_SPECS,
  EVENT_CHOICES,
  EVENT_CHOICES_BY_KIND,
  type Action,
  type ActionSpec,
  type EventChoice,
  type FieldSpec,
  type Level,
  type PlayerActionType,
} from '../../src/sim/index';

type RefKind = Extract<FieldSpec, { kind: 'ref' }>['refersTo'];
type IntField = Extract<FieldSpec, { kind: 'int' }>;

/** An id no level defines: a valid-shaped reference that must be rejected. */
export const UNKNOWN_ID = 'no-such-id';

/**
 * Where most drawn values fall, by field name: inside the spec's range, at the scale of the shipped
 * levels, so runs get deep into a stage instead of going bankrupt on day one. The full range and
 * its ends are still drawn now and then.
 */
const TYPICAL: Readonly<Record<string, readonly [number, number]>> = {
  dailyBudgetFen: [0, 60_000],
  bidFen: [10, 400],
  priceFen: [2_000, 30_000],
  discountBp: [0, 4_000],
  searchPerDay: [0, 6],
  adPerDay: [0, 6],
  qty: [1, 4_000],
  headcount: [0, 6],
  amountFen: [1, 5_000_000],
};

export function refIds(level: Level, kind: RefKind): string[] {
  switch (kind) {
    case 'listing':
      return level.listings.map((l) => l.id);
    case 'supplier':
      return level.suppliers.map((s) => s.id);
    case 'competitor':
      return level.market.competitors.map((c) => c.id);
    case 'material':
      return level.market.materials.map((m) => m.id);
    case 'style':
      return level.market.styles.map((s) => s.id);
  }
}

function intArb(field: IntField): fc.Arbitrary<number> {
  const full = fc.integer({ min: field.min, max: field.max });
  const typical = TYPICAL[field.name];
  if (typical === undefined) return full;
  const min = Math.max(field.min, typical[0]);
  const max = Math.min(field.max, typical[1]);
  return fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 16 },
    { arbitrary: full, weight: 1 },
    { arbitrary: fc.constantFrom(field.min, field.max), weight: 1 },
  );
}

function refArb(level: Level, kind: RefKind): fc.Arbitrary<string> {
  const ids = refIds(level, kind);
  if (ids.length === 0) return fc.constant(UNKNOWN_ID);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 24 },
    { arbitrary: fc.constant(UNKNOWN_ID), weight: 1 },
  );
}

export function fieldArb(level: Level, field: FieldSpec): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'int':
      return intArb(field);
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...field.values);
    case 'ref':
      return refArb(level, field.refersTo);
  }
}

function specOf(type: string): ActionSpec {
  const spec = ACTION_SPECS.find((s) => s.type === type);
  if (!spec) throw new Error(`no ACTION_SPECS entry for ${type}`);
  return spec;
}

/** One action of `type`, every field drawn from its spec. */
export function actionOfTypeArb(level: Level, type: PlayerActionType): fc.Arbitrary<Action> {
  const spec = specOf(type);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of spec.fields) fields[field.name] = fieldArb(level, field);
  // The record has exactly the spec's fields, which is the shape of this member of the union.
  return fc.record(fields).map((values) => ({ type, ...values }) as Action);
}

/** The choices the level's events can offer, so most answers fit the open event. */
export function levelEventChoices(level: Level): EventChoice[] {
  const choices = new Set<EventChoice>();
  for (const spec of level.events) for (const c of EVENT_CHOICES_BY_KIND[spec.kind]) choices.add(c);
  return [...choices];
}

export function respondEventArb(level: Level): fc.Arbitrary<Action> {
  const likely = levelEventChoices(level);
  const choice =
    likely.length === 0
      ? fc.constantFrom(...EVENT_CHOICES)
      : fc.oneof(
          { arbitrary: fc.constantFrom(...likely), weight: 6 },
          { arbitrary: fc.constantFrom(...EVENT_CHOICES), weight: 1 },
        );
  return choice.map((c): Action => ({ type: 'respondEvent', choice: c }));
}

export interface LogOptions {
  /** Number of chunks; a chunk is one action, a run of 1..7 passing days or a round of answers. */
  minChunks?: number;
  /** Default: three per day of the stage. */
  maxChunks?: number;
  /** Also draw, rarely, action types the level does not enable (they must be rejected). */
  includeDisabled?: boolean;
}

const PLAYER_TYPES = ACTION_SPECS.map((s) => s.type).filter(
  (t): t is PlayerActionType => t !== 'advanceDay' && t !== 'respondEvent',
);

/** One action: a passing day most often, then the level's actions and event answers. */
export function actionArb(level: Level, options: LogOptions = {}): fc.Arbitrary<Action> {
  const enabled = level.enabledActions;
  const disabled = PLAYER_TYPES.filter((t) => !enabled.includes(t));
  const arbs: fc.WeightedArbitrary<Action>[] = [
    { arbitrary: fc.constant<Action>({ type: 'advanceDay' }), weight: 40 },
    { arbitrary: respondEventArb(level), weight: 10 },
  ];
  // Roughly constant total weight for the level's actions, whatever their number.
  const each = Math.max(2, Math.round(48 / Math.max(1, enabled.length)));
  for (const type of enabled) arbs.push({ arbitrary: actionOfTypeArb(level, type), weight: each });
  if (options.includeDisabled !== false) {
    for (const type of disabled) arbs.push({ arbitrary: actionOfTypeArb(level, type), weight: 1 });
  }
  return fc.oneof(...arbs);
}

const daysRunArb: fc.Arbitrary<Action[]> = fc
  .integer({ min: 1, max: 7 })
  .map((n) => Array.from({ length: n }, (): Action => ({ type: 'advanceDay' })));

/**
 * Every choice the level's events can offer, in random order. Whatever event is open, the first
 * choice it offers is accepted and closes it; the rest are rejected (no event is open any more).
 */
export function answerAnyEventArb(level: Level): fc.Arbitrary<Action[]> {
  const choices = levelEventChoices(level);
  return fc
    .shuffledSubarray(choices, { minLength: choices.length, maxLength: choices.length })
    .map((order) => order.map((choice): Action => ({ type: 'respondEvent', choice })));
}

/**
 * A log of actions for `level`. Runs of passing days make most logs reach deep into the stage (or
 * its end); single actions in between change the shop's decisions and answer events, and an
 * occasional answer-anything chunk keeps an open event from blocking the days for long.
 */
export function actionLogArb(level: Level, options: LogOptions = {}): fc.Arbitrary<Action[]> {
  const chunk = fc.oneof(
    { arbitrary: actionArb(level, options).map((a) => [a]), weight: 12 },
    { arbitrary: daysRunArb, weight: 4 },
    { arbitrary: answerAnyEventArb(level), weight: 3 },
  );
  return fc
    .array(chunk, {
      minLength: options.minChunks ?? 0,
      maxLength: options.maxChunks ?? level.days * 3,
      // Without this, fast-check's default size keeps arrays to about ten chunks.
      size: 'max',
    })
    .map((chunks) => chunks.flat());
}

/** Seeds: small ones and the whole safe range (the sim mixes both 32-bit halves). */
export const seedArb: fc.Arbitrary<number> = fc.oneof(fc.nat(), fc.maxSafeNat());
