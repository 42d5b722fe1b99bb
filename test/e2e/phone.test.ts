import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/sim';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { seedWithEvent } from './plan';

const PHONE = { width: 390, height: 844 };
/** The phone player's decisions below, so the seed can be one whose stage has an event. */
const PLAN: PlanStep[] = [
  { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 60_000, bidFen: 100 } },
  { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 60_000, bidFen: 150 } },
  { day: 1, action: { type: 'startPlan', listingId: 'tee', plan: 'spiral' } },
  { day: 2, action: { type: 'cancelPlan', listingId: 'tee' } },
];
const SEED = seedWithEvent('traffic', PLAN, 7);

async function sceneReady(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => document.body.dataset['scene'] === name, scene);
  await page.waitForTimeout(600);
}

async function noSideScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

describe('on a 390x844 phone', () => {
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title and the world map', async () => {
    const watched = await openPage(browser, PHONE, './?seed=7');
    pages.push(watched);
    const { page } = watched;
    await sceneReady(page, 'map');
    await shot(page, 'phone-title');
    await page.getByRole('button', { name: 'New campaign' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'The four stages' }).isVisible())
      .toBe(true);
    await page.waitForTimeout(500);
    await noSideScroll(page);
    await shot(page, 'phone-map');
  });

  it('plays a ?stage link: the shop, the books, the debrief', async () => {
    const watched = await openPage(browser, PHONE, `./?seed=${SEED}&stage=traffic`);
    pages.push(watched);
    const { page } = watched;
    await sceneReady(page, 'shop');
    await page.getByLabel('Daily ad budget').fill('60000');
    await page.getByLabel('Max bid per click').fill('150');
    // The seven-day spiral is one click, shows its day, and can be cancelled.
    await page.getByRole('button', { name: /Start 7-day spiral/ }).click();
    await expect.poll(() => page.getByText('Seven-day spiral: day 1 of 7').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.getByText('Seven-day spiral: day 2 of 7').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Cancel plan' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Start 123 ramp/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.waitForTimeout(1_200);
    await noSideScroll(page);
    await shot(page, 'phone-shop');
    await page.getByRole('button', { name: 'Books' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'The books' }).isVisible()).toBe(true);
    await shot(page, 'phone-books');
    await page.getByRole('button', { name: 'Close the books' }).click();
    let events = 0;
    for (let guard = 0; guard < 30; guard++) {
      if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
      const dialog = page.getByRole('dialog');
      if (await dialog.isVisible()) {
        if (events++ === 0) await shot(page, 'phone-event');
        await dialog.getByRole('button').first().click();
        continue;
      }
      await page.locator('body').press('f');
      await page.waitForTimeout(150);
    }
    expect(events).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect.poll(() => page.getByTestId('run-code').isVisible()).toBe(true);
    await sceneReady(page, 'debrief');
    await noSideScroll(page);
    await shot(page, 'phone-debrief');
    await page.getByRole('heading', { name: 'Day by day' }).scrollIntoViewIfNeeded();
    await shot(page, 'phone-debrief-charts');
  });

  it('kept the console clean', () => {
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
