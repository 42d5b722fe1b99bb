import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedAction, PlanStep } from '../../src/sim';
import { BASE_URL, launch, openPage, shot, type WatchedPage } from './browser';
import { CONFIRM_DIALOG, confirmFinishIfAsked } from './finishing';
import { seedWithEvent } from './plan';
import { sideScroll, smallTargets, tap } from './touch';

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
  expect(await sideScroll(page)).toBeLessThanOrEqual(0);
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
      await confirmFinishIfAsked(page);
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

/**
 * A phone in each orientation, played by touch only (page.touchscreen on the real controls): the
 * layout fits without sideways scrolling, every control is a 44 px target, the decisions sheet
 * opens and closes, a decision changed by touch reaches the sim, and the stage ends.
 */
describe('Stage 1 by touch, upright and on its side', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('667x375, the smallest phone on its side: the shop fits, sheet closed and open', async () => {
    const context = await browser.newContext({
      viewport: { width: 667, height: 375 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(new URL('./?seed=8&stage=traffic', BASE_URL).href);
    await sceneReady(page, 'shop');
    for (const open of [false, true]) {
      if (open) await tap(page.getByRole('button', { name: 'Decisions', exact: true }));
      expect(await page.getByRole('region', { name: 'Decisions' }).isVisible()).toBe(open);
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      // One row of time controls: no button starts a second row (which would be ≥ 44 px lower).
      const tops = await page
        .locator('.time-buttons .btn')
        .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(tops)).toBeLessThan(10);
      await shot(page, `phone-small-landscape${open ? '-sheet' : ''}`);
    }
    await context.close();
  });

  for (const [width, height, name] of [
    [390, 844, 'portrait'],
    [844, 390, 'landscape'],
  ] as const) {
    it(`${name} ${width}x${height}: plays by tapping and changes decisions by touch`, async () => {
      const context = await browser.newContext({
        viewport: { width, height },
        hasTouch: true,
        isMobile: true,
        reducedMotion: 'reduce',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(new URL('./?seed=8', BASE_URL).href);
      await page.getByRole('button', { name: 'New campaign' }).waitFor();
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, `phone-${name}-title`);
      await tap(page.getByRole('button', { name: 'New campaign' }));
      await sceneReady(page, 'map');
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, `phone-${name}-map`);
      await tap(page.getByRole('button', { name: /Stage 1/ }));
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, `phone-${name}-intro`);
      await tap(page.getByRole('button', { name: 'Open the shop' }));
      await sceneReady(page, 'shop');
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);

      // The decisions are a sheet: open upright, closed on the side until the player opens it.
      const sheetButton = page.getByRole('button', { name: 'Decisions', exact: true });
      const sheet = page.getByRole('region', { name: 'Decisions' });
      const startsOpen = name === 'portrait';
      expect(await sheetButton.getAttribute('aria-expanded')).toBe(String(startsOpen));
      expect(await sheet.isVisible()).toBe(startsOpen);
      await shot(page, `phone-${name}-shop`);
      if (!startsOpen) await tap(sheetButton);
      await expect.poll(() => sheet.isVisible()).toBe(true);
      expect(await sheetButton.getAttribute('aria-expanded')).toBe('true');
      expect(await smallTargets(page)).toEqual([]);
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);

      // A tap a quarter of the way along the ad budget slider sets a budget…
      const budget = page.getByLabel('Daily ad budget');
      await tap(budget, 0.25);
      await expect.poll(() => budget.inputValue()).not.toBe('0');
      const budgetFen = Number(await budget.inputValue());
      // …and a tap on the seven-day spiral starts it (its fake orders show in the risk figure).
      await tap(page.getByRole('button', { name: /Start 7-day spiral/ }));
      await expect
        .poll(() => page.getByText('Seven-day spiral: day 1 of 7').isVisible())
        .toBe(true);
      await shot(page, `phone-${name}-sheet`);
      if (!startsOpen) {
        await tap(sheetButton);
        await expect.poll(() => sheet.isVisible()).toBe(false);
      }
      for (let i = 0; i < 2; i++) await tap(page.getByRole('button', { name: 'Next day' }));
      await expect
        .poll(() => page.locator('.hud-day .hud-value').textContent())
        .toContain('2 / 40');
      expect(await page.locator('.hud-risk .hud-value').textContent()).not.toContain('off');
      expect(await smallTargets(page)).toEqual([]);
      await page.waitForTimeout(600);
      await shot(page, `phone-${name}-touch`);

      // The books open as a sheet too, and close.
      await tap(page.getByRole('button', { name: 'Books' }));
      await expect
        .poll(() => page.getByRole('region', { name: 'The books' }).isVisible())
        .toBe(true);
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      await shot(page, `phone-${name}-books`);
      await tap(page.getByRole('button', { name: 'Close the books' }));

      for (let guard = 0; guard < 40; guard++) {
        if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
        const dialog = page.getByRole('dialog');
        if (await dialog.isVisible()) {
          await tap(dialog.getByRole('button').first());
          await page.waitForTimeout(100);
          continue;
        }
        await tap(page.getByRole('button', { name: 'Finish stage' }));
        const ask = page.locator(CONFIRM_DIALOG);
        if (await ask.isVisible()) await tap(ask.locator('[data-choice="confirm"]'));
        await page.waitForTimeout(150);
      }
      await tap(page.getByRole('button', { name: 'See the debrief' }));
      await sceneReady(page, 'debrief');
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      await shot(page, `phone-${name}-debrief`);

      // The decisions made by touch are the run's: in the downloaded decisions file.
      const download = page.waitForEvent('download');
      await tap(page.getByRole('button', { name: 'Download decisions' }));
      const decisions = JSON.parse(
        readFileSync((await (await download).path()) ?? '', 'utf8'),
      ) as PlannedAction[];
      expect(decisions).toContainEqual(
        expect.objectContaining({
          day: 1,
          action: expect.objectContaining({ type: 'setAds', dailyBudgetFen: budgetFen }),
        }),
      );
      expect(decisions).toContainEqual(
        expect.objectContaining({
          day: 1,
          action: expect.objectContaining({ type: 'startPlan', plan: 'spiral' }),
        }),
      );
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
