import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/cli/args';
import { CliError } from '../../scripts/cli/errors';
import { runCli } from '../../scripts/cli/main';
import { parseVerifyArgs } from '../../scripts/cli/verifyArgs';
import { extractLinks, MAX_LINK_FILE_BYTES, readLinkFile } from '../../scripts/cli/verifyInput';
import { runVerifyCli } from '../../scripts/cli/verifyMain';
import { CSV_COLUMNS } from '../../src/classroom/csv';
import { csvCells } from '../fixtures/csv';
import { setLanguage } from '../../src/present/i18n/index';
import { encodeResultLink, LINK_MESSAGES } from '../../src/share/index';
import type { PlanStep } from '../../src/sim';
import { root, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-verify-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function linkFor(name: string, seed = 3): string {
  const made = encodeResultLink(runFromPlans(levels, seed, {}, name, ['traffic']), levels);
  if (!made.ok) throw new Error(made.message);
  return `http://127.0.0.1:5173/${made.link}`;
}
const good = linkFor('Ana');
function linkWithPlan(name: string, plan: PlanStep[]): string {
  const made = encodeResultLink(
    runFromPlans(levels, 3, { traffic: plan }, name, ['traffic']),
    levels,
  );
  if (!made.ok) throw new Error(made.message);
  return `http://127.0.0.1:5173/${made.link}`;
}
const formula = linkFor('=cmd|"/c calc"!A1', 4);

function run(main: typeof runCli, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    root,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}
const verify = (...argv: string[]) => run(runVerifyCli, argv);

// The CLI sets the language for its run; the rest of this file reads English.
afterAll(() => setLanguage('en'));
const sim = (...argv: string[]) => run(runCli, argv);

describe('npm run verify, in process', () => {
  it('prints one line per link in input order, and exits 1 when any fails', () => {
    const result = verify(good, good.slice(0, -10), formula);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^1\. verified: \u2068Ana\u2069 \| traffic \| GMV ¥[\d,]+\.\d\d \| net profit -?¥/,
    );
    expect(lines[1]).toBe(`2. not verified: ${LINK_MESSAGES.truncated}`);
    expect(lines[2]).toMatch(/^3\. verified: \u2068=cmd\|"\/c calc"!A1\u2069 \| traffic/);
    expect(verify(good, good).code).toBe(0);
  });

  it('prints JSON lines with the documented keys', () => {
    const result = verify('--json', good, 'nonsense here');
    const [ok, bad] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(Object.keys(ok)).toEqual(['ok', 'name', 'stages', 'gmv', 'netProfit', 'stateHash']);
    expect(ok).toMatchObject({ ok: true, name: 'Ana', stages: ['traffic'] });
    expect(ok.stateHash).toMatch(/^[0-9a-f]{12}$/);
    expect(bad).toEqual({ ok: false, reason: LINK_MESSAGES.not_a_link });
    expect(result.code).toBe(1);
  });

  it('prints the dashboard’s CSV: its columns, one row per link, formulas neutralised', () => {
    const result = verify('--csv', formula, '#r=AQAB', good, good);
    const rows = result.stdout.split('\r\n');
    // The same columns as the class dashboard's download (src/classroom/csv.ts), in this order.
    const header =
      'line,verified,rank,name,stages,gmv_yuan,net_profit_yuan,margin_percent,stars,outcome,' +
      'penalty_points,penalties_caught,ads_yuan,refunds_yuan,write_offs_yuan,' +
      'fake_order_costs_yuan,fines_and_claims_yuan,staff_yuan,largest_cost_decision,' +
      'largest_cost_decision_yuan,seed,run_codes,duplicates,set_aside,setup,class_setup,reason,link';
    expect(rows[0]).toBe(header);
    expect(header.split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toMatch(
      /^1,yes,[12],"'=cmd\|""\/c calc""!A1",traffic,[\d.]+,-?[\d.]+,-?[\d.]+,\d,\w+,\d+,\d+,/,
    );
    const empties = ','.repeat(CSV_COLUMNS.length - 3);
    expect(rows[2]).toBe(`2,no${empties}${LINK_MESSAGES.truncated},#r=AQAB`);
    // Ana handed in twice: one ranked row with the copy counted, the copy without a rank.
    const cells = csvCells;
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(cells(rows[3])[at('rank')]).toMatch(/^[12]$/);
    expect(cells(rows[3])[at('duplicates')]).toBe('1');
    expect(cells(rows[4])[at('rank')]).toBe('');
    expect(cells(rows[4])[at('run_codes')]).toBe(cells(rows[3])[at('run_codes')]);
    expect(rows[5]).toBe('');
    expect(result.code).toBe(1);
  });

  it('names each student’s costliest decision, as the debrief weighs it, in English or Chinese', () => {
    const heavy = linkWithPlan('Mei', [
      {
        day: 1,
        action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 400_000, bidFen: 300 },
      },
    ]);
    const en = verify('--csv', heavy).stdout.split('\r\n');
    const cellsEn = csvCells(en[1]);
    expect(cellsEn).toHaveLength(CSV_COLUMNS.length);
    expect(cellsEn[CSV_COLUMNS.indexOf('largest_cost_decision')]).toMatch(
      /^Stage 1 · Traffic: ads on the /,
    );
    expect(Number(cellsEn[CSV_COLUMNS.indexOf('largest_cost_decision_yuan')])).toBeLessThan(0);
    const zhOut = verify('--csv', '--lang', 'zh', heavy).stdout.split('\r\n');
    expect(zhOut[0]?.split(',').slice(0, 4)).toEqual(['行号', '已验证', '名次', '姓名']);
    const cellsZh = csvCells(zhOut[1]);
    expect(cellsZh[CSV_COLUMNS.indexOf('verified')]).toBe('是');
    expect(cellsZh[CSV_COLUMNS.indexOf('largest_cost_decision')]).toMatch(/^第一阶段.*投广告/);
    expect(cellsZh[CSV_COLUMNS.indexOf('largest_cost_decision_yuan')]).toBe(
      cellsEn[CSV_COLUMNS.indexOf('largest_cost_decision_yuan')],
    );
    expect(verify('--csv', '--lang', 'fr', heavy)).toMatchObject({ code: 2, stdout: '' });
    expect(verify('--csv', '--lang', 'zh', '--lang=en', heavy).code).toBe(2);
    // The text output stays English whatever --lang says: it is for the terminal, not a sheet.
    expect(verify('--lang', 'zh', heavy).stdout).toMatch(/^1\. verified:/);
  });

  it('reads links from a file: fragments anywhere, bare payloads on their own line', () => {
    const bare = good.slice(good.indexOf('#r=') + 3);
    const text = [
      'name,link',
      `Ana,"${good}"`,
      `Bo said: look ${good}.`,
      bare,
      `"${bare}"`,
      'no link on this line',
      '#s=AAAA',
    ].join('\r\n');
    expect(extractLinks(text)).toEqual([
      good.slice(good.indexOf('#')),
      good.slice(good.indexOf('#')),
      bare,
      bare,
      '#s=AAAA',
    ]);
    const file = join(tmp, 'class.csv');
    writeFileSync(file, `\uFEFF${text}`);
    expect(readLinkFile(file)).toEqual(extractLinks(text));
    const result = verify('--file', file, '--json');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect(result.code).toBe(1);
  });

  it('refuses unusable arguments and files with exit 2 and one line', () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, 'x'.repeat(MAX_LINK_FILE_BYTES + 1));
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, 'nothing to see');
    const cases: [string[], RegExp][] = [
      [[], /no link given/],
      [['--csv', '--json', good], /cannot be combined/],
      [['--file'], /--file needs a value/],
      [['--file', big, '--file', big], /more than once/],
      [['--file', big, good], /not both/],
      [['--fast', good], /unknown option "--fast"/],
      [['--file', big], /larger than the limit/],
      [['--file', empty], /no link found/],
      [['--file', join(tmp, 'missing.txt')], /cannot be read \(no such file\)/],
      [['--file', tmp], /it is a directory/],
    ];
    for (const [argv, message] of cases) {
      const result = verify(...argv);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
    }
    expect(() => parseVerifyArgs(['--json', '--json', 'x'])).toThrow(CliError);
    expect(parseVerifyArgs(['--bogus', '-h'])).toEqual({ kind: 'help' });
    expect(verify('--help').stdout).toMatch(/^Usage: npm run verify/);
  });
});

describe('npm run sim -- --link', () => {
  it('prints the link of the run, which verifies to the same run codes', () => {
    const report = JSON.parse(sim('--stage', 'all', '--seed', '11', '--json').stdout);
    const made = sim('--stage', 'all', '--seed', '11', '--link', '--name', 'Sim <3');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#r=A[A-Za-z0-9_-]+\n$/);
    const checked = verify('--json', made.stdout.trim());
    const line = JSON.parse(checked.stdout);
    expect(line).toMatchObject({ ok: true, name: 'Sim <3', gmv: report.total.gmv });
    expect(line.stateHash).toBe(
      report.stages.map((s: { stateHash: string }) => s.stateHash).join('-'),
    );
  });

  it('parses --link, --name and --base, and refuses them where they make no sense', () => {
    const base = ['--stage', 'traffic', '--seed', '1'];
    expect(parseArgs([...base, '--link', '--base', 'https://x.test/game/'])).toMatchObject({
      link: { name: '', base: 'https://x.test/game/' },
    });
    expect(parseArgs(base)).not.toHaveProperty('link');
    for (const [extra, message] of [
      [['--name', 'x'], /--name only applies to --link/],
      [['--link', '--json'], /drop --json/],
      [['--link', '--base', 'ftp://x'], /--base must be an http/],
      [['--link', '--base', 'http://x.test/#a'], /without a #/],
    ] as const) {
      expect(() => parseArgs([...base, ...extra])).toThrow(message);
    }
    expect(sim(...base, '--link', '--base', 'https://x.test/g').stdout).toMatch(
      /^https:\/\/x\.test\/g#r=/,
    );
  });
});

// Subprocesses cost about a second each: only what needs the real process (exit codes, streams).
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
function spawn(script: string, argv: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', tsxLoader, join(root, 'scripts', 'cli', script), ...argv],
    {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run verify, as a process', () => {
  it('exits 0, 1 and 2 with the contract on its streams', () => {
    const fine = spawn('verify.ts', [good]);
    expect(fine).toMatchObject({ code: 0, stderr: '' });
    expect(fine.stdout).toMatch(/^1\. verified: \u2068Ana\u2069/);
    const mixed = spawn('verify.ts', ['--json', good, `${good}x`]);
    expect(mixed.code).toBe(1);
    expect(
      mixed.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).ok),
    ).toEqual([true, false]);
    const usage = spawn('verify.ts', ['--nope']);
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toMatch(/^error: unknown option "--nope"; see --help\n$/);
  });
});
