import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CandidateLine } from '../../src/classroom/linesIn';
import { verifyLines } from '../../src/classroom/verifyLines';
import { verifyMany, WORKER_THRESHOLD } from '../../src/classroom/verifyMany';
import type { WorkerMessage } from '../../src/classroom/verifyWorker';
import { encodeResultLink } from '../../src/share';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();

function lines(count: number): CandidateLine[] {
  return Array.from({ length: count }, (_, i) => {
    const run = runFromPlans(levels, 300 + i, { traffic: [] }, `S${i}`, ['traffic']);
    const encoded = encodeResultLink(run, levels);
    if (!encoded.ok) throw new Error(encoded.message);
    // Every third line is damaged, so both lists are compared.
    return { line: i + 1, text: i % 3 === 2 ? `${encoded.link}x` : encoded.link };
  });
}

/** A stand-in for the browser's Worker: `behaviour` decides what it answers. */
function fakeWorker(behaviour: 'fail' | 'unreadable' | 'work') {
  const made: { terminated: boolean }[] = [];
  class FakeWorker {
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
    terminated = false;
    constructor() {
      made.push(this);
    }
    postMessage(data: CandidateLine[]): void {
      setTimeout(() => {
        if (behaviour === 'fail') this.onerror?.();
        else if (behaviour === 'unreadable') this.onmessageerror?.();
        else {
          const checked = verifyLines(data, levels, (done, total) =>
            this.onmessage?.({ data: { type: 'progress', done, total } }),
          );
          this.onmessage?.({ data: { type: 'done', result: checked } });
        }
      }, 0);
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('verifying many hand-ins', () => {
  const many = lines(WORKER_THRESHOLD + 2);
  const expected = verifyLines(many, levels);

  it('replays a few links on the page without starting a worker', async () => {
    const made = fakeWorker('work');
    const few = many.slice(0, WORKER_THRESHOLD);
    const checked = await verifyMany(few, levels, () => {});
    expect(made).toHaveLength(0);
    expect(checked.where).toBe('page');
    expect(checked.verified.length + checked.bad.length).toBe(WORKER_THRESHOLD);
  });

  it('hands many to a worker, forwards its progress and returns its verdicts', async () => {
    const made = fakeWorker('work');
    const progress: number[] = [];
    const checked = await verifyMany(many, levels, (done) => progress.push(done));
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(true);
    expect(checked).toEqual({ ...expected, where: 'worker' });
    expect(progress).toEqual(many.map((_, i) => i + 1));
  });

  for (const behaviour of ['fail', 'unreadable'] as const) {
    it(`verifies on the page when the worker cannot help (${behaviour})`, async () => {
      const made = fakeWorker(behaviour);
      const checked = await verifyMany(many, levels, () => {});
      expect(made[0]?.terminated).toBe(true);
      expect(checked).toEqual({ ...expected, where: 'page' });
    });
  }
});
