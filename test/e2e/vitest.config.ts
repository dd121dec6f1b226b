import { defineConfig } from 'vitest/config';

// One browser at a time: the machine has two cores and the app under test needs one.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // The files share one worker: playwright and the helpers load once, not once per file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/e2e.json' },
  },
});
