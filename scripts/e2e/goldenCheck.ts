/**
 * Compares what an engine computed for the golden plans with the hashes and net profits pinned in
 * test/golden/replays.json, read at run time (the economy's regenerated file is picked up as is).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldenFile } from '../../test/golden/goldenFile';
import type { EngineRun, GoldenPlan } from './goldenEntry';

export const GOLDEN_FILE = fileURLToPath(
  new URL('../../test/golden/replays.json', import.meta.url),
);

export function readGoldenFile(path: string = GOLDEN_FILE): GoldenFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
}

/** What an engine is given: the plans, without the answers. */
export function goldenPlans(file: GoldenFile): GoldenPlan[] {
  return file.cases.map(({ name, stage, seed, plan }) => ({ name, stage, seed, plan }));
}

export interface EngineVerdict {
  engine: string;
  cases: number;
  matched: number;
  /** One sentence per case that differs, is missing, or could not run. */
  mismatches: string[];
  elapsedMs: number;
}

export function checkEngineRun(engine: string, file: GoldenFile, run: EngineRun): EngineVerdict {
  const mismatches: string[] = [];
  if (run.rulesVersion !== file.rulesVersion) {
    mismatches.push(
      `${engine} ran rules version ${run.rulesVersion}, the golden file is version ${file.rulesVersion}`,
    );
  }
  const byName = new Map(run.cases.map((c) => [c.name, c]));
  let matched = 0;
  for (const expected of file.cases) {
    const got = byName.get(expected.name);
    byName.delete(expected.name);
    if (!got) {
      mismatches.push(`${expected.name}: ${engine} returned no result`);
    } else if (got.error !== null) {
      mismatches.push(`${expected.name}: ${engine} could not replay it (${got.error})`);
    } else if (got.stateHash !== expected.expectedHash) {
      mismatches.push(
        `${expected.name}: ${engine} state hash ${got.stateHash}, pinned ${expected.expectedHash}`,
      );
    } else if (got.netProfitFen !== expected.expectedNetProfit) {
      mismatches.push(
        `${expected.name}: ${engine} net profit ${got.netProfitFen} fen, pinned ${expected.expectedNetProfit}`,
      );
    } else {
      matched += 1;
    }
  }
  for (const name of byName.keys()) mismatches.push(`${name}: ${engine} returned an unknown case`);
  return { engine, cases: file.cases.length, matched, mismatches, elapsedMs: run.elapsedMs };
}

/** One line for the test log: the figures each engine gives. */
export function describeVerdict(verdict: EngineVerdict): string {
  const state = verdict.mismatches.length === 0 ? 'same' : `${verdict.mismatches.length} DIFFER`;
  return `${verdict.engine}: ${verdict.matched}/${verdict.cases} golden replays match (${state}), ${verdict.elapsedMs} ms`;
}
