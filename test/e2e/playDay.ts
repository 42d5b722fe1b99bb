import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** From the title: a new campaign, Stage 1's shop, one day; then a reload offers to continue it. */
export async function playADayAndReload(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('button', { name: /Stage 1/ }).click();
  await page.getByRole('button', { name: 'Open the shop' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect.poll(() => page.locator('.hud-day .hud-value').textContent()).toContain('1 / 40');
  await page.reload();
  const resume = page.getByRole('button', { name: 'Continue' });
  await expect.poll(() => resume.isVisible()).toBe(true);
  expect(await page.getByText('Resume Stage 1 · Traffic, day 1 of 40').isVisible()).toBe(true);
  await resume.click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
  expect(await page.locator('.hud-day .hud-value').textContent()).toContain('1 / 40');
}

/** Console errors and warnings and page errors, as they happen. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') problems.push(`console ${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
