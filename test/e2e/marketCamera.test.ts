/**
 * Collecting hand-ins by camera on the class market's trainer page, with Chromium's fake camera
 * playing a video of a real hand-in's QR code (drawn with lean-qr, as the student's page draws
 * it): the page decodes it and adds the hand-in as if pasted. A refused camera gets one sentence
 * and pasting still clears the round.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { correction, generate } from 'lean-qr';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium';
import { scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from '../unit/levels';
import { launch, openPage } from './browser';

const base = loadLevel('comprehensive');
const { classLink, handIns } = scenarioLinks(base);
const handIn = handIns[0]?.[1] ?? '';
const tmp = mkdtempSync(join(tmpdir(), 'four-stages-camera-'));
const SHOTS = process.env['MARKET_SHOTS'] ?? '';

/**
 * A few seconds of 640x480 4:2:0 video (y4m, which Chromium's fake camera loops) showing one QR
 * code, black on white with its quiet zone, as large as the frame allows.
 */
function qrVideo(text: string): string {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const width = 640;
  const height = 480;
  const span = code.size + 8;
  const module = Math.floor((height - 40) / span);
  const left = Math.floor((width - span * module) / 2);
  const top = Math.floor((height - span * module) / 2);
  const luma = new Uint8Array(width * height).fill(235);
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      for (let dy = 0; dy < module; dy++) {
        const row = (top + (y + 4) * module + dy) * width + left + (x + 4) * module;
        luma.fill(16, row, row + module);
      }
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frames: Buffer[] = [header];
  for (let i = 0; i < 20; i++) {
    frames.push(
      Buffer.from('FRAME\n'),
      Buffer.from(luma),
      Buffer.from(chroma),
      Buffer.from(chroma),
    );
  }
  const file = join(tmp, 'handin.y4m');
  writeFileSync(file, Buffer.concat(frames));
  return file;
}

describe('collecting hand-ins by camera', () => {
  let camera: Browser;

  beforeAll(async () => {
    camera = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${qrVideo(handIn)}`,
      ],
    });
  });
  afterAll(async () => {
    await camera?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('reads a hand-in QR code from the camera and adds it as a hand-in line', async () => {
    const watched = await openPage(camera, { width: 1280, height: 720 }, './#market');
    const { page } = watched;
    await page.locator('#market-class').fill(classLink);
    await page.getByRole('button', { name: 'Scan hand-in QR codes' }).click();
    const status = page.locator('.camera-status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/^Added seat 2, round 1 at \d\d:\d\d\.$/);
    expect(await page.locator('.market-camera').getAttribute('data-decoder')).toMatch(
      /^(jsqr|barcode-detector)$/,
    );
    expect((await page.locator('#market-handins').inputValue()).split('\n')).toEqual([handIn]);
    await page.locator('.market-camera').scrollIntoViewIfNeeded();
    if (SHOTS !== '') await page.screenshot({ path: `${SHOTS}/market-camera.png` });
    // The same code seen again is not added twice.
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    expect(await status.textContent()).toBe('The camera is off.');
    await page.getByRole('button', { name: 'Scan hand-in QR codes' }).click();
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe('Seat 2, round 1 is already collected.');
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect.poll(() => page.locator('.round-hash').count(), { timeout: 60_000 }).toBe(1);
    expect(
      await page.locator('.market-standings tbody tr[data-seat="2"] [data-strategy]').textContent(),
    ).toBe('handed in');
    expect(watched.problems).toEqual([]);
    await watched.context.close();
  });
});

describe('a camera refused or missing', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, sentence] of [
    ['NotAllowedError', 'The camera was not allowed, so scanning is off'],
    ['NotFoundError', 'No camera was found on this device'],
  ] as const) {
    it(`says so in one sentence (${name}) and pasting still clears the round`, async () => {
      const watched = await openPage(browser, { width: 1280, height: 720 }, 'about:blank');
      const { page } = watched;
      await page.addInitScript((error) => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('refused in the test', error));
      }, name);
      await page.goto(
        new URL('./#market', process.env['E2E_URL'] ?? 'http://127.0.0.1:4173/').href,
      );
      await page.locator('#market-class').fill(classLink);
      await page.getByRole('button', { name: 'Scan hand-in QR codes' }).click();
      await expect.poll(() => page.locator('.camera-status').textContent()).toContain(sentence);
      expect(await page.locator('.camera-status').textContent()).toContain(
        'paste or drop the hand-ins instead.',
      );
      expect(await page.locator('.market-video').isVisible()).toBe(false);
      await page.locator('#market-handins').fill((handIns[0] ?? []).join('\n'));
      await page.getByRole('button', { name: 'Clear the rounds' }).click();
      await expect.poll(() => page.locator('.round-hash').count(), { timeout: 60_000 }).toBe(1);
      expect(watched.problems).toEqual([]);
      await watched.context.close();
    });
  }
});
