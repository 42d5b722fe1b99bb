/** The golden-replay file's shape and level fingerprints, shared by scripts/golden.ts and its test. */
import { createHash } from 'node:crypto';
import { canonicalJson, type Level, type PlanStep, type StageId } from '../../src/sim/index';

export interface GoldenCase {
  name: string;
  stage: StageId;
  seed: number;
  plan: PlanStep[];
  expectedHash: string;
  expectedNetProfit: number;
}

export interface GoldenFile {
  rulesVersion: number;
  /** Fingerprints of the level files the cases were computed from, to explain a mismatch. */
  levels: Partial<Record<StageId, string>>;
  cases: GoldenCase[];
}

/** A short fingerprint of a validated level (key order does not matter). */
export function levelFingerprint(level: Level): string {
  return createHash('sha256').update(canonicalJson(level)).digest('hex').slice(0, 16);
}
