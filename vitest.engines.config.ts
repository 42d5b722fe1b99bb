import { defineConfig } from 'vitest/config';

/**
 * Cross-engine checks: run by scripts/e2e/engines.ts against the built game on a static server.
 * One engine at a time: the machine has two cores and each browser wants both.
 */
export default defineConfig({
  test: {
    include: ['test/engines/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
