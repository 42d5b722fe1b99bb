import { runWorkerJob, type RanWhere } from '../platform/workerJob';
import type { LevelSet } from '../share';
import {
  requestLines,
  type CandidateLine,
  type PastedRequest,
  type WorkerRequest,
} from './linesIn';
import { verifyLines, type Checked } from './verifyLines';

/** Up to this many links replay on the main thread: starting a worker costs more than they do. */
export const WORKER_THRESHOLD = 10;
/**
 * Pasted text longer than this is scanned in the worker as well as verified there. The scan is
 * linear and fast, but a trainer's page should not spend even that on a megabyte of junk.
 */
export const SCAN_IN_WORKER_CHARS = 16 * 1024;

/** The verdicts, and where the replays ran: the dashboard marks it on the page for tests. */
export type CheckedWhere = Checked & { where: RanWhere };

/**
 * Runs a request in a Web Worker. Should the worker fail to start (an old browser, a blocked
 * policy), the request is run here instead: slower, but complete.
 */
function inWorker(
  request: WorkerRequest,
  levels: LevelSet,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedWhere> {
  return runWorkerJob({
    start: () => new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' }),
    request,
    onPage: () => verifyLines(requestLines(request), levels, onProgress),
    onProgress,
  }).then(({ result, where }) => ({ ...result, where }));
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
