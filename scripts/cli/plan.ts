import { readFileSync, statSync } from 'node:fs';
import {
  childPath,
  describeValue,
  formatLevelError,
  type LevelError,
} from '../../src/content/errors';
import { actionRefs, parseAction, type RefKind } from '../../src/content/parseAction';
import {
  STAGE_IDS,
  type Action,
  type Level,
  type PlanStep,
  type StageId,
} from '../../src/sim/index';
import { CliError } from './errors';
import { fileErrorReason, type Levels } from './levels';

/** A plan is typed by hand or generated; a megabyte is thousands of entries, far beyond any stage. */
export const MAX_PLAN_BYTES = 1024 * 1024;

/** One validated plan entry; `index` is its position in the file, for error messages. */
export interface PlanEntry {
  index: number;
  stage: StageId;
  day: number;
  action: Action;
}

export type PlanResult = { ok: true; entries: PlanEntry[] } | { ok: false; error: LevelError };

const ENTRY_KEYS = ['stage', 'day', 'action'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids an action may point at in one level, mirroring what the sim looks up. */
export function levelIds(level: Level): Record<RefKind, string[]> {
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  return {
    listing: ids(level.listings),
    supplier: ids(level.suppliers),
    competitor: ids(level.market.competitors),
    material: ids(level.market.materials),
    style: ids(level.market.styles),
  };
}

/**
 * Checks one entry. Beyond the field ranges (parseAction) it rejects what can be known without
 * simulating: an action the stage does not enable and ids the stage does not have. Those would
 * otherwise only surface mid-run as a sim error code, without the field's path.
 */
function parseEntry(value: unknown, index: number, levels: Levels): PlanEntry | LevelError {
  const at = childPath('plan', index);
  if (!isRecord(value)) {
    return {
      path: at,
      message: `Expected an object with stage, day and action, not ${describeValue(value)}`,
    };
  }
  for (const key of Object.keys(value)) {
    if (!ENTRY_KEYS.includes(key)) {
      return {
        path: childPath(at, key),
        message: `Unknown key; an entry has only stage, day and action`,
      };
    }
  }
  for (const key of ENTRY_KEYS) {
    if (!Object.hasOwn(value, key)) {
      return { path: childPath(at, key), message: `The entry is missing its ${key} field` };
    }
  }

  const stagePath = childPath(at, 'stage');
  const stage = STAGE_IDS.find((id) => id === value['stage']);
  if (stage === undefined) {
    return {
      path: stagePath,
      message: `${describeValue(value['stage'])} is not a stage; the stages are ${STAGE_IDS.join(', ')}`,
    };
  }
  const level = levels[stage];

  const dayPath = childPath(at, 'day');
  const day = value['day'];
  if (typeof day !== 'number') {
    return { path: dayPath, message: `Expected a day number, not ${describeValue(day)}` };
  }
  if (!Number.isInteger(day)) return { path: dayPath, message: `${day} is not a whole number` };
  if (day < 1) return { path: dayPath, message: `${day} is below the first day 1` };
  if (day > level.days) {
    return {
      path: dayPath,
      message: `${day} is after the last day of stage ${stage}, ${level.days}`,
    };
  }

  const actionPath = childPath(at, 'action');
  const parsed = parseAction(value['action'], actionPath);
  if (!parsed.ok) return parsed.error;
  const { action } = parsed;
  const typePath = childPath(actionPath, 'type');
  if (action.type === 'advanceDay') {
    return {
      path: typePath,
      message:
        'advanceDay cannot appear in a plan: every stage runs to its last day and each entry names its day',
    };
  }
  if (action.type !== 'respondEvent' && !level.enabledActions.includes(action.type)) {
    return {
      path: typePath,
      message: `${action.type} is not enabled in stage ${stage} (enabled: ${level.enabledActions.join(', ')}, respondEvent)`,
    };
  }
  const ids = levelIds(level);
  for (const ref of actionRefs(action)) {
    const known = ids[ref.refersTo];
    if (!known.includes(ref.id)) {
      return {
        path: childPath(actionPath, ref.field),
        message: `Stage ${stage} has no ${ref.refersTo} ${describeValue(ref.id)} (it has: ${known.join(', ')})`,
      };
    }
  }
  return { index, stage, day, action };
}

/** Validates a parsed plan file: every entry, including those for stages not being run. */
export function parsePlanValue(value: unknown, levels: Levels): PlanResult {
  if (!Array.isArray(value)) {
    return {
      ok: false,
      error: {
        path: 'plan',
        message: `Expected a list of plan entries, not ${describeValue(value)}`,
      },
    };
  }
  const entries: PlanEntry[] = [];
  for (let i = 0; i < value.length; i++) {
    const entry = parseEntry(value[i], i, levels);
    if ('path' in entry) return { ok: false, error: entry };
    entries.push(entry);
  }
  return { ok: true, entries };
}

/** Size cap, JSON, then parsePlanValue; every failure is one line naming the file as given. */
export function readPlanFile(file: string, levels: Levels): PlanEntry[] {
  const fail = (message: string): never => {
    throw new CliError(`${file}: ${message}`);
  };
  let bytes: Buffer;
  try {
    // stat first so a huge file (or /dev/zero) is refused without reading it into memory.
    const stats = statSync(file);
    if (stats.isDirectory()) fail('cannot be read (it is a directory)');
    if (stats.isFile() && stats.size > MAX_PLAN_BYTES) {
      fail(`the plan is larger than the limit of ${MAX_PLAN_BYTES} bytes (1 MiB)`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(`cannot be read (${fileErrorReason(error)})`);
  }
  // The file may have grown, or be a pipe, between stat and read.
  if (bytes.length > MAX_PLAN_BYTES) {
    fail(`the plan is larger than the limit of ${MAX_PLAN_BYTES} bytes (1 MiB)`);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return fail(`not valid JSON (${detail})`);
  }
  const result = parsePlanValue(value, levels);
  if (!result.ok) fail(formatLevelError(result.error));
  return result.ok ? result.entries : [];
}

/** One stage's entries in file order, as runStage wants them, with their file positions. */
export function stagePlan(
  entries: readonly PlanEntry[],
  stage: StageId,
): { steps: PlanStep[]; indices: number[] } {
  const mine = entries.filter((entry) => entry.stage === stage);
  return {
    steps: mine.map((entry) => ({ day: entry.day, action: entry.action })),
    indices: mine.map((entry) => entry.index),
  };
}
