/**
 * Golden replays: fixed plans must end in the state hash and net profit pinned in
 * test/golden/replays.json (written by scripts/build/golden.ts). A change means a rule or a level number
 * changed a replay: intended changes bump RULES_VERSION and regenerate the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type GoldenFile, levelFingerprint } from '../fixtures/goldenFile';
import { loadLevel } from './levels';
import {
  RULES_VERSION,
  STAGE_IDS,
  netProfitFen,
  runStage,
  stateHash,
  type Level,
  type StageId,
} from '../../src/sim/index';

const FILE = fileURLToPath(new URL('../golden/replays.json', import.meta.url));
const REGENERATE =
  'bump RULES_VERSION in src/sim/state.ts if rules changed, then regenerate with ' +
  '`npx tsx scripts/build/golden.ts --write` (npm run golden -- --write)';

function readGolden(): GoldenFile | null {
  if (!existsSync(FILE)) return null;
  return JSON.parse(readFileSync(FILE, 'utf8')) as GoldenFile;
}

const golden = readGolden();
const current = golden !== null && golden.rulesVersion === RULES_VERSION;

describe('golden replays', () => {
  it('are pinned to the current RULES_VERSION', () => {
    expect(golden, `test/golden/replays.json is missing: ${REGENERATE}`).not.toBeNull();
    expect(
      golden?.rulesVersion,
      `test/golden/replays.json was made with RULES_VERSION ${golden?.rulesVersion}, ` +
        `the sim is at ${RULES_VERSION}: regenerate with \`npx tsx scripts/build/golden.ts --write\``,
    ).toBe(RULES_VERSION);
    expect(golden?.cases.length ?? 0).toBeGreaterThan(0);
    expect(new Set(golden?.cases.map((c) => c.name)).size, 'case names are unique').toBe(
      golden?.cases.length,
    );
  });

  if (!current) return;
  const levels = new Map<StageId, Level>(STAGE_IDS.map((id) => [id, loadLevel(id)]));

  for (const c of golden.cases) {
    it(c.name, () => {
      const level = levels.get(c.stage);
      if (!level) throw new Error(`unknown stage ${c.stage}`);
      const recorded = golden.levels?.[c.stage];
      const now = levelFingerprint(level);
      const why =
        recorded !== undefined && recorded !== now
          ? `levels/${c.stage}.json changed since the golden file was written; ${REGENERATE}`
          : `the rules changed the result of this replay; ${REGENERATE}`;
      const result = runStage(level, c.seed, c.plan);
      if (!result.ok) {
        throw new Error(
          `plan step ${result.stepIndex} ${JSON.stringify(result.step)} was rejected ` +
            `(${result.error}) on day ${result.state.day}: ${why}`,
        );
      }
      expect(stateHash(result.state), `state hash: ${why}`).toBe(c.expectedHash);
      expect(netProfitFen(result.state.ledger), `net profit: ${why}`).toBe(c.expectedNetProfit);
    });
  }
});
