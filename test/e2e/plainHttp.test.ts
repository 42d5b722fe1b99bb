/**
 * Plain HTTP on a lab server's name: not a secure context, so the browser offers no service
 * worker, no Web Locks and no crypto.subtle. The game must still play and save. The name maps to
 * loopback inside Chromium only; the built game is served from this process.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/staticServer';
import { playADayAndReload, watchProblems } from './playDay';

const DIST = process.env['E2E_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const HOST = 'four-stages-lab.test';

describe('plain HTTP without a service worker or Web Locks', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plays a day and keeps it across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems = watchProblems(page);
    const url = new URL(server.url);
    url.hostname = HOST;
    await page.goto(`${url.href}?seed=13579`);
    const platform = await page.evaluate(() => ({
      secure: window.isSecureContext,
      serviceWorker: 'serviceWorker' in navigator,
      locks: 'locks' in navigator,
    }));
    expect(platform).toEqual({ secure: false, serviceWorker: false, locks: false });
    // The folder note in index.html is for file:// only; a served page never shows it.
    expect(await page.locator('.folder-note').isVisible()).toBe(false);
    await playADayAndReload(page);
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('four-stages.save');
    expect(problems).toEqual([]);
    await context.close();
  });
});
