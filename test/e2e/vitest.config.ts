import { defineConfig } from 'vitest/config';

// End-to-end tests: a real relay, the real demo served by Vite, real Chromium driven by playwright-core.
// One file at a time: each starts its own relay, Vite server and browser on a two-core machine.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
