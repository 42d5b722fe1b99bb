import { LEVER_RANGES } from '../content/schema';
import type { Action } from '../sim/actions';
import { STAGE_IDS, type Level, type Levers, type StageId } from '../sim/level';
import { decodeLog, encodeLog, LinkEncodeError } from './actionCodec';
import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { WRITTEN_FORMAT, type LinkFormat, type LinkKind } from './envelope';
import { levelHash } from './levelHash';
import { decodeColumns, encodeColumns } from './logColumns';
import { hasExtras, readExtras, writeExtras, type RunExtras } from './extras';
import { sanitizeName } from './names';

/** The levels a link is checked against, as loaded from levels/*.json, before any lever override. */
export type LevelSet = Readonly<Partial<Record<StageId, Level>>>;

/** One played run: a single stage or several (a campaign), all from the same seed and levers. */
export interface ResultRun {
  name: string;
  seed: number;
  /** Trainer overrides on top of each level's own levers; an absent lever keeps the level's. */
  levers: Partial<Levers>;
  /** In campaign order, each stage once; each log as recorded, advanceDay included. */
  stages: { stage: StageId; log: readonly Action[] }[];
  /** A what-if's fork, and the player's reflections: optional (FORMAT.md, "Extras"). */
  whatIf?: NonNullable<RunExtras['whatIf']>;
  reflections?: NonNullable<RunExtras['reflections']>;
}

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A trainer's session: the same market for every student, no decisions. */
export interface SessionSpec {
  name: string;
  seed: number;
  levers: Partial<Levers>;
  stages: StageId[];
  language: Language | null;
}

export type DecodedLink =
  | ({ kind: 'result'; rulesVersion: number } & ResultRun)
  | ({ kind: 'session'; rulesVersion: number } & SessionSpec);

/** The format's own lever order; bit i of the lever mask is LEVER_KEYS[i]. */
export const LEVER_KEYS = [
  'commissionBp',
  'paymentFeeBp',
  'cpcScaleBp',
  'returnRateScaleBp',
  'detectionStrictnessBp',
  'settlementDays',
] as const satisfies readonly (keyof Levers)[];
type MissingLever = Exclude<keyof Levers, (typeof LEVER_KEYS)[number]>;
const everyLeverHasABit: MissingLever extends never ? true : false = true;
void everyLeverHasABit;

export const MAX_SEED = 0xffff_ffff;
/** 40 code points of at most 4 UTF-8 bytes each. */
const MAX_NAME_BYTES = 160;

function writeHead(writer: ByteWriter, name: string, seed: number, levers: Partial<Levers>): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new LinkEncodeError(`seed ${seed} is not an integer 0..${MAX_SEED}`);
  }
  writer.u32(seed);
  let mask = 0;
  const values: number[] = [];
  for (const [key, value] of Object.entries(levers)) {
    const bit = LEVER_KEYS.indexOf(key as (typeof LEVER_KEYS)[number]);
    if (bit < 0) throw new LinkEncodeError(`"${key}" is not a lever`);
    const range = LEVER_RANGES[LEVER_KEYS[bit] ?? 'commissionBp'];
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      throw new LinkEncodeError(`lever ${key} = ${value} is outside ${range.min}..${range.max}`);
    }
    mask |= 1 << bit;
    values[bit] = value;
  }
  writer.u8(mask);
  for (let bit = 0; bit < LEVER_KEYS.length; bit++) {
    const value = values[bit];
    if (value !== undefined) writer.varint(value);
  }
  // An empty name is stored empty (one byte) and becomes "Anonymous" when read.
  const clean = sanitizeName(name, '');
  const bytes = new TextEncoder().encode(clean);
  writer.varint(bytes.length);
  writer.raw(bytes);
}

function readHead(reader: ByteReader, fallbackName: string) {
  const seed = reader.u32();
  const mask = reader.u8();
  if (mask >>> LEVER_KEYS.length !== 0) throw new DecodeError('damaged');
  const levers: Partial<Levers> = {};
  LEVER_KEYS.forEach((key, bit) => {
    if ((mask & (1 << bit)) === 0) return;
    const value = reader.varint();
    const range = LEVER_RANGES[key];
    if (value < range.min || value > range.max) throw new DecodeError('damaged');
    levers[key] = value;
  });
  const nameLength = reader.varint();
  if (nameLength > MAX_NAME_BYTES) throw new DecodeError('damaged');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(reader.bytes(nameLength));
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('damaged');
  }
  // Sanitised again on the way in: the link may have been made by anything, not just our encoder.
  return { seed, levers, name: sanitizeName(raw, fallbackName) };
}

function stageMask(stages: readonly StageId[]): number {
  let mask = 0;
  let last = -1;
  for (const stage of stages) {
    const index = STAGE_IDS.indexOf(stage);
    if (index <= last) throw new LinkEncodeError('stages must be known, in order and distinct');
    mask |= 1 << index;
    last = index;
  }
  if (mask === 0) throw new LinkEncodeError('a link needs at least one stage');
  return mask;
}

function requireLevel(levels: LevelSet, stage: StageId): Level {
  const level = levels[stage];
  if (level === undefined) throw new LinkEncodeError(`no level given for stage ${stage}`);
  return level;
}

function readStages(reader: ByteReader): StageId[] {
  const mask = reader.u8();
  if (mask === 0) throw new DecodeError('damaged');
  // The CRC held, so a bit past the four stages is a stage from another game's set, not damage.
  if (mask >>> STAGE_IDS.length !== 0) throw new DecodeError('unknown_stage');
  return STAGE_IDS.filter((_, index) => (mask & (1 << index)) !== 0);
}

const hexHash = (hash: number): string => (hash >>> 0).toString(16).padStart(8, '0');

/** The stored level hash must match the level this page has; checked before the log is read. */
function readLevel(reader: ByteReader, levels: LevelSet, stage: StageId): Level {
  const hash = reader.u32();
  const level = levels[stage];
  if (level === undefined) throw new DecodeError('unknown_stage', { stage });
  const here = levelHash(level);
  if (hash !== here) {
    throw new DecodeError('level_changed', {
      stage,
      linkLevelHash: hexHash(hash),
      pageLevelHash: hexHash(here),
    });
  }
  return level;
}

export function encodeResultBody(
  run: ResultRun,
  levels: LevelSet,
  format: LinkFormat = WRITTEN_FORMAT,
): Uint8Array {
  const writer = new ByteWriter();
  writeHead(writer, run.name, run.seed, run.levers);
  writer.u8(stageMask(run.stages.map((s) => s.stage)));
  for (const { stage, log } of run.stages) {
    const level = requireLevel(levels, stage);
    writer.u32(levelHash(level));
    const logWriter = new ByteWriter();
    if (format === 1) encodeLog(logWriter, level, log);
    else encodeColumns(logWriter, level, log);
    writer.varint(logWriter.length);
    writer.raw(logWriter.finish());
  }
  const stages = run.stages.map((s) => s.stage);
  if (hasExtras(run, stages)) writeExtras(writer, run, stages);
  return writer.finish();
}

export function encodeSessionBody(session: SessionSpec, levels: LevelSet): Uint8Array {
  const writer = new ByteWriter();
  writeHead(writer, session.name, session.seed, session.levers);
  writer.u8(session.language === null ? 0 : LANGUAGES.indexOf(session.language) + 1);
  writer.u8(stageMask(session.stages));
  for (const stage of session.stages) writer.u32(levelHash(requireLevel(levels, stage)));
  return writer.finish();
}

export function decodeBody(
  kind: LinkKind,
  rulesVersion: number,
  body: Uint8Array,
  levels: LevelSet,
  extras = false,
  format: LinkFormat = WRITTEN_FORMAT,
): DecodedLink {
  const reader = new ByteReader(body);
  if (kind === 'session') {
    const head = readHead(reader, '');
    const languageByte = reader.u8();
    const language = languageByte === 0 ? null : LANGUAGES[languageByte - 1];
    if (language === undefined) throw new DecodeError('damaged');
    const stages = readStages(reader);
    for (const stage of stages) readLevel(reader, levels, stage);
    reader.expectEnd();
    return { kind, rulesVersion, ...head, stages, language };
  }
  // Empty stays empty here so that re-encoding reproduces the link; decodeLink names it.
  const head = readHead(reader, '');
  const read: { stage: StageId; level: Level }[] = [];
  const stages = readStages(reader).map((stage) => {
    const level = readLevel(reader, levels, stage);
    read.push({ stage, level });
    const logReader = reader.sub(reader.varint());
    try {
      return {
        stage,
        log: format === 1 ? decodeLog(logReader, level) : decodeColumns(logReader, level),
      };
    } catch (error) {
      if (error instanceof DecodeError && error.detail !== undefined) {
        throw new DecodeError(error.reason, { ...error.detail, stage });
      }
      throw error;
    }
  });
  const more = extras ? readExtras(reader, read) : {};
  reader.expectEnd();
  return { kind, rulesVersion, ...head, stages, ...more };
}
