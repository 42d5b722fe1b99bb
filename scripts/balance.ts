/**
 * npm run balance [-- --seeds N] [--from S] [--stage ID]: runs the named strategies of
 * test/fixtures/strategies over N seeds per stage (default 20, seeds S..S+N-1), prints per strategy
 * the median and range of GMV, net, margin, lowest cash and rank, the share of seeds caught or
 * closed, then every lesson check as PASS or FAIL. Exits 1 when a check fails.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { STAGE_IDS, type Level, type StageId } from '../src/sim/index';
import {
  ALL_STRATEGIES,
  CHECKS,
  runStrategy,
  shareOf,
  type RunResult,
  type StageRuns,
} from '../test/fixtures/strategies';
import { loadLevel } from './cli/levels';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function intArg(name: string, fallback: number, min: number, max: number): number {
  const raw = argValue(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`${name} must be a whole number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return value;
}

const seedCount = intArg('--seeds', 20, 1, 1000);
const firstSeed = intArg('--from', 1, 0, 1_000_000);
const stageArg = argValue('--stage');
if (stageArg !== undefined && !(STAGE_IDS as readonly string[]).includes(stageArg)) {
  process.stderr.write(`--stage must be one of ${STAGE_IDS.join(', ')}\n`);
  process.exit(2);
}
const stages = STAGE_IDS.filter((id) => stageArg === undefined || id === stageArg);
const seeds = Array.from({ length: seedCount }, (_, i) => firstSeed + i);

const yuan = (fen: number) => `${Math.round(fen / 100)}`;
const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

function spread(values: number[], show: (x: number) => string): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${show(mid)} [${show(sorted[0] ?? 0)}..${show(sorted[sorted.length - 1] ?? 0)}]`;
}

const started = performance.now();
let failed = 0;
for (const stage of stages) {
  const base = loadLevel(ROOT, stage as StageId);
  const runs: Record<string, RunResult[]> = {};
  console.log(`\n== ${stage} (seeds ${firstSeed}..${firstSeed + seedCount - 1}; yuan) ==`);
  console.log(
    [
      'strategy'.padEnd(14),
      'GMV'.padEnd(26),
      'net'.padEnd(26),
      'margin'.padEnd(24),
      'lowest cash-credit'.padEnd(26),
      'rank end'.padEnd(16),
      'caught',
      'closed',
    ].join(' '),
  );
  for (const strategy of ALL_STRATEGIES.filter((s) => s.stage === stage)) {
    let level: Level = base;
    if (strategy.tweak) {
      level = structuredClone(base);
      strategy.tweak(level);
    }
    const results = seeds.map((seed) => runStrategy(level, strategy, seed));
    runs[strategy.name] = results;
    const closedShare = shareOf(results, (r) => r.closed || r.bankrupt);
    console.log(
      [
        strategy.name.padEnd(14),
        spread(
          results.map((r) => r.gmv),
          yuan,
        ).padEnd(26),
        spread(
          results.map((r) => r.net),
          yuan,
        ).padEnd(26),
        spread(
          results.map((r) => r.marginBp),
          pct,
        ).padEnd(24),
        spread(
          results.map((r) => r.cashMin),
          yuan,
        ).padEnd(26),
        spread(
          results.map((r) => r.rankEnd),
          String,
        ).padEnd(16),
        `${Math.round(shareOf(results, (r) => r.caught) * 100)}%`.padEnd(6),
        `${Math.round(closedShare * 100)}%`,
      ].join(' '),
    );
  }
  const stageRuns: StageRuns = runs;
  for (const check of CHECKS.filter((c) => c.stage === stage)) {
    const { pass, detail } = check.evaluate(stageRuns);
    if (!pass) failed += 1;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${check.name}: ${detail}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${failed === 0 ? 'all checks pass' : `${failed} check(s) fail`} · ${seconds.toFixed(1)} s`,
);
process.exitCode = failed === 0 ? 0 : 1;
