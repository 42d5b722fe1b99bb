import type { Level } from '../sim';
import type { ClearProgress } from '../sim/classMarket';
import { runWorkerJob, type RanWhere } from '../platform/workerJob';
import { clearAndWeigh, type ClearedMarket } from './marketJob';
import type { MarketJob } from './marketWorker';

export type ClearedWhere = ClearedMarket & { where: RanWhere };

/**
 * Clears in a Web Worker, so the page stays responsive for a full class and shows each round's
 * progress; should the worker not start or fail, the same clearing runs on the page: slower,
 * but the same result.
 */
export async function clearInWorker(
  job: MarketJob,
  base: Level,
  onProgress: (progress: ClearProgress) => void = () => undefined,
): Promise<ClearedWhere> {
  const { result, where } = await runWorkerJob<MarketJob, ClearedMarket, ClearProgress>({
    start: () => new Worker(new URL('./marketWorker.ts', import.meta.url), { type: 'module' }),
    request: job,
    onPage: () => clearAndWeigh(job, base, onProgress),
    onProgress: (_done, _total, step) => {
      if (step !== undefined) onProgress(step);
    },
  });
  return { ...result, where };
}
