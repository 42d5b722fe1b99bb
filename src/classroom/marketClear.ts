import type { Level } from '../sim';
import { clearClassFromLinks, type ClassClearingResult } from '../share/roundClass';
import type { MarketJob, MarketWorkerMessage } from './marketWorker';

export type ClearedWhere = { result: ClassClearingResult; where: 'worker' | 'page' };

/**
 * Clears in a Web Worker, so the page stays responsive for a full class; should the worker not
 * start or fail, the same clearing runs on the page: slower, but the same result.
 */
export function clearInWorker(job: MarketJob, base: Level): Promise<ClearedWhere> {
  const here = (): Promise<ClearedWhere> =>
    Promise.resolve({
      result: clearClassFromLinks(job.classLink, job.lines, base, job.options),
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
      if (event.data.type === 'error') {
        fallBack();
        return;
      }
      worker.terminate();
      resolve({ result: event.data.result, where: 'worker' });
    };
    worker.postMessage(job);
  });
}
