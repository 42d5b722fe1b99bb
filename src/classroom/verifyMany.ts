import type { LevelSet } from '../share';
import type { CandidateLine } from './linesIn';
import { verifyLines, type Checked } from './verifyLines';
import type { WorkerMessage } from './verifyWorker';

/** Up to this many links replay on the main thread: starting a worker costs more than they do. */
export const WORKER_THRESHOLD = 10;

/** The verdicts, and where the replays ran: the dashboard marks it on the page for tests. */
export type CheckedWhere = Checked & { where: 'worker' | 'page' };

/**
 * Verifies every line, in a Web Worker when there are many. Should the worker fail to start
 * (an old browser, a blocked policy), the lines are verified here instead: slower, but complete.
 */
export function verifyMany(
  lines: readonly CandidateLine[],
  levels: LevelSet,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedWhere> {
  const here = (): Promise<CheckedWhere> =>
    Promise.resolve({ ...verifyLines(lines, levels, onProgress), where: 'page' });
  if (lines.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return here();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    const fallBack = () => {
      worker.terminate();
      resolve(here());
    };
    // A worker that fails to load or cannot send its answer must not leave the page waiting.
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'error') fallBack();
      else {
        worker.terminate();
        resolve({ ...message.checked, where: 'worker' });
      }
    };
    worker.postMessage(lines);
  });
}
