import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/sim';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { seedWithEvent } from './plan';
import { debriefReplays, finishAnsweringEvents, sceneReady } from './stageRun';

const PLAN: PlanStep[] = [
  { day: 1, action: { type: 'setStaff', role: 'customerService', headcount: 4 } },
  { day: 1, action: { type: 'drawCredit', amountFen: 1_000_000 } },
];
// Double 11's invitation is an arc event: every seed deals it, whatever came before it.
const SEED = seedWithEvent('comprehensive', PLAN, 5);

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`Stage 4, comprehensive (${device})`, () => {
    let browser: Browser;
    let watched: WatchedPage;

    beforeAll(async () => {
      browser = await launch();
      watched = await openPage(browser, viewport, `./?stage=comprehensive&seed=${SEED}`);
      await sceneReady(watched.page, 'shop');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('hires, draws credit and switches listings', async () => {
      const { page } = watched;
      await page.getByRole('button', { name: 'Hire one customer service' }).click();
      await expect.poll(() => page.getByText('customer service: 4').isVisible()).toBe(true);
      await page.getByLabel('Credit amount').fill('10000');
      await page.getByRole('button', { name: 'Draw credit' }).click();
      await expect.poll(() => page.getByText(/Credit used ¥10,000/).isVisible()).toBe(true);
      const group = page.getByRole('group', { name: 'Listing' });
      await group.getByRole('button', { name: 'Canvas tote bag' }).click();
      expect(
        await group.getByRole('button', { name: 'Canvas tote bag' }).getAttribute('aria-pressed'),
      ).toBe('true');
      await group.getByRole('button', { name: 'Everyday cotton tee' }).click();
      await page.getByRole('button', { name: 'Next day' }).click();
      await page.getByRole('button', { name: 'Next day' }).click();
      await expect.poll(() => page.getByText(/chats \/ \d+ answerable/).isVisible()).toBe(true);
      await page.waitForTimeout(600);
      await shot(page, `${device}-stage4-shop`);
    });

    it('shows the settlement statement beside the books', async () => {
      const { page } = watched;
      await page.getByRole('button', { name: 'Finance and reconciliation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Finance and reconciliation' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const statement = dialog.getByRole('table', {
        name: /settlement statement beside your books/,
      });
      expect(await statement.getByRole('row').count()).toBe(8);
      const paidOut = statement.getByRole('row', { name: /Paid out to you/ });
      const cells = await paidOut.getByRole('cell').allTextContents();
      expect(cells[0]).toMatch(/¥/);
      expect(cells[0]).toBe(cells[1]);
      expect(cells[2]).toBe('Cash book: settlements received');
      expect(await dialog.textContent()).toContain('every fen is accounted for');
      await shot(page, `${device}-finance`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    });

    it('finishes the stage answering events and the CLI replays the run', async () => {
      const { page } = watched;
      const quoted: string[] = [];
      const kinds = await finishAnsweringEvents(
        page,
        `${device}-stage4-event`,
        'first',
        async (kind, dialog) => {
          if (kind !== 'campaignInvitation') return;
          await shot(page, `${device}-stage4-campaign`);
          const terms = dialog.getByRole('table', {
            name: 'One Double 11 order of each listing, declined or joined',
          });
          for (const listing of ['Everyday cotton tee', 'Linen A-line dress', 'Canvas tote bag'])
            quoted.push(...(await terms.getByRole('row', { name: listing }).allTextContents()));
        },
      );
      expect(kinds).toContain('campaignInvitation');
      expect(quoted).toHaveLength(3);
      for (const row of quoted) expect(row).toMatch(/¥[\d,.]+.*¥[\d,.]+.*¥[\d,.]+/);
      const decisions = await debriefReplays(
        page,
        'comprehensive',
        SEED,
        `${device}-stage4-debrief`,
      );
      expect(decisions.slice(0, 2).map((d) => d.action)).toEqual(PLAN.map((p) => p.action));
    });

    it('kept the console clean', () => {
      expect(watched.problems).toEqual([]);
    });
  });
}
