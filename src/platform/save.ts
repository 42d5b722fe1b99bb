import * as v from 'valibot';
import { parseAction } from '../content/parseAction';
import type { Action, PlannedAction, StageId, StageSummary } from '../sim';
import { STAGE_IDS } from '../sim';
import { saveChecksum } from './saveChecksum';
import { migrateToCurrent } from './saveMigrate';

/**
 * The save format: the campaign's seed and results plus the running stage's action log, which
 * replays to the exact game. Version 2 wraps it in an envelope with the writing tab's id and a
 * write counter, so two tabs on one save can tell that the other has written (see saveSlot.ts).
 * Version 3 adds each finished stage's action log, so a result link made after a reload still
 * carries every finished stage, and the player's name for a classroom session's own slot.
 * Version 4 keeps each stage's best run in `results`/`logs` and its latest in `latestLogs`, keeps
 * the runs left in progress in other stages (`paused`), stamps the write time (`savedAt`, for
 * cleaning old session slots) and carries a checksum over the campaign's JSON text.
 * Version 5 keeps the player's answer to each stage's reflection prompt (`reflections`), so the
 * answer and the result link made after a reload still carry it.
 */
export const SAVE_VERSION = 5;
export const SAVE_KEY = 'four-stages.save';
/** Where version 1 lived; read once and migrated, then left for older builds in other tabs. */
export const LEGACY_SAVE_KEY = 'four-stages.save.v1';
/** Saves are a few kilobytes; anything far larger is not ours and is refused before parsing. */
export const MAX_SAVE_CHARS = 2_000_000;
/** Names are sanitised to 40 code points when entered; a longer one was not written by us. */
const MAX_NAME_CHARS = 200;
/**
 * A reflection is capped at 140 code points when written (REFLECTION_MAX_CHARS in the store);
 * this bounds the UTF-16 length, which is at most twice that, before the store caps it again.
 */
const MAX_REFLECTION_UNITS = 280;

export interface SavedRun {
  stage: StageId;
  seed: number;
  log: Action[];
  decisions: PlannedAction[];
}

export interface Campaign {
  seed: number;
  /** Each finished stage's best run (since version 4; its last run before). */
  results: Partial<Record<StageId, StageSummary>>;
  /** The action log of each stage's best run (since version 3): what a link carries. */
  logs: Partial<Record<StageId, Action[]>>;
  /** The log of each stage's latest finished run where it is not the best (since version 4). */
  latestLogs: Partial<Record<StageId, Action[]>>;
  /** The open stage's run, in progress or just finished. */
  run: SavedRun | null;
  /** Runs in progress of the other stages (since version 4), at most one a stage. */
  paused: SavedRun[];
  /** A classroom session's student name (session slots only); a normal save has none. */
  name?: string;
  /**
   * Every stage of this game has a result and none is in progress (since version 4): a session
   * slot that says so may be cleaned away once it has been left for a while.
   */
  complete?: boolean;
  /** The answer to each stage's reflection prompt, as typed (since version 5). */
  reflections: Partial<Record<StageId, string>>;
}

export interface SaveEnvelope {
  version: typeof SAVE_VERSION;
  /** The tab that wrote last and how many writes the save has seen: a lease without clocks. */
  writer: { tab: string; count: number };
  /** When it was written, in ms since 1970 by the writer's clock; null when migrated from v3. */
  savedAt: number | null;
  campaign: Campaign;
}

/** `checksum`: the text is a well-formed current save whose campaign differs from its checksum. */
export type SaveProblem = 'tooLarge' | 'corrupt' | 'newer' | 'checksum';
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
  latestLogs: v.record(Stage, v.pipe(v.array(ActionSchema), v.maxLength(MAX_LOG_ACTIONS))),
  run: v.nullable(RunSchema),
  paused: v.pipe(
    v.array(RunSchema),
    v.maxLength(STAGE_IDS.length),
    v.check((runs) => new Set(runs.map((r) => r.stage)).size === runs.length),
  ),
  name: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS))),
  complete: v.optional(v.boolean()),
  reflections: v.record(Stage, v.pipe(v.string(), v.maxLength(MAX_REFLECTION_UNITS))),
});
const EnvelopeSchema = v.object({
  version: v.literal(SAVE_VERSION),
  writer: v.object({ tab: v.pipe(v.string(), v.maxLength(64)), count: Seed }),
  savedAt: v.nullable(Seed),
  checksum: v.optional(v.string()),
  campaign: CampaignSchema,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first version that wrote a checksum: from it on, a save must carry a matching one. */
const FIRST_CHECKSUM_VERSION = 4;

/**
 * A save from version 4 on must carry the checksum of its campaign as written. The writer used
 * JSON.stringify, so stringifying the parsed campaign gives back the very text it summed. It is
 * checked on the save as read, before a migration adds to its campaign.
 */
function checksumHolds(value: Record<string, unknown>): boolean {
  return value['checksum'] === saveChecksum(JSON.stringify(value['campaign']) ?? '');
}

/** Any text that claims to be a save: size cap, JSON, version check, migration, then schema. */
export function parseSaveText(text: string): ParsedSave {
  if (text.length > MAX_SAVE_CHARS) return { ok: false, problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  // Older versions had no checksum; from version 4 on, a save without a matching one is refused.
  const summed =
    isRecord(value) &&
    typeof value['version'] === 'number' &&
    value['version'] >= FIRST_CHECKSUM_VERSION &&
    value['version'] <= SAVE_VERSION;
  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(EnvelopeSchema, migrated.value);
  if (!parsed.success) return { ok: false, problem: 'corrupt' };
  if (summed && !checksumHolds(value as Record<string, unknown>)) {
    return { ok: false, problem: 'checksum' };
  }
  const { version, writer, savedAt, campaign } = parsed.output;
  // The schema checked each summary's key fields; the rest is the sim's own output.
  return { ok: true, save: { version, writer, savedAt, campaign } as unknown as SaveEnvelope };
}

/** The save's text: its campaign is summed as JSON.stringify writes it, then wrapped. */
export function serializeSave(save: SaveEnvelope): string {
  const campaign = JSON.stringify(save.campaign);
  const head = JSON.stringify({
    version: save.version,
    writer: save.writer,
    savedAt: save.savedAt,
    checksum: saveChecksum(campaign),
  });
  return `${head.slice(0, -1)},"campaign":${campaign}}`;
}
