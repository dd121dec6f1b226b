import { defineConfig } from 'vitest/config';

// Two files at a time, each on its own pages of the run's one browser: a test waits on the page most of the time, and
// one file after another kept less than one core busy.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    maxWorkers: 2,
    // The files of a worker share it: playwright and the helpers load once per worker, not once per file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/e2e.json' },
  },
});
