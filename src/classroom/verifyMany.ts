import type { LevelSet } from '../share';
import {
  requestLines,
  type CandidateLine,
  type PastedRequest,
  type WorkerRequest,
} from './linesIn';
import { verifyLines, type Checked } from './verifyLines';
import type { WorkerMessage } from './verifyWorker';

/** Up to this many links replay on the main thread: starting a worker costs more than they do. */
export const WORKER_THRESHOLD = 10;
/**
 * Pasted text longer than this is scanned in the worker as well as verified there. The scan is
 * linear and fast, but a trainer's page should not spend even that on a megabyte of junk.
 */
export const SCAN_IN_WORKER_CHARS = 16 * 1024;

/** The verdicts, and where the replays ran: the dashboard marks it on the page for tests. */
export type CheckedWhere = Checked & { where: 'worker' | 'page' };

/**
 * Runs a request in a Web Worker. Should the worker fail to start (an old browser, a blocked
 * policy), the request is run here instead: slower, but complete.
 */
function inWorker(
  request: WorkerRequest,
  levels: LevelSet,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedWhere> {
  const here = (): Promise<CheckedWhere> =>
    Promise.resolve({ ...verifyLines(requestLines(request), levels, onProgress), where: 'page' });
  if (typeof Worker === 'undefined') return here();
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
    worker.postMessage(request);
  });
}

/** Verifies every line, in a Web Worker when there are many. */
export function verifyMany(
  lines: readonly CandidateLine[],
  levels: LevelSet,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedWhere> {
  if (lines.length <= WORKER_THRESHOLD) {
    return Promise.resolve({ ...verifyLines(lines, levels, onProgress), where: 'page' });
  }
  return inWorker(lines, levels, onProgress);
}

/**
 * Finds the links in pasted text and verifies them: a long text is sent to the worker whole, so
 * the page neither scans nor replays it; a short one is scanned here and then handled as lines.
 */
export function verifyPasted(
  request: PastedRequest,
  levels: LevelSet,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedWhere> {
  if (request.text.length > SCAN_IN_WORKER_CHARS) return inWorker(request, levels, onProgress);
  return verifyMany(requestLines(request), levels, onProgress);
}
