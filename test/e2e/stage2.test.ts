import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/sim';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { seedWithEvent } from './plan';
import { debriefReplays, finishAnsweringEvents, nextDayOrEvent, sceneReady } from './stageRun';

const PLAN: PlanStep[] = [
  {
    day: 1,
    action: { type: 'setDesign', listingId: 'dress', materialId: 'linen', styleId: 'own' },
  },
  {
    day: 1,
    action: { type: 'setDesign', listingId: 'dress', materialId: 'linen', styleId: 'aline' },
  },
  {
    day: 1,
    action: {
      type: 'orderStock',
      listingId: 'dress',
      supplierId: 'guangzhou',
      qty: 1000,
      qualityCheck: false,
    },
  },
];
const SEED = seedWithEvent('product', PLAN, 7);

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`Stage 2, product master (${device})`, () => {
    let browser: Browser;
    let watched: WatchedPage;

    beforeAll(async () => {
      browser = await launch();
      watched = await openPage(browser, viewport, `./?stage=product&seed=${SEED}`);
      await sceneReady(watched.page, 'shop');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('picks a trend-fitting design and compares suppliers side by side', async () => {
      const { page } = watched;
      await page.getByLabel('Material', { exact: true }).selectOption('linen');
      await page.getByLabel('Style', { exact: true }).selectOption('aline');
      await expect
        .poll(() => page.getByText('Your design’s trend fit:').textContent())
        .toMatch(/\d/);
      await page.getByLabel('Order quantity').fill('1000');
      await page.getByRole('button', { name: 'Compare suppliers' }).click();
      const dialog = page.getByRole('dialog', { name: 'Suppliers side by side' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const text = (await dialog.textContent()) ?? '';
      expect(text).toContain('Minimum order (MOQ)');
      expect(text).toContain('Yiwu family workshop');
      // The comparison quotes the order drafted in the stock section (the store's order draft).
      expect(text).toContain('Your order of 1,000');
      await shot(page, `${device}-suppliers`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    });

    it('places a purchase order and sees the stock arrive on the shelf', async () => {
      const { page } = watched;
      await page.getByLabel('Supplier', { exact: true }).selectOption('guangzhou');
      await page.getByRole('button', { name: 'Place purchase order' }).click();
      await expect.poll(() => page.getByText(/In transit: 1,000 units/).isVisible()).toBe(true);
      for (let i = 0; i < 12; i++) {
        if (await page.locator('.event-dialog').isVisible()) break;
        await nextDayOrEvent(page);
      }
      await page.waitForTimeout(800);
      await shot(page, `${device}-stage2-shop`);
      expect(await page.getByRole('group', { name: 'Stock on the shelf' }).isVisible()).toBe(true);
    });

    it('finishes the stage answering events and the CLI replays the run', async () => {
      const { page } = watched;
      const kinds = await finishAnsweringEvents(page, `${device}-stage2-event`);
      expect(kinds.length).toBeGreaterThan(0);
      const decisions = await debriefReplays(page, 'product', SEED, `${device}-stage2-debrief`);
      expect(decisions.some((d) => d.action.type === 'orderStock')).toBe(true);
      expect(decisions.some((d) => d.action.type === 'setDesign')).toBe(true);
    });

    it('kept the console clean', () => {
      expect(watched.problems).toEqual([]);
    });
  });
}
