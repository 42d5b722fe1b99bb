import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * "Finish stage" asks first when more than a few days are left (src/ui/commands.ts): these steps
 * answer that question, and wait out an event's choice, after which finishing goes on by itself.
 */
export const CONFIRM_DIALOG = '.confirm-dialog';

/** Confirms "Finish the stage now?" if it is open; returns whether it was. */
export async function confirmFinishIfAsked(page: Page): Promise<boolean> {
  const ask = page.locator(CONFIRM_DIALOG);
  if (!(await ask.isVisible())) return false;
  await ask.locator('[data-choice="confirm"]').click();
  await expect.poll(() => ask.count()).toBe(0);
  return true;
}

/** The day shown in the HUD, to tell a later event from the one just answered. */
export function hudDay(page: Page): Promise<string | null> {
  return page.locator('.hud-day .hud-value').textContent();
}

/**
 * After an event's choice: finishing resumes at once, so the dialog closes, or shows the next
 * event on a later day, or the stage ends.
 */
export async function waitAfterChoice(page: Page, dayBefore: string | null): Promise<void> {
  await expect
    .poll(
      async () =>
        !(await page.locator('.event-dialog').isVisible()) || (await hudDay(page)) !== dayBefore,
    )
    .toBe(true);
}
