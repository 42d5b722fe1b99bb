/// <reference lib="webworker" />
/**
 * Clears a class market off the main thread. Input: the class link and the hand-in lines, and
 * the options; output: the clearing, or its refusal. The stage is loaded here from the bundle.
 */
import { loadShippedLevels } from '../platform/levels';
import type { WorkerJobMessage } from '../platform/workerJob';
import {
  clearClassFromLinks,
  type ClassClearingResult,
  type ClearOptions,
} from '../share/roundClass';

export interface MarketJob {
  classLink: string;
  lines: string[];
  options: ClearOptions;
}

export type MarketWorkerMessage = WorkerJobMessage<ClassClearingResult>;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MarketJob>) => {
  const loaded = loadShippedLevels();
  const base = loaded.ok ? loaded.levels.find((l) => l.id === 'comprehensive') : undefined;
  if (base === undefined) {
    const message = loaded.ok ? 'no Stage 4 level' : loaded.problem;
    scope.postMessage({ type: 'error', message } satisfies MarketWorkerMessage);
    return;
  }
  const { classLink, lines, options } = event.data;
  const result = clearClassFromLinks(classLink, lines, base, options);
  scope.postMessage({ type: 'done', result } satisfies MarketWorkerMessage);
};
