/**
 * The golden class-market round: the scenario's round hashes and standings pinned in
 * test/golden/round.json (written by scripts/roundGolden.ts). A rules or clearing change moves
 * them: bump RULES_VERSION where the rules changed, then `npm run golden:round -- --write`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeRoundGolden, type RoundGolden } from '../golden/roundGoldenFile';
import { loadLevel } from './levels';

const FILE = fileURLToPath(new URL('../golden/round.json', import.meta.url));

describe('golden class-market round', () => {
  it('clears to the pinned round hashes and standings', () => {
    const pinned = JSON.parse(readFileSync(FILE, 'utf8')) as RoundGolden;
    const now = computeRoundGolden(loadLevel('comprehensive'));
    const why =
      pinned.rulesVersion !== now.rulesVersion || pinned.level !== now.level
        ? 'the rules version or the Stage 4 level changed: regenerate with npm run golden:round -- --write'
        : 'the clearing changed the golden round: regenerate with npm run golden:round -- --write if intended';
    expect(now, why).toEqual(pinned);
  });
});
