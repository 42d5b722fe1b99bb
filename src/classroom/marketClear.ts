import type { Level } from '../sim';
import { runWorkerJob, type RanWhere } from '../platform/workerJob';
import { clearClassFromLinks, type ClassClearingResult } from '../share/roundClass';
import type { MarketJob } from './marketWorker';

export type ClearedWhere = { result: ClassClearingResult; where: RanWhere };

/**
 * Clears in a Web Worker, so the page stays responsive for a full class; should the worker not
 * start or fail, the same clearing runs on the page: slower, but the same result.
 */
export function clearInWorker(job: MarketJob, base: Level): Promise<ClearedWhere> {
  return runWorkerJob({
    start: () => new Worker(new URL('./marketWorker.ts', import.meta.url), { type: 'module' }),
    request: job,
    onPage: () => clearClassFromLinks(job.classLink, job.lines, base, job.options),
  });
}
