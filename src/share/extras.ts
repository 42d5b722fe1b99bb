import { STAGE_IDS, type Level, type StageId } from '../sim/level';
import { LinkEncodeError } from './actionCodec';
import type { ByteReader, ByteWriter } from './bytes';
import { DecodeError } from './bytes';
import { sanitizeName } from './names';

/**
 * What a result link may carry beyond the decisions (FORMAT.md, "Extras"): that the run is a
 * what-if forked from another at a given day, and the player's short answers to the debrief's
 * reflection prompt. Both are optional; a link with neither is laid out exactly as before.
 */
export interface RunExtras {
  /** A what-if: days 1..forkDay of `stage` were played as in another run, then changed. */
  whatIf?: { stage: StageId; forkDay: number };
  /** The answer to each stage's reflection prompt: text only, sanitised and capped. */
  reflections?: Partial<Record<StageId, string>>;
}

export const MAX_REFLECTION_CODE_POINTS = 140;
/** 140 code points of at most 4 UTF-8 bytes each. */
const MAX_REFLECTION_BYTES = 560;

const HAS_WHAT_IF = 1;
const HAS_REFLECTIONS = 2;

/** A reflection as it may travel: like a name, on one line, but up to 140 code points. */
export function sanitizeReflection(raw: string): string {
  return sanitizeName(raw, '', MAX_REFLECTION_CODE_POINTS);
}

function reflectionsOf(extras: RunExtras, stages: readonly StageId[]): [StageId, string][] {
  const out: [StageId, string][] = [];
  for (const stage of stages) {
    const text = sanitizeReflection(extras.reflections?.[stage] ?? '');
    if (text !== '') out.push([stage, text]);
  }
  return out;
}

export function hasExtras(extras: RunExtras, stages: readonly StageId[]): boolean {
  return extras.whatIf !== undefined || reflectionsOf(extras, stages).length > 0;
}

export function writeExtras(
  writer: ByteWriter,
  extras: RunExtras,
  stages: readonly StageId[],
): void {
  const reflections = reflectionsOf(extras, stages);
  const whatIf = extras.whatIf;
  writer.u8((whatIf ? HAS_WHAT_IF : 0) | (reflections.length > 0 ? HAS_REFLECTIONS : 0));
  if (whatIf) {
    if (!stages.includes(whatIf.stage)) {
      throw new LinkEncodeError(`the what-if's stage ${whatIf.stage} is not in the run`);
    }
    if (!Number.isInteger(whatIf.forkDay) || whatIf.forkDay < 1) {
      throw new LinkEncodeError(`the what-if's fork day ${whatIf.forkDay} is not a day`);
    }
    writer.u8(STAGE_IDS.indexOf(whatIf.stage));
    writer.varint(whatIf.forkDay);
  }
  if (reflections.length > 0) {
    let mask = 0;
    for (const [stage] of reflections) mask |= 1 << STAGE_IDS.indexOf(stage);
    writer.u8(mask);
    for (const [, text] of reflections) {
      const bytes = new TextEncoder().encode(text);
      writer.varint(bytes.length);
      writer.raw(bytes);
    }
  }
}

function readText(reader: ByteReader): string {
  const length = reader.varint();
  if (length === 0 || length > MAX_REFLECTION_BYTES) throw new DecodeError('damaged');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(reader.bytes(length));
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('damaged');
  }
}

/** Reads what writeExtras wrote; anything out of place is damage, as everywhere in a link. */
export function readExtras(
  reader: ByteReader,
  stages: readonly { stage: StageId; level: Level }[],
): RunExtras {
  const flags = reader.u8();
  if (flags === 0 || (flags & ~(HAS_WHAT_IF | HAS_REFLECTIONS)) !== 0) {
    throw new DecodeError('damaged');
  }
  const extras: RunExtras = {};
  if ((flags & HAS_WHAT_IF) !== 0) {
    const stage = STAGE_IDS[reader.u8()];
    const level = stages.find((s) => s.stage === stage)?.level;
    const forkDay = reader.varint();
    if (stage === undefined || level === undefined || forkDay < 1 || forkDay >= level.days) {
      throw new DecodeError('damaged');
    }
    extras.whatIf = { stage, forkDay };
  }
  if ((flags & HAS_REFLECTIONS) !== 0) {
    const mask = reader.u8();
    const inRun = stages.map((s) => s.stage);
    const chosen = STAGE_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
    if (mask === 0 || mask >>> STAGE_IDS.length !== 0 || chosen.some((s) => !inRun.includes(s))) {
      throw new DecodeError('damaged');
    }
    const reflections: Partial<Record<StageId, string>> = {};
    for (const stage of chosen) {
      // Sanitised again on the way in: the link may have been made by anything.
      const text = sanitizeReflection(readText(reader));
      if (text === '') throw new DecodeError('damaged');
      reflections[stage] = text;
    }
    extras.reflections = reflections;
  }
  return extras;
}
