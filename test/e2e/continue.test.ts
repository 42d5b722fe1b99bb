import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot, type WatchedPage } from './browser';

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
    await expect.poll(() => hudFigure(page, 'day'), { timeout: 10_000 }).toContain('5 / 40');
    await page.locator('body').press(' ');
    await expect.poll(() => page.getByText('Paused').isVisible()).toBe(true);
    const day = await hudFigure(page, 'day');
    await page.waitForTimeout(1_200);
    expect(await hudFigure(page, 'day')).toBe(day);
    expect(watched.problems).toEqual([]);
  });
});
