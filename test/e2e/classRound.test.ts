/**
 * A student's class-market round in Chromium: the brief opens the real shop on the round's
 * level, the round survives a reload in its own slot (the campaign save is never written), and
 * its hand-in re-simulates in Node to the figures the student saw, and clears with
 * `npm run round`. Edited, old, stale and other-class links are refused with their sentences.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRoundCli } from '../../scripts/cli/roundMain';
import { SAVE_KEY } from '../../src/platform/save';
import { clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeHandInLink } from '../../src/share/roundLinks';
import { ROUND_MESSAGES } from '../../src/share/roundReasons';
import { playHandIn } from '../../src/sim/classMarketPlay';
import { firstCarry, firstMarket, roundLevel, roundSeed } from '../../src/sim/classMarketLevel';
import { summarizeStage } from '../../src/sim/index';
import { briefWithMoreCash, versionOneBrief } from '../fixtures/briefBytes';
import { SCENARIO_SPEC, scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from '../unit/levels';
import { launch, openPage, type WatchedPage } from './browser';
import { playRoundInShop, readHandIn } from './classRound';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = process.env['SHOT_DIR'] ?? join(tmpdir(), 'four-stages-class-round');
const base = loadLevel('comprehensive');
const spec = SCENARIO_SPEC;
const roundOne = roundOneBriefs(spec, base);
const { classLink, handIns } = scenarioLinks(base);
const cleared = clearClassFromLinks(classLink, handIns[0] ?? [], base);
if (!cleared.ok) throw new Error(cleared.reason);
const roundTwo = cleared.clearing.nextBriefs;
const otherClass = roundOneBriefs({ ...spec, classId: spec.classId + 2 }, base);

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const refusal = (page: Page) => page.locator('.brief-refusal [role="alert"]');

describe('a student plays a class round in the real shop', () => {
  let browser: Browser;
  let student: WatchedPage;
  let played: Awaited<ReturnType<typeof readHandIn>>;

  beforeAll(async () => {
    browser = await launch();
    student = await openPage(browser, { width: 1280, height: 800 }, `./${roundOne[0]}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the brief, then the shop on the round’s level, and keeps the round over a reload', async () => {
    const { page } = student;
    await expect
      .poll(() => page.locator('#brief-h').textContent())
      .toBe('Round 1 of 2: Golden class');
    expect(await page.getByText('Shoppers expect ¥99.00').count()).toBe(1);
    await snap(page, 'brief-round1-desktop-en');
    await page.locator('.brief-play').click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await page.locator('.hud-day .hud-value').textContent()).toContain('0 / 7');
    await page.getByLabel('List price', { exact: true }).fill('9200');
    await snap(page, 'round-shop-day1');
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('1 / 7');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await page.locator('.hud-day .hud-value').textContent()).toContain('1 / 7');
    // Back to the brief and in again: the round goes on where it was.
    await page.getByRole('button', { name: 'Back to this round’s brief' }).click();
    await expect
      .poll(() => page.locator('.brief-play').textContent())
      .toBe('Continue the round (day 1 of 7)');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).not.toContain('four-stages.save');
    expect(keys.some((k) => k.startsWith('four-stages.session.round-'))).toBe(true);
    played = await playRoundInShop(page, { name: 'Mei' });
    expect(played.link).toMatch(/\?h=[A-Za-z0-9_-]+$/);
    expect(await page.locator('.hand-in-code').textContent()).toBe(
      played.link.slice(played.link.indexOf('?') + 1),
    );
    expect(await page.locator('.hand-in-box svg').count()).toBe(1);
    await snap(page, 'round-hand-in');
    await page.reload();
    const again = await readHandIn(page);
    expect(again).toEqual(played);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
    // The hand-in link itself, clicked: a note that it is the trainer's, not a game.
    await page.goto(played.link);
    await expect
      .poll(() => page.locator('.brief-refusal h1').textContent())
      .toBe('This is a class-market hand-in');
    expect(student.problems).toEqual([]);
  });

  it('hands in what the clearing re-simulates to the same figures, and npm run round clears it', () => {
    const handIn = decodeHandInLink(played.link, spec, base);
    if (!handIn.ok) throw new Error(handIn.reason);
    expect(handIn.link.name).toBe('Mei');
    // The clearing's first step: the seat's hand-in replayed alone on the round's level.
    const level = roundLevel(base, spec, firstMarket(spec, base), firstCarry(base));
    const replayed = playHandIn(level, roundSeed(spec, 1), handIn.link);
    if (!replayed.ok) throw new Error(replayed.problem);
    const summary = summarizeStage(level, replayed.state);
    expect({ orders: summary.orders, gmvFen: summary.gmv, profitFen: summary.netProfit }).toEqual({
      orders: played.orders,
      gmvFen: played.gmvFen,
      profitFen: played.profitFen,
    });
    const dir = mkdtempSync(join(tmpdir(), 'four-stages-class-round-'));
    const file = join(dir, 'handins.txt');
    writeFileSync(file, `${played.link}\n${(handIns[0] ?? []).slice(1).join('\n')}\n`);
    let stdout = '';
    const code = runRoundCli(['--session', classLink, '--file', file, '--json'], {
      root,
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as {
      rounds: { standings: { seat: number; name: string; strategy: string }[] }[];
    };
    const seat = printed.rounds[0]?.standings.find((s) => s.seat === 1);
    expect(seat).toMatchObject({ name: 'Mei', strategy: 'handedIn' });
  });

  it('refuses an edited brief and an old-format one, each with its own sentence', async () => {
    const { page } = student;
    await page.goto(
      new URL(`./${briefWithMoreCash(roundOne[0] ?? '', base, 1_000)}`, page.url()).href,
    );
    await expect.poll(() => refusal(page).textContent()).toBe(ROUND_MESSAGES.brief_tampered.en);
    await snap(page, 'refusal-tampered-en');
    await page.goto(new URL(`./${versionOneBrief(roundOne[0] ?? '')}`, page.url()).href);
    await expect.poll(() => refusal(page).textContent()).toBe(ROUND_MESSAGES.old_brief.en);
  });

  it('refuses a brief older than one already opened, and loses nothing saved', async () => {
    const { page } = student;
    await page.goto(new URL(`./${roundTwo[0]}`, page.url()).href);
    await expect
      .poll(() => page.locator('#brief-h').textContent())
      .toBe('Round 2 of 2: Golden class');
    // Round 1 of this class is behind what the trainer last saw: its market has moved.
    expect(await page.getByText('Last round it was ¥99.00.').count()).toBe(1);
    await snap(page, 'brief-round2-desktop-en');
    await page.locator('.brief-play').click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('1 / 7');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    await page.goto(new URL(`./${roundOne[0]}`, page.url()).href);
    await expect.poll(() => refusal(page).textContent()).toBe(ROUND_MESSAGES.stale_brief.en);
    await snap(page, 'refusal-stale-en');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    // Round 2 opens again where it was left: in the shop, on day 1.
    await page.goto(new URL(`./${roundTwo[0]}`, page.url()).href);
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await page.locator('.hud-day .hud-value').textContent()).toContain('1 / 7');
    await page.getByRole('button', { name: 'Back to this round’s brief' }).click();
  });

  it('refuses a pasted brief of another class with its own sentence', async () => {
    const { page } = student;
    await page.getByLabel(/^A new link or code/).fill(otherClass[0] ?? '');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect
      .poll(() => page.locator('.brief-paste-answer').textContent())
      .toBe(ROUND_MESSAGES.brief_other_class.en);
    await snap(page, 'refusal-other-class-en');
    expect(student.problems).toEqual([]);
  });

  it('says the same in Chinese', async () => {
    const zh = await openPage(browser, { width: 390, height: 844 }, `./?lang=zh${roundTwo[1]}`);
    const { page } = zh;
    await expect
      .poll(() => page.locator('#brief-h').textContent())
      .toBe('第 2 轮（共 2 轮）：Golden class');
    await snap(page, 'brief-round2-phone-zh');
    await page.getByLabel(/^老师发来了新的链接/).fill(otherClass[1] ?? '');
    await page.getByRole('button', { name: '打开', exact: true }).click();
    await expect
      .poll(() => page.locator('.brief-paste-answer').textContent())
      .toBe(ROUND_MESSAGES.brief_other_class.zh);
    await snap(page, 'refusal-other-class-zh');
    await page.goto(
      new URL(`./?lang=zh${briefWithMoreCash(roundTwo[1] ?? '', base, 1_000)}`, page.url()).href,
    );
    await expect.poll(() => refusal(page).textContent()).toBe(ROUND_MESSAGES.brief_tampered.zh);
    await snap(page, 'refusal-tampered-zh');
    expect(zh.problems).toEqual([]);
    await zh.context.close();
  });
});
