/// <reference lib="webworker" />
/**
 * Finds and replays a class's links off the main thread. Input: the candidate lines, or the pasted
 * text itself (scanned here, so a huge paste never holds up the page); output: progress messages,
 * then the Checked result. The levels are loaded here from the bundle, not trusted from a message.
 */
import { loadShippedLevels } from '../platform/levels';
import type { WorkerJobMessage } from '../platform/workerJob';
import type { LevelSet } from '../share';
import type { StageId, Level } from '../sim';
import { requestLines, type WorkerRequest } from './linesIn';
import { verifyLines, type Checked } from './verifyLines';

export type WorkerMessage = WorkerJobMessage<Checked>;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const loaded = loadShippedLevels();
  if (!loaded.ok) {
    scope.postMessage({ type: 'error', message: loaded.problem } satisfies WorkerMessage);
    return;
  }
  const levels: Partial<Record<StageId, Level>> = {};
  for (const level of loaded.levels) levels[level.id] = level;
  const checked = verifyLines(requestLines(event.data), levels as LevelSet, (done, total) => {
    // A message per link is cheap next to a replay, and the bar moves smoothly.
    scope.postMessage({ type: 'progress', done, total } satisfies WorkerMessage);
  });
  scope.postMessage({ type: 'done', result: checked } satisfies WorkerMessage);
};
