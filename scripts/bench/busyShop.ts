/** The busy shop both bench:web and the profiler measure, opened the way a player would. */
import type { Page } from 'playwright-core';

export const BENCH_ARGS = [
  // Without these, both pages would report the 60 Hz vsync interval instead of their work.
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
];

/**
 * The Stage 1 shop at 4x with a street full of visitors: a large ad budget and bid buy the
 * traffic through the game's own controls, and `?bench=1` asks the street for its densest scale
 * (the crowd pool's capacity) and exposes how many figures are walking. Returns that count.
 */
export async function openBusyShop(page: Page, base: string): Promise<number> {
  await page.goto(`${base}?stage=traffic&seed=1&bench=1`);
  await page.waitForFunction(() => performance.getEntriesByName('fs-interactive').length > 0);
  const intro = page.getByRole('button', { name: /open the shop/i });
  if (await intro.isVisible().catch(() => false)) await intro.click();
  await page.getByLabel('Daily ad budget').fill('400000');
  await page.getByLabel('Max bid per click').fill('400');
  await page.getByRole('button', { name: 'Play at 4× speed' }).click();
  await page.waitForTimeout(4000);
  return figuresOnScreen(page);
}

export function figuresOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __fsBench?: { figures(): number } }).__fsBench;
    return bench ? bench.figures() : -1;
  });
}
