/** fast-check arbitraries for the share tests: runs, logs, levers and stage sets from the specs. */
import fc from 'fast-check';
import { LEVER_RANGES } from '../../src/content/schema';
import { LEVER_KEYS } from '../../src/share/index';
import {
  ACTION_SPECS,
  STAGE_IDS,
  type Action,
  type FieldSpec,
  type Level,
  type Levers,
  type PlanStep,
  type StageId,
} from '../../src/sim/index';

function refIds(level: Level, kind: Extract<FieldSpec, { kind: 'ref' }>['refersTo']): string[] {
  const lists = {
    listing: level.listings,
    supplier: level.suppliers,
    competitor: level.market.competitors,
    material: level.market.materials,
    style: level.market.styles,
  };
  return lists[kind].map((item) => item.id);
}

/** Any value the spec allows, with its ends and round amounts drawn often. */
export function fieldArb(level: Level, field: FieldSpec): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'int':
      return fc.oneof(
        fc.integer({ min: field.min, max: field.max }),
        fc.constantFrom(field.min, field.max),
        fc
          .integer({ min: Math.ceil(field.min / 100), max: Math.floor(field.max / 100) })
          .map((n) => n * 100),
      );
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...field.values);
    case 'ref':
      return fc.constantFrom(...refIds(level, field.refersTo));
  }
}

/** Any action of any type with in-range fields, legal or not: what the codec must carry. */
export function actionArb(level: Level): fc.Arbitrary<Action> {
  return fc.constantFrom(...ACTION_SPECS).chain((spec) =>
    fc.tuple(...spec.fields.map((field) => fieldArb(level, field))).map((values) => {
      const action: Record<string, unknown> = { type: spec.type };
      spec.fields.forEach((field, i) => (action[field.name] = values[i]));
      return action as Action;
    }),
  );
}

/** A plan of decisions the stage enables, on random days: legal enough to make real runs. */
export function planArb(level: Level): fc.Arbitrary<PlanStep[]> {
  const enabled = actionArb(level).filter(
    (a) => a.type === 'respondEvent' || (level.enabledActions as string[]).includes(a.type),
  );
  return fc.array(fc.record({ day: fc.integer({ min: 1, max: level.days }), action: enabled }), {
    maxLength: 40,
  });
}

export const leversArb: fc.Arbitrary<Partial<Levers>> = fc.subarray([...LEVER_KEYS]).chain((keys) =>
  fc.tuple(...keys.map((key) => fc.integer(LEVER_RANGES[key]))).map((values) => {
    const levers: Partial<Levers> = {};
    keys.forEach((key, i) => (levers[key] = values[i] ?? LEVER_RANGES[key].min));
    return levers;
  }),
);

export const stagesArb: fc.Arbitrary<StageId[]> = fc
  .subarray([...STAGE_IDS], { minLength: 1 })
  .map((stages) => STAGE_IDS.filter((s) => stages.includes(s)));
