import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StageId } from '../../src/sim';
import { formatSignedFen } from '../../src/present/format';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { replayInProcess } from './plan';
import { debriefReplays, finishAnsweringEvents, sceneReady } from './stageRun';

/** A market on which the decisions below pass every stage, so the map unlocks the next. */
const SEED = 12;

/** Each stage's key decisions, made through its controls' labels. */
const DECIDE: Record<StageId, (page: Page) => Promise<void>> = {
  async traffic(page) {
    await page.getByLabel('Daily ad budget').fill('200000');
    await page.getByLabel('Max bid per click').fill('150');
  },
  async product(page) {
    await page.getByLabel('Material', { exact: true }).selectOption('linen');
    await page.getByLabel('Style', { exact: true }).selectOption('aline');
    await page.getByLabel('Supplier', { exact: true }).selectOption('guangzhou');
    await page.getByLabel('Order quantity').fill('1000');
    await page.getByRole('button', { name: 'Place purchase order' }).click();
    await page.getByLabel('Daily ad budget').fill('100000');
    await page.getByLabel('Max bid per click').fill('150');
  },
  async market(page) {
    await page.getByLabel('Listing to copy', { exact: true }).selectOption('kraft');
    await page.getByLabel('Differentiation').fill('5000');
    await page.getByRole('button', { name: 'Copy it' }).click();
    await page.getByLabel('Daily ad budget').fill('100000');
    await page.getByLabel('Max bid per click').fill('150');
  },
  async comprehensive(page) {
    await page.getByRole('button', { name: 'Next day' }).click();
  },
};

describe('a whole campaign through the map to the ending (1280x720)', () => {
  let browser: Browser;
  let watched: WatchedPage;
  const nets: number[] = [];

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, `./?seed=${SEED}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('plays the four stages in order from the map', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'New campaign' }).click();
    for (const [i, stage] of (
      ['traffic', 'product', 'market', 'comprehensive'] as const
    ).entries()) {
      if (i === 0) await page.getByRole('button', { name: /Stage 1/ }).click();
      else await page.getByRole('button', { name: 'Next stage' }).click();
      await page.getByRole('button', { name: 'Open the shop' }).click();
      await sceneReady(page, 'shop');
      await DECIDE[stage](page);
      await finishAnsweringEvents(page, null);
      const decisions = await debriefReplays(page, stage, SEED, `desktop-campaign-${stage}`);
      nets.push(replayInProcess(stage, SEED, decisions).netProfit);
    }
  }, 240_000);

  it('shows the campaign ending: waterfall, outcome, achievements and the score', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Campaign ending' }).click();
    const dialog = page.getByRole('dialog', { name: 'The campaign ending' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/Trapped|Bankrupt|Escaped/);
    expect(text).toContain('The whole campaign: GMV to net profit');
    expect(text).toContain('Achievements');
    const total = nets.reduce((a, b) => a + b, 0);
    expect(await page.getByTestId('campaign-score').textContent()).toBe(
      `Total score (campaign net profit, best run of each stage): ${formatSignedFen(total, 'exact')}`,
    );
    if (text.includes('Trapped'))
      expect(text).toContain('sells a lot of goods, but does not make money');
    await shot(page, 'desktop-ending');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await shot(page, 'phone-ending');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('opens the ending from the map too, then tries again', async () => {
    const { page } = watched;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'World map' }).click();
    await page.getByRole('button', { name: 'Campaign ending' }).click();
    await page.getByRole('button', { name: 'Try again (new campaign)' }).click();
    // The campaign is saved: a new one asks first, naming the stages it would replace.
    const ask = page.getByRole('alertdialog', { name: 'Start a new campaign?' });
    expect(await ask.textContent()).toContain('best run');
    await ask.getByRole('button', { name: 'Start a new campaign' }).click();
    await expect
      .poll(() => page.getByText('Finish a stage to start your campaign score.').isVisible())
      .toBe(true);
  });

  it('kept the console clean', () => {
    expect(watched.problems).toEqual([]);
  });
});
