/**
 * CPU time per frame, by thread, from a short Chrome trace: thread time (tdur) is what a frame
 * costs, whatever else the machine is running, where wall-clock frame times on a busy 2-core
 * machine are mostly noise. Used by the profiler to compare changes; bench:web reports wall time.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Parts of the renderer's main-thread work, reported next to the thread totals. */
const PHASES = [
  'FireAnimationFrame',
  'LayerTreeHost::DoUpdateLayers',
  'Canvas2DResourceProvider::ProduceCanvasResource',
  'Paint',
  'Layout',
  'UpdateLayoutTree',
  'TimerFire',
  'FunctionCall',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
];

export async function cpuPerFrame(page: Page, ms = 2000): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,cc,disabled-by-default-devtools.timeline,devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  // Top-level tasks only: a task's own slices are nested in it on the same thread.
  const busy = new Map<string, number>();
  let frames = 0;
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
    if (e.name === 'FireAnimationFrame') frames += 1;
    if (thread === 'CrRendererMain' && PHASES.includes(e.name)) {
      const phase = `main:${e.name}`;
      busy.set(phase, (busy.get(phase) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'ThreadPool_RunTask') continue;
    busy.set(thread, (busy.get(thread) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  const out: Record<string, number> = { frames };
  for (const [key, total] of busy) out[key] = total / Math.max(1, frames);
  return out;
}
