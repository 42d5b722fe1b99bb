import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PlannedAction, StageId } from '../../src/sim';
import { parseYuanToFen } from '../../src/present/format';
import { shot } from './browser';
import { confirmFinishIfAsked, hudDay, waitAfterChoice } from './finishing';
import { CLI_EXISTS, replayInProcess, replayWithCli } from './plan';

/** Shared steps of the Stage 2–4 and ending tests, driven by control labels like a player. */
export async function sceneReady(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => document.body.dataset['scene'] === name, scene);
  await page.waitForTimeout(600);
}

/**
 * Presses Next day and waits until the day has moved on or an event has opened, so the next
 * click never lands on a dialog that opened meanwhile (it would wait out its timeout).
 */
export async function nextDayOrEvent(page: Page): Promise<void> {
  const day = page.locator('.hud-day');
  const before = await day.textContent();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect
    .poll(
      async () =>
        (await page.locator('.event-dialog').isVisible()) || (await day.textContent()) !== before,
    )
    .toBe(true);
}

/** Presses Finish stage until the stage ends, answering each event with `pick`; returns kinds. */
export async function finishAnsweringEvents(
  page: Page,
  shotName: string | null,
  pick: 'first' | 'last' = 'first',
  onEvent?: (kind: string, dialog: Locator) => Promise<void>,
): Promise<string[]> {
  const kinds: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) return kinds;
    const dialog = page.locator('.event-dialog');
    if (await dialog.isVisible()) {
      const kind = (await dialog.getAttribute('data-kind')) ?? '';
      kinds.push(kind);
      if (kinds.length === 1 && shotName) await shot(page, shotName);
      await onEvent?.(kind, dialog);
      const choices = dialog.getByRole('button');
      const day = await hudDay(page);
      await (pick === 'first' ? choices.first() : choices.last()).click();
      await waitAfterChoice(page, day);
      continue;
    }
    await page.getByRole('button', { name: 'Finish stage' }).click();
    await confirmFinishIfAsked(page);
    // Wait for the stage to stop on its own — at an event or at its end — before looking again.
    await expect
      .poll(
        async () =>
          (await page.locator('.event-dialog').isVisible()) ||
          (await page.getByRole('button', { name: 'See the debrief' }).isVisible()),
        { timeout: 60_000 },
      )
      .toBe(true);
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
