import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLevels } from '../../scripts/cli/levels';
import { runCli } from '../../scripts/cli/main';
import { attributeDecisions, forkRun, runStage, stateHash } from '../../src/sim/index';

const root = fileURLToPath(new URL('../../', import.meta.url));
const levels = loadLevels(root);
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-cli-decisions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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

function writePlan(name: string, value: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const heavyAds = {
  type: 'setAds',
  listingId: 'tee',
  dailyBudgetFen: 400_000,
  bidFen: 300,
} as const;
const heavyPlan = writePlan('heavy.json', [{ stage: 'traffic', day: 3, action: heavyAds }]);
const cutAds = { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 300 } as const;
const planB = writePlan('cut.json', [{ stage: 'traffic', day: 11, action: cutAds }]);

describe('npm run sim -- --json: decisions', () => {
  it('lists each decision with its span, effects and lines, as the sim attributes them', () => {
    const out = cli('--stage', 'traffic', '--seed', '7', '--plan', heavyPlan, '--json');
    expect(out.code).toBe(0);
    const [stage] = JSON.parse(out.stdout).stages;
    const played = runStage(levels.traffic, 7, [{ day: 3, action: heavyAds }]);
    if (!played.ok) throw new Error('the plan did not run');
    const expected = attributeDecisions(levels.traffic, 7, played.log);
    if (!expected.ok) throw new Error('attribution failed');
    expect(stage.decisions).toHaveLength(expected.decisions.length);
    const [ads] = stage.decisions;
    expect(Object.keys(ads)).toEqual([
      'label',
      'action',
      'eventKind',
      'fromDay',
      'toDay',
      'netEffectFen',
      'gmvEffectFen',
      'lines',
    ]);
    expect(ads.label).toMatch(/^ads on .*¥4,000\.00\/day/);
    expect(ads.fromDay).toBe(3);
    expect(ads.netEffectFen).toBe(expected.decisions[0]?.netEffectFen);
    expect(ads.netEffectFen).toBeLessThan(0);
    expect(ads.lines).toEqual(expected.decisions[0]?.lines);
    expect(stage.interaction.remainderNetFen).toBe(expected.remainderNetFen);
  });

  it('gives every stage of a default campaign its decisions', () => {
    const json = JSON.parse(cli('--stage', 'all', '--seed', '3', '--json').stdout);
    for (const stage of json.stages) {
      expect(Array.isArray(stage.decisions)).toBe(true);
      for (const d of stage.decisions) {
        expect(Number.isSafeInteger(d.netEffectFen)).toBe(true);
        expect(d.toDay).toBeGreaterThanOrEqual(d.fromDay);
      }
    }
  });
});

describe('npm run sim -- --fork-day N --plan-b FILE', () => {
  it('prints both runs and the difference line by line, in JSON too', () => {
    const table = cli(
      '--stage',
      'traffic',
      '--seed',
      '7',
      '--plan',
      heavyPlan,
      '--fork-day',
      '10',
      '--plan-b',
      planB,
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Original run:');
    expect(table.stdout).toContain('What-if (days 1–10 as played, then plan B):');
    expect(table.stdout).toMatch(
      /Difference, line by line[^\n]*\n.*Original +What-if +Difference\n/,
    );
    expect(table.stdout).toMatch(/\n {2}Ads \(pay per click\) +-¥[\d,.]+ +-¥[\d,.]+ +¥[\d,.]+\n/);

    const out = cli(
      '--stage',
      'traffic',
      '--seed',
      '7',
      '--plan',
      heavyPlan,
      '--fork-day',
      '10',
      '--plan-b',
      planB,
      '--json',
    );
    const json = JSON.parse(out.stdout);
    expect(json.forkDay).toBe(10);
    const played = runStage(levels.traffic, 7, [{ day: 3, action: heavyAds }]);
    if (!played.ok) throw new Error('the plan did not run');
    const fork = forkRun(levels.traffic, 7, played.log, 10, [{ day: 11, action: cutAds }]);
    if (!fork.ok) throw new Error('the fork failed');
    expect(json.whatIf.stateHash).toBe(stateHash(fork.whatIf));
    expect(json.original.stateHash).toBe(stateHash(fork.original));
    const sum = json.difference.lines.reduce(
      (a: number, l: { differenceFen: number }) => a + l.differenceFen,
      0,
    );
    expect(sum).toBe(json.difference.netProfitFen);
    expect(json.difference.netProfitFen).toBe(json.whatIf.netProfit - json.original.netProfit);
  });

  it.each([
    [['--fork-day', '10'], '--fork-day needs --plan-b FILE'],
    [['--plan-b', 'x.json'], '--plan-b needs --fork-day N'],
    [['--fork-day', 'ten', '--plan-b', 'x.json'], '--fork-day must be a day number'],
    [['--fork-day', '999', '--plan-b', 'CUT'], 'is not before the last day played'],
    [['--fork-day', '5', '--plan-b', 'BAD'], 'plan-b[0] (stage traffic, day 6, cancelPlan)'],
  ])('rejects %j with one line', (extra, message) => {
    const bad = writePlan('bad.json', [
      { stage: 'traffic', day: 6, action: { type: 'cancelPlan', listingId: 'tee' } },
    ]);
    const argv = extra.map((a) => (a === 'CUT' ? planB : a === 'BAD' ? bad : a));
    const out = cli('--stage', 'traffic', '--seed', '7', ...argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('forks one stage only', () => {
    const out = cli('--stage', 'all', '--seed', '7', '--fork-day', '3', '--plan-b', planB);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--fork-day forks one stage');
  });
});
