/**
 * Golden replays: fixed plans whose final state hash and net profit are pinned in
 * test/golden/replays.json, so any change to a replay's result is noticed (test/unit/golden.test.ts).
 *
 *   npx tsx scripts/build/golden.ts            computes the cases and compares them with the file
 *   npx tsx scripts/build/golden.ts --write    writes the file (after RULES_VERSION was bumped)
 *
 * The file records the RULES_VERSION it was made with. Rewriting a file of the current version
 * would hide a rule change that forgot the bump, so --write refuses unless also given
 * --same-version-during-development (while the numbers are still being calibrated).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { type GoldenCase, type GoldenFile, levelFingerprint } from '../../test/fixtures/goldenFile';
import { loadLevel as loadLevelFrom } from '../cli/levels';
import {
  RULES_VERSION,
  STAGE_IDS,
  netProfitFen,
  runStage,
  stateHash,
  type Action,
  type Level,
  type PlanStep,
  type StageId,
} from '../../src/sim/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = fileURLToPath(new URL('../../test/golden/replays.json', import.meta.url));
const loadLevel = (id: StageId): Level => loadLevelFrom(ROOT, id);
const SAME_VERSION_FLAG = '--same-version-during-development';

const at = (day: number, action: Action): PlanStep => ({ day, action });

/** Plans that push one part of the rules hard; each must run to the end without a rejected step. */
const BUSY_PLANS: { name: string; stage: StageId; seed: number; plan: PlanStep[] }[] = [
  {
    name: 'traffic heavy ads and discounts',
    stage: 'traffic',
    seed: 11,
    plan: [
      at(1, { type: 'setAds', listingId: 'tee', dailyBudgetFen: 200_000, bidFen: 300 }),
      at(5, { type: 'setDiscount', listingId: 'tee', discountBp: 1_500 }),
      at(12, { type: 'setAds', listingId: 'tee', dailyBudgetFen: 80_000, bidFen: 150 }),
      at(20, { type: 'setDiscount', listingId: 'tee', discountBp: 3_000 }),
      at(28, { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 100 }),
      at(30, { type: 'setDiscount', listingId: 'tee', discountBp: 0 }),
    ],
  },
  {
    name: 'traffic fake orders and rank plans',
    stage: 'traffic',
    seed: 12,
    plan: [
      at(1, { type: 'setAds', listingId: 'tee', dailyBudgetFen: 30_000, bidFen: 120 }),
      at(2, { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 4, adPerDay: 2 }),
      at(4, { type: 'startPlan', listingId: 'tee', plan: 'ramp123' }),
      at(12, { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 0, adPerDay: 0 }),
      at(20, { type: 'startPlan', listingId: 'tee', plan: 'spiral' }),
      at(30, { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 1, adPerDay: 1 }),
    ],
  },
  {
    name: 'product design, stock orders and clearance',
    stage: 'product',
    seed: 13,
    plan: [
      at(1, { type: 'setDesign', listingId: 'dress', materialId: 'linen', styleId: 'aline' }),
      at(1, {
        ...{ type: 'orderStock', listingId: 'dress', supplierId: 'yiwu', qty: 120 },
        qualityCheck: true,
      }),
      at(1, {
        ...{ type: 'orderStock', listingId: 'dress', supplierId: 'guangzhou', qty: 1_000 },
        qualityCheck: false,
      }),
      at(6, { type: 'setAds', listingId: 'dress', dailyBudgetFen: 40_000, bidFen: 150 }),
      at(8, { type: 'setPrice', listingId: 'dress', priceFen: 13_900 }),
      at(15, {
        ...{ type: 'orderStock', listingId: 'dress', supplierId: 'hangzhou', qty: 400 },
        qualityCheck: true,
      }),
      at(25, { type: 'setDiscount', listingId: 'dress', discountBp: 1_000 }),
      at(40, { type: 'clearStock', listingId: 'dress', qty: 100 }),
    ],
  },
  {
    name: 'market copy and claims',
    stage: 'market',
    seed: 14,
    plan: [
      at(1, {
        ...{ type: 'copyCompetitor', listingId: 'tote', competitorId: 'moon-tote' },
        differentiationBp: 1_500,
      }),
      at(1, { type: 'setClaims', listingId: 'tote', superlative: true, materialClaim: true }),
      at(1, { type: 'setAds', listingId: 'tote', dailyBudgetFen: 40_000, bidFen: 150 }),
      at(10, { type: 'setPrice', listingId: 'tote', priceFen: 6_500 }),
      at(20, { type: 'setClaims', listingId: 'tote', superlative: false, materialClaim: true }),
      at(25, { type: 'setDiscount', listingId: 'tote', discountBp: 800 }),
    ],
  },
  {
    name: 'comprehensive staff, credit and fakes',
    stage: 'comprehensive',
    seed: 15,
    plan: [
      ...['tee', 'dress', 'tote'].map((listingId) =>
        at(1, { type: 'setAds', listingId, dailyBudgetFen: 60_000, bidFen: 150 }),
      ),
      at(1, { type: 'setStaff', role: 'customerService', headcount: 5 }),
      at(1, { type: 'setStaff', role: 'warehouse', headcount: 2 }),
      at(2, { type: 'drawCredit', amountFen: 5_000_000 }),
      at(3, {
        ...{ type: 'orderStock', listingId: 'tee', supplierId: 'guangzhou', qty: 3_000 },
        qualityCheck: true,
      }),
      at(3, {
        ...{ type: 'orderStock', listingId: 'tote', supplierId: 'ningbo', qty: 2_000 },
        qualityCheck: false,
      }),
      at(4, { type: 'setFakeOrders', listingId: 'dress', searchPerDay: 3, adPerDay: 0 }),
      at(10, { type: 'setFakeOrders', listingId: 'dress', searchPerDay: 0, adPerDay: 0 }),
      at(12, { type: 'setStaff', role: 'operator', headcount: 2 }),
      at(20, { type: 'repayCredit', amountFen: 2_000_000 }),
      at(30, { type: 'setStaff', role: 'customerService', headcount: 3 }),
      at(35, { type: 'setDiscount', listingId: 'tee', discountBp: 2_000 }),
      at(40, { type: 'setPrice', listingId: 'tote', priceFen: 7_900 }),
      at(50, { type: 'clearStock', listingId: 'tee', qty: 200 }),
    ],
  },
];

/** The cases: each stage's default plan at two seeds, then the busy plans. */
function goldenPlans(levels: Record<StageId, Level>) {
  const cases: { name: string; stage: StageId; seed: number; plan: PlanStep[] }[] = [];
  for (const stage of STAGE_IDS) {
    for (const seed of [1, 2]) {
      const plan = levels[stage].defaultPlan;
      cases.push({ name: `${stage} default plan, seed ${seed}`, stage, seed, plan });
    }
  }
  return [...cases, ...BUSY_PLANS];
}

/** What each case's run did, for the console (not stored). */
const runNotes = new Map<string, string>();

function computeFile(): GoldenFile {
  const levels = Object.fromEntries(STAGE_IDS.map((id) => [id, loadLevel(id)])) as Record<
    StageId,
    Level
  >;
  const cases: GoldenCase[] = [];
  for (const { name, stage, seed, plan } of goldenPlans(levels)) {
    const result = runStage(levels[stage], seed, plan);
    if (!result.ok) {
      throw new Error(
        `${name}: step ${result.stepIndex} ${JSON.stringify(result.step)} was rejected ` +
          `(${result.error}) on day ${result.state.day}; fix the plan in scripts/build/golden.ts`,
      );
    }
    const { state } = result;
    const events = result.log.filter((a) => a.type === 'respondEvent').length;
    runNotes.set(
      name,
      `${state.outcome}, ${state.totals.orders} orders, ${state.totals.fakeOrders} fakes, ` +
        `${state.totals.penalties} penalties, ${events} events`,
    );
    cases.push({
      name,
      stage,
      seed,
      plan,
      expectedHash: stateHash(result.state),
      expectedNetProfit: netProfitFen(result.state.ledger),
    });
  }
  const fingerprints: GoldenFile['levels'] = {};
  for (const id of STAGE_IDS) fingerprints[id] = levelFingerprint(levels[id]);
  return { rulesVersion: RULES_VERSION, levels: fingerprints, cases };
}

function readExisting(): GoldenFile | null {
  if (!existsSync(FILE)) return null;
  return JSON.parse(readFileSync(FILE, 'utf8')) as GoldenFile;
}

async function formatJson(value: unknown): Promise<string> {
  const options = (await prettier.resolveConfig(FILE)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}

function describeChanges(before: GoldenFile | null, after: GoldenFile): string[] {
  const lines: string[] = [];
  const old = new Map((before?.cases ?? []).map((c) => [c.name, c]));
  for (const c of after.cases) {
    const prev = old.get(c.name);
    const net = `${(c.expectedNetProfit / 100).toFixed(2)} yuan (${runNotes.get(c.name) ?? ''})`;
    if (!prev) lines.push(`  new      ${c.name}: ${c.expectedHash}, net ${net}`);
    else if (prev.expectedHash !== c.expectedHash || prev.expectedNetProfit !== c.expectedNetProfit)
      lines.push(`  changed  ${c.name}: ${prev.expectedHash} -> ${c.expectedHash}, net ${net}`);
    else lines.push(`  same     ${c.name}: ${c.expectedHash}, net ${net}`);
    old.delete(c.name);
  }
  for (const name of old.keys()) lines.push(`  removed  ${name}`);
  return lines;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const sameVersion = args.includes(SAME_VERSION_FLAG);
  const unknown = args.filter((a) => a !== '--write' && a !== SAME_VERSION_FLAG);
  if (unknown.length > 0) {
    console.error(`unknown argument(s): ${unknown.join(' ')}`);
    console.error(`usage: npx tsx scripts/build/golden.ts [--write [${SAME_VERSION_FLAG}]]`);
    return 2;
  }
  const path = relative(ROOT, FILE);
  const existing = readExisting();
  const next = computeFile();
  const text = await formatJson(next);
  const upToDate = existing !== null && readFileSync(FILE, 'utf8') === text;
  console.log(`${path}: RULES_VERSION ${RULES_VERSION}, ${next.cases.length} cases`);
  for (const line of describeChanges(existing, next)) console.log(line);
  if (upToDate) {
    console.log('up to date; nothing to write');
    return 0;
  }
  if (!write) {
    console.log('differs from the file; run with --write to update it');
    return 1;
  }
  if (existing !== null && existing.rulesVersion === RULES_VERSION) {
    if (!sameVersion) {
      console.error(
        `refusing to overwrite ${path}: it was made with the current RULES_VERSION ` +
          `(${RULES_VERSION}). If rules or level numbers changed a replay, bump RULES_VERSION in ` +
          `src/sim/state.ts and run again; while calibrating, pass ${SAME_VERSION_FLAG}.`,
      );
      return 1;
    }
    console.warn(
      `WARNING: overwriting golden replays of the same RULES_VERSION (${RULES_VERSION}) ` +
        `(${SAME_VERSION_FLAG}); saved replays of this version may no longer reproduce.`,
    );
  }
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, text);
  console.log(`wrote ${path}`);
  return 0;
}

process.exitCode = await main();
