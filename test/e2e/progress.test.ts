import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_KEY, SAVE_VERSION, serializeSave } from '../../src/platform/save';
import { savedCampaign } from '../../src/store/savedCampaign';
import { playToEnd, storeWith } from '../unit/storeFixtures';
import { BASE_URL, launch, shot } from './browser';
import { CONFIRM_DIALOG, confirmFinishIfAsked, hudDay, waitAfterChoice } from './finishing';

/**
 * Progress is never lost (issue 13): a failed replay keeps the best run, switching stages keeps
 * each stage's run in progress, and New campaign over a save asks first. The browser starts from
 * a save in which Stage 1 passed with three stars, written by the same store code in Node.
 */
const SEED = 21;

function passedStage1Save(): string {
  const store = storeWith(SEED, 'traffic');
  store
    .getState()
    .dispatch({ type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 110 });
  playToEnd(store);
  const result = store.getState().results.traffic;
  if (result?.outcome !== 'passed' || result.stars !== 3) throw new Error('Stage 1 did not pass');
  const text = serializeSave({
    version: SAVE_VERSION,
    writer: { tab: '', count: 0 },
    savedAt: 0,
    campaign: savedCampaign(store.getState()),
  });
  return text;
}

async function openWithSave(browser: Browser, save: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  // Once per tab: a reload keeps what the game saved since.
  await context.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    },
    [SAVE_KEY, save] as const,
  );
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(new URL('./', BASE_URL).href);
  return { page, context, problems };
}

const stageCard = (page: Page, n: number) =>
  page.locator('.stage-card').filter({ hasText: `Stage ${n}` });
const screenOf = (page: Page) => page.locator('#ui').getAttribute('data-screen');

async function waitScreen(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(
    (name) => document.getElementById('ui')?.dataset['screen'] === name,
    screen,
  );
}

/** What the map says of the campaign: the score and each stage's card. */
async function mapText(page: Page): Promise<string[]> {
  return [
    (await page.locator('.map-total').textContent()) ?? '',
    ...(await page.locator('.stage-card').allTextContents()),
  ];
}

async function openStage(page: Page, n: number, button: 'Open the shop' | 'Resume the shop') {
  await stageCard(page, n).click();
  await page.getByRole('button', { name: button }).click();
  await waitScreen(page, 'shop');
}

async function nextDays(page: Page, days: number): Promise<void> {
  for (let i = 0; i < days; i++) await page.getByRole('button', { name: 'Next day' }).click();
}

async function worldMap(page: Page): Promise<void> {
  const inShop = (await screenOf(page)) === 'shop';
  await (
    inShop ? page.locator('.hud-map') : page.getByRole('button', { name: 'World map' })
  ).click();
  await waitScreen(page, 'map');
}

describe('progress is never lost', () => {
  let browser: Browser;
  const save = passedStage1Save();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('a failed replay keeps Stage 1 passed, its stars, Stage 2 unlocked and the score', async () => {
    const { page, context, problems } = await openWithSave(browser, save);
    contexts.push(context);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.getElementById('ui')?.dataset['screen'] !== 'title');
    if ((await screenOf(page)) !== 'map') await worldMap(page);
    const before = await mapText(page);
    expect(await stageCard(page, 1).textContent()).toContain('Passed');
    expect(await stageCard(page, 2).getAttribute('aria-disabled')).toBeNull();

    await openStage(page, 1, 'Open the shop');
    // No ads, straight to the end: Finish stage asks (40 days left), then carries on by itself
    // after each event's choice, so it is pressed once.
    await page.getByRole('button', { name: 'Finish stage' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Finish the stage now?' });
    expect(await ask.textContent()).toContain('40 days are left');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep playing');
    await shot(page, 'desktop-confirm-finish');
    expect(await confirmFinishIfAsked(page)).toBe(true);
    let events = 0;
    for (let guard = 0; guard < 20; guard++) {
      if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
      const dialog = page.locator('.event-dialog');
      await expect
        .poll(
          async () =>
            (await dialog.isVisible()) ||
            (await page.getByRole('button', { name: 'See the debrief' }).isVisible()),
        )
        .toBe(true);
      if (!(await dialog.isVisible())) continue;
      events += 1;
      const day = await hudDay(page);
      await dialog.getByRole('button').first().click();
      await waitAfterChoice(page, day);
    }
    expect(events).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await waitScreen(page, 'debrief');
    expect(await page.locator('.screen-debrief').textContent()).toMatch(/you missed|not passed/i);

    await worldMap(page);
    expect(await stageCard(page, 1).textContent()).toContain('Passed');
    expect(await stageCard(page, 1).locator('.star.on').count()).toBe(3);
    expect(await stageCard(page, 2).getAttribute('aria-disabled')).toBeNull();
    expect(await mapText(page)).toEqual(before);
    await shot(page, 'desktop-map-best-kept');

    // And after a reload: the save holds the best run too.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.getElementById('ui')?.dataset['screen'] !== 'title');
    if ((await screenOf(page)) !== 'map') await worldMap(page);
    expect(await stageCard(page, 1).locator('.star.on').count()).toBe(3);
    expect(await mapText(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('switching stages keeps both runs in progress, also across a reload', async () => {
    const { page, context, problems } = await openWithSave(browser, save);
    contexts.push(context);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.getElementById('ui')?.dataset['screen'] !== 'title');
    if ((await screenOf(page)) !== 'map') await worldMap(page);

    await openStage(page, 2, 'Open the shop');
    await nextDays(page, 3);
    await expect.poll(() => hudDay(page)).toMatch(/^3 \//);
    await worldMap(page);
    await openStage(page, 1, 'Open the shop');
    await nextDays(page, 2);
    await expect.poll(() => hudDay(page)).toMatch(/^2 \//);
    await worldMap(page);
    expect(await stageCard(page, 1).textContent()).toContain('In progress');
    expect(await stageCard(page, 2).textContent()).toContain('In progress');

    await openStage(page, 2, 'Resume the shop');
    expect(await hudDay(page)).toMatch(/^3 \//);
    await worldMap(page);
    await openStage(page, 1, 'Resume the shop');
    expect(await hudDay(page)).toMatch(/^2 \//);

    // Starting over asks first, names the day lost, and keeps the run when declined.
    await worldMap(page);
    await stageCard(page, 1).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    const ask = page.getByRole('alertdialog', { name: /Start Stage 1 · .* over\?/ });
    expect(await ask.textContent()).toContain('day 2 of 40');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep this run');
    await shot(page, 'desktop-confirm-start-over');
    await page.keyboard.press('Escape');
    expect(await page.locator(CONFIRM_DIALOG).count()).toBe(0);
    await page.getByRole('button', { name: 'Resume the shop' }).click();
    await waitScreen(page, 'shop');
    expect(await hudDay(page)).toMatch(/^2 \//);

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitScreen(page, 'shop');
    expect(await hudDay(page)).toMatch(/^2 \//);
    await worldMap(page);
    await openStage(page, 2, 'Resume the shop');
    expect(await hudDay(page)).toMatch(/^3 \//);
    expect(problems).toEqual([]);
  });

  it('New campaign with a save asks first and keeps the save when cancelled', async () => {
    const { page, context, problems } = await openWithSave(browser, save);
    contexts.push(context);
    // Continue leads: first, primary, focused. New campaign is second.
    const continueButton = page.getByRole('button', { name: 'Continue' });
    await continueButton.waitFor();
    expect(await continueButton.getAttribute('class')).toContain('btn-primary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    const stored = () => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
    const before = await stored();
    expect(before).not.toBeNull();

    await page.getByRole('button', { name: 'New campaign' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Start a new campaign?' });
    expect(await ask.textContent()).toContain('Stage 1 · Traffic: best run 3 of 3 stars');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my campaign');
    await shot(page, 'desktop-confirm-new-campaign');
    const download = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Export save' }).click();
    expect((await download).suggestedFilename()).toBe(`four-stages-save-${SEED}.json`);
    await ask.getByRole('button', { name: 'Keep my campaign' }).click();
    expect(await page.locator(CONFIRM_DIALOG).count()).toBe(0);
    expect(await screenOf(page)).toBe('title');
    expect(await stored()).toBe(before);

    // Confirmed, the campaign starts afresh.
    await page.getByRole('button', { name: 'New campaign' }).click();
    await ask.getByRole('button', { name: 'Start a new campaign' }).click();
    await waitScreen(page, 'map');
    expect(await page.getByText('Finish a stage to start your campaign score.').isVisible()).toBe(
      true,
    );
    expect(problems).toEqual([]);
  });
});
