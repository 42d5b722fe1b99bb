import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PlannedAction, StageId } from '../../src/sim';
import { parseYuanToFen } from '../../src/ui/format';
import { shot } from './browser';
import { CLI_EXISTS, replayInProcess, replayWithCli } from './plan';

/** Shared steps of the Stage 2–4 and ending tests, driven by control labels like a player. */
export async function sceneReady(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => document.body.dataset['scene'] === name, scene);
  await page.waitForTimeout(600);
}

/** Presses Finish stage until the stage ends, answering each event with `pick`; returns kinds. */
export async function finishAnsweringEvents(
  page: Page,
  shotName: string | null,
  pick: 'first' | 'last' = 'first',
): Promise<string[]> {
  const kinds: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) return kinds;
    const dialog = page.locator('.event-dialog');
    if (await dialog.isVisible()) {
      kinds.push((await dialog.getAttribute('data-kind')) ?? '');
      if (kinds.length === 1 && shotName) await shot(page, shotName);
      const choices = dialog.getByRole('button');
      await (pick === 'first' ? choices.first() : choices.last()).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await page.waitForTimeout(150);
  }
  throw new Error('the stage did not end');
}

/** Opens the debrief, downloads the decisions and checks the CLI gives the same run code and net. */
export async function debriefReplays(
  page: Page,
  stage: StageId,
  seed: number,
  shotName: string,
): Promise<PlannedAction[]> {
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
  await sceneReady(page, 'debrief');
  await shot(page, shotName);
  const runCode = (await page.getByTestId('run-code').textContent()) ?? '';
  const netFen = parseYuanToFen((await page.locator('.fig-net dd').textContent()) ?? '');
  expect(runCode).toMatch(/^[0-9a-f]{8,}$/);
  expect(netFen).not.toBeNull();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decisions' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'four-stages-')), download.suggestedFilename());
  await download.saveAs(file);
  const decisions = JSON.parse(readFileSync(file, 'utf8')) as PlannedAction[];
  expect(replayInProcess(stage, seed, decisions)).toEqual({
    stateHash: runCode,
    netProfit: netFen,
  });
  if (CLI_EXISTS) {
    expect(replayWithCli(stage, seed, file)).toEqual({ stateHash: runCode, netProfit: netFen });
  }
  return decisions;
}
