/**
 * The checks every browser engine gets, whatever drives it: the golden replays in a blank page,
 * then each golden result link opened in the built game (E2E_URL), whose score card must show the
 * run codes Node's verifier computes. Each engine's figures are printed for the CI log.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserExpression } from '../../scripts/e2e/goldenBundle';
import {
  checkEngineRun,
  describeVerdict,
  goldenPlans,
  readGoldenFile,
} from '../../scripts/e2e/goldenCheck';
import type { EngineRun } from '../../scripts/e2e/goldenEntry';
import {
  checkCard,
  READ_CARD,
  resultLinkCases,
  shippedLevels,
  type CardReading,
} from '../../scripts/e2e/resultLinks';

export const BASE_URL = process.env['E2E_URL'] ?? 'http://127.0.0.1:4173/';
const DIST = process.env['E2E_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
/** The single-file build, as a trainer opens it from a copied folder. */
const FOLDER_PAGE = pathToFileURL(join(DIST, 'four-stages.html')).href;

/** The few things the checks need from a driver; each engine's test file adapts its own. */
export interface EngineDriver {
  version: string;
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page and returns its (JSON-able) value. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

async function readCard(driver: EngineDriver, timeoutMs: number): Promise<CardReading> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reading = (await driver.evaluate(`(() => {${READ_CARD}})()`)) as CardReading | null;
    if (reading !== null) return reading;
    if (Date.now() > deadline) throw new Error(`no score card or refusal within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function describeEngine(engine: string, open: () => Promise<EngineDriver>): void {
  describe(`${engine}: the same state hashes as Node`, () => {
    let driver: EngineDriver | null = null;
    const file = readGoldenFile();

    beforeAll(async () => {
      const started = Date.now();
      driver = await open();
      console.log(`${engine}: ${driver.version}, started in ${Date.now() - started} ms`);
    });

    afterAll(async () => {
      await driver?.close();
    });

    it('replays every golden plan to its pinned hash and net profit', async () => {
      if (!driver) throw new Error(`${engine} did not start`);
      await driver.goto('about:blank');
      const text = await driver.evaluate(await browserExpression(goldenPlans(file)));
      const verdict = checkEngineRun(engine, file, JSON.parse(String(text)) as EngineRun);
      console.log(describeVerdict(verdict));
      expect(verdict.cases).toBeGreaterThan(0);
      expect(verdict.mismatches).toEqual([]);
      expect(verdict.matched).toBe(verdict.cases);
    });

    it('verifies each golden result link in the built game with Node’s run codes', async () => {
      if (!driver) throw new Error(`${engine} did not start`);
      const links = resultLinkCases(file, shippedLevels());
      const problems: string[] = [];
      const started = Date.now();
      let stages = 0;
      for (const link of links) {
        // A blank page between links: a fragment change alone would not reload the game.
        await driver.goto('about:blank');
        await driver.goto(new URL(link.fragment, BASE_URL).href);
        problems.push(...checkCard(engine, link, await readCard(driver, 60_000)));
        stages += link.runCodes.length;
      }
      console.log(
        `${engine}: ${links.length - problems.length}/${links.length} result links (${stages} stages) ` +
          `verified with Node's run codes in the built game, ${Date.now() - started} ms`,
      );
      expect(links.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    it('verifies a campaign link in four-stages.html opened from the folder (file://)', async () => {
      if (!driver) throw new Error(`${engine} did not start`);
      const links = resultLinkCases(file, shippedLevels());
      const link = links.find((l) => l.runCodes.length > 1) ?? links[0];
      if (!link) throw new Error('no result links');
      await driver.goto('about:blank');
      await driver.goto(`${FOLDER_PAGE}${link.fragment}`);
      expect(checkCard(engine, link, await readCard(driver, 60_000))).toEqual([]);
      console.log(`${engine}: four-stages.html over file:// verified ${link.label}`);
    });
  });
}
