import type { Level } from '../sim';
import type { ClearProgress } from '../sim/classMarket';
import { clearAndWeigh, type ClearedMarket } from './marketJob';
import type { MarketJob, MarketWorkerMessage } from './marketWorker';

export type ClearedWhere = ClearedMarket & { where: 'worker' | 'page' };

/**
 * Clears in a Web Worker, so the page stays responsive for a full class and can show each
 * round's progress; should the worker not start or fail, the same clearing runs on the page:
 * slower, but the same result.
 */
export function clearInWorker(
  job: MarketJob,
  base: Level,
  onProgress: (progress: ClearProgress) => void = () => undefined,
): Promise<ClearedWhere> {
  const here = (): Promise<ClearedWhere> =>
    Promise.resolve({
      ...clearAndWeigh(job, base, onProgress),
      where: 'page',
    });
  if (typeof Worker === 'undefined') return here();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./marketWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    const fallBack = () => {
      worker.terminate();
      resolve(here());
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.onmessage = (event: MessageEvent<MarketWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'error') fallBack();
      else {
        worker.terminate();
        resolve({ ...message.cleared, where: 'worker' });
      }
    };
    worker.postMessage(job);
  });
}
