/**
 * Opening the game from a folder: dist/four-stages.html, every script, style and drawing inside,
 * opened over file:// as a trainer does from a copied folder. It plays, saves, and makes result
 * links that verify; it has no service worker, and it loads nothing but itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { playADayAndReload, watchProblems } from './playDay';
import { finishStage, LEVELS, shareLink, verifyResultLink } from './sharePlay';

const DIST = process.env['E2E_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const FILE = `${DIST.replace(/\/$/, '')}/four-stages.html`;

describe('four-stages.html from a folder (file://)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is one file: no script, style or image outside it, the policy pinned to its scripts', () => {
    const html = readFileSync(FILE, 'utf8');
    console.log(`four-stages.html: ${statSync(FILE).size} bytes`);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="(?:stylesheet|modulepreload|manifest)"/);
    expect(html).not.toMatch(/<link[^>]*href="\.\//);
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(?:inline|eval)'/);
  });

  it('index.html opened from the folder says, in both languages, to open the single file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(`${DIST.replace(/\/$/, '')}/index.html`).href);
    const note = page.locator('.folder-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    const [english, chinese] = await note.locator('p').allTextContents();
    expect(english).toContain('open four-stages.html in the same folder');
    expect(chinese).toContain('four-stages.html');
    await context.close();
  });

  it('plays a day, keeps it across a reload, and shares a link that verifies', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const problems = watchProblems(page);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    const url = pathToFileURL(FILE).href;
    await page.goto(`${url}?seed=24680`);
    expect(await page.locator('.folder-note').isVisible()).toBe(false);
    await playADayAndReload(page);
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('four-stages.save');
    // A file:// page cannot have a service worker; the game does not try to register one.
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

    await finishStage(page);
    const link = await shareLink(page, 'Folder');
    expect(link.startsWith(`${url}#r=`)).toBe(true);
    const verified = verifyResultLink(link, LEVELS);
    if (!verified.ok) throw new Error(verified.message);
    await page.goto('about:blank');
    await page.goto(link);
    const card = page.getByRole('article');
    await expect.poll(() => card.getByText('✓ Verified').isVisible()).toBe(true);
    expect(await card.locator('[data-testid=run-code]').allTextContents()).toEqual(
      verified.result.stages.map((s) => s.summary.stateHash),
    );
    // Nothing but the file itself and its own data: URIs.
    const elsewhere = loaded.filter((u) => !/^(?:file|data|blob):/.test(u) && u !== 'about:blank');
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
