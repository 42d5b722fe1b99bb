/**
 * Short codes in the browser: the share dialog shows a link's code beside it, and a code pasted
 * into the title's "Have a code or link?" opens the page its link would have opened (a result's
 * score card, a session's gate), in English and in Chinese; a mistyped code gets its sentence.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/present/i18n/en';
import { zh } from '../../src/present/i18n/zh';
import { codeOfLink } from '../../src/share/code';
import { encodeResultLink, encodeSessionLink } from '../../src/share';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';
import { launch, openPage, shot } from './browser';
import { finishStage, LEVELS, shareLink } from './sharePlay';

const PAGE = 'https://example.org/four-stages/';
const levels = shippedLevels();

function codeOf(link: string): string {
  const code = codeOfLink(link);
  if (code === null) throw new Error(`no code for ${link}`);
  return code;
}

const result = encodeResultLink(
  runFromPlans(levels, 31, {}, 'Mei', ['traffic']),
  LEVELS,
  PAGE,
  'query',
);
const session = encodeSessionLink(
  { name: 'Class 3B', seed: 4_242, levers: {}, stages: ['traffic', 'product'], language: null },
  LEVELS,
  PAGE,
  'query',
);
if (!result.ok || !session.ok) throw new Error('the test links could not be made');
const resultCode = codeOf(result.link);
const sessionCode = codeOf(session.link);

const CATALOGUES = { en, zh } as const;
/** How long a code may take to open its page: a full page load, and for a result its replay. */
const NAVIGATION = { timeout: 20_000 };

async function openCodeField(page: Page, language: 'en' | 'zh'): Promise<void> {
  const texts = CATALOGUES[language];
  await page.getByText(texts['code.haveOne']).click();
  await expect.poll(() => page.getByLabel(texts['code.fieldLabel']).isVisible()).toBe(true);
}

async function pasteCode(page: Page, language: 'en' | 'zh', code: string): Promise<void> {
  const texts = CATALOGUES[language];
  await page.getByLabel(texts['code.fieldLabel']).fill(code);
  await page.getByRole('button', { name: texts['code.open'], exact: true }).click();
}

describe('short codes', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the share dialog shows the link’s code with a copy button', async () => {
    const { page, context, problems } = await openPage(
      browser,
      { width: 1280, height: 720 },
      './?seed=24680&stage=traffic',
    );
    await finishStage(page);
    const link = await shareLink(page, 'Mei');
    const dialog = page.getByRole('dialog', { name: 'Share your result' });
    const field = dialog.getByRole('textbox', { name: en['code.label'] });
    expect(await field.inputValue()).toBe(codeOf(link));
    await expect
      .poll(() => dialog.getByRole('button', { name: en['code.copy'] }).isVisible())
      .toBe(true);
    await shot(page, 'codes-share-dialog');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const language of ['en', 'zh'] as const) {
    const texts = CATALOGUES[language];
    const path = language === 'zh' ? './?lang=zh-CN' : './';

    it(`${language}: a result code on the title opens its verified score card`, async () => {
      const { page, context, problems } = await openPage(
        browser,
        { width: 1280, height: 720 },
        path,
      );
      await openCodeField(page, language);
      await shot(page, `codes-title-${language}`);
      await pasteCode(page, language, resultCode.toLowerCase());
      const card = page.getByRole('article');
      // A new page load and a replay in its worker: on a loaded machine that is seconds.
      await expect
        .poll(() => card.getByText(texts['score.verified']).isVisible(), NAVIGATION)
        .toBe(true);
      expect(new URL(page.url()).searchParams.get('r')).toBe(result.payload);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        language === 'zh' ? 'zh-CN' : 'en',
      );
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${language}: a session code on the title opens its session gate`, async () => {
      const { page, context, problems } = await openPage(
        browser,
        { width: 390, height: 844 },
        path,
      );
      await openCodeField(page, language);
      await shot(page, `codes-title-phone-${language}`);
      // Typed with spaces where the hyphens were, as someone reading it out would.
      await pasteCode(page, language, sessionCode.replace(/-/g, ' '));
      await expect
        .poll(
          () => page.getByRole('heading', { name: 'Class 3B', level: 1 }).isVisible(),
          NAVIGATION,
        )
        .toBe(true);
      expect(await page.getByLabel(texts['session.nameLabel']).isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${language}: a mistyped code stays on the title with its one sentence`, async () => {
      const { page, context, problems } = await openPage(
        browser,
        { width: 1280, height: 720 },
        path,
      );
      await openCodeField(page, language);
      const at = 9;
      const typo = `${sessionCode.slice(0, at)}${sessionCode[at] === 'Q' ? 'P' : 'Q'}${sessionCode.slice(at + 1)}`;
      await pasteCode(page, language, typo);
      const alert = page.locator('#title-code-problem');
      await expect.poll(() => alert.textContent()).toBe(texts['link.code_mistyped']);
      expect(page.url()).not.toContain('s=');
      await shot(page, `codes-mistyped-${language}`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
