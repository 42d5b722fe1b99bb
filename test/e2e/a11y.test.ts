import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, SCREENSHOTS, type WatchedPage } from './browser';

/** Presses Tab until the focused element's accessible text matches; fails if it never does. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      // The page itself takes focus between the last control and the first: never a match.
      if (!active || active === document.body) return '';
      return `${active?.getAttribute('aria-label') ?? ''} ${active?.textContent ?? ''}`;
    });
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** The focused element shows a ring: an outline or a box-shadow. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return false;
    const style = getComputedStyle(active);
    // The ring is --focus: two spread shadows, the outer one 6 px.
    return style.boxShadow.includes('0px 0px 0px 6px') || style.outlineStyle !== 'none';
  });
}

describe('keyboard-only play of Stage 1', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?seed=21');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches every step with Tab, Enter and the shortcuts, with a visible focus', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'New campaign' }).waitFor();
    await tabTo(page, /New campaign/);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, /Stage 1/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Open the shop/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');

    // The glossary tip is a real button whose description is the explanation.
    await tabTo(page, /What is 直通车/);
    expect(await focusVisible(page)).toBe(true);
    // Enter, not Space: in the shop Space is play/pause everywhere (src/ui/keyboard.ts).
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tooltip').first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    for (let i = 0; i < 3; i++) await page.keyboard.press('n');
    await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('3 / 40');
    for (let guard = 0; guard < 30; guard++) {
      if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
      if (await page.getByRole('dialog').isVisible()) {
        // Focus starts on the first choice: Enter answers it.
        await page.keyboard.press('Enter');
        await page.waitForTimeout(100);
        continue;
      }
      await page.locator('body').press('f');
      await page.waitForTimeout(150);
    }
    await tabTo(page, /See the debrief/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset['scene'] === 'debrief');
    expect(watched.problems).toEqual([]);
    expect(SCREENSHOTS).toBeTruthy();
  });
});

describe('Stage 1 by touch on a phone, portrait and landscape', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height, name] of [
    [390, 844, 'portrait'],
    [844, 390, 'landscape'],
  ] as const) {
    it(`plays by tapping at ${width}x${height}, with no horizontal scroll`, async () => {
      const context = await browser.newContext({
        viewport: { width, height },
        hasTouch: true,
        isMobile: true,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(
        new URL('./?seed=8', process.env['E2E_URL'] ?? 'http://127.0.0.1:4173/').href,
      );
      await page.getByRole('button', { name: 'New campaign' }).tap();
      await page.getByRole('button', { name: /Stage 1/ }).tap();
      await page.getByRole('button', { name: 'Open the shop' }).tap();
      await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
      for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next day' }).tap();
      await expect
        .poll(() => page.locator('.hud-day .hud-value').textContent())
        .toContain('2 / 40');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Touch targets: the time bar's buttons are at least 44 px tall.
      const heights = await page
        .locator('.timebar button:visible, .time-bar button:visible')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${SCREENSHOTS}phone-${name}-touch.png` });
      await context.close();
    });
  }
});
