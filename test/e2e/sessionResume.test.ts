import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSessionLink } from '../../src/share';
import { BASE_URL, launch, openPage, shot, type WatchedPage } from './browser';
import { finishStage, LEVELS, verifyResultLink } from './sharePlay';

const SEED = 86_420;
const OWN_SAVE = 'four-stages.save';

const hudDay = (page: Page) => page.locator('.hud-day .hud-value').textContent();
const ownSave = (page: Page) => page.evaluate((key) => localStorage.getItem(key), OWN_SAVE);

function sessionLink(): string {
  const encoded = encodeSessionLink(
    {
      name: 'Class 9A',
      seed: SEED,
      levers: { commissionBp: 700 },
      stages: ['traffic'],
      language: null,
    },
    LEVELS,
    BASE_URL,
  );
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

describe('a student reloads mid-stage in a classroom session', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let saveBefore: string | null = null;

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './?seed=5', {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('continues the same session game on the same day, the own campaign untouched', async () => {
    const { page } = watched;
    // This browser already holds the visitor's own campaign, one day into Stage 1.
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hudDay(page)).toContain('1 / 40');
    saveBefore = await ownSave(page);
    expect(saveBefore).toContain('"seed":5');

    await page.goto(sessionLink());
    await page.getByLabel(/Your name/).fill('Kai');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: /Stage 1/ }).click();
    await page.getByRole('button', { name: 'Open the shop' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    await page.getByLabel('Daily ad budget').fill('30000');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hudDay(page)).toContain('3 / 40');
    const cash = await page.locator('.hud-cash .hud-value').textContent();

    await page.reload();
    const saved = page.getByText('Your game in this session is saved: Stage 1, day 3.');
    await expect.poll(() => saved.isVisible()).toBe(true);
    await shot(page, 'desktop-session-resume');
    await page.getByRole('button', { name: 'Continue as Kai' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await hudDay(page)).toContain('3 / 40');
    expect(await page.locator('.hud-cash .hud-value').textContent()).toBe(cash);
    expect(await ownSave(page)).toBe(saveBefore);
  });

  it('finishes, reloads before handing in, and hands in from the debrief under the same name', async () => {
    const { page } = watched;
    await finishStage(page);
    await page.reload();
    await page.getByRole('button', { name: 'Continue as Kai' }).click();
    // A finished session game opens on its debrief, where the Share button is.
    await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Share result' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share your result' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Handing in as Kai');
    const field = dialog.getByRole('textbox', { name: 'Result link' });
    await expect.poll(() => field.inputValue()).toContain('?r=');
    const verified = verifyResultLink(await field.inputValue(), LEVELS);
    if (!verified.ok) throw new Error(verified.message);
    expect(verified.result.name).toBe('Kai');
    expect(verified.result.seed).toBe(SEED);
    expect(verified.result.levers).toEqual({ commissionBp: 700 });
    expect(verified.result.stages[0]?.summary.days).toBe(40);
    expect(await ownSave(page)).toBe(saveBefore);
  });

  it('opening the game without the session link continues the own campaign', async () => {
    const { page } = watched;
    await page.goto(new URL('./', BASE_URL).href);
    await expect
      .poll(() => page.getByText('Resume Stage 1 · Traffic, day 1 of 40').isVisible())
      .toBe(true);
    expect(watched.problems).toEqual([]);
  });
});
