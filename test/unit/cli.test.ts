import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SEED, parseArgs } from '../../scripts/cli/args';
import { CliError } from '../../scripts/cli/errors';
import { loadLevels } from '../../scripts/cli/levels';
import { formatActionsMarkdown, formatActionsText } from '../../scripts/cli/listActions';
import { formatStars, formatYuan } from '../../scripts/cli/money';
import { parsePlanValue, readPlanFile, stagePlan } from '../../scripts/cli/plan';
import { checkWaterfall } from '../../scripts/cli/runCampaign';
import { runCli } from '../../scripts/cli/main';
import { runStage, summarizeStage, type Action, type StageSummary } from '../../src/sim/index';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'cli', 'sim.ts');
const levels = loadLevels(root);
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in-process: the same code path as the script, minus the ~1 s process start. */
function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    root,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

// Subprocess runs cost about a second each; only the ones that prove something about the real
// process (exit codes, streams, determinism across processes, cwd independence) use them.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
function spawnCli(argv: string[], cwd = root) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, script, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writePlan(name: string, content: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The contract for every rejected input: exit 2, one stderr line, nothing on stdout, no stack. */
function expectOneLineError(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const order = (qty: number): Action => ({
  ...{ type: 'orderStock', listingId: 'dress', supplierId: 'guangzhou', qty },
  qualityCheck: false,
});

describe('parseArgs', () => {
  it('reads a run in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['--stage', 'traffic', '--seed', '7'])).toEqual({
      ...{ kind: 'run', stages: ['traffic'], seed: 7, planFile: null, json: false },
    });
    expect(parseArgs(['--json', '--seed=0', '--stage=all', '--plan', 'p.json'])).toEqual({
      kind: 'run',
      stages: ['traffic', 'product', 'market', 'comprehensive'],
      ...{ seed: 0, planFile: 'p.json', json: true },
    });
    expect(parseArgs(['--stage', 'market', '--seed', String(MAX_SEED)])).toMatchObject({
      seed: 4_294_967_295,
    });
  });

  it('reads --help (which wins) and --list-actions', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--stage', 'nope', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--list-actions'])).toEqual({ kind: 'listActions', markdown: false });
    expect(parseArgs(['--markdown', '--list-actions'])).toEqual({
      ...{ kind: 'listActions', markdown: true },
    });
  });

  it.each([
    [['--bogus'], 'unknown option "--bogus"'],
    [['--stage', 'all'], '--seed is required'],
    [['--seed', '1'], '--stage is required'],
    [[], '--stage and --seed are required'],
    [['--stage', 'all', '--seed', 'x'], 'integer from 0 to 4294967295, not "x"'],
    [['--stage', 'all', '--seed', '-1'], 'not "-1"'],
    [['--stage', 'all', '--seed', '1e3'], 'not "1e3"'],
    [['--stage', 'all', '--seed', '7.0'], 'not "7.0"'],
    [['--stage', 'all', '--seed', '4294967296'], 'not "4294967296"'],
    [['--stage', 'shop', '--seed', '1'], 'one of traffic, product, market, comprehensive or all'],
    [['--stage', 'all', '--seed'], '--seed needs a value'],
    [['--stage', 'all', '--seed', '--json'], '--seed needs a value'],
    [['--stage=', '--seed', '1'], '--stage needs a value'],
    [['--stage', 'all', '--stage', 'traffic', '--seed', '1'], '--stage is given more than once'],
    [['--json=yes'], '--json takes no value'],
    [['--stage', 'all', '--seed', '1', 'extra'], 'unexpected argument "extra"'],
    [['--markdown'], '--markdown only applies to --list-actions'],
    [['--list-actions', '--json'], '--list-actions cannot be combined with --json'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('plan validation', () => {
  const entry = (stage: string, day: unknown, action: unknown) => ({ stage, day, action });
  const firstError = (value: unknown) => {
    const result = parsePlanValue(value, levels);
    if (result.ok) throw new Error('expected a plan error');
    return `${result.error.path}: ${result.error.message}`;
  };

  it('accepts valid entries, keeps file positions and splits them by stage', () => {
    const ads = { type: 'setAds', listingId: 'tee', dailyBudgetFen: 100, bidFen: 50 };
    const result = parsePlanValue(
      [entry('traffic', 5, ads), entry('product', 1, order(300)), entry('traffic', 2, ads)],
      levels,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const traffic = stagePlan(result.entries, 'traffic');
    expect(traffic.indices).toEqual([0, 2]);
    expect(traffic.steps.map((s) => s.day)).toEqual([5, 2]);
    expect(stagePlan(result.entries, 'market').steps).toEqual([]);
  });

  it.each([
    [{}, 'plan: Expected a list of plan entries, not an object'],
    [[7], 'plan[0]: Expected an object with stage, day and action, not 7'],
    [[{ ...entry('traffic', 1, {}), note: 1 }], 'plan[0].note: Unknown key'],
    [[{ stage: 'traffic', action: {} }], 'plan[0].day: The entry is missing its day field'],
    [[entry('shop', 1, {})], 'plan[0].stage: "shop" is not a stage'],
    [[entry('traffic', 0, {})], 'plan[0].day: 0 is below the first day 1'],
    [[entry('traffic', 41, {})], 'plan[0].day: 41 is after the last day of stage traffic, 40'],
    [[entry('traffic', 1.5, {})], 'plan[0].day: 1.5 is not a whole number'],
    [[entry('traffic', '3', {})], 'plan[0].day: Expected a day number, not "3"'],
    [[entry('product', 2, order(5_000_000))], 'action.qty: 5000000 is above the maximum 100000'],
    [[entry('traffic', 1, { type: 'fly' })], 'plan[0].action.type: "fly" is not a known action'],
    [[entry('traffic', 1, { type: 'advanceDay' })], 'advanceDay cannot appear in a plan'],
    [[entry('traffic', 1, order(300))], 'orderStock is not enabled in stage traffic'],
    [
      [entry('traffic', 1, { type: 'cancelPlan', listingId: 'dress' })],
      'plan[0].action.listingId: Stage traffic has no listing "dress" (it has: tee)',
    ],
  ])('rejects %j', (value, message) => {
    expect(firstError(value)).toContain(message);
  });

  it('reports the position of the first bad entry in a longer plan', () => {
    const ok = entry('traffic', 1, { type: 'cancelPlan', listingId: 'tee' });
    expect(firstError([ok, ok, ok, entry('product', 3, order(5_000_000))])).toBe(
      'plan[3].action.qty: 5000000 is above the maximum 100000',
    );
  });

  it('reads files: missing, invalid JSON, too large and a byte-order mark', () => {
    expect(() => readPlanFile(join(tmp, 'absent.json'), levels)).toThrow(
      /absent\.json: cannot be read \(no such file\)$/,
    );
    expect(() => readPlanFile(writePlan('bad.json', '[{"stage":}]'), levels)).toThrow(
      /bad\.json: not valid JSON/,
    );
    const big = writePlan('big.json', `[${' '.repeat(1024 * 1024)}]`);
    expect(() => readPlanFile(big, levels)).toThrow(/larger than the limit of 1048576 bytes/);
    expect(readPlanFile(writePlan('bom.json', '\uFEFF[]'), levels)).toEqual([]);
  });
});

describe('formatting and invariants', () => {
  it('writes yuan with grouping and a leading minus, stars out of three', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(-143_259)).toBe('-¥1,432.59');
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
    expect(formatStars(2)).toBe('★★☆');
    expect(formatStars(0)).toBe('☆☆☆');
  });

  it('refuses a waterfall that does not add up to net profit', () => {
    const run = runStage(levels.traffic, 1, levels.traffic.defaultPlan);
    if (!run.ok) throw new Error(run.error);
    const summary = summarizeStage(levels.traffic, run.state);
    expect(() => checkWaterfall(summary)).not.toThrow();
    const broken: StageSummary = { ...summary, netProfit: summary.netProfit + 1 };
    expect(() => checkWaterfall(broken)).toThrow(/sums to/);
  });

  it('keeps docs/ACTIONS.md equal to the generated reference', () => {
    const committed = readFileSync(join(root, 'docs', 'ACTIONS.md'), 'utf8');
    // If this fails: npm run sim -- --list-actions --markdown > docs/ACTIONS.md
    expect(committed).toBe(formatActionsMarkdown(levels));
    const text = formatActionsText(levels);
    expect(text).toContain('supplierNegotiation: volumePrice, longerTerms, keep (default)');
    expect(text).toMatch(/setStaff — .*\n {2}stages: comprehensive\n/);
  });
});

describe('runCli in-process', () => {
  it('prints the table in yuan, and JSON without a campaign for one stage', () => {
    const table = cli('--stage', 'traffic', '--seed', '7');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Stage 1 · Traffic \(traffic, 40 of 40 days\)/);
    expect(table.stdout).toMatch(/Run code: [0-9a-f]+/);
    expect(table.stdout).toMatch(/ {4}Net profit +-?¥[\d,]+\.\d\d\n/);
    const json = JSON.parse(cli('--stage', 'traffic', '--seed', '7', '--json').stdout);
    expect(Object.keys(json)).toEqual(['rulesVersion', 'seed', 'stages', 'total']);
  });

  it.each([
    [['--stage', 'all', '--seed', '1', '--plan', join(tmp, 'absent.json')], 'cannot be read'],
    [['--stage', 'all', '--seed', '1', '--plan', 'INVALID'], 'not valid JSON'],
    [['--stage', 'all', '--seed', '1', '--plan', 'RANGE'], 'plan[0].action.qty: 5000000 is above'],
    [['--stage', 'all', '--seed', '1', '--plan', 'TYPE'], 'plan[0].action.type: "fly" is not'],
    [['--stage', 'all', '--seed', 'x'], '--seed must be an integer'],
    [['--stage', 'mall', '--seed', '1'], '--stage must be one of'],
  ])('rejects %j with one line', (argv, message) => {
    const files: Record<string, string> = {
      INVALID: writePlan('invalid.json', '[{"stage": "traffic",]'),
      RANGE: writePlan('range.json', [{ stage: 'product', day: 1, action: order(5_000_000) }]),
      TYPE: writePlan('type.json', [{ stage: 'traffic', day: 1, action: { type: 'fly' } }]),
    };
    const result = cli(...argv.map((arg) => files[arg] ?? arg));
    expectOneLineError(result);
    expect(result.stderr).toContain(message);
  });

  it('names the plan entry, day, action and sim code of an illegal action', () => {
    const plan = writePlan('moq.json', [{ stage: 'product', day: 4, action: order(10) }]);
    const result = cli('--stage', 'product', '--seed', '1', '--plan', plan);
    expectOneLineError(result);
    expect(result.stderr).toMatch(
      /^error: plan\[0\] \(stage product, day 4, orderStock\): below_moq — .*minimum order/,
    );
    // Entries for stages that are not run are validated but never applied.
    expect(cli('--stage', 'traffic', '--seed', '1', '--plan', plan).code).toBe(0);
  });

  it('prints usage for --help and stops at a broken level file', () => {
    expect(cli('--help')).toMatchObject({ code: 0, stderr: '' });
    expect(cli('--help').stdout).toMatch(/^Usage: npm run sim -- --stage STAGE --seed N/);
    const brokenRoot = join(tmp, 'broken');
    mkdirSync(join(brokenRoot, 'levels'), { recursive: true });
    writeFileSync(join(brokenRoot, 'levels', 'traffic.json'), '{"id": "traffic"}');
    let stderr = '';
    const code = runCli(['--stage', 'traffic', '--seed', '1'], {
      ...{ root: brokenRoot, stdout: () => undefined, stderr: (text) => (stderr += text) },
    });
    expectOneLineError({ code, stdout: '', stderr });
    expect(stderr).toMatch(/^error: levels\/traffic\.json: \$/);
  });

  it('turns unexpected failures into one internal line with exit code 1', () => {
    const result = runCli(['--help'], {
      root,
      stdout: () => {
        throw new Error('disk full\n  at somewhere');
      },
      stderr: (text) => expect(text).toBe('error: internal: disk full at somewhere\n'),
    });
    expect(result).toBe(1);
  });
});

describe('sim CLI as a process', () => {
  let seven = '';

  it('prints identical JSON on every run, in whole fen, with consistent waterfalls', () => {
    const first = spawnCli(['--stage', 'all', '--seed', '7', '--json']);
    const second = spawnCli(['--stage', 'all', '--seed', '7', '--json']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    seven = first.stdout;
    const report = JSON.parse(first.stdout);
    expect(report.seed).toBe(7);
    expect(report.stages.map((s: StageSummary) => s.stage)).toEqual([
      ...['traffic', 'product', 'market', 'comprehensive'],
    ]);
    expect(['trapped', 'bankrupt', 'escaped']).toContain(report.campaign.outcome);
    let gmv = 0;
    for (const stage of report.stages as StageSummary[]) {
      const money = [stage.gmv, stage.netProfit, stage.cashEnd, stage.cashMin];
      for (const amount of [...money, ...stage.waterfall.map((w) => w.amount)]) {
        expect(Number.isSafeInteger(amount)).toBe(true);
      }
      expect(stage.waterfall[0]).toEqual({ line: 'gmv', amount: stage.gmv });
      expect(stage.waterfall.reduce((sum, w) => sum + w.amount, 0)).toBe(stage.netProfit);
      gmv += stage.gmv;
    }
    expect(report.total.gmv).toBe(gmv);
  });

  it('gives different numbers for another seed', () => {
    const other = JSON.parse(cli('--stage', 'all', '--seed', '8', '--json').stdout);
    const base = JSON.parse(seven);
    expect(other.stages.map((s: StageSummary) => s.stateHash)).not.toEqual(
      base.stages.map((s: StageSummary) => s.stateHash),
    );
    expect(other.total.gmv).not.toBe(base.total.gmv);
  });

  it('reproduces an in-process run from a plan file, from any working directory', () => {
    const level = levels.traffic;
    const decisions: Action[] = [
      { type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 120 },
      { type: 'startPlan', listingId: 'tee', plan: 'spiral' },
      { type: 'setDiscount', listingId: 'tee', discountBp: 1_000 },
      { type: 'cancelPlan', listingId: 'tee' },
      { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 5, adPerDay: 2 },
    ];
    const days = [1, 3, 6, 8, 12];
    const run = runStage(
      level,
      2,
      decisions.map((action, i) => ({ day: days[i] ?? 1, action })),
    );
    if (!run.ok) throw new Error(`plan failed: ${run.error}`);
    // The log holds every action including event answers; a day passes at each advanceDay.
    const plan: { stage: string; day: number; action: Action }[] = [];
    let day = 1;
    for (const action of run.log) {
      if (action.type === 'advanceDay') day += 1;
      else plan.push({ stage: 'traffic', day, action });
    }
    const file = writePlan('replay.json', plan);
    const result = spawnCli(['--stage', 'traffic', '--seed', '2', '--plan', file, '--json'], tmp);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [stage] = JSON.parse(result.stdout).stages as StageSummary[];
    expect(stage?.stateHash).toBe(summarizeStage(level, run.state).stateHash);
  });

  it('fails with exit code 2 and one line for bad input and an illegal action', () => {
    const flag = spawnCli(['--stage', 'all', '--seed', '7', '--fast']);
    expectOneLineError(flag);
    expect(flag.stderr).toBe('error: unknown option "--fast"; see --help\n');
    const plan = writePlan('cash.json', [{ stage: 'product', day: 1, action: order(100_000) }]);
    const illegal = spawnCli(['--stage', 'all', '--seed', '7', '--plan', plan]);
    expectOneLineError(illegal);
    expect(illegal.stderr).toMatch(/^error: plan\[0\] \(stage product, day 1, orderStock\): /);
    expect(illegal.stderr).toContain('insufficient_cash');
  });
});
