import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/fixtures/i18nSetup.ts'],
    testTimeout: 60_000,
  },
});
