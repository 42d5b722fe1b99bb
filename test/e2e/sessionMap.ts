import type { Page } from 'playwright-core';
import { encodeSessionLink, type Language } from '../../src/share';
import type { Levers, StageId } from '../../src/sim';
import { BASE_URL } from './browser';
import { LEVELS } from './sharePlay';

/** Every lever moved, on all four stages, whose commissions differ (Stage 4 charges 8%). */
export const EVERY_LEVER: Partial<Levers> = {
  commissionBp: 300,
  paymentFeeBp: 125,
  cpcScaleBp: 15_000,
  returnRateScaleBp: 20_000,
  detectionStrictnessBp: 5_000,
  settlementDays: 7,
};
export const ALL_STAGES: StageId[] = ['traffic', 'product', 'market', 'comprehensive'];

export function sessionLink(
  name: string,
  levers: Partial<Levers>,
  stages: StageId[],
  language: Language | null,
): string {
  const encoded = encodeSessionLink(
    { name, seed: 4_242, levers, stages, language },
    LEVELS,
    BASE_URL,
  );
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

/** Joins the session on its gate page under `student` and waits for the map. */
export async function joinToMap(page: Page, link: string, student: string): Promise<void> {
  await page.goto(link);
  await page.locator('#session-name').fill(student);
  await page.locator('.session-card button[type="submit"]').click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'map');
  await page.locator('.map-session').waitFor();
  // The islands settle into their frame after the first resize.
  await page.waitForTimeout(500);
}

export function sessionName(page: Page): Promise<string> {
  return page.locator('.map-session-name').innerText();
}

export function leverLines(page: Page): Promise<string[]> {
  return page.locator('.map-session-lever').allInnerTexts();
}
