import { defineConfig } from 'vitest/config';

/** End-to-end tests: run by scripts/e2e/run.ts against the built game served by `vite preview`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/fixtures/i18nSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and the renderer is software.
    fileParallelism: false,
  },
});
