import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { finishStage, LEVELS, shareLink, verifyResultLink } from './sharePlay';

async function hudFigure(page: Page, name: string): Promise<string> {
  return (await page.locator(`.hud-${name} .hud-value`).textContent()) ?? '';
}

describe('closing the tab and coming back (reduced motion)', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?seed=9', {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('continues the autosaved run on the same day with the same cash', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByLabel('Daily ad budget').fill('25000');
    await page.getByLabel('Discount').fill('1000');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hudFigure(page, 'day')).toContain('3 / 40');
    const cash = await hudFigure(page, 'cash');
    const gmv = await hudFigure(page, 'gmv');
    await page.waitForTimeout(800);
    await shot(page, 'desktop-shop-reduced-motion');

    await page.reload();
    const resume = page.getByRole('button', { name: 'Continue' });
    await expect.poll(() => resume.isVisible()).toBe(true);
    expect(await page.getByText('Resume Stage 1 · Traffic, day 3 of 40').isVisible()).toBe(true);
    await resume.click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await hudFigure(page, 'day')).toContain('3 / 40');
    expect(await hudFigure(page, 'cash')).toBe(cash);
    expect(await hudFigure(page, 'gmv')).toBe(gmv);
    expect(await page.getByText('¥250 / day').isVisible()).toBe(true);
  });

  it('plays at 4x until paused with Space, without errors', async () => {
    const { page } = watched;
    await page.locator('body').press('4');
    // An event of the deck may pause play on the way: answer it as the stage runs do, play on.
    const dialog = page.locator('.event-dialog');
    await expect
      .poll(
        async () => {
          if (await dialog.isVisible()) {
            await dialog.locator('.event-choice').first().click();
            await page.locator('body').press('4');
          }
          return hudFigure(page, 'day');
        },
        { timeout: 15_000 },
      )
      .toContain('5 / 40');
    await page.locator('body').press(' ');
    await expect.poll(() => page.getByText('Paused').isVisible()).toBe(true);
    const day = await hudFigure(page, 'day');
    await page.waitForTimeout(1_200);
    expect(await hudFigure(page, 'day')).toBe(day);
    expect(watched.problems).toEqual([]);
  });
});

describe('a campaign link made after a reload carries the stages finished before it', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?seed=3', {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finishes Stage 1, reloads mid Stage 2, finishes it, and shares both stages verified', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    // Enough ads and a few fake orders pass Stage 1 on this market, so Stage 2 opens.
    await page.getByLabel('Daily ad budget').fill('40000');
    await page.getByLabel('黑搜 fake search orders per day').fill('5');
    await finishStage(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('button', { name: 'Next stage' }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hudFigure(page, 'day')).toContain('2 /');

    // The saved run is now Stage 2: Stage 1 survives the reload only through its saved log.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await hudFigure(page, 'day')).toContain('2 /');
    await finishStage(page);
    const link = await shareLink(page, 'Rin');
    const verified = verifyResultLink(link, LEVELS);
    if (!verified.ok) throw new Error(verified.message);
    expect(verified.result.stages.map((s) => s.stage)).toEqual(['traffic', 'product']);
    expect(verified.result.seed).toBe(3);

    await page.goto(link);
    const card = page.getByRole('article');
    await expect.poll(() => card.getByText('✓ Verified').isVisible()).toBe(true);
    const table = (await card.getByRole('table').textContent()) ?? '';
    expect(table).toContain('Stage 1');
    expect(table).toContain('Stage 2');
    expect(watched.problems).toEqual([]);
  });
});
