import { defineConfig } from 'vitest/config';
import { reporters } from './tests/reporters.ts';

/** Browser tests: Playwright drives Debian Chromium against the built site (`dist/`). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    reporters: reporters('e2e'),
    globalSetup: ['tests/e2e/support/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two files at a time: much of a browser test is waiting (map loads, timeouts, fake clocks).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
