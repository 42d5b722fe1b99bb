import madge from 'madge';
import { describe, expect, it } from 'vitest';

describe('src has no import cycle', () => {
  it('madge finds none, type imports included', async () => {
    const graph = await madge('src', {
      fileExtensions: ['ts'],
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(100);
    expect(graph.circular()).toEqual([]);
  }, 60_000);
});
