/** `npm run round` in process: the same clearing as the trainer's page, and its error contract. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runRoundCli } from '../../scripts/cli/roundMain';
import { clearClassFromLinks } from '../../src/share/roundClass';
import { scenarioLinks } from '../golden/roundScenario';
import { loadLevel } from './levels';

const root = fileURLToPath(new URL('../..', import.meta.url));
const base = loadLevel('comprehensive');
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-round-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { classLink, handIns } = scenarioLinks(base);

function round(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runRoundCli(argv, {
    root,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

function file(name: string, lines: readonly string[]): string {
  const path = join(tmp, name);
  writeFileSync(path, `${lines.join('\r\n')}\n`);
  return path;
}

describe('npm run round, in process', () => {
  it('prints the same rounds, hashes and next links as the clearing the page runs', () => {
    const lines = handIns[0] ?? [];
    const result = round('--session', classLink, '--file', file('r1.txt', lines), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      rounds: { roundHash: string; standings: unknown[] }[];
      nextBriefs: string[];
    };
    const page = clearClassFromLinks(classLink, lines, base);
    if (!page.ok) throw new Error(page.reason);
    expect(printed.rounds.map((r) => r.roundHash)).toEqual(
      page.clearing.results.map((r) => r.roundHash),
    );
    expect(printed.rounds[0]?.standings).toEqual(page.clearing.results[0]?.standings);
    expect(printed.nextBriefs).toEqual(page.clearing.nextBriefs);
    expect(printed.nextBriefs).toHaveLength(4);
  });

  it('prints a table with the stand-in named and the round hash', () => {
    const all = handIns.flat();
    const result = round('--session', classLink, '--file', file('all.txt', all));
    expect(result.code).toBe(0);
    const page = clearClassFromLinks(classLink, all, base);
    if (!page.ok) throw new Error(page.reason);
    expect(result.stdout).toContain(`round 2 hash ${page.clearing.results[1]?.roundHash}`);
    expect(result.stdout).toMatch(/\n\d\s+3\s+Ana\s+keepsLastDecisions\s/);
    expect(result.stdout).toContain('The class market is over');
  });

  it('exits 2 with one line on stderr for bad arguments, files and links', () => {
    const cases = [
      round('--file', file('x.txt', handIns[0] ?? [])),
      round('--session', 'https://x.test/#c=AAAA', '--file', file('y.txt', handIns[0] ?? [])),
      round('--session', classLink, '--file', join(tmp, 'missing.txt')),
      round('--session', classLink, '--file', file('junk.txt', ['not a link'])),
      round(
        '--session',
        classLink,
        '--file',
        file('r1.txt', handIns[0] ?? []),
        '--deadline',
        'soon',
      ),
      round('--session', classLink, '--file', file('r1.txt', handIns[0] ?? []), '--round', '4'),
    ];
    for (const result of cases) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
    }
    expect(cases[3]?.stderr).toContain('junk.txt line 1: This is not a class-market link');
  });
});
