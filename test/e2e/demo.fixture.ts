// One running demo (relay + Vite) and one Chromium per test file, with a fresh relay database and
// fresh browser contexts per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDemo, type RunningDemo, type StartDemoOptions } from '../../demo/server.js';
import { launchBrowser } from './browser.js';
import { CustomerPage } from './customer.page.js';
import { DeskPage } from './desk.page.js';

export interface E2E {
  demo: RunningDemo;
  browser: Browser;
  /** A new customer on the storefront (own context, so own storage), chat open. Default query `bot-delay=0`. */
  customer(query?: string): Promise<CustomerPage>;
  /** Demo agent 1 (Alex Rivera, supervisor) or 2 (Sam Okafor, agent) on the desk, online. */
  desk(agent?: 1 | 2): Promise<DeskPage>;
  /** Empties the relay's store (stop, delete the SQLite file, start on the same port). */
  resetRelay(): Promise<void>;
  /** Closes this test's pages and returns the uncaught errors they collected. */
  closePages(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startE2E(options: Pick<StartDemoOptions, 'relayConfig'> = {}): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-e2e-'));
  const dbFile = join(dir, 'relay.sqlite');
  const demo = await startDemo({ relayPort: 0, port: 0, dbFile, watch: false, ...options });
  const browser = await launchBrowser().catch(async (error) => {
    await demo.stop();
    throw error;
  });
  let open: Array<CustomerPage | DeskPage> = [];
  const track = <T extends CustomerPage | DeskPage>(page: T): T => {
    open.push(page);
    return page;
  };
  return {
    demo,
    browser,
    customer: async (query) => track(await CustomerPage.open(browser, demo.pages.storefront, query)),
    desk: async (agent = 1) => track(await DeskPage.open(browser, demo.agents[agent - 1]!)),
    async resetRelay() {
      await demo.stopRelay();
      for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
      await demo.startRelay();
    },
    async closePages() {
      const pages = open;
      open = [];
      await Promise.all(pages.map((page) => page.close()));
      return pages.flatMap((page) => page.errors);
    },
    async stop() {
      await Promise.allSettled([browser.close(), demo.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
