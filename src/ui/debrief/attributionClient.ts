import { attributeDecisions, type Action, type AttributionResult, type Level } from '../../sim';
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
  const here = () => attributeDecisions(level, seed, log);
  if (typeof Worker === 'undefined') return Promise.resolve(here());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./attributionWorker.ts', import.meta.url), { type: 'module' });
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
    worker.onmessage = (event: MessageEvent<AttributionResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    const request: AttributionRequest = { level, seed, log: [...log] };
    worker.postMessage(request);
  });
}
