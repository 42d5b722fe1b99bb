/**
 * Where the shop's frame time goes: `npx tsx scripts/bench/profileShop.ts <built dist folder>`.
 * Opens the busy 4x shop the way bench:web does, then records a CPU profile and Chrome's
 * performance counters over a few seconds and prints the heaviest functions and the
 * layout/style/paint totals. The raw .cpuprofile is written to /tmp for DevTools. FS_DSF=3
 * profiles on a phone-density screen.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/fixtures/chromium';
import { serveStatic } from '../../test/fixtures/staticServer';
import { BENCH_ARGS, openBusyShop } from './busyShop';

const SAMPLE_MS = 4000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Two seconds of Chrome's timeline (main thread, compositor, raster) for chrome://tracing. */
async function trace(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: unknown[] }) => events.push(...data.value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,blink,cc,viz,gpu,v8.execute,toplevel',
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(2000);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  await cdp.detach();
}

async function main(): Promise<void> {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: tsx scripts/bench/profileShop.ts <dist folder>');
  const viewport = {
    width: Number(process.argv[3] ?? 1280),
    height: Number(process.argv[4] ?? 720),
  };
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...BENCH_ARGS],
  });
  try {
    const page = await browser.newPage({
      viewport,
      deviceScaleFactor: Number(process.env['FS_DSF'] ?? 1),
    });
    // The bare baseline page profiles with the figure count given in FS_FIGURES.
    const bareFigures = process.env['FS_FIGURES'];
    let figures = Number(bareFigures);
    if (bareFigures) {
      await page.goto(`${server.url}?figures=${bareFigures}`);
      await page.waitForTimeout(1000);
    } else figures = await openBusyShop(page, server.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    type Metrics = { metrics: { name: string; value: number }[] };
    const before = (await cdp.send('Performance.getMetrics')) as Metrics;
    await cdp.send('Profiler.start');
    const frames = (await page.evaluate(`new Promise((resolve) => {
      let n = 0; const end = performance.now() + ${SAMPLE_MS};
      const tick = (now) => { n++; if (now < end) requestAnimationFrame(tick); else resolve(n); };
      requestAnimationFrame(tick);
    })`)) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; startTime: number; endTime: number };
    };
    const after = (await cdp.send('Performance.getMetrics')) as Metrics;
    const onScreen = await page.evaluate(
      () => (window as unknown as { __fsBench?: { figures(): number } }).__fsBench?.figures() ?? -1,
    );
    writeFileSync('/tmp/fs-shop.cpuprofile', JSON.stringify(profile));
    if (process.env['FS_TRACE']) await trace(page, '/tmp/fs-shop-trace.json');

    console.log(
      `figures at start ${figures}, at end ${onScreen}; frames ${frames} in ${SAMPLE_MS} ms`,
    );
    console.log(`mean frame ${(SAMPLE_MS / frames).toFixed(2)} ms`);
    const value = (m: Metrics, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
    for (const name of [
      'TaskDuration',
      'ScriptDuration',
      'LayoutDuration',
      'RecalcStyleDuration',
      'LayoutCount',
      'RecalcStyleCount',
    ]) {
      const delta = value(after, name) - value(before, name);
      const perFrame = name.endsWith('Count') ? delta / frames : (delta * 1000) / frames;
      console.log(
        `${name.padEnd(22)} ${perFrame.toFixed(3)} ${name.endsWith('Count') ? '/frame' : 'ms/frame'}`,
      );
    }
    const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').pop() ?? '';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (node.hitCount ?? 0));
    }
    console.log('self time, top functions:');
    [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .forEach(([key, hits]) =>
        console.log(`${((hits * 100) / total).toFixed(1).padStart(5)}%  ${key}`),
      );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
