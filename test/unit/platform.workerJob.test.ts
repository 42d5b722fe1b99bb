import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWorkerJob, type WorkerJobMessage } from '../../src/platform/workerJob';

type Reply = WorkerJobMessage<number, string> | 'load-error' | 'unreadable';

/** A worker stand-in that answers the doubled request after the replies given. */
class ScriptedWorker {
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onmessage: ((event: { data: WorkerJobMessage<number, string> }) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(private readonly replies: readonly Reply[]) {}
  postMessage(data: unknown): void {
    this.posted.push(data);
    setTimeout(() => {
      for (const reply of this.replies) {
        if (reply === 'load-error') this.onerror?.();
        else if (reply === 'unreadable') this.onmessageerror?.();
        else this.onmessage?.({ data: reply });
      }
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function job(worker: ScriptedWorker | (() => never), onProgress?: (d: number, t: number) => void) {
  const pageRuns: number[] = [];
  const run = runWorkerJob({
    start: () => (typeof worker === 'function' ? worker() : (worker as unknown as Worker)),
    request: 21,
    onPage: () => {
      pageRuns.push(1);
      return 42;
    },
    ...(onProgress ? { onProgress } : {}),
  });
  return { run, pageRuns };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a job in a Web Worker', () => {
  it('runs on the page when the browser has no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const { run, pageRuns } = job(new ScriptedWorker([]));
    expect(await run).toEqual({ result: 42, where: 'page' });
    expect(pageRuns).toHaveLength(1);
  });

  it('runs on the page when the worker cannot be started', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const { run } = job(() => {
      throw new Error('blocked by policy');
    });
    expect(await run).toEqual({ result: 42, where: 'page' });
  });

  it('sends the request, forwards progress in order and takes the worker result', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const worker = new ScriptedWorker([
      { type: 'progress', done: 1, total: 2 },
      { type: 'progress', done: 2, total: 2 },
      { type: 'done', result: 7 },
    ]);
    const progress: string[] = [];
    const { run, pageRuns } = job(worker, (done, total) => progress.push(`${done}/${total}`));
    expect(await run).toEqual({ result: 7, where: 'worker' });
    expect(worker.posted).toEqual([21]);
    expect(progress).toEqual(['1/2', '2/2']);
    expect(worker.terminated).toBe(true);
    expect(pageRuns).toHaveLength(0);
  });

  it('forwards what a progress step counts, when the worker says', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const worker = new ScriptedWorker([
      { type: 'progress', done: 1, total: 3, step: 'round 1' },
      { type: 'done', result: 7 },
    ]);
    const steps: unknown[] = [];
    const run = runWorkerJob<number, number, string>({
      start: () => worker as unknown as Worker,
      request: 21,
      onPage: () => 42,
      onProgress: (done, total, step) => steps.push([done, total, step]),
    });
    expect(await run).toEqual({ result: 7, where: 'worker' });
    expect(steps).toEqual([[1, 3, 'round 1']]);
  });

  for (const failure of [
    'load-error',
    'unreadable',
    { type: 'error', message: 'no levels' },
  ] as const) {
    it(`stops the worker and runs on the page when it fails (${JSON.stringify(failure)})`, async () => {
      vi.stubGlobal('Worker', ScriptedWorker);
      const worker = new ScriptedWorker([failure]);
      const { run, pageRuns } = job(worker);
      expect(await run).toEqual({ result: 42, where: 'page' });
      expect(worker.terminated).toBe(true);
      expect(pageRuns).toHaveLength(1);
    });
  }
});
