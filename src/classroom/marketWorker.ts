/// <reference lib="webworker" />
/**
 * Clears a class market off the main thread. Input: the class link, the hand-in lines and the
 * options; output: progress as shops are re-simulated, then the clearing (or its refusal) and
 * the attribution of every counted hand-in for the printed sheets. The stage is loaded here
 * from the bundle.
 */
import { loadShippedLevels } from '../platform/levels';
import type { WorkerJobMessage } from '../platform/workerJob';
import type { ClearProgress } from '../sim/classMarket';
import type { ClearOptions } from '../share/roundClass';
import { clearAndWeigh, type ClearedMarket } from './marketJob';

export interface MarketJob {
  classLink: string;
  lines: string[];
  options: ClearOptions;
}

export type MarketWorkerMessage = WorkerJobMessage<ClearedMarket, ClearProgress>;

/** A progress message at most this often: 60 shops x 3 passes x 4 rounds would flood the page. */
const PROGRESS_EVERY_MS = 40;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MarketJob>) => {
  const loaded = loadShippedLevels();
  const base = loaded.ok ? loaded.levels.find((l) => l.id === 'comprehensive') : undefined;
  if (base === undefined) {
    const message = loaded.ok ? 'no Stage 4 level' : loaded.problem;
    scope.postMessage({ type: 'error', message } satisfies MarketWorkerMessage);
    return;
  }
  let lastMs = 0;
  const onProgress = (step: ClearProgress) => {
    const now = performance.now();
    if (step.done < step.total && now - lastMs < PROGRESS_EVERY_MS) return;
    lastMs = now;
    const message = { type: 'progress', done: step.done, total: step.total, step } as const;
    scope.postMessage(message satisfies MarketWorkerMessage);
  };
  const result = clearAndWeigh(event.data, base, onProgress);
  scope.postMessage({ type: 'done', result } satisfies MarketWorkerMessage);
};
