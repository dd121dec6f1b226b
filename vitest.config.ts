import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests only: the timeline is tested in Chromium (test/e2e).
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/unit.json' },
  },
});
