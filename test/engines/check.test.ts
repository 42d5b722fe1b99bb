/**
 * The cross-engine check can fail: a pinned hash or net profit that an engine does not reproduce,
 * a case it drops or invents, and a score card with other run codes are each reported by name.
 * The tampered copies live in memory; the golden file itself is only read.
 */
import { describe, expect, it } from 'vitest';
import { jscProgram } from '../../scripts/e2e/goldenBundle';
import {
  checkEngineRun,
  describeVerdict,
  goldenPlans,
  readGoldenFile,
} from '../../scripts/e2e/goldenCheck';
import { replayGoldens, type EngineRun } from '../../scripts/e2e/goldenEntry';
import { checkCard, resultLinkCases, shippedLevels } from '../../scripts/e2e/resultLinks';
import { runJsc } from '../../scripts/e2e/webkit';
import type { GoldenFile } from '../golden/goldenFile';

const file = readGoldenFile();

function tampered(change: (copy: GoldenFile) => void): GoldenFile {
  const copy = structuredClone(file);
  change(copy);
  return copy;
}

/** The first character of a hash, changed to another hex digit. */
function flip(hash: string): string {
  return `${hash.startsWith('0') ? '1' : '0'}${hash.slice(1)}`;
}

describe('the cross-engine check', () => {
  const nodeRun = replayGoldens(goldenPlans(file));

  it('agrees with the golden file in Node, through the same entry the engines run', () => {
    const verdict = checkEngineRun('node', file, nodeRun);
    console.log(describeVerdict(verdict));
    expect(verdict.mismatches).toEqual([]);
    expect(verdict.matched).toBe(file.cases.length);
  });

  it('reports a tampered hash as a mismatch, by case name, from a real engine (jsc)', async () => {
    const first = file.cases[0];
    if (!first) throw new Error('the golden file has no cases');
    const bad = tampered((copy) => {
      const c = copy.cases[0];
      if (c) c.expectedHash = flip(c.expectedHash);
    });
    const run = JSON.parse(runJsc(await jscProgram(goldenPlans(bad)))) as EngineRun;
    const verdict = checkEngineRun('webkit jsc', bad, run);
    expect(verdict.matched).toBe(file.cases.length - 1);
    expect(verdict.mismatches).toEqual([
      `${first.name}: webkit jsc state hash ${first.expectedHash}, pinned ${flip(first.expectedHash)}`,
    ]);
  });

  it('reports a tampered net profit, a dropped case, an invented one and another rules version', () => {
    const last = file.cases.at(-1);
    if (!last) throw new Error('the golden file has no cases');
    const bad = tampered((copy) => {
      const c = copy.cases.at(-1);
      if (c) c.expectedNetProfit += 1;
    });
    expect(checkEngineRun('node', bad, nodeRun).mismatches).toEqual([
      `${last.name}: node net profit ${last.expectedNetProfit} fen, pinned ${last.expectedNetProfit + 1}`,
    ]);
    const dropped: EngineRun = { ...nodeRun, cases: nodeRun.cases.slice(1) };
    expect(checkEngineRun('node', file, dropped).mismatches).toEqual([
      `${file.cases[0]?.name}: node returned no result`,
    ]);
    const invented: EngineRun = {
      ...nodeRun,
      cases: [...nodeRun.cases, { name: 'x', stateHash: 'x', netProfitFen: 0, error: null }],
    };
    expect(checkEngineRun('node', file, invented).mismatches).toEqual([
      'x: node returned an unknown case',
    ]);
    const otherRules: EngineRun = { ...nodeRun, rulesVersion: file.rulesVersion + 1 };
    expect(checkEngineRun('node', file, otherRules).mismatches).toHaveLength(1);
  });

  it('reports a score card whose run codes differ from Node’s, or that refuses the link', () => {
    const [link] = resultLinkCases(file, shippedLevels());
    if (!link) throw new Error('no result links');
    expect(checkCard('firefox', link, { state: 'verified', runCodes: link.runCodes })).toEqual([]);
    const wrong = link.runCodes.map((code, i) => (i === 0 ? flip(code) : code));
    expect(checkCard('firefox', link, { state: 'verified', runCodes: wrong })).toHaveLength(1);
    expect(checkCard('firefox', link, { state: 'verified', runCodes: [] })).toHaveLength(1);
    expect(
      checkCard('firefox', link, { state: 'refused', message: 'The link is cut off.' }),
    ).toEqual([`${link.label}: firefox refused a link Node verifies ("The link is cut off.")`]);
  });
});
