import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/sim';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { seedWithEvent } from './plan';
import { debriefReplays, finishAnsweringEvents, sceneReady } from './stageRun';

const PLAN: PlanStep[] = [
  {
    day: 1,
    action: {
      type: 'copyCompetitor',
      listingId: 'tote',
      competitorId: 'moon-tote',
      differentiationBp: 3000,
    },
  },
  {
    day: 1,
    action: { type: 'setClaims', listingId: 'tote', superlative: true, materialClaim: false },
  },
];
const SEED = seedWithEvent('market', PLAN, 3);

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`Stage 3, market detective (${device})`, () => {
    let browser: Browser;
    let watched: WatchedPage;

    beforeAll(async () => {
      browser = await launch();
      watched = await openPage(browser, viewport, `./?stage=market&seed=${SEED}`);
      await sceneReady(watched.page, 'shop');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('reads the market data: competitors and the search trend', async () => {
      const { page } = watched;
      await page.getByRole('button', { name: 'Market data' }).click();
      const dialog = page.getByRole('dialog', { name: 'Market data' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const table = dialog.getByRole('table', { name: 'Competitors’ listings today' });
      expect(await table.getByRole('row').count()).toBe(6);
      expect(await dialog.textContent()).toContain('Search trend over the stage');
      await shot(page, `${device}-market`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    });

    it('copies a bestseller with some differentiation and writes a superlative', async () => {
      const { page } = watched;
      await page.getByLabel('Listing to copy', { exact: true }).selectOption('moon-tote');
      await page.getByRole('button', { name: 'Copy it' }).click();
      await expect.poll(() => page.getByText(/Copied from Moon Tote/).isVisible()).toBe(true);
      await page.getByLabel('Superlatives (“the best”, “No. 1”)').check();
      await page.waitForTimeout(300);
      await shot(page, `${device}-stage3-shop`);
    });

    it('meets a claim or complaint, answers it, and the CLI replays the run', async () => {
      const { page } = watched;
      const kinds = await finishAnsweringEvents(page, `${device}-stage3-event`);
      expect(kinds.some((k) => k === 'hunterClaim' || k === 'ipComplaint')).toBe(true);
      const decisions = await debriefReplays(page, 'market', SEED, `${device}-stage3-debrief`);
      expect(decisions.slice(0, 2).map((d) => d.action)).toEqual(PLAN.map((p) => p.action));
    });

    it('kept the console clean', () => {
      expect(watched.problems).toEqual([]);
    });
  });
}
