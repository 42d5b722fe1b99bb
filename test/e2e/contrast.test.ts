import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, openPage } from './browser';
import { lowest, measureContrast, type Measure } from './contrast';
import { confirmFinishIfAsked } from './finishing';
import { shareLink } from './sharePlay';

/**
 * WCAG AA contrast, measured on the screens a player and a trainer see: title, map, intro, shop
 * (dashboard, time bar, decisions, legend, notices, glossary tip, settings menu, books, an
 * event), the end of a stage, the debrief, the share dialog, the score card and the trainer page,
 * on a desktop and on a phone, in English and in Chinese.
 */
/** The labels the walk clicks, in the page's language. */
interface Words {
  newCampaign: string;
  stage1: RegExp;
  open: string;
  nextDay: string;
  books: string;
  debrief: string;
}

describe('text and control contrast (WCAG AA)', () => {
  let browser: Browser;
  const measures: Measure[] = [];

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const measure = async (page: Page, screen: string) => {
    const found = await measureContrast(page, screen);
    expect(found.length, `${screen}: nothing measured`).toBeGreaterThan(0);
    measures.push(...found);
  };

  /** Plays Stage 1 from the title with every panel opened once; measures each screen. */
  async function walk(page: Page, tag: string, words: Words) {
    await page.getByRole('button', { name: words.newCampaign }).waitFor();
    await measure(page, `${tag} title`);
    await page.getByRole('button', { name: words.newCampaign }).click();
    await page.getByRole('button', { name: words.stage1 }).click();
    await measure(page, `${tag} intro`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await measure(page, `${tag} map`);
    await page.getByRole('button', { name: words.stage1 }).click();
    await page.getByRole('button', { name: words.open }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByRole('button', { name: words.nextDay }).click();
    await page.waitForTimeout(700);
    await measure(page, `${tag} shop`);
    // A pressed button under the pointer (1× while playing) keeps its dark fill.
    await page.locator('.btn-speed').first().click();
    await page.locator('.btn-speed').first().hover();
    await measure(page, `${tag} shop playing, hover on 1×`);
    await page.locator('.btn-play').click();
    await page.locator('.glossary-button').first().click();
    await page.locator('.settings-menu-button').click();
    await measure(page, `${tag} shop tip and settings`);
    await page.locator('.settings-menu-button').click();
    await page.getByRole('button', { name: words.books }).click();
    await page.waitForTimeout(200);
    await measure(page, `${tag} books`);
    await page.locator('body').press('b');
    let events = 0;
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('button', { name: words.debrief }).isVisible()) break;
      const dialog = page.locator('.event-dialog');
      if (await dialog.isVisible()) {
        if (events++ === 0) await measure(page, `${tag} event`);
        await dialog.getByRole('button').first().click();
        continue;
      }
      await page.locator('body').press('f');
      await confirmFinishIfAsked(page);
      await page.waitForTimeout(120);
    }
    await measure(page, `${tag} end of stage`);
  }

  it('on a desktop in English: every screen, then the score card and the trainer page', async () => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 720 }, './?seed=5', {
      reducedMotion: 'reduce',
    });
    await walk(page, 'en desktop', {
      newCampaign: 'New campaign',
      stage1: /Stage 1/,
      open: 'Open the shop',
      nextDay: 'Next day',
      books: 'Books',
      debrief: 'See the debrief',
    });
    const link = await shareLink(page, 'Mei');
    await measure(page, 'en share dialog');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.body.dataset['scene'] === 'debrief');
    await page.waitForTimeout(800);
    await measure(page, 'en debrief');
    await page.goto(link);
    await expect.poll(() => page.getByRole('article').isVisible()).toBe(true);
    await measure(page, 'en score card');
    expect(problems).toEqual([]);
    const trainer = await openPage(browser, { width: 1280, height: 720 }, './#trainer');
    await expect.poll(() => trainer.page.locator('h1').first().isVisible()).toBe(true);
    await measure(trainer.page, 'en trainer page');
    expect(trainer.problems).toEqual([]);
  });

  it('on a phone in Chinese', async () => {
    const { page, problems } = await openPage(
      browser,
      { width: 390, height: 844 },
      './?seed=6&lang=zh-CN',
      { reducedMotion: 'reduce' },
    );
    await walk(page, 'zh phone', {
      newCampaign: '新的挑战',
      stage1: /第一阶段/,
      open: '开店',
      nextDay: '下一天',
      books: '账本',
      debrief: '查看复盘',
    });
    await page.getByRole('button', { name: '查看复盘' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'debrief');
    await page.waitForTimeout(800);
    await measure(page, 'zh phone debrief');
    expect(problems).toEqual([]);
  });

  it('on the Stage 2–4 shops and their data screens', async () => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 720 }, './', {
      reducedMotion: 'reduce',
    });
    for (const [stage, panel] of [
      ['product', 'Compare suppliers'],
      ['market', 'Market data'],
      ['comprehensive', 'Finance and reconciliation'],
    ] as const) {
      await page.goto(new URL(`./?seed=9&stage=${stage}`, BASE_URL).href);
      await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
      await page.getByRole('button', { name: 'Next day' }).click();
      await page.waitForTimeout(500);
      await measure(page, `en ${stage} shop`);
      await page.getByRole('button', { name: panel }).first().click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      await measure(page, `en ${stage} ${panel}`);
    }
    expect(problems).toEqual([]);
  });

  it('meets AA everywhere it measured', async () => {
    const worst = lowest(measures);
    const failures = measures
      .filter((m) => m.ratio < m.needed)
      .map((m) => `${m.what}: ${m.ratio.toFixed(2)} < ${m.needed} (${m.fg} on ${m.bg})`);
    console.log(
      `contrast: ${measures.length} measures; lowest ${worst?.ratio.toFixed(2)} (${worst?.what}, ${worst?.fg} on ${worst?.bg}, needs ${worst?.needed})`,
    );
    const text = lowest(measures.filter((m) => m.needed === 4.5));
    console.log(
      `contrast: lowest for body text ${text?.ratio.toFixed(2)} (${text?.what}, ${text?.fg} on ${text?.bg})`,
    );
    expect([...new Set(failures)]).toEqual([]);
  });
});
