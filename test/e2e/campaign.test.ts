import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedAction, PlanStep } from '../../src/sim';
import { parseYuanToFen } from '../../src/present/format';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { confirmFinishIfAsked, hudDay, waitAfterChoice } from './finishing';
import { CLI_EXISTS, replayInProcess, replayWithCli, seedWithEvent } from './plan';

/** What the newcomer below decides on day 1, so a seed with an event can be picked up front. */
const PLAN: PlanStep[] = [
  { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 100 } },
  { day: 1, action: { type: 'setFakeOrders', listingId: 'tee', searchPerDay: 5, adPerDay: 0 } },
];
const SEED = seedWithEvent('traffic', PLAN, 40);

async function sceneReady(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => document.body.dataset['scene'] === name, scene);
  // Let the first frames with the art reach the screen.
  await page.waitForTimeout(600);
}

/** Presses Finish stage until the stage ends, answering every event; returns dialogs seen. */
async function finishAnsweringEvents(page: Page, prefix: string): Promise<number> {
  let events = 0;
  for (let guard = 0; guard < 30; guard++) {
    if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) return events;
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      const choices = dialog.getByRole('button');
      expect(await choices.count()).toBeGreaterThanOrEqual(2);
      // Focus starts on the first choice and Tab stays inside the dialog.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toBe('event-choice');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      if (events === 0) await shot(page, `${prefix}-event`);
      events += 1;
      const day = await hudDay(page);
      await choices.last().click();
      await waitAfterChoice(page, day);
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await confirmFinishIfAsked(page);
    await page.waitForTimeout(150);
  }
  throw new Error('the stage did not end');
}

describe('a newcomer plays Stage 1 from the title to the debrief (1280x720)', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, `./?seed=${SEED}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts a campaign from the title and opens Stage 1 on the map', async () => {
    const { page } = watched;
    await expect
      .poll(() => page.getByRole('heading', { name: /Four Stages/ }).isVisible())
      .toBe(true);
    await sceneReady(page, 'map');
    await shot(page, 'desktop-title');
    await page.getByRole('button', { name: 'New campaign' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'The four stages' }).isVisible())
      .toBe(true);
    const locked = page.getByRole('button', { name: /Stage 2/ });
    expect(await locked.getAttribute('aria-disabled')).toBe('true');
    await page.waitForTimeout(400);
    await shot(page, 'desktop-map');
    await page.getByRole('button', { name: /Stage 1/ }).click();
    const intro = page.getByRole('dialog', { name: /Stage 1/ });
    await expect.poll(() => intro.isVisible()).toBe(true);
    expect(await intro.textContent()).toContain('500 real orders');
    await shot(page, 'desktop-intro');
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await sceneReady(page, 'shop');
  });

  it('sets an ad budget, runs fake orders and watches the street', async () => {
    const { page } = watched;
    await page.getByLabel('Daily ad budget').fill('40000');
    await page.getByLabel('黑搜 fake search orders per day').fill('5');
    await expect.poll(() => page.getByText('Chance of being caught today:').isVisible()).toBe(true);
    const meter = page.getByRole('meter', { name: 'Fake-order risk' });
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    // Keyboard shortcuts as shown in the UI: N passes one day.
    await page.locator('body').press('n');
    await page.locator('body').press('n');
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('3 / 40');
    await page.waitForTimeout(900);
    await expect.poll(() => page.getByText(/1 figure = \d+ visitors?/).isVisible()).toBe(true);
    await shot(page, 'desktop-shop');
  });

  it('shows the books with the cash still to come from the platform', async () => {
    const { page } = watched;
    await page.locator('body').press('b');
    const books = page.getByRole('region', { name: 'The books' });
    await expect.poll(() => books.isVisible()).toBe(true);
    expect(await books.textContent()).toContain('Cash to come from the platform');
    expect(await books.textContent()).toContain('Net profit');
    await shot(page, 'desktop-books');
    await page.keyboard.press('Escape');
    await expect.poll(() => books.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Books');
  });

  it('finishes the stage, answering the events that pause it', async () => {
    const { page } = watched;
    const events = await finishAnsweringEvents(watched.page, 'desktop');
    expect(events).toBeGreaterThan(0);
    await shot(page, 'desktop-end');
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
    await sceneReady(page, 'debrief');
    await shot(page, 'desktop-debrief');
    await page
      .getByRole('heading', { name: 'Where the money went: GMV to net profit' })
      .scrollIntoViewIfNeeded();
    await page
      .getByRole('heading', { name: 'Your decisions', exact: true })
      .scrollIntoViewIfNeeded();
    await shot(page, 'desktop-debrief-charts');
  });

  it('downloads decisions that the CLI replays to the same run code and net profit', async () => {
    const { page } = watched;
    const runCode = (await page.getByTestId('run-code').textContent()) ?? '';
    expect(runCode).toMatch(/^[0-9a-f]{8,}$/);
    const netText = await page.locator('.fig-net dd').textContent();
    const gmvText = await page.locator('.fig-gmv dd').textContent();
    const netFen = parseYuanToFen(netText ?? '');
    expect(netFen).not.toBeNull();
    expect(parseYuanToFen(gmvText ?? '')).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download decisions' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'four-stages-')), download.suggestedFilename());
    await download.saveAs(file);
    const decisions = JSON.parse(readFileSync(file, 'utf8')) as PlannedAction[];
    // What the player did, on the day it took effect: the budget (at the listing's bid), the fakes.
    expect(decisions[0]).toMatchObject({
      stage: 'traffic',
      day: 1,
      action: { type: 'setAds', dailyBudgetFen: 40_000 },
    });
    expect(decisions[1]).toEqual({ stage: 'traffic', ...PLAN[1] });
    expect(decisions.some((d) => d.action.type === 'respondEvent')).toBe(true);

    const inProcess = replayInProcess('traffic', SEED, decisions);
    expect(inProcess).toEqual({ stateHash: runCode, netProfit: netFen });
    if (CLI_EXISTS) {
      expect(replayWithCli('traffic', SEED, file)).toEqual({
        stateHash: runCode,
        netProfit: netFen,
      });
    }
  });

  it('tries again on the same market, from day 0', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Try again (same market)' }).click();
    await sceneReady(page, 'shop');
    expect(await page.locator('.hud-day .hud-value').textContent()).toContain('0 / 40');
    await page.getByRole('button', { name: 'Map' }).click();
    // The finished run's stars stay on the map while the new run waits.
    const stage1 = page.getByRole('button', { name: /Stage 1/ });
    await expect.poll(() => stage1.textContent()).toMatch(/of 3 stars/);
  });

  it('kept the console clean and made no request to another origin', () => {
    expect(watched.problems).toEqual([]);
  });
});
