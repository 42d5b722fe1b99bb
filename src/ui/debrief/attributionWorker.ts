/// <reference lib="webworker" />
/**
 * Weighs a finished stage's decisions off the main thread: one replay per decision, up to about
 * 150 ms for a busy stage, which would otherwise freeze the debrief while it opens.
 */
import type { WorkerJobMessage } from '../../platform/workerJob';
import { attributeDecisions, type Action, type AttributionResult, type Level } from '../../sim';

export interface AttributionRequest {
  level: Level;
  seed: number;
  log: Action[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AttributionRequest>) => {
  const { level, seed, log } = event.data;
  const result = attributeDecisions(level, seed, log);
  scope.postMessage({ type: 'done', result } satisfies WorkerJobMessage<AttributionResult>);
};
