import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, type WatchedPage } from './browser';

describe('offline after the first visit', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?seed=12');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('installs a service worker, then reloads and plays with the network cut', async () => {
    const { page, context } = watched;
    const manifest = await page.evaluate(() =>
      document.querySelector('link[rel=manifest]')?.getAttribute('href'),
    );
    expect(manifest).toBe('./manifest.webmanifest');
    // Controlled: the worker has activated, precached this build and claimed the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('1 / 40');
    // A classroom link is the same page with a fragment: it opens offline too.
    await page.goto(new URL('./#trainer', page.url()).href);
    await page.reload();
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    await context.setOffline(false);
  });
});
