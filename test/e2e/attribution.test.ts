import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLevels } from '../../scripts/cli/levels';
import { runCli } from '../../scripts/cli/main';
import { formatSignedFen } from '../../src/present/format';
import { verifyResultLink } from '../../src/share/index';
import type { PlannedAction } from '../../src/sim';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { leftovers } from './leftovers';
import { confirmFinishIfAsked } from './finishing';
import { finishAnsweringEvents, sceneReady } from './stageRun';
import { zh } from '../../src/present/i18n/zh';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const levels = loadLevels(ROOT);
const SEED = 7;

async function openStage1(page: Page): Promise<void> {
  await sceneReady(page, 'map');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('button', { name: /Stage 1/ }).click();
  await page.getByRole('button', { name: 'Open the shop' }).click();
  await sceneReady(page, 'shop');
}

async function toDebrief(page: Page): Promise<void> {
  await finishAnsweringEvents(page, null);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await sceneReady(page, 'debrief');
  await expect.poll(() => page.locator('.debrief-why').getAttribute('aria-busy')).toBe('false');
}

async function sharedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share result' }).click();
  const field = page.locator('.share-dialog .link-field');
  await expect.poll(() => field.isVisible()).toBe(true);
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  return link;
}

describe('the debrief says why, and a what-if from day 10 (1280x720)', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let originalLink = '';

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 900 }, `./?seed=${SEED}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('names the heavy ads decision with the negative effect the CLI reports for the same log', async () => {
    const { page } = watched;
    await openStage1(page);
    await page.getByLabel('Daily ad budget').fill('400000');
    await page.getByLabel('Max bid per click').fill('300');
    await page.locator('body').press('n');
    await toDebrief(page);
    await shot(page, 'attribution-debrief');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download decisions' }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'four-stages-why-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const plan = JSON.parse(readFileSync(file, 'utf8')) as PlannedAction[];
    // Budget and bid set on the same day are one decision: the second change merged the first.
    expect(plan).toHaveLength(plan.filter((p) => p.action.type !== 'setAds').length + 1);
    expect(plan[0]?.action).toMatchObject({ type: 'setAds', dailyBudgetFen: 400_000, bidFen: 300 });
    let stdout = '';
    const code = runCli(['--stage', 'traffic', '--seed', String(SEED), '--plan', file, '--json'], {
      root: ROOT,
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const decisions = JSON.parse(stdout).stages[0].decisions as {
      action: { type: string };
      netEffectFen: number;
    }[];
    const ads = decisions.find((d) => d.action.type === 'setAds');
    expect(ads?.netEffectFen).toBeLessThan(0);

    const worst = page.locator('.why-cost .why-item').first();
    expect(Number(await worst.getAttribute('data-net-fen'))).toBe(ads?.netEffectFen);
    const text = (await worst.textContent()) ?? '';
    expect(text).toContain('ads on the');
    expect(text).toContain(formatSignedFen(ads?.netEffectFen ?? 0, 'exact'));
    expect(await page.locator('.why-remainder').textContent()).toContain('need not add up');

    // The ads line opens to the decision that moved it.
    const adsLine = page.locator('.why-line[data-line="ads"]');
    await adsLine.locator('summary').click();
    expect(await adsLine.locator('.why-movers li').first().textContent()).toContain('ads on the');
    await adsLine.scrollIntoViewIfNeeded();
    await shot(page, 'attribution-lines');

    originalLink = await sharedLink(page);
    const verified = verifyResultLink(originalLink, levels);
    expect(verified.ok && verified.result.whatIf).toBeNull();
  });

  it('forks at day 10 with ads cut and compares both runs line by line', async () => {
    const { page } = watched;
    await page.locator('#what-if-day').fill('10');
    await page.getByRole('button', { name: 'Play a what-if from here' }).click();
    await sceneReady(page, 'shop');
    expect(await page.locator('.hud-day .hud-value').textContent()).toContain('10 / 40');
    await page.getByLabel('Daily ad budget').fill('0');
    await page.locator('body').press('n');
    await toDebrief(page);
    expect(await page.getByTestId('what-if-label').textContent()).toContain('1–10');
    const compare = page.getByTestId('compare');
    expect(await compare.locator('tr[data-line="ads"] td').count()).toBe(3);
    expect(await compare.locator('tr[data-line="net"]').count()).toBe(1);
    expect(await compare.locator('polyline').count()).toBe(4);
    await compare.scrollIntoViewIfNeeded();
    await shot(page, 'attribution-what-if');

    const link = await sharedLink(page);
    const verified = verifyResultLink(link, levels);
    if (!verified.ok) throw new Error(verified.message);
    expect(verified.result.whatIf).toEqual({ stage: 'traffic', forkDay: 10 });
    expect(verified.result.stages[0]?.state.series.adSpendFen.slice(11).every((f) => f === 0)).toBe(
      true,
    );
    // The original run's link is untouched and still verifies as played.
    await page.getByRole('button', { name: 'Back to the run as played' }).click();
    await expect.poll(() => page.getByTestId('what-if-label').count()).toBe(0);
    expect(await sharedLink(page)).toBe(originalLink);
  });

  it('kept the console clean', () => {
    expect(watched.problems).toEqual([]);
  });
});

describe('the same debrief in Chinese (?lang=zh-CN)', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 900 }, `./?lang=zh-CN&seed=${SEED}`, {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function finishInChinese(page: Page): Promise<void> {
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('button', { name: zh['end.debrief'] }).isVisible()) break;
      // "Finish stage" asks first while more than a few days are left.
      if (await confirmFinishIfAsked(page)) continue;
      const dialog = page.getByRole('dialog');
      if (await dialog.isVisible()) {
        await dialog.getByRole('button').first().click();
        continue;
      }
      await page.getByRole('button', { name: zh['time.finish'] }).click();
      await page.waitForTimeout(150);
    }
    await page.getByRole('button', { name: zh['end.debrief'] }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'debrief');
    await expect.poll(() => page.locator('.debrief-why').getAttribute('aria-busy')).toBe('false');
    for (const details of await page.locator('.why-line').all()) {
      await details.locator('summary').click();
    }
  }

  it('shows every text node of the why, the lines, the log and the what-if in Chinese', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: zh['title.newCampaign'] }).click();
    await page.getByRole('button', { name: /第一阶段/ }).click();
    await page.getByRole('button', { name: zh['intro.start'] }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByLabel(zh['ads.budget']).fill('400000');
    await page.getByLabel(zh['ads.bid']).fill('300');
    await page.locator('body').press('n');
    await finishInChinese(page);
    const why = (await page.locator('.why-cost .why-item').first().textContent()) ?? '';
    expect(why).toContain('投广告');
    // Every text node of the Chinese debrief, down to two-letter words: the fines cases, the
    // penalty wording and the chart's what-if included.
    expect(await page.locator('.wf-case').count()).toBeGreaterThan(0);
    expect(await leftovers(page, { strict: true })).toEqual([]);
    await page.locator('.debrief-waterfall').scrollIntoViewIfNeeded();
    await shot(page, 'attribution-zh-fines');
    await page.locator('.debrief-why').scrollIntoViewIfNeeded();
    await shot(page, 'attribution-zh-why');

    await page.locator('#what-if-day').fill('10');
    await page.getByRole('button', { name: zh['whatIf.start'] }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByLabel(zh['ads.budget']).fill('0');
    await page.locator('body').press('n');
    await finishInChinese(page);
    expect(await page.getByTestId('compare').isVisible()).toBe(true);
    expect(await leftovers(page, { strict: true })).toEqual([]);
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await shot(page, 'attribution-zh-what-if');
    expect(watched.problems).toEqual([]);
  });
});
