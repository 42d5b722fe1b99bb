import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { clippedTexts } from './clipping';
import {
  ALL_STAGES,
  EVERY_LEVER,
  joinToMap,
  leverLines,
  sessionLink,
  sessionName,
} from './sessionMap';

/**
 * A trainer's session link with changed levers: the map names the session and lists each
 * lever against the stages' own values, in the class's language, as text only.
 */
describe('the map of a trainer’s session', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('names the session and the levers the trainer changed, in English', async () => {
    const link = sessionLink(
      'Class 9A',
      { commissionBp: 800, settlementDays: 7 },
      ['traffic', 'product'],
      null,
    );
    const { page, context, problems } = await openPage(
      browser,
      { width: 1280, height: 720 },
      './?lang=en',
    );
    try {
      await joinToMap(page, link, 'Kai');
      expect(await sessionName(page)).toBe('Session: Class 9A');
      expect(await leverLines(page)).toEqual([
        'Platform commission 5% → 8%',
        'Settlement delay 11 days → 7 days',
      ]);
      // Only the session's two islands' cards.
      expect(await page.locator('.stage-cards button').count()).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('writes them in Chinese when the session is a Chinese class', async () => {
    const link = sessionLink('周三晚班', EVERY_LEVER, ALL_STAGES, 'zh');
    const { page, context, problems } = await openPage(browser, { width: 1280, height: 720 }, './');
    try {
      await joinToMap(page, link, '小林');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await sessionName(page)).toBe('场次：周三晚班');
      expect(await leverLines(page)).toEqual([
        '平台佣金 5%（第 1、2、3 阶段），8%（第 4 阶段） → 3%',
        '支付手续费 0.6% → 1.3%',
        '广告点击价格（相对正常） 100% → 150%',
        '退货率（相对正常） 100% → 200%',
        '刷单检测力度（相对正常） 100% → 50%',
        '结算周期 11 天 → 7 天',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a hostile session name as text only, cut for the header', async () => {
    const raw = '<img src=x onerror=alert(1)>\u202E Class 9A of the evening course';
    const link = sessionLink(raw, {}, ['traffic'], 'en');
    const { page, context, problems } = await openPage(browser, { width: 390, height: 844 }, './');
    try {
      await joinToMap(page, link, 'Kai');
      const name = page.locator('.map-session-name bdi');
      // Cleaned (no override) and held to 40 letters by the link; cut to 32 for the header with
      // an ellipsis, the whole cleaned name in its title.
      expect(await name.textContent()).toBe('<img src=x onerror=alert(1)> Cl…');
      expect(await name.getAttribute('title')).toBe('<img src=x onerror=alert(1)> Class 9A of');
      expect(await page.locator('.map-session img').count()).toBe(0);
      expect(await page.locator('.map-session-levers').innerText()).toBe(
        'The trainer kept every stage’s own levers.',
      );
      expect(await clippedTexts(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
