/**
 * CPU per frame, by thread, of the busy 4x shop against the bare page with as many figures:
 * `npx tsx scripts/bench/cpuCompare.ts <built game folder> [rounds]` (the bare build is the one
 * bench:web made in scripts/bench/results/bare-dist). Thread time barely moves with other work on
 * the machine, so it shows a change's effect where bench:web's wall-clock figures cannot.
 * FS_EVAL runs a snippet in the game page and measures again (e.g. hiding the DOM panels).
 * `--dsf 3` measures on a phone-density screen, the bare page at the same canvas pixel ratio.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/fixtures/chromium';
import { serveStatic } from '../../test/fixtures/staticServer';
import { BENCH_ARGS, figuresOnScreen, openBusyShop } from './busyShop';
import { cpuPerFrame } from './cpuTrace';

const THREADS: [string, string][] = [
  ['main', 'CrRendererMain'],
  ['raster', 'main:LayerTreeHost::DoUpdateLayers'],
  ['js', 'main:FireAnimationFrame'],
  ['compositor', 'Compositor'],
  ['viz', 'VizCompositorThread'],
  ['workers', 'ThreadPoolForegroundWorker'],
];

const dsfIndex = process.argv.indexOf('--dsf');
const DSF = dsfIndex < 0 ? 1 : Number(process.argv[dsfIndex + 1]);
const positional = process.argv
  .slice(2)
  .filter((arg, i, all) => arg !== '--dsf' && all[i - 1] !== '--dsf');
const VIEWPORT = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: DSF };

function line(name: string, cpu: Record<string, number>): string {
  const parts = THREADS.map(([label, key]) => `${label} ${(cpu[key] ?? 0).toFixed(2)}`);
  return `${name.padEnd(16)} ${parts.join('  ')}  (ms/frame over ${cpu['frames']} frames)`;
}

async function round(browser: Browser, game: string, bare: string): Promise<void> {
  const page = await browser.newPage(VIEWPORT);
  await openBusyShop(page, game);
  const figures = await figuresOnScreen(page);
  console.log(line(`game (${figures})`, await cpuPerFrame(page, 3000)));
  const snippet = process.env['FS_EVAL'];
  if (snippet) {
    await page.evaluate(snippet);
    console.log(line('game + FS_EVAL', await cpuPerFrame(page, 3000)));
  }
  await page.close();
  // One page at a time, as in bench:web.
  const barePage = await browser.newPage(VIEWPORT);
  await barePage.goto(`${bare}?figures=${figures}`);
  await barePage.waitForTimeout(1000);
  console.log(line(`bare (${figures})`, await cpuPerFrame(barePage, 3000)));
  await barePage.close();
}

async function main(): Promise<void> {
  const [dist, rounds] = positional;
  if (!dist || !Number.isFinite(DSF) || DSF < 1 || DSF > 4) {
    throw new Error(
      'usage: tsx scripts/bench/cpuCompare.ts <game dist folder> [rounds] [--dsf 1-4]',
    );
  }
  const game = await serveStatic(dist);
  const bare = await serveStatic('scripts/bench/results/bare-dist');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...BENCH_ARGS],
  });
  try {
    for (let i = 0; i < Number(rounds ?? 2); i++) await round(browser, game.url, bare.url);
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
