import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmFinishIfAsked, hudDay, waitAfterChoice } from './finishing';

/** What the hand-in screen shows once a round is played: its link and the figures played alone. */
export interface PlayedRound {
  link: string;
  orders: number;
  gmvFen: number;
  profitFen: number;
}

/** Waits for the hand-in screen and reads it. */
export async function readHandIn(page: Page): Promise<PlayedRound> {
  const field = page.locator('.hand-in-box .link-field');
  await expect.poll(() => field.count(), { timeout: 30_000 }).toBe(1);
  const figures = page.locator('.hand-in-figures');
  const number = async (key: string) => Number(await figures.getAttribute(`data-${key}`));
  return {
    link: await field.inputValue(),
    orders: await number('orders'),
    gmvFen: await number('gmv'),
    profitFen: await number('profit'),
  };
}

/**
 * From an open brief: plays the round in the shop with its normal controls (the list price on
 * day 1, when given), finishes it answering each event with its first choice, names the hand-in
 * and returns it.
 */
export async function playRoundInShop(
  page: Page,
  options: { name: string; priceYuan?: number },
): Promise<PlayedRound> {
  await page.locator('.brief-play').click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
  if (options.priceYuan !== undefined) {
    await page.getByLabel('List price', { exact: true }).fill(String(options.priceYuan * 100));
  }
  const handIn = page.getByRole('button', { name: 'Get your hand-in' });
  for (let guard = 0; guard < 40 && !(await handIn.isVisible()); guard++) {
    const dialog = page.locator('.event-dialog');
    if (await dialog.isVisible()) {
      const day = await hudDay(page);
      await dialog.getByRole('button').first().click();
      await waitAfterChoice(page, day);
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await confirmFinishIfAsked(page);
    await expect
      .poll(async () => (await dialog.isVisible()) || (await handIn.isVisible()), {
        timeout: 60_000,
      })
      .toBe(true);
  }
  await handIn.click();
  await page.getByLabel(/^Your name/).fill(options.name);
  return readHandIn(page);
}
