import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { LINK_MESSAGES, verifyResultLink, type LevelSet } from '../../src/share';
import { STAGE_IDS } from '../../src/sim';
import { confirmFinishIfAsked, hudDay, waitAfterChoice } from './finishing';
import { level } from './plan';

/** The shipped levels, as the page loads them: what the page verifies links against. */
export const LEVELS: LevelSet = Object.fromEntries(STAGE_IDS.map((id) => [id, level(id)]));
export { LINK_MESSAGES, verifyResultLink };

/** Finishes the open stage, answering each event dialog with its last choice; returns events. */
export async function finishStage(page: Page): Promise<number> {
  let events = 0;
  for (let guard = 0; guard < 40; guard++) {
    if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) return events;
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      events += 1;
      const day = await hudDay(page);
      await dialog.getByRole('button').last().click();
      await waitAfterChoice(page, day);
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await confirmFinishIfAsked(page);
    await page.waitForTimeout(150);
  }
  throw new Error('the stage did not end');
}

/** From the debrief: opens Share, optionally types a name, and returns the result link. */
export async function shareLink(page: Page, name?: string): Promise<string> {
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Share result' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share your result' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  if (name !== undefined) await dialog.getByLabel('Your name on the score card').fill(name);
  const field = dialog.getByRole('textbox', { name: 'Result link' });
  await expect.poll(() => field.inputValue()).toContain('?r=');
  await expect.poll(() => dialog.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
  return field.inputValue();
}
