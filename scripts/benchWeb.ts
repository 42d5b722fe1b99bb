/**
 * npm run bench:web — the game against a bare Phaser page of the same size and renderer, in the
 * same headless Chromium run: boot time to the first interactive frame, frame times in the shop
 * with a street full of visitors at 4x, JS heap, and gzipped JS. Prints figures, not verdicts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveStatic } from './staticServer';

const root = fileURLToPath(new URL('..', import.meta.url));
// Its own output folder: the e2e runner may be building dist/ at the same time.
const gameDist = join(root, 'test/bench/results/game-dist');
const bareDist = join(root, 'test/bench/results/bare-dist');
const RUNS = 5;
const FRAME_SAMPLE_MS = 5000;

const ARGS = [
  ...CHROMIUM_ARGS,
  // Without these, both pages would report the 60 Hz vsync interval instead of their work.
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
];

function build(): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', gameDist, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.bare.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
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

async function bootMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('fs-interactive').length > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  const ms = await page.evaluate(
    () => performance.getEntriesByName('fs-interactive')[0]?.startTime ?? NaN,
  );
  await page.close();
  return ms;
}

/**
 * Frame intervals from requestAnimationFrame over a fixed window, in ms. Sent as source text:
 * tsx would otherwise wrap the function with helpers that do not exist in the page.
 */
async function frameTimes(page: Page): Promise<number[]> {
  const script = `new Promise((resolve) => {
    const times = [];
    let last = performance.now();
    const end = last + ${FRAME_SAMPLE_MS};
    const tick = (now) => {
      times.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  })`;
  return (await page.evaluate(script)) as number[];
}

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize;
}

/** The shop at 4x with a busy street: heavy ads bring the crowd up to the figure cap. */
async function openBusyShop(page: Page, base: string): Promise<number> {
  await page.goto(`${base}?stage=traffic&seed=1&bench=1`);
  await page.waitForFunction(() => performance.getEntriesByName('fs-interactive').length > 0);
  const intro = page.getByRole('button', { name: /open the shop/i });
  if (await intro.isVisible().catch(() => false)) await intro.click();
  await page.getByLabel('Daily ad budget').fill('300000');
  await page.getByLabel('Max bid per click').fill('400');
  await page.getByRole('button', { name: 'Play at 4× speed' }).click();
  await page.waitForTimeout(4000);
  return page.evaluate(() => {
    const bench = (window as unknown as { __fsBench?: { figures(): number } }).__fsBench;
    return bench ? bench.figures() : -1;
  });
}

async function barePage(page: Page, base: string, figures: number): Promise<void> {
  await page.goto(`${base}?figures=${Math.max(figures, 1)}`);
  await page.waitForFunction(() => performance.getEntriesByName('fs-interactive').length > 0);
  await page.waitForTimeout(1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  build();
  const game = await serveStatic(gameDist);
  const bare = await serveStatic(bareDist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  try {
    const gameBoot: number[] = [];
    const bareBoot: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareBoot.push(await bootMs(browser, bare.url));
      gameBoot.push(await bootMs(browser, game.url));
    }
    const gamePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const figures = await openBusyShop(gamePage, game.url);
    const gameFrames = await frameTimes(gamePage);
    const gameHeap = await heapBytes(gamePage);
    const barePg = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await barePage(barePg, bare.url, figures > 0 ? figures : 300);
    const bareFrames = await frameTimes(barePg);
    const bareHeap = await heapBytes(barePg);
    const gameJs = gzippedJs(gameDist);
    const bareJs = gzippedJs(bareDist);

    const row = (name: string, gameValue: number, bareValue: number, unit: string, digits = 1) =>
      console.log(
        `${name.padEnd(30)} game ${fmt(gameValue, digits).padStart(9)} ${unit.padEnd(3)} bare ${fmt(bareValue, digits).padStart(9)} ${unit.padEnd(3)} ratio ${fmt(gameValue / bareValue, 2)}`,
      );
    console.log(`figures on screen in the shop: ${figures} (bare page draws the same number)`);
    row('boot to interactive (median)', median(gameBoot), median(bareBoot), 'ms');
    row('frame time median (4x shop)', median(gameFrames), median(bareFrames), 'ms', 2);
    row('frame time p95 (4x shop)', p95(gameFrames), p95(bareFrames), 'ms', 2);
    row('JS heap after GC', gameHeap / 1e6, bareHeap / 1e6, 'MB', 2);
    row('gzipped JS, first screen', gameJs.initial / 1024, bareJs.initial / 1024, 'KB');
    row('gzipped JS, all chunks', gameJs.total / 1024, bareJs.total / 1024, 'KB');
    console.log(
      `first-screen JS over bare: ${fmt((gameJs.initial - bareJs.initial) / 1024)} KB (target <= 120 KB)`,
    );
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:web failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
