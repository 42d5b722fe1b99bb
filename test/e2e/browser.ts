import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium';

export const BASE_URL = process.env['E2E_URL'] ?? 'http://127.0.0.1:4173/';
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Chromium's own GL driver chatter, should a WebGL context ever run on a software renderer here
 * (the game picks the 2D canvas then): not from our code, so not a failure.
 */
function isBrowserNoise(text: string): boolean {
  return text.startsWith('[.WebGL-') && text.includes('GL Driver Message');
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors and requests to other origins, as they happen. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number },
  path: string,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && !isBrowserNoise(message.text())) {
      problems.push(`console ${type}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`request: ${url}`);
  });
  await page.goto(new URL(path, BASE_URL).href);
  return { page, context, problems };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}
