import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/present/i18n/en';
import { zh } from '../../src/present/i18n/zh';
import { launch, openPage, shot, type WatchedPage } from './browser';

/** English texts that have a different Chinese translation: none may reach the Chinese UI. */
const ENGLISH_ONLY = new Set<string>(
  Object.entries(en)
    .filter(([key, value]) => zh[key as keyof typeof zh] !== value && !value.includes('{'))
    // Names the two catalogues share the other way round (四个阶段 / Four Stages) are not leftovers.
    .filter(([, value]) => !Object.values(zh).includes(value))
    .map(([, value]) => value),
);
/** Latin words the Chinese UI keeps on purpose: the metric and units. */
const ALLOWED = /^(GMV|MOQ|CSV|plan)$/;
/** English names (the game's, a language's own): allowed only inside an element with lang="en". */
const NAMES = /^(Four|Stages|English)$/;

async function leftovers(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: { text: string; english: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest('[hidden], noscript, script, style, option')) {
        continue;
      }
      const box = parent.getBoundingClientRect();
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (box.width > 0 && box.height > 0) out.push({ text, english: lang.startsWith('en') });
    }
    return out;
  });
  return texts
    .filter(
      ({ text, english }) =>
        ENGLISH_ONLY.has(text) ||
        (text.match(/[A-Za-z]{4,}/g) ?? []).some(
          (word) => !ALLOWED.test(word) && !(english && NAMES.test(word)),
        ),
    )
    .map(({ text }) => text);
}

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
