import { attributeDecisions, type Action, type AttributionResult, type Level } from '../../sim';
import { runWorkerJob } from '../../platform/workerJob';
import type { AttributionRequest } from './attributionWorker';

/**
 * What each decision of a finished run earned or cost, computed in a worker; on the page itself
 * when workers are unavailable or the worker fails, so the debrief always gets its answer.
 */
export function attributeOffThread(
  level: Level,
  seed: number,
  log: readonly Action[],
): Promise<AttributionResult> {
  const request: AttributionRequest = { level, seed, log: [...log] };
  return runWorkerJob({
    start: () => new Worker(new URL('./attributionWorker.ts', import.meta.url), { type: 'module' }),
    request,
    onPage: () => attributeDecisions(level, seed, log),
  }).then(({ result }) => result);
}
