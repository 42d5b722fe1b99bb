import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot } from './browser';

/**
 * Every choice of an event can be reached on a desktop and on phones held both ways, in both
 * languages: each choice button lies inside the viewport, or the dialog shows its "more below"
 * cue and scrolling brings the choice in. Stage 4 on seed 1 opens the tallest dialogs: the
 * Double 11 invitation and the stock-up order, each with a table of every listing.
 */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 667, height: 375 },
] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const EVENTS_PER_RUN = 4;

/** Presses N (next day) until an event opens; returns its kind. */
async function nextEvent(page: Page): Promise<string> {
  const dialog = page.locator('.event-dialog');
  for (let guard = 0; guard < 80 && !(await dialog.isVisible()); guard++) {
    await page.locator('body').press('n');
    await page.waitForTimeout(40);
  }
  expect(await dialog.isVisible()).toBe(true);
  await page.waitForTimeout(150);
  return (await dialog.getAttribute('data-kind')) ?? '';
}

function inside(
  box: { y: number; height: number; x: number; width: number },
  view: { width: number; height: number },
) {
  return (
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= view.height + 0.5 &&
    box.x + box.width <= view.width + 0.5
  );
}

describe('event choices fit on screen or scroll with a cue', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}x${viewport.height}`;
      it(`${lang} at ${size}`, { timeout: 240_000 }, async () => {
        const { page, context, problems } = await openPage(
          browser,
          viewport,
          `./?lang=${lang}&seed=1&stage=comprehensive`,
        );
        await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
        const dialog = page.locator('.event-dialog');
        const cue = dialog.locator('.event-more');
        const seen: string[] = [];
        for (let n = 0; n < EVENTS_PER_RUN; n++) {
          const kind = await nextEvent(page);
          seen.push(kind);
          await shot(page, `event-${lang}-${size}-${kind}`);
          const choices = dialog.locator('.event-choice');
          const count = await choices.count();
          expect(count).toBeGreaterThanOrEqual(2);
          const cueShown = await cue.isVisible();
          for (let i = 0; i < count; i++) {
            const box = (await choices.nth(i).boundingBox())!;
            // A choice below the fold is fine only while the cue says there is more below.
            expect(inside(box, viewport) || cueShown, `${kind} choice ${i + 1}`).toBe(true);
          }
          // Every choice is reachable: scrolled into view it lies inside the viewport.
          for (let i = count - 1; i >= 0; i--) {
            await choices.nth(i).scrollIntoViewIfNeeded();
            const box = (await choices.nth(i).boundingBox())!;
            expect(inside(box, viewport), `${kind} choice ${i + 1} after scrolling`).toBe(true);
          }
          // With the last choice in view the cue has nothing more to point at.
          await choices.nth(count - 1).scrollIntoViewIfNeeded();
          await page.waitForTimeout(100);
          expect(await cue.isVisible(), `${kind} cue after scrolling`).toBe(false);
          // Answering resumes the day: the dialog closes and the next day can pass.
          await choices.first().click();
          await expect.poll(() => dialog.isVisible()).toBe(false);
        }
        expect(seen).toContain('campaignInvitation');
        expect(seen).toContain('festivalStockUp');
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
