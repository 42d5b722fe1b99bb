import { describe, expect, it } from 'vitest';
import { jscProgram } from '../../scripts/e2e/goldenBundle';
import {
  checkEngineRun,
  describeVerdict,
  goldenPlans,
  readGoldenFile,
} from '../../scripts/e2e/goldenCheck';
import type { EngineRun } from '../../scripts/e2e/goldenEntry';
import { launchWebKit, runJsc } from '../../scripts/e2e/webkit';
import { describeEngine } from './engineChecks';

describe('webkit jsc: the same state hashes as Node', () => {
  it('replays every golden plan to its pinned hash and net profit', async () => {
    const file = readGoldenFile();
    const run = JSON.parse(runJsc(await jscProgram(goldenPlans(file)))) as EngineRun;
    const verdict = checkEngineRun('webkit jsc', file, run);
    console.log(describeVerdict(verdict));
    expect(verdict.cases).toBeGreaterThan(0);
    expect(verdict.mismatches).toEqual([]);
  });
});

describeEngine('webkit MiniBrowser', async () => {
  const page = await launchWebKit();
  return {
    version: page.version,
    goto: (url) => page.goto(url),
    evaluate: (expression) => page.execute(`return ${expression};`),
    close: () => page.close(),
  };
});
