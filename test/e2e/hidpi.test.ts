import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasPixelRatio, canvasSize } from '../../src/game/pixelRatio';
import { BASE_URL, launch, shot } from './browser';

async function canvasBox(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: box.width,
      cssHeight: box.height,
    };
  });
}

/**
 * On a phone's dense screen the canvas draws at the device's pixel ratio (within its budget),
 * so the ladder's and the signs' text is as sharp as the page's; shown at the page's CSS size.
 */
describe('the canvas on high-density screens', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws at the device pixel ratio on a phone, and follows a turn to landscape', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('./?stage=traffic&seed=1', BASE_URL).href);
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    const ratio = canvasPixelRatio(3, 390, 844);
    expect(ratio).toBeGreaterThan(2);
    await expect
      .poll(() => canvasBox(page))
      .toEqual({
        ...canvasSize(390, 844, ratio),
        cssWidth: 390,
        cssHeight: 844,
      });
    await shot(page, 'hidpi-phone-shop');

    await page.setViewportSize({ width: 844, height: 390 });
    const turned = canvasPixelRatio(3, 844, 390);
    await expect
      .poll(() => canvasBox(page))
      .toEqual({
        ...canvasSize(844, 390, turned),
        cssWidth: 844,
        cssHeight: 390,
      });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays at 1x on an ordinary desktop screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(new URL('./?stage=traffic&seed=1', BASE_URL).href);
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await expect
      .poll(() => canvasBox(page))
      .toEqual({ width: 1280, height: 720, cssWidth: 1280, cssHeight: 720 });
    await context.close();
  });
});
