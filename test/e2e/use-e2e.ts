// The vitest hooks every e2e file wants, around startE2E() (kept apart so the benchmark can use the
// fixture without vitest).
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { StartDemoOptions } from '../../demo/server.js';
import { startE2E, type E2E } from './demo.fixture.js';

/**
 * Registers the hooks every e2e file wants: the demo and browser once per file, an empty relay
 * before each test, and after it the pages closed with no uncaught page error allowed.
 */
export function useE2E(options: Pick<StartDemoOptions, 'relayConfig'> = {}): () => E2E {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E(options);
  });
  afterAll(async () => {
    await e2e?.stop();
  });
  beforeEach(async () => {
    await e2e!.resetRelay();
  });
  afterEach(async () => {
    expect(await e2e!.closePages(), 'uncaught errors on the pages').toEqual([]);
  });
  return () => e2e!;
}
