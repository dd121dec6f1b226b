import { defineConfig } from 'vitest/config';

// One file at a time: `npm test` runs the unit tests and the static checks beside this suite on two cores. (Two files
// at a time was faster alone, but beside the unit tests on a loaded machine it starved them past their hang guard.)
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
    // The 50,000-article run (DATELINE_E2E_LARGE=1) reports apart, so CI's summary counts both runs.
    outputFile: { json: `.cache/test-results/${process.env.DATELINE_E2E_LARGE === '1' ? 'e2e-large' : 'e2e'}.json` },
  },
});
