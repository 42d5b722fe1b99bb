/**
 * Pasted text and handed-in files (issue 16 "Hangs" and "Links and pasted text"): hostile sizes
 * are handled in linear time, and a link wrapped by e-mail is one link wherever it is read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractLinks, readLinkFile } from '../../scripts/cli/verifyInput';
import { candidateLines } from '../../src/classroom/linesIn';
import { verifyLines } from '../../src/classroom/verifyLines';
import { encodeResultLink, MAX_PASTED_LINE_CHARS } from '../../src/share/index';
import { root, runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-pasted-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function linkFor(name: string, seed: number): string {
  const made = encodeResultLink(runFromPlans(levels, seed, {}, name, ['traffic']), levels);
  if (!made.ok) throw new Error(made.message);
  return `https://game.test/${made.link}`;
}
const ann = linkFor('Ann', 3);
const bo = linkFor('Bo', 4);
const fragment = (link: string) => link.slice(link.indexOf('#'));

function wrap(text: string, width: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += width) pieces.push(text.slice(i, i + width));
  return pieces;
}

const TWO_MIB = 2 * 1024 * 1024;

/**
 * CPU milliseconds this process spent in `work`: the machine is shared by many builds, and wall
 * time would count theirs too. The browser test measures wall time on the page.
 */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const hostile: [string, string][] = [
  ['dots', '.'.repeat(TWO_MIB)],
  ['a link marker then dots', `#r=${'.'.repeat(TWO_MIB)}`],
  ['quotes', '"'.repeat(TWO_MIB)],
  ['single quotes around a marker', `'r=${"'".repeat(TWO_MIB)}`],
  ['one payload character', 'A'.repeat(TWO_MIB)],
  ['line breaks', '\n'.repeat(TWO_MIB)],
  ['a short word on every line', 'ab\r\n'.repeat(TWO_MIB / 4)],
  ['commas', ','.repeat(TWO_MIB)],
];

describe('2 MiB of one character', () => {
  for (const [name, text] of hostile) {
    it(`${name}: the dashboard's scan and the CLI's take under 200 ms`, () => {
      let lines: ReturnType<typeof candidateLines> = [];
      let links: string[] = [];
      const elapsed = cpuMs(() => {
        lines = candidateLines(text);
        links = extractLinks(text);
      });
      expect(elapsed).toBeLessThan(200);
      for (const line of lines) expect(line.text.length).toBeLessThanOrEqual(MAX_PASTED_LINE_CHARS);
      expect(links.every((l) => l.length <= MAX_PASTED_LINE_CHARS)).toBe(true);
    });
  }

  it('a 2 MiB file of dots is read by --file in under 200 ms and has no link', () => {
    const file = join(tmp, 'dots.txt');
    writeFileSync(file, '.'.repeat(TWO_MIB));
    expect(cpuMs(() => expect(() => readLinkFile(file)).toThrow(/no link found/))).toBeLessThan(
      200,
    );
  });
});

describe('a link wrapped over lines is one link', () => {
  const handIn = ['Hi, my result:', ...wrap(ann, 64), '', 'Thanks, Ann', bo].join('\r\n');

  it('in the dashboard: one verified hand-in at its first line, nothing refused for it', () => {
    const lines = candidateLines(handIn);
    const checked = verifyLines(lines, levels);
    expect(checked.verified.map((v) => [v.line, v.result.name])).toEqual([
      [2, 'Ann'],
      [2 + wrap(ann, 64).length + 2, 'Bo'],
    ]);
    expect(checked.bad.map((b) => [b.text, b.reason])).toEqual([
      ['Hi, my result:', 'not_a_link'],
      ['Thanks, Ann', 'not_a_link'],
    ]);
  });

  it('in the CLI file reader', () => {
    expect(extractLinks(handIn)).toEqual([fragment(ann), fragment(bo)]);
  });

  it('bare payloads one per line stay separate links', () => {
    const bare = (link: string) => link.slice(link.indexOf('#r=') + 3);
    expect(extractLinks(`${bare(ann)}\n${bare(bo)}\n`)).toEqual([bare(ann), bare(bo)]);
  });

  it('a wrapped link with spaces at the start of each line (quoted mail)', () => {
    const quoted = wrap(ann, 50)
      .map((piece) => `>   ${piece}`)
      .join('\n');
    expect(extractLinks(quoted)).toEqual([fragment(ann)]);
  });

  it('in npm run verify, given as one argument with line breaks', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/cli/verify.ts', wrap(ann, 60).join('\n  ')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^1\. verified/);
    expect(run.status).toBe(0);
  });
});
