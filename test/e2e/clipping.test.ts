import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { clippedTexts } from './clipping';
import { clearClassFromLinks } from '../../src/share/roundClass';
import { briefWithMoreCash } from '../fixtures/briefBytes';
import { scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from '../unit/levels';
import { ALL_STAGES, EVERY_LEVER, joinToMap, sessionLink } from './sessionMap';

/**
 * No text is cut or spills out of its box, on any screen, in either language, on a desktop and
 * on phones held both ways. The route goes by classes and keys, not by labels, so that the same
 * steps walk the Chinese game.
 */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 667, height: 375 },
] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const LATER_STAGES = ['product', 'market', 'comprehensive'] as const;

/** A round-2 brief (standings, class figures, what changed) and one with its cash edited. */
const roundBase = loadLevel('comprehensive');
const roundClass = scenarioLinks(roundBase);
const roundCleared = clearClassFromLinks(
  roundClass.classLink,
  roundClass.handIns[0] ?? [],
  roundBase,
);
if (!roundCleared.ok) throw new Error(roundCleared.reason);
const ROUND_TWO_BRIEF = roundCleared.clearing.nextBriefs[0] ?? '';
const TAMPERED_BRIEF = briefWithMoreCash(ROUND_TWO_BRIEF, roundBase, 1_000);

async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForTimeout(ms);
}

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => document.body.dataset['scene'] === wanted, name);
  await settle(page, 600);
}

/** Each problem once, with the first place it was seen. */
function note(found: string[], where: string, problems: string[]): void {
  for (const problem of problems) {
    if (!found.some((line) => line.endsWith(`: ${problem}`))) found.push(`${where}: ${problem}`);
  }
}

/** Looks at the page as it is now and at each glossary tip opened in turn. */
async function look(page: Page, where: string, found: string[], tips = false): Promise<void> {
  note(found, where, await clippedTexts(page));
  if (!tips) return;
  const buttons = page.locator('.glossary-button:visible');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if (!(await button.isVisible())) continue;
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await settle(page, 100);
    note(found, `${where}, tip ${i + 1}`, await clippedTexts(page));
    await button.click();
  }
}

/** Opens each dialog the decisions panel offers (suppliers, market data, finance) in turn. */
async function lookAtDialogs(page: Page, where: string, found: string[]): Promise<void> {
  const opens = page.locator('.btn-open');
  const count = await opens.count();
  for (let i = 0; i < count; i++) {
    const open = opens.nth(i);
    if (!(await open.isVisible())) {
      const sheet = page.locator('.btn-sheet');
      if (await sheet.isVisible()) await sheet.click();
      if (!(await open.isVisible())) continue;
    }
    await open.scrollIntoViewIfNeeded();
    await open.click();
    await page.locator('.modal:visible').first().waitFor();
    await settle(page);
    await look(page, `${where}, dialog ${i + 1}`, found);
    await page.keyboard.press('Escape');
    await settle(page, 200);
  }
}

/** Presses F until the stage ends, looking at the first event on the way; then the debrief. */
async function finishStage(page: Page, where: string, found: string[]): Promise<void> {
  let events = 0;
  for (let guard = 0; guard < 40; guard++) {
    const event = page.locator('.event-dialog');
    if (await event.isVisible()) {
      events += 1;
      if (events === 1) await look(page, `${where}, event`, found);
      await event.locator('button').first().click();
      await settle(page, 300);
      continue;
    }
    // "Finish stage" asks first while many days remain: look at the question, then go on.
    const confirm = page.locator('.confirm-dialog');
    if (await confirm.isVisible()) {
      await look(page, `${where}, confirm`, found);
      await confirm.locator('[data-choice="confirm"]').click();
      await settle(page, 300);
      continue;
    }
    const end = page.locator('.end-dialog');
    if (await end.isVisible()) {
      await look(page, `${where}, stage over`, found);
      await end.locator('.btn-primary').click();
      await scene(page, 'debrief');
      await look(page, `${where}, debrief`, found);
      return;
    }
    await page.keyboard.press('f');
    await page
      .locator('.event-dialog:visible, .end-dialog:visible, .confirm-dialog:visible')
      .first()
      .waitFor({ timeout: 60_000 });
  }
  throw new Error(`${where}: the stage did not end`);
}

describe('no clipped or overflowing text', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}×${viewport.height}`;
      it(`on every screen, ${lang} at ${size}`, { timeout: 600_000 }, async () => {
        const found: string[] = [];
        const where = (screen: string) => `${lang} ${size} ${screen}`;
        const { page, context } = await openPage(browser, viewport, `./?lang=${lang}&seed=5`, {
          reducedMotion: 'reduce',
        });
        try {
          await page.locator('.screen-title .btn-primary.btn-large').waitFor();
          await settle(page);
          await look(page, where('title'), found);

          await page.locator('.screen-title .btn-primary.btn-large').click();
          await scene(page, 'map');
          await look(page, where('map'), found);
          await page.locator('.stage-cards button').first().click();
          await page.locator('.intro-dialog').waitFor();
          await settle(page);
          await look(page, where('intro'), found);
          await page.locator('.intro-dialog .btn-primary').click();
          await scene(page, 'shop');
          await look(page, where('shop 1, day 0'), found, true);
          await page.keyboard.press('n');
          await settle(page, 800);
          await look(page, where('shop 1, day 1'), found, true);
          await page.keyboard.press('b');
          await settle(page);
          await look(page, where('shop 1, books'), found);
          await page.keyboard.press('b');
          await finishStage(page, where('stage 1'), found);
          await shot(page, `clipping-${lang}-${size}-debrief`);

          for (const stage of LATER_STAGES) {
            await page.goto(new URL(`./?lang=${lang}&seed=5&stage=${stage}`, page.url()).href);
            await scene(page, 'shop');
            const intro = page.locator('.intro-dialog');
            if (await intro.isVisible()) {
              await look(page, where(`${stage} intro`), found);
              await intro.locator('.btn-primary').click();
              await scene(page, 'shop');
            }
            await look(page, where(`${stage} shop, day 0`), found, true);
            await page.keyboard.press('n');
            await settle(page, 800);
            await look(page, where(`${stage} shop, day 1`), found);
            await lookAtDialogs(page, where(`${stage} shop`), found);
            await shot(page, `clipping-${lang}-${size}-${stage}`);
          }

          await page.goto(new URL(`./?lang=${lang}`, page.url()).href);
          await page.locator('.title-trainers').click();
          await settle(page, 800);
          await look(page, where('trainers'), found);
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});

/** A trainer's session on the map: a long name and every lever changed, the most it can show. */
describe('no clipped text on the session map', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}×${viewport.height}`;
      it(`session map, ${lang} at ${size}`, async () => {
        const zh = lang === 'zh-CN';
        const name = zh
          ? '周三晚班 · 电商运营二班（第二学期）'
          : 'Wednesday evening class, e-commerce 2';
        const link = sessionLink(name, EVERY_LEVER, ALL_STAGES, zh ? 'zh' : 'en');
        const { page, context } = await openPage(browser, viewport, './', {
          reducedMotion: 'reduce',
        });
        try {
          await joinToMap(page, link, 'Kai');
          expect(await page.locator('.map-session-lever').count()).toBe(6);
          const found = await clippedTexts(page);
          await shot(page, `clipping-${lang}-${size}-session-map`);
          expect(found).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('no clipped or overflowing text in a class round', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}×${viewport.height}`;
      it(`brief, shop, hand-in and refusal, ${lang} at ${size}`, { timeout: 300_000 }, async () => {
        const found: string[] = [];
        const where = (screen: string) => `${lang} ${size} ${screen}`;
        const { page, context } = await openPage(
          browser,
          viewport,
          `./?lang=${lang}${ROUND_TWO_BRIEF}`,
          { reducedMotion: 'reduce' },
        );
        try {
          await scene(page, 'map');
          await look(page, where('class round brief'), found);
          await shot(page, `clipping-${lang}-${size}-brief`);
          await page.locator('.brief-play').click();
          await scene(page, 'shop');
          await look(page, where('class round shop, day 0'), found, true);
          await page.keyboard.press('n');
          await settle(page, 800);
          await look(page, where('class round shop, day 1'), found);
          await lookAtDialogs(page, where('class round shop'), found);
          await finishStage(page, where('class round'), found);
          await shot(page, `clipping-${lang}-${size}-hand-in`);
          await page.goto(new URL(`./?lang=${lang}${TAMPERED_BRIEF}`, page.url()).href);
          await page.locator('.brief-refusal').waitFor();
          await look(page, where('class round refusal'), found);
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});

/**
 * The class market's trainer page, cleared over two rounds: its forms, standings, the round's
 * charts and, in print media, the students' sheets, in both languages on every viewport.
 */
describe('no clipped or overflowing text on the class market page', () => {
  let browser: Browser;
  const { classLink, handIns } = scenarioLinks(loadLevel('comprehensive'));

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}×${viewport.height}`;
      it(`on the class market page, ${lang} at ${size}`, { timeout: 120_000 }, async () => {
        const found: string[] = [];
        const where = (screen: string) => `${lang} ${size} market ${screen}`;
        const { page, context } = await openPage(browser, viewport, `./?lang=${lang}#market`, {
          reducedMotion: 'reduce',
        });
        try {
          await page.locator('#market-h').waitFor();
          await look(page, where('create'), found);
          await page.locator('#market-class').fill(classLink);
          await page.locator('#market-handins').fill(handIns.flat().join('\n'));
          await page.locator('.market-collect button[type="submit"]').click();
          await expect
            .poll(() => page.locator('.market-chart').count(), { timeout: 60_000 })
            .toBe(3);
          await settle(page);
          await look(page, where('cleared'), found);
          await page.locator('#market-names').check();
          await look(page, where('cleared, names on'), found);
          await page.emulateMedia({ media: 'print' });
          await look(page, where('print sheets'), found);
          await page.emulateMedia({ media: 'screen' });
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});
