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
    // Installable: every icon the manifest names is precached at its declared size, PNGs
    // included (launchers that cannot use the SVG need 192, 512 and a maskable one).
    const icons = await page.evaluate(async () => {
      const manifest = (await (await fetch('./manifest.webmanifest')).json()) as {
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      return Promise.all(
        manifest.icons.map(async (icon) => {
          const cached = await caches.match(new URL(icon.src, location.href).href);
          let size = 'any';
          if (cached && icon.type === 'image/png') {
            const bitmap = await createImageBitmap(await cached.blob());
            size = `${bitmap.width}x${bitmap.height}`;
          }
          return { ...icon, cached: cached !== undefined, size };
        }),
      );
    });
    const pngs = icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      expect(icon.cached, icon.src).toBe(true);
      if (icon.type === 'image/png') expect(icon.size, icon.src).toBe(icon.sizes);
    }
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
