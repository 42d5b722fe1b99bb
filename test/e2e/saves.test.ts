import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedAction } from '../../src/sim';
import { launch, openPage, type WatchedPage } from './browser';
import { confirmFinishIfAsked } from './finishing';
import { CLI_EXISTS, replayInProcess, replayWithCli } from './plan';

const SEED = 31;
const SAVE_KEY = 'four-stages.save';

const hudDay = (page: Page) => page.locator('.hud-day .hud-value').textContent();
const storedSave = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);

async function openStage1(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('button', { name: /Stage 1/ }).click();
  await page.getByRole('button', { name: 'Open the shop' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
}

async function finishStage(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) return;
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      await dialog.getByRole('button').last().click();
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await confirmFinishIfAsked(page);
    await page.waitForTimeout(150);
  }
  throw new Error('the stage did not end');
}

describe('saves: reload, export and import, two tabs', () => {
  let browser: Browser;
  let watched: WatchedPage;
  const dir = mkdtempSync(join(tmpdir(), 'four-stages-saves-'));

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, `./?seed=${SEED}`, {
      reducedMotion: 'reduce',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('survives a reload mid-stage and ends on the run code the CLI computes', async () => {
    const { page } = watched;
    await openStage1(page);
    await page.getByLabel('Daily ad budget').fill('30000');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hudDay(page)).toContain('4 / 40');

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'shop');
    expect(await hudDay(page)).toContain('4 / 40');

    await finishStage(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const runCode = (await page.getByTestId('run-code').textContent()) ?? '';
    expect(runCode).toMatch(/^[0-9a-f]{8,}$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download decisions' }).click(),
    ]);
    const file = join(dir, 'plan.json');
    await download.saveAs(file);
    const decisions = JSON.parse(readFileSync(file, 'utf8')) as PlannedAction[];
    expect(replayInProcess('traffic', SEED, decisions).stateHash).toBe(runCode);
    if (CLI_EXISTS) expect(replayWithCli('traffic', SEED, file).stateHash).toBe(runCode);
  });

  it('exports a save, refuses a bad file without touching the save, imports a good one', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'World map' }).click();
    await page.getByRole('button', { name: 'Title' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export save' }).click(),
    ]);
    const good = join(dir, download.suggestedFilename());
    await download.saveAs(good);
    const exported = JSON.parse(readFileSync(good, 'utf8')) as {
      campaign: { logs: Record<string, unknown[]> };
    };
    // The finished stage's log travels (since version 3), under a checksum (since version 4),
    // with the reflections (since version 5).
    expect(exported).toMatchObject({
      version: 5,
      checksum: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(exported.campaign.logs['traffic']?.length).toBeGreaterThanOrEqual(40);

    const before = await storedSave(page);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":2,"campaign":');
    await page.locator('.save-tools input[type=file]').setInputFiles(bad);
    await expect
      .poll(() =>
        page.getByText('That file is not a save of this game, or it is damaged.').isVisible(),
      )
      .toBe(true);
    writeFileSync(bad, JSON.stringify({ version: 9 }));
    await page.locator('.save-tools input[type=file]').setInputFiles(bad);
    await expect.poll(() => page.getByText(/comes from a newer version/).isVisible()).toBe(true);
    expect(await storedSave(page)).toBe(before);
    // An export changed by hand fails its checksum and is refused in so many words.
    writeFileSync(bad, readFileSync(good, 'utf8').replace(`"seed":${SEED}`, `"seed":${SEED + 1}`));
    await page.locator('.save-tools input[type=file]').setInputFiles(bad);
    await expect
      .poll(() => page.getByText(/changed after the game wrote it/).isVisible())
      .toBe(true);
    expect(await storedSave(page)).toBe(before);

    // A file exported by the previous version (2: no stage logs) still imports.
    const older = JSON.parse(readFileSync(good, 'utf8')) as {
      version: number;
      campaign: Record<string, unknown>;
    };
    older.version = 2;
    delete older.campaign['logs'];
    const olderFile = join(dir, 'older.json');
    writeFileSync(olderFile, JSON.stringify(older));
    await page.locator('.save-tools input[type=file]').setInputFiles(olderFile);
    await expect
      .poll(() => page.getByText('Save imported: your campaign is back.').isVisible())
      .toBe(true);

    await page.locator('.save-tools input[type=file]').setInputFiles(good);
    await expect.poll(async () => (await storedSave(page)) ?? '').toContain('"logs":{"traffic":[');
    expect(watched.problems).toEqual([]);
  });

  it('a second tab on the same save goes read-only, and can take over', async () => {
    const { page, context } = watched;
    const other = await context.newPage();
    await other.goto(page.url());
    await page.getByRole('button', { name: 'Continue' }).click();
    // The imported save had finished Stage 1: Continue reopens its debrief, with Share on it.
    await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Share result' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'World map' }).click();
    await page.getByRole('button', { name: 'Stage 1 · Traffic', exact: false }).first().click();
    await page.getByRole('button', { name: /Resume the shop|Open the shop/ }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    const elsewhere = /open in another tab/;
    await expect.poll(() => other.getByText(elsewhere).isVisible()).toBe(true);
    await other.getByRole('button', { name: 'Take over here' }).click();
    await expect.poll(() => page.getByText(elsewhere).isVisible()).toBe(true);
    await other.close();
  });
});
