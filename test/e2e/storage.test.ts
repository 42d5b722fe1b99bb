import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SAVE_KEY, SAVE_VERSION, serializeSave } from '../../src/platform/save';
import { en } from '../../src/present/i18n/en';
import { BASE_URL, launch, shot } from './browser';

/**
 * Storage that refuses, fills up or holds a damaged save: the game still plays, says once that
 * progress is not saved (with an export at hand), and sets a damaged save aside instead of
 * overwriting it. The storage faults are made in the page before the game's code runs.
 */
async function openWith(
  browser: Browser,
  fault: string,
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await context.addInitScript(fault);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(new URL('./?seed=41', BASE_URL).href);
  return { page, context, problems };
}

async function playTwoDays(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('button', { name: /Stage 1/ }).click();
  await page.getByRole('button', { name: 'Open the shop' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next day' }).click();
  await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('2 / 40');
}

/** The banner's sentence, or null while it is hidden. */
function banner(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = document.querySelector<HTMLElement>('.save-banner');
    return node && !node.hidden
      ? (node.querySelector('.save-banner-text')?.textContent ?? '')
      : null;
  });
}

describe('storage that is blocked, full or damaged', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('blocked: plays on, says once that nothing is saved, and offers the export', async () => {
    const { page, context, problems } = await openWith(
      browser,
      `Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('blocked', 'SecurityError'); },
      });`,
    );
    await page.getByRole('button', { name: 'New campaign' }).waitFor();
    await expect.poll(() => banner(page)).toBe(en['save.status.unavailable']);
    const saveBanner = page.getByRole('status').filter({ hasText: 'not being saved' });
    expect(await saveBanner.getByRole('button', { name: 'Export save' }).isVisible()).toBe(true);
    await shot(page, 'desktop-storage-blocked');
    await saveBanner.getByRole('button', { name: 'Dismiss' }).click();
    await playTwoDays(page);
    // Said once: each day's failed autosave does not bring it back.
    expect(await banner(page)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('full: plays on, says once that progress is not saved, and the export works', async () => {
    const { page, context, problems } = await openWith(
      browser,
      `const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === ${JSON.stringify(SAVE_KEY)}) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };`,
    );
    // The banner comes with the first failed autosave, mid-play: the time bar stays usable.
    await playTwoDays(page);
    await expect.poll(() => banner(page)).toBe(en['save.status.full']);
    await shot(page, 'desktop-storage-full');
    const download = page.waitForEvent('download');
    await page.locator('.save-banner').getByRole('button', { name: 'Export save' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await page.locator('.save-banner').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('3 / 40');
    expect(await banner(page)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('damaged: kept aside to download until dismissed; a new campaign starts and saves', async () => {
    const damaged = '{"version": 3, "campaign": [broken';
    const { page, context, problems } = await openWith(
      browser,
      `if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(damaged)});
      }`,
    );
    const notice = page.locator('.save-notice').filter({ hasText: 'damaged' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(en['save.notice.quarantined']);
    await shot(page, 'desktop-storage-damaged');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the damaged save' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('four-stages-damaged-save-1.txt');
    expect(readFileSync((await file.path()) ?? '', 'utf8')).toBe(damaged);
    await playTwoDays(page);
    await expect
      .poll(() =>
        page.evaluate((key) => localStorage.getItem(key)?.startsWith('{') ?? false, SAVE_KEY),
      )
      .toBe(true);
    // Kept across a reload, until the player dismisses it.
    await page.reload();
    await expect.poll(() => notice.isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.isVisible()).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(await notice.isVisible()).toBe(false);
    const kept = await page.evaluate(
      (key) => Object.keys(localStorage).filter((k) => k !== key && k.startsWith(key)),
      SAVE_KEY,
    );
    expect(kept).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checksum: a save with one action slipped in is quarantined, not played', async () => {
    const text = serializeSave({
      version: SAVE_VERSION,
      writer: { tab: '', count: 0 },
      savedAt: 0,
      campaign: {
        seed: 41,
        results: {},
        logs: {},
        latestLogs: {},
        paused: [],
        run: { stage: 'traffic', seed: 41, log: [{ type: 'advanceDay' }], decisions: [] },
        reflections: {},
      },
    });
    const slipped = text.replace(
      '"log":[',
      '"log":[{"type":"setPrice","listingId":"tee","priceFen":9900},',
    );
    const { page, context, problems } = await openWith(
      browser,
      `if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(slipped)});
      }`,
    );
    const notice = page.locator('.save-notice').filter({ hasText: 'damaged' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(false);
    const kept = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k !== key && k.startsWith(key))
          .map((k) => localStorage.getItem(k)),
      SAVE_KEY,
    );
    expect(kept).toEqual([slipped]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('newer: refused, left in the main slot untouched; a fresh campaign only on request', async () => {
    const newer = JSON.stringify({ version: SAVE_VERSION + 1, campaign: { future: true } });
    const { page, context, problems } = await openWith(
      browser,
      `if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(newer)});
      }`,
    );
    const stored = () => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
    const notice = page.getByRole('alert').filter({ hasText: 'newer version' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(
      'This save was made by a newer version: reload to update.',
    );
    expect(await notice.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await shot(page, 'desktop-storage-newer');
    // Declining keeps it; nothing is written over it.
    await page.getByRole('button', { name: 'New campaign' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Start a new campaign on this version?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toBe(newer);
    await page.reload();
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await stored()).toBe(newer);
    // Asked for, the fresh campaign saves, and the newer save is kept aside, not deleted.
    await page.getByRole('button', { name: 'New campaign' }).click();
    await ask.getByRole('button', { name: 'Start a new campaign' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect
      .poll(async () => (await stored())?.includes(`"version":${SAVE_VERSION}`) ?? false)
      .toBe(true);
    const aside = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`${key}.newer.`))
          .map((k) => localStorage.getItem(k)),
      SAVE_KEY,
    );
    expect(aside).toEqual([newer]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
