/**
 * The golden class-market round: the scenario of test/golden/roundScenario.ts cleared from its
 * links, its round hashes and standings pinned in test/golden/round.json.
 *
 *   npm run golden:round              computes the rounds and compares them with the file
 *   npm run golden:round -- --write   writes the file (after the rules or the clearing changed)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { computeRoundGolden, type RoundGolden } from '../test/golden/roundGoldenFile';
import { loadLevel } from './cli/levels';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = fileURLToPath(new URL('../test/golden/round.json', import.meta.url));

const golden = computeRoundGolden(loadLevel(ROOT, 'comprehensive'));
const text = await prettier.format(JSON.stringify(golden), { filepath: FILE });
if (process.argv.includes('--write')) {
  writeFileSync(FILE, text);
  process.stdout.write(
    `wrote test/golden/round.json: ${golden.rounds.map((r) => r.roundHash).join(' ')}\n`,
  );
} else {
  const old = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as RoundGolden) : null;
  const same = old !== null && JSON.stringify(old) === JSON.stringify(golden);
  process.stdout.write(
    same
      ? `test/golden/round.json is current: ${golden.rounds.map((r) => r.roundHash).join(' ')}\n`
      : `test/golden/round.json differs; rewrite it with npm run golden:round -- --write\n`,
  );
  process.exitCode = same ? 0 : 1;
}
