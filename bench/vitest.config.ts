import { defineConfig } from 'vitest/config';

// `npm run bench:smoke`: the N = 200 bench run as a test, kept out of `npm test`
// (it takes most of a minute) and run by CI on its own.
export default defineConfig({
  test: {
    include: ['bench/smoke.test.ts'],
    fileParallelism: false,
    testTimeout: 400_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/bench.json' },
  },
});
