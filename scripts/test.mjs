#!/usr/bin/env node
// Runs every test runner the workspace has, then prints one closing line summed over all of them:
// `N passed, N failed`. Exits non-zero when any runner fails or reports a failed test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

/**
 * Passed and failed tests from a vitest JSON report; errors outside tests count as failures, and so
 * does a file that failed with no failed test in it (a `beforeAll` that threw leaves its tests unrun).
 */
function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter((result) => result.status === 'failed' && !(result.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTests ?? 0) + brokenFiles };
}

const runners = [
  {
    // Browser tests load the script-tag build (dist/cdn), so it is built fresh first.
    name: 'widget CDN build',
    command: ['pnpm', 'run', 'build:widget'],
  },
  {
    name: 'vitest (unit + node end-to-end)',
    command: ['pnpm', 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(tmp, 'vitest.json')}`],
    counts: () => vitestCounts(join(tmp, 'vitest.json')),
    report: join(tmp, 'vitest.json'),
  },
  {
    name: '@web/test-runner (components in Chromium)',
    when: () => existsSync(join(root, 'web-test-runner.config.mjs')),
    command: ['pnpm', 'exec', 'wtr', '--config', 'web-test-runner.config.mjs'],
    // tsx lets the config's relay plugin start real relays from the TypeScript sources.
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim() },
    counts: () => JSON.parse(readFileSync(join(tmp, 'wtr.json'), 'utf8')),
    report: join(tmp, 'wtr.json'),
  },
  {
    name: 'end-to-end (real relay + demo + Chromium via playwright-core)',
    when: () => existsSync(join(root, 'test', 'e2e')) && readdirSync(join(root, 'test', 'e2e')).some((f) => f.endsWith('.e2e.test.ts')),
    command: ['pnpm', 'exec', 'vitest', 'run', '--config', 'test/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${join(tmp, 'e2e.json')}`],
    counts: () => vitestCounts(join(tmp, 'e2e.json')),
    report: join(tmp, 'e2e.json'),
  },
];

let passed = 0;
let failed = 0;
let broken = false;
for (const runner of runners) {
  if (runner.when && !runner.when()) continue;
  if (runner.report) rmSync(runner.report, { force: true });
  console.log(`\n== ${runner.name}`);
  const result = spawnSync(runner.command[0], runner.command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...runner.env } });
  if (!runner.counts) {
    // A build step: it has no tests of its own, but a failure must fail the run.
    if (result.status !== 0) {
      console.error(`${runner.name} failed (exit ${result.status}); counting it as a failure`);
      failed += 1;
      broken = true;
    }
    continue;
  }
  let counts;
  try {
    counts = runner.counts();
  } catch {
    console.error(`${runner.name}: no report was written (exit ${result.status}); counting the runner as failed`);
    counts = { passed: 0, failed: 1 };
  }
  passed += counts.passed;
  failed += counts.failed;
  if (result.status !== 0) broken = true;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
