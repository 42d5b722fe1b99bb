import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { CONFIRM_DIALOG, confirmFinishIfAsked } from './finishing';
import { leftovers } from './leftovers';

describe('the whole game in Chinese (?lang=zh-CN)', () => {
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?lang=zh-CN&seed=5', {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows no English on the title, map, shop and debrief', async () => {
    const { page } = watched;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('button', { name: '新的挑战' }).waitFor();
    // The Latin name under the Chinese one is English to a screen reader.
    expect(await page.locator('h1 [lang="en"]').textContent()).toBe('Four Stages');
    expect(await leftovers(page)).toEqual([]);
    await shot(page, 'zh-title');

    await page.getByRole('button', { name: '新的挑战' }).click();
    await page.getByRole('button', { name: /第一阶段/ }).click();
    expect(await leftovers(page)).toEqual([]);
    await page.getByRole('button', { name: '开店' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByRole('button', { name: '下一天' }).click();
    await page.waitForTimeout(500);
    expect(await leftovers(page)).toEqual([]);
    await shot(page, 'zh-shop');

    for (let guard = 0; guard < 30; guard++) {
      if (await page.getByRole('button', { name: '查看复盘' }).isVisible()) break;
      const dialog = page.getByRole('dialog');
      if (await dialog.isVisible()) {
        expect(await leftovers(page)).toEqual([]);
        await dialog.getByRole('button').last().click();
        continue;
      }
      await page.getByRole('button', { name: '完成本阶段' }).click();
      // More than 3 days left: the question comes in Chinese too, then is confirmed.
      if (await page.locator(CONFIRM_DIALOG).isVisible()) {
        expect(await leftovers(page)).toEqual([]);
        if (guard === 0) await shot(page, 'zh-confirm-finish');
        await confirmFinishIfAsked(page);
      }
      await page.waitForTimeout(150);
    }
    await page.getByRole('button', { name: '查看复盘' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'debrief');
    await page.waitForTimeout(800);
    expect(await leftovers(page)).toEqual([]);
    await shot(page, 'zh-debrief');
    expect(watched.problems).toEqual([]);
  });
});

describe('the language switch', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is remembered across visits, and a ?lang link still wins for that page', async () => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 720 }, './?seed=5');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('button', { name: '新的挑战' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // A later visit without ?lang opens in the language chosen.
    await page.goto(new URL('./?seed=5', page.url()).href);
    await page.getByRole('button', { name: '新的挑战' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // A trainer's ?lang=en link opens in English without changing the player's choice.
    await page.goto(new URL('./?seed=5&lang=en', page.url()).href);
    await page.getByRole('button', { name: 'New campaign' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(new URL('./?seed=5', page.url()).href);
    await page.getByRole('button', { name: '新的挑战' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(problems).toEqual([]);
  });
});
