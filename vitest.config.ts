import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests only: the timeline is tested in Chromium (test/e2e).
// Two projects: most unit tests are pure functions of their inputs, and importing the extractor (compromise and
// the word lists) costs seconds, so their files share one module graph per worker; the stores and the components
// keep a fresh graph (and store) per file.
const ISOLATED = ['test/unit/store/**/*.test.ts', 'test/component/**/*.test.tsx'];

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A hang guard, not a speed check: `npm test` runs the unit tests beside the e2e suite, so a test may wait for a core.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/unit.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'threads' } },
    ],
  },
});
