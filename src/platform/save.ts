import * as v from 'valibot';
import { parseAction } from '../content/parseAction';
import type { Action, PlannedAction, StageId, StageSummary } from '../sim';
import { STAGE_IDS } from '../sim';
import { migrateToCurrent } from './saveMigrate';

/**
 * The save format: the campaign's seed and results plus the running stage's action log, which
 * replays to the exact game. Version 2 wraps it in an envelope with the writing tab's id and a
 * write counter, so two tabs on one save can tell that the other has written (see saveSlot.ts).
 * Version 3 adds each finished stage's action log, so a result link made after a reload still
 * carries every finished stage, and the player's name for a classroom session's own slot.
 */
export const SAVE_VERSION = 3;
export const SAVE_KEY = 'four-stages.save';
/** Where version 1 lived; read once and migrated, then left for older builds in other tabs. */
export const LEGACY_SAVE_KEY = 'four-stages.save.v1';
/** Saves are a few kilobytes; anything far larger is not ours and is refused before parsing. */
export const MAX_SAVE_CHARS = 2_000_000;
/** Names are sanitised to 40 code points when entered; a longer one was not written by us. */
const MAX_NAME_CHARS = 200;

export interface SavedRun {
  stage: StageId;
  seed: number;
  log: Action[];
  decisions: PlannedAction[];
}

export interface Campaign {
  seed: number;
  results: Partial<Record<StageId, StageSummary>>;
  /** The action log of each finished stage's last run (since version 3): what a link carries. */
  logs: Partial<Record<StageId, Action[]>>;
  run: SavedRun | null;
  /** A classroom session's student name (session slots only); a normal save has none. */
  name?: string;
}

export interface SaveEnvelope {
  version: typeof SAVE_VERSION;
  /** The tab that wrote last and how many writes the save has seen: a lease without clocks. */
  writer: { tab: string; count: number };
  campaign: Campaign;
}

export type SaveProblem = 'tooLarge' | 'corrupt' | 'newer';
export type ParsedSave = { ok: true; save: SaveEnvelope } | { ok: false; problem: SaveProblem };

/** localStorage, or null where it is blocked (some privacy modes throw on mere access). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const Seed = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Stage = v.picklist(STAGE_IDS);
const ActionSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseAction(dataset.value, '$');
    if (parsed.ok) return parsed.action;
    addIssue({ message: 'not an action' });
    return NEVER;
  }),
);
const RunSchema = v.object({
  stage: Stage,
  seed: Seed,
  log: v.array(ActionSchema),
  decisions: v.array(v.object({ stage: Stage, day: Seed, action: ActionSchema })),
});
const SummarySchema = v.looseObject({
  stage: Stage,
  days: v.number(),
  gmv: v.number(),
  netProfit: v.number(),
  orders: v.number(),
  stars: v.number(),
  outcome: v.string(),
  stateHash: v.string(),
  waterfall: v.array(v.unknown()),
});
/** A stage lasts at most a few hundred days; a log far longer than that is not a save of ours. */
export const MAX_LOG_ACTIONS = 20_000;
const CampaignSchema = v.object({
  seed: Seed,
  results: v.pipe(
    v.record(Stage, SummarySchema),
    v.check((r) => Object.entries(r).every(([stage, s]) => s.stage === stage)),
  ),
  logs: v.record(Stage, v.pipe(v.array(ActionSchema), v.maxLength(MAX_LOG_ACTIONS))),
  run: v.nullable(RunSchema),
  name: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
});
const EnvelopeSchema = v.object({
  version: v.literal(SAVE_VERSION),
  writer: v.object({ tab: v.pipe(v.string(), v.maxLength(64)), count: Seed }),
  campaign: CampaignSchema,
});

/** Any text that claims to be a save: size cap, JSON, version check, migration, then schema. */
export function parseSaveText(text: string): ParsedSave {
  if (text.length > MAX_SAVE_CHARS) return { ok: false, problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(EnvelopeSchema, migrated.value);
  if (!parsed.success) return { ok: false, problem: 'corrupt' };
  // The schema checked each summary's key fields; the rest is the sim's own output.
  return { ok: true, save: parsed.output as unknown as SaveEnvelope };
}

export function serializeSave(save: SaveEnvelope): string {
  return JSON.stringify(save);
}
