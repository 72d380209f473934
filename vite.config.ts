import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // test/e2e runs as its own runner (test/e2e/vitest.config.ts): one browser at a time.
    exclude: ['**/node_modules/**', '**/*.browser.test.ts', 'test/e2e/**'],
    environment: 'node',
    testTimeout: 20_000,
    // expect.poll waits on real sockets and webhooks; 1 s (the default) is short on a busy two-core machine.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 30_000,
    // Two cores: one worker per core keeps socket and SQLite tests from starving each other.
    maxWorkers: 2,
  },
});
