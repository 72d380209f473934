// @web/test-runner: component tests in Debian's Chromium (never a browser downloaded by a tool).
// Test files sit beside their element: packages/<pkg>/src/**/*.test.ts.
// Runs under `node --import tsx` (see scripts/test.mjs) so the relay plugin can start real relays
// from the TypeScript sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';
import { relayPlugin } from './scripts/wtr-relay-plugin.ts';

/** Writes `{ passed, failed }` to .tmp/wtr.json so scripts/test.mjs can sum every runner. */
function countingReporter() {
  const count = (suite, into) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      if (test.passed) into.passed++;
      else into.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, into);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr.json', JSON.stringify(totals));
    },
  };
}

const filter = process.env.WTR_FILES;

export default {
  files: filter ? filter.split(',') : ['packages/*/src/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'production'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  // Generous: relay kill/revive tests wait on socket.io's reconnection backoff on a busy two-core machine.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), relayPlugin()],
  reporters: [defaultReporter(), countingReporter()],
};
