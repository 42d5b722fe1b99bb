/**
 * The class market's trainer page in Chromium: creating a class gives one brief link per seat,
 * and clearing the golden class's hand-ins (2 rounds, a seat absent in round 2) in the page's
 * worker gives the round hashes and standings that `npm run round` prints in Node.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRoundCli } from '../../scripts/cli/roundMain';
import { scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from '../unit/levels';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { playRoundInShop } from './classRound';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const base = loadLevel('comprehensive');
const { classLink, handIns } = scenarioLinks(base);
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-market-e2e-'));

interface Printed {
  rounds: {
    roundHash: string;
    standings: { seat: number; place: number; strategy: string; netProfitFen: number }[];
  }[];
}

function cli(lines: readonly string[]): Printed {
  const file = join(tmp, 'handins.txt');
  writeFileSync(file, lines.join('\n'));
  let stdout = '';
  const code = runRoundCli(['--session', classLink, '--file', file, '--json'], {
    root,
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
  });
  if (code !== 0) throw new Error(`npm run round exited ${code}`);
  return JSON.parse(stdout) as Printed;
}

describe('class market trainer page', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 900 }, './#market');
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('creates a class market with one round-1 brief link per seat', async () => {
    const { page } = watched;
    await page.getByLabel('Class name').fill('Tuesday group');
    await page.getByLabel('Seats (2–60)').fill('3');
    await page.getByRole('button', { name: 'Create the class market' }).click();
    const fields = page.locator('.trainer-output .link-field');
    await expect.poll(() => fields.count()).toBe(4);
    expect(await fields.nth(1).inputValue()).toMatch(/\?n=[A-Za-z0-9_-]+$/);
    expect(await page.locator('#market-class').inputValue()).toMatch(/\?c=/);
  });

  for (const through of [1, 2]) {
    it(`clears round ${through} in a worker exactly as npm run round does`, async () => {
      const { page } = watched;
      const lines = handIns.slice(0, through).flat();
      const expected = cli(lines);
      await page.locator('#market-class').fill(classLink);
      await page
        .locator('#market-handins')
        .fill(lines.map((l) => `${l}&shareTo=weixin`).join('\n'));
      await page.getByRole('button', { name: 'Clear the rounds' }).click();
      const hashes = page.locator('.round-hash');
      await expect.poll(() => hashes.count(), { timeout: 60_000 }).toBe(through);
      expect(
        await hashes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-hash'))),
      ).toEqual(expected.rounds.map((r) => r.roundHash));
      const rows = page.locator('.market-standings tbody tr');
      const seen = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          seat: Number(tr.getAttribute('data-seat')),
          profit: Number(tr.getAttribute('data-profit')),
          strategy: tr.querySelector('[data-strategy]')?.getAttribute('data-strategy'),
        })),
      );
      const last = expected.rounds[through - 1];
      expect(seen).toEqual(
        last?.standings.map((s) => ({
          seat: s.seat,
          profit: s.netProfitFen,
          strategy: s.strategy,
        })),
      );
      expect(await page.locator('.market-output').getAttribute('data-where')).toBe('worker');
      // Anonymous by default: seats, not names, until the trainer turns names on.
      expect(await rows.first().locator('td').nth(1).textContent()).toMatch(/^Seat \d$/);
      await page.getByLabel('Show names (for the projector)').check();
      expect(await rows.first().locator('td').nth(1).textContent()).not.toMatch(/^Seat \d$/);
      await page.getByLabel('Show names (for the projector)').uncheck();
      await shot(page, `market-round-${through}`);
    });
  }

  it('refuses a damaged hand-in with its line and sentence, and shows no standings', async () => {
    const { page } = watched;
    const first = handIns[0]?.[0] ?? '';
    await page.locator('#market-handins').fill(`${first.slice(0, -4)}AAAA`);
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect
      .poll(() => page.locator('.class-status').textContent())
      .toContain('Not cleared: line 1: The link is damaged');
    expect(await page.locator('.market-standings').count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });
});

describe('a 2-round class market with 3 students in their own browsers, one absent in round 2', () => {
  let browser: Browser;
  let trainer: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    trainer = await openPage(browser, { width: 1280, height: 900 }, './#market');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** One student's own browser context: opens the brief, plays the round in the shop, hands in. */
  async function play(brief: string, name: string, priceYuan: number): Promise<string> {
    const student = await openPage(browser, { width: 900, height: 900 }, brief);
    const { link } = await playRoundInShop(student.page, { name, priceYuan });
    expect(student.problems).toEqual([]);
    await student.context.close();
    return link;
  }

  async function clear(lines: readonly string[], rounds: number): Promise<void> {
    const { page } = trainer;
    await page.locator('#market-handins').fill(lines.join('\n'));
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect.poll(() => page.locator('.round-hash').count(), { timeout: 60_000 }).toBe(rounds);
  }

  it('clears both rounds on the trainer page with the standings npm run round prints', async () => {
    const { page } = trainer;
    await page.getByLabel('Rounds (2–4)').fill('2');
    await page.getByLabel('Seats (2–60)').fill('3');
    await page.getByRole('button', { name: 'Create the class market' }).click();
    const created = page.locator('.trainer-output .link-field');
    await expect.poll(() => created.count()).toBe(4);
    const klass = await page.locator('#market-class').inputValue();
    const round1 = await Promise.all([1, 2, 3].map((i) => created.nth(i).inputValue()));
    const names = ['Mei', 'Jun', 'Ana'];
    const prices = [85, 99, 119];
    const handIns1: string[] = [];
    for (let i = 0; i < 3; i++) {
      handIns1.push(await play(round1[i] ?? '', names[i] ?? '', prices[i] ?? 99));
    }
    await clear(handIns1, 1);
    const next = page.locator('.market-output .link-field');
    await expect.poll(() => next.count()).toBe(3);
    const round2 = await Promise.all([0, 1].map((i) => next.nth(i).inputValue()));
    const handIns2 = [
      await play(round2[0] ?? '', 'Mei', 79),
      await play(round2[1] ?? '', 'Jun', 95),
    ];
    const all = [...handIns1, ...handIns2];
    await clear(all, 2);

    const dir = mkdtempSync(join(tmpdir(), 'four-stages-market-class-'));
    const file = join(dir, 'class.txt');
    writeFileSync(file, all.join('\n'));
    let stdout = '';
    const code = runRoundCli(['--session', klass, '--file', file, '--json'], {
      root,
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Printed;
    const hashes = await page
      .locator('.round-hash')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-hash')));
    expect(hashes).toEqual(printed.rounds.map((r) => r.roundHash));
    const seen = await page.locator('.market-standings tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        seat: Number(tr.getAttribute('data-seat')),
        profit: Number(tr.getAttribute('data-profit')),
        strategy: tr.querySelector('[data-strategy]')?.getAttribute('data-strategy'),
      })),
    );
    expect(seen).toEqual(
      printed.rounds[1]?.standings.map((s) => ({
        seat: s.seat,
        profit: s.netProfitFen,
        strategy: s.strategy,
      })),
    );
    expect(seen.find((s) => s.seat === 3)?.strategy).toBe('keepsLastDecisions');
    expect(await page.getByText('The class market is over').count()).toBe(1);
    expect(trainer.problems).toEqual([]);
  });
});
