/**
 * One job handed to a Web Worker, and the same job on the page when the worker cannot do it.
 * Every worker of the game speaks WorkerJobMessage, so one client serves them all.
 */

/**
 * What a job's worker posts: any number of progress steps, then its result or its refusal. A
 * step may say what it is counting (the class market: which round and which pass).
 */
export type WorkerJobMessage<Result, Step = undefined> =
  | { type: 'progress'; done: number; total: number; step?: Step }
  | { type: 'done'; result: Result }
  | { type: 'error'; message: string };

/** Where the job ran: the pages mark it for the tests, which check that a worker did the work. */
export type RanWhere = 'worker' | 'page';

export interface WorkerJob<Request, Result, Step = undefined> {
  /**
   * Starts the worker. The caller writes `new Worker(new URL('./x.ts', import.meta.url), …)`
   * itself: the bundler finds a worker's module by that literal form in the calling file.
   */
  start: () => Worker;
  request: Request;
  /** The job on the page: slower, the same result. */
  onPage: () => Result;
  onProgress?: (done: number, total: number, step?: Step) => void;
}

/**
 * Runs the job in its worker and resolves with the result. Should the worker not start (an old
 * browser, a blocked policy), fail to load, be unable to send its answer or refuse the job, it
 * runs on the page instead, so the caller always gets an answer.
 */
export function runWorkerJob<Request, Result, Step = undefined>(
  job: WorkerJob<Request, Result, Step>,
): Promise<{ result: Result; where: RanWhere }> {
  const here = () => ({ result: job.onPage(), where: 'page' as const });
  if (typeof Worker === 'undefined') return Promise.resolve(here());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = job.start();
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
    worker.onmessage = (event: MessageEvent<WorkerJobMessage<Result, Step>>) => {
      const message = event.data;
      if (message.type === 'progress') job.onProgress?.(message.done, message.total, message.step);
      else if (message.type === 'error') fallBack();
      else {
        worker.terminate();
        resolve({ result: message.result, where: 'worker' });
      }
    };
    worker.postMessage(job.request);
  });
}
