import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBoard, type Verified } from '../../src/classroom/board';
import { WORKER_THRESHOLD } from '../../src/classroom/verifyMany';
import { encodeResultLink } from '../../src/share';
import type { PlanStep } from '../../src/sim';
import { runFromPlans, shippedLevels } from '../unit/shareFixtures';
import { launch, openPage, type WatchedPage } from './browser';
import { LEVELS, verifyResultLink } from './sharePlay';

const SEED = 24_680;
const CLASS_SIZE = 14;

/** A class of real result links: Stage 1 with a different ad budget per student. */
function classLinks(): string[] {
  return Array.from({ length: CLASS_SIZE }, (_, i) => {
    const plan: PlanStep[] = [
      {
        day: 1 + (i % 5),
        action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 5_000 * (i + 1), bidFen: 90 },
      },
    ];
    const name = `Student ${String(i + 1).padStart(2, '0')}`;
    const run = runFromPlans(shippedLevels(), SEED, { traffic: plan }, name, ['traffic']);
    const encoded = encodeResultLink(run, LEVELS, 'http://127.0.0.1/');
    if (!encoded.ok) throw new Error(encoded.message);
    return encoded.link;
  });
}

/**
 * Before any page script: counts Worker constructions and records every text the dashboard's
 * status line shows, so a progress message that is replaced within milliseconds is still seen.
 */
function watchWorkersAndStatus(): void {
  const w = window as unknown as { __workers: string[]; __statusTexts: string[] };
  w.__workers = [];
  w.__statusTexts = [];
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      w.__workers.push(String(url));
    }
  };
  new MutationObserver(() => {
    const text = document.querySelector('.class-status')?.textContent ?? '';
    if (text !== '' && w.__statusTexts.at(-1) !== text) w.__statusTexts.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const workers = (page: Page) =>
  page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
const statusTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);

describe('the dashboard verifies a class of links in a Web Worker, also offline', () => {
  let browser: Browser;
  let watched: WatchedPage;
  const links = classLinks();
  const expected = buildBoard(
    links.map((link, i): Verified => {
      const v = verifyResultLink(link, LEVELS);
      if (!v.ok) throw new Error(v.message);
      return { line: i + 1, link, result: v.result };
    }),
  ).map((e) => e.name);

  beforeAll(async () => {
    browser = await launch();
    // The game's own page registers the offline worker; the dashboard is the same page.
    watched = await openPage(browser, { width: 1280, height: 720 }, './');
    await watched.context.addInitScript(watchWorkersAndStatus);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function expectLeaderboard(page: Page, refused = 0): Promise<void> {
    const table = page.getByRole('table', { name: /Leaderboard/ });
    await expect.poll(() => table.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await table.locator('tbody th button').allTextContents()).toEqual(expected);
    expect(await table.locator('tbody').getByText('✓ replayed').count()).toBe(CLASS_SIZE);
    expect(await page.locator('.class-status').getAttribute('data-verified-in')).toBe('worker');
    const worker = await workers(page);
    expect(worker).toHaveLength(1);
    expect(worker[0]).toMatch(/verifyWorker/);
    const texts = await statusTexts(page);
    // Progress is shown while the worker replays, then the summary.
    const total = CLASS_SIZE + refused;
    expect(texts.some((t) => new RegExp(`^Replaying \\d+ of ${total}…$`).test(t))).toBe(true);
    expect(texts.at(-1)).toContain(`${CLASS_SIZE} student(s) verified, ${refused} line(s) refused`);
  }

  it(`pastes ${CLASS_SIZE} links (more than ${WORKER_THRESHOLD}): a worker replays them with progress`, async () => {
    const { page } = watched;
    expect(links.length).toBeGreaterThan(WORKER_THRESHOLD);
    await page.goto(new URL('./#dashboard', page.url()).href);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Class dashboard' }).isVisible())
      .toBe(true);
    await page.getByLabel(/Paste result links/).fill(links.join('\n'));
    await page.getByRole('button', { name: 'Verify and add' }).click();
    await expectLeaderboard(page);
  });

  it('reloads offline: the stored class is verified again by the worker from the cache', async () => {
    const { page, context } = watched;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await expectLeaderboard(page);
    } finally {
      await context.setOffline(false);
    }
    expect(watched.problems).toEqual([]);
  });

  it('takes a class dropped as a CSV file: the link column is found, verified in the worker', async () => {
    const { page } = watched;
    // Clearing asks first, naming the hand-ins lost; the safe choice keeps them.
    await page.getByRole('button', { name: 'Clear the class' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Clear the class?' });
    expect(await ask.textContent()).toContain(`All ${links.length} hand-ins`);
    await ask.getByRole('button', { name: 'Keep the hand-ins' }).click();
    expect(await page.getByRole('table', { name: /Leaderboard/ }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear the class' }).click();
    await ask.getByRole('button', { name: 'Clear the class' }).click();
    await expect.poll(() => page.getByRole('table', { name: /Leaderboard/ }).count()).toBe(0);
    await page.evaluate(() => {
      const w = window as unknown as { __workers: string[]; __statusTexts: string[] };
      w.__workers = [];
      w.__statusTexts = [];
    });
    const csv = ['name,link', ...links.map((link, i) => `"Row ${i + 1}",${link}`)].join('\r\n');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'class.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    await page.dispatchEvent('section.class-input', 'drop', { dataTransfer });
    await expectLeaderboard(page, 1);
    // The header row has no link: it is listed as refused, with its reason.
    expect(await page.getByRole('region', { name: /Refused lines/ }).textContent()).toContain(
      'Hand-in 1:',
    );
    expect(watched.problems).toEqual([]);
  });
});
