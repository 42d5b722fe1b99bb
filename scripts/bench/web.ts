/**
 * npm run bench:web — the game against a bare Phaser page of the same size and renderer, in the
 * same headless Chromium run: boot time to the first interactive frame, frame times in the shop
 * with a street full of visitors at 4x, JS heap, and gzipped JS. Prints figures and the issue's
 * targets next to them, not verdicts, and the machine's load average before and after: on a
 * shared machine one run proves little, so run it several times.
 *
 * The baseline ("bare Phaser with HiDPI canvas") is scripts/bench/bare at the same device scale
 * factor, canvas pixel ratio and canvas size as the game, drawing as many figures as the game
 * had on its street. With `--dsf` above 1 a second baseline, the bare page at Phaser's default
 * 1x canvas, shows what the sharper canvas itself costs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BENCH_ARGS, openBusyShop } from './busyShop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/fixtures/chromium';
import { serveStatic } from '../../test/fixtures/staticServer';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Its own output folder: the e2e runner may be building dist/ at the same time.
const gameDist = join(root, 'scripts/bench/results/game-dist');
const bareDist = join(root, 'scripts/bench/results/bare-dist');
const RUNS = 5;
/** Frame-time rounds per page, alternating game and bare: a busy machine's noise hits both. */
const FRAME_ROUNDS = 3;
const FRAME_SAMPLE_MS = 4000;
const ARGS = [...CHROMIUM_ARGS, ...BENCH_ARGS];
/**
 * `--dsf 3` measures both pages on a screen of 3 device pixels per CSS pixel, as on most
 * phones: the game then draws its canvas at the device's ratio (within its pixel budget), the
 * bare page at 1x as Phaser does by default.
 */
function deviceScaleFactorArg(): number {
  const index = process.argv.indexOf('--dsf');
  if (index < 0) return 1;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 1 || value > 4) {
    throw new Error('--dsf takes a device scale factor from 1 to 4');
  }
  return value;
}
const DSF = deviceScaleFactorArg();
const VIEWPORT = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: DSF };

function build(): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', gameDist, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bare.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Gzipped bytes of the given files in a build folder. */
function gzippedFiles(dist: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) {
    if (file === 'sw.js') continue; // the offline worker, fetched by the browser, not the game
    bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  }
  return bytes;
}

/** Gzipped bytes of the JS the first screen loads (entry + its static imports) and of all JS. */
function gzippedJs(dist: string): { initial: number; total: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string),
  );
  let initial = 0;
  let total = 0;
  for (const file of readdirSync(join(dist, 'assets'))) {
    if (!file.endsWith('.js')) continue;
    const size = gzipSync(readFileSync(join(dist, 'assets', file)), { level: 9 }).length;
    total += size;
    if (initialFiles.has(`assets/${file}`)) initial += size;
  }
  return { initial, total };
}

/** Milliseconds from navigation to each performance mark, waiting for all of them. */
async function bootMs(browser: Browser, url: string, marks: readonly string[]): Promise<number[]> {
  const page = await browser.newPage(VIEWPORT);
  await page.goto(url);
  await page.waitForFunction(
    (names) => names.every((name) => performance.getEntriesByName(name).length > 0),
    marks,
    { timeout: 30_000 },
  );
  const ms = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    marks,
  );
  await page.close();
  return ms;
}

/** "load 1.23 / 2.34 / 3.45 (1, 5, 15 min) on N cores", as uptime prints it. */
function loadLine(): string {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return `load ${one.toFixed(2)} / ${five.toFixed(2)} / ${fifteen.toFixed(2)} (1, 5, 15 min) on ${cpus().length} cores`;
}

interface FrameSample {
  times: number[];
  /** Figures on the street, read every 30th frame (the bare page reports none). */
  figures: number[];
}

/**
 * Frame intervals from requestAnimationFrame over a fixed window, in ms. Sent as source text:
 * tsx would otherwise wrap the function with helpers that do not exist in the page.
 */
async function frameTimes(page: Page): Promise<FrameSample> {
  const script = `new Promise((resolve) => {
    const times = [];
    const figures = [];
    const probe = window.__fsBench;
    let last = performance.now();
    const end = last + ${FRAME_SAMPLE_MS};
    const tick = (now) => {
      times.push(now - last);
      last = now;
      if (probe && times.length % 30 === 0) figures.push(probe.figures());
      if (now < end) requestAnimationFrame(tick);
      else resolve({ times, figures });
    };
    requestAnimationFrame(tick);
  })`;
  return (await page.evaluate(script)) as FrameSample;
}

/** The canvas's own pixel size, as "WxH". */
function canvasPixels(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    return canvas ? `${canvas.width}x${canvas.height}` : 'none';
  });
}

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize;
}

async function barePage(
  page: Page,
  base: string,
  figures: number,
  ratio: 'device' | '1',
): Promise<void> {
  await page.goto(`${base}?figures=${Math.max(figures, 1)}&ratio=${ratio}`);
  await page.waitForFunction(() => performance.getEntriesByName('fs-interactive').length > 0);
  await page.waitForTimeout(1000);
}

/**
 * One page at a time: the other is closed, so neither pays for the other's frames (an open
 * game page keeps playing at 4x in the background and would slow the bare page down).
 */
async function measureGame(browser: Browser, url: string, heap: boolean) {
  const page = await browser.newPage(VIEWPORT);
  // The JS files the page fetched up to the busy shop: what a player downloads to play.
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.slice(1));
  });
  await openBusyShop(page, url);
  const canvas = await canvasPixels(page);
  const sample = await frameTimes(page);
  const heapUsed = heap ? await heapBytes(page) : 0;
  await page.close();
  return { ...sample, heapUsed, scripts, canvas };
}

async function measureBare(
  browser: Browser,
  url: string,
  figures: number,
  heap: boolean,
  ratio: 'device' | '1' = 'device',
) {
  const page = await browser.newPage(VIEWPORT);
  await barePage(page, url, figures, ratio);
  const canvas = await canvasPixels(page);
  const sample = await frameTimes(page);
  const heapUsed = heap ? await heapBytes(page) : 0;
  await page.close();
  return { ...sample, heapUsed, canvas };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  // --no-build measures the builds already in scripts/bench/results (when iterating on the bench).
  if (!process.argv.includes('--no-build')) build();
  const loadBefore = loadLine();
  const gameUrl = await serveStatic(gameDist);
  const bareUrl = await serveStatic(bareDist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  try {
    const gameBoot: number[] = [];
    const gameCanvasBoot: number[] = [];
    const bareBoot: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [bare = NaN] = await bootMs(browser, bareUrl.url, ['fs-interactive']);
      bareBoot.push(bare);
      const [title = NaN, canvas = NaN] = await bootMs(browser, gameUrl.url, [
        'fs-interactive',
        'fs-first-canvas-frame',
      ]);
      gameBoot.push(title);
      gameCanvasBoot.push(canvas);
    }
    const gameFrames: number[] = [];
    const bareFrames: number[] = [];
    const figures: number[] = [];
    let gameHeap = 0;
    let shopScripts = new Set<string>();
    let bareHeap = 0;
    const bareLowFrames: number[] = [];
    let gameCanvas = '';
    let bareCanvas = '';
    for (let round = 0; round < FRAME_ROUNDS; round++) {
      const game = await measureGame(browser, gameUrl.url, round === 0);
      gameFrames.push(...game.times);
      figures.push(...game.figures);
      if (round === 0) {
        gameHeap = game.heapUsed;
        gameCanvas = game.canvas;
        shopScripts = game.scripts;
      }
      // The bare page draws as many figures as the game had on screen in this round.
      const bare = await measureBare(browser, bareUrl.url, median(game.figures), round === 0);
      bareFrames.push(...bare.times);
      if (round === 0) {
        bareHeap = bare.heapUsed;
        bareCanvas = bare.canvas;
      }
      // On a high-density screen, also a bare page at Phaser's default 1x canvas: what the
      // sharper canvas costs, not only what the game adds over Phaser at the same size.
      if (DSF > 1) {
        const bareLow = await measureBare(browser, bareUrl.url, median(game.figures), false, '1');
        bareLowFrames.push(...bareLow.times);
      }
    }
    const gameJs = gzippedJs(gameDist);
    const bareJs = gzippedJs(bareDist);
    const shopJs = gzippedFiles(gameDist, shopScripts);

    const row = (
      name: string,
      gameValue: number,
      bareValue: number,
      unit: string,
      digits = 1,
      target = '',
    ) =>
      console.log(
        `${name.padEnd(30)} game ${fmt(gameValue, digits).padStart(9)} ${unit.padEnd(3)} bare ${fmt(bareValue, digits).padStart(9)} ${unit.padEnd(3)} ratio ${fmt(gameValue / bareValue, 2)}${target ? `  (target <= ${target})` : ''}`,
      );
    const bareLowCanvas = `${VIEWPORT.viewport.width}x${VIEWPORT.viewport.height}`;
    console.log(`machine: before ${loadBefore}; after ${loadLine()}`);
    console.log(
      `compared: the game's Stage 1 shop at 4x against bare Phaser (scripts/bench/bare: Phaser's loop, one scene, plain dots, no text, no DOM), ${VIEWPORT.viewport.width}x${VIEWPORT.viewport.height} CSS px at device scale factor ${DSF}`,
    );
    console.log(
      `baseline "bare": the bare page at the game's pixel ratio, game canvas ${gameCanvas}, bare canvas ${bareCanvas}, same visitor count`,
    );
    if (DSF > 1) {
      console.log(
        `baseline "bare at 1x": the bare page at Phaser's default 1x canvas (${bareLowCanvas}): what the sharper canvas itself costs`,
      );
    }
    console.log(
      `visitors on screen while measuring (4x): median ${median(figures)}, min ${Math.min(...figures)}, max ${Math.max(...figures)}; the bare page draws the same number of figures`,
    );
    console.log(
      `frames sampled: game ${gameFrames.length}, bare ${bareFrames.length} (${FRAME_ROUNDS} alternating rounds of ${FRAME_SAMPLE_MS / 1000} s each)`,
    );
    console.log(
      'frame times are rAF intervals; the page clock ticks in 0.1 ms, so the mean (exact over a window) is given with the median',
    );
    // The game's title is DOM, usable before Phaser has loaded; its first canvas frame is the
    // like-for-like figure against the bare page's first frame.
    row('boot to interactive (median)', median(gameBoot), median(bareBoot), 'ms', 1, '1.15');
    row('boot to first canvas frame', median(gameCanvasBoot), median(bareBoot), 'ms', 1, '1.15');
    row('frame time median (4x shop)', median(gameFrames), median(bareFrames), 'ms', 2, '1.10');
    row('frame time mean (4x shop)', mean(gameFrames), mean(bareFrames), 'ms', 2, '1.10');
    row('frame time p95 (4x shop)', p95(gameFrames), p95(bareFrames), 'ms', 2);
    if (DSF > 1) {
      row('frame median vs bare at 1x', median(gameFrames), median(bareLowFrames), 'ms', 2);
      row('frame mean vs bare at 1x', mean(gameFrames), mean(bareLowFrames), 'ms', 2);
      row('frame p95 vs bare at 1x', p95(gameFrames), p95(bareLowFrames), 'ms', 2);
    }
    row('JS heap after GC', gameHeap / 1e6, bareHeap / 1e6, 'MB', 2);
    row('gzipped JS, first screen', gameJs.initial / 1024, bareJs.initial / 1024, 'KB');
    row('gzipped JS, loaded in the shop', shopJs / 1024, bareJs.total / 1024, 'KB');
    row('gzipped JS, all chunks', gameJs.total / 1024, bareJs.total / 1024, 'KB');
    console.log(
      `JS over bare (target <= 120 KB): first screen ${fmt((gameJs.initial - bareJs.initial) / 1024)} KB, loaded in the shop ${fmt((shopJs - bareJs.total) / 1024)} KB, all chunks ${fmt((gameJs.total - bareJs.total) / 1024)} KB`,
    );
  } finally {
    await browser.close();
    await gameUrl.close();
    await bareUrl.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:web failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
