// Runs the whole demo in one process: a real Baton relay (socket.io + SQLite) and the Vite dev server
// for the demo pages. `pnpm start` (scripts/start.mjs) and the end-to-end tests both call startDemo().
//
// The relay runs in-process rather than as `baton relay` so its allowed origins follow the Vite port
// actually in use (PORT=0 in tests, PORT=3000 on a developer's machine), and so a test can take it
// down and bring it back on the same port and SQLite file (stopRelay / startRelay).
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
// The relay's public entry, by path: the demo's own package does not depend on @baton/relay because
// no page ever loads it in a browser.
import {
  createRelay,
  createSqliteStore,
  DEVELOPMENT_AGENT_SECRET,
  DEVELOPMENT_IDENTITY_SECRET,
  parseRelayConfig,
  signAgentToken,
  silentLogger,
  type Logger,
  type Relay,
  type RelayConfigInput,
  type SqliteStore,
} from '@baton/relay';
import { DEMO_PAGES, demoViteConfig } from './vite.config.js';

export const DEMO_SITE_KEY = 'demo';

/** The two demo agents: desk.html signs in as the first, desk.html?agent=2 as the second. */
export const DEMO_AGENTS = [
  { id: 'demo-agent', name: 'Alex Rivera', role: 'supervisor' },
  { id: 'demo-agent-2', name: 'Sam Okafor', role: 'agent' },
] as const;

export interface StartDemoOptions {
  /** Relay port; 0 picks a free one. Default 8787. */
  relayPort?: number;
  /** Vite port; 0 picks a free one. Default 5173. */
  port?: number;
  /** The relay's SQLite file. Default `.baton/relay.sqlite` in the working directory. */
  dbFile?: string;
  /** Fields merged over the demo relay config (site `demo`, the development secrets), e.g. `hours` or `sla`. */
  relayConfig?: Partial<RelayConfigInput>;
  /** Where the relay logs. Default: silent. */
  logger?: Logger;
  /** Vite's own console output. Default `warn`. */
  viteLogLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Vite's dependency cache. Default `demo/node_modules/.vite`. */
  cacheDir?: string;
  /** Agent token lifetime. Default 24 h. */
  tokenTtlMs?: number;
  /**
   * Reload pages when source files change (Vite's watcher and HMR). Default true; tests pass false so
   * a colleague saving a file does not reload a page mid-flow.
   */
  watch?: boolean;
}

export interface DemoAgent {
  id: string;
  name: string;
  role: 'agent' | 'supervisor';
  token: string;
  /** The desk page signed in as this agent. */
  deskUrl: string;
}

export interface RunningDemo {
  /** The Vite server, e.g. `http://localhost:5173`. */
  url: string;
  /** The relay, e.g. `http://localhost:8787`. */
  relayUrl: string;
  siteKey: string;
  dbFile: string;
  pages: Record<keyof typeof DEMO_PAGES, string>;
  agents: [DemoAgent, DemoAgent];
  /** Takes the relay down (sockets drop, the SQLite file stays), as in an outage. */
  stopRelay(): Promise<void>;
  /** Brings it back on the same port and file. */
  startRelay(): Promise<void>;
  /** Stops Vite and the relay. Idempotent. */
  stop(): Promise<void>;
}

/** A port that is taken, or another reason a server could not listen: the message says which and what to do. */
export class DemoStartError extends Error {
  override name = 'DemoStartError';
}

export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const relayPort = options.relayPort ?? 8787;
  const vitePort = options.port ?? 5173;
  const dbFile = options.dbFile ?? join(process.cwd(), '.baton', 'relay.sqlite');
  const logger = options.logger ?? silentLogger;

  // Listen first (socket.io is attached below, once the page origin is known) so the relay URL can
  // go into the pages and a port clash is found before anything else starts.
  let http = createHttpServer();
  await listen(http, relayPort, 'relay', 'RELAY_PORT');
  const actualRelayPort = (http.address() as AddressInfo).port;
  const relayUrl = `http://localhost:${actualRelayPort}`;

  const ttlMs = options.tokenTtlMs ?? 24 * 3_600_000;
  const tokens = await Promise.all(DEMO_AGENTS.map((agent) => signAgentToken(DEVELOPMENT_AGENT_SECRET, { ...agent, ttlMs })));

  let vite: ViteDevServer;
  try {
    vite = await createViteServer({
      ...demoViteConfig({
        VITE_BATON_RELAY: relayUrl,
        VITE_BATON_AGENT_TOKEN: tokens[0],
        VITE_BATON_AGENT_TOKEN_2: tokens[1],
      }),
      configFile: false,
      logLevel: options.viteLogLevel ?? 'warn',
      clearScreen: false,
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      // Vite reads port 0 as "the default", so a free port is picked here instead.
      server: {
        port: vitePort === 0 ? await freePort() : vitePort,
        strictPort: true,
        host: '127.0.0.1',
        ...(options.watch === false ? { hmr: false, watch: null } : {}),
      },
    });
    await vite.listen();
  } catch (error) {
    await closeHttp(http);
    const message = (error as Error).message;
    if (/already in use/i.test(message) || (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new DemoStartError(`the demo's port ${vitePort} is already in use: stop what runs there, or pick another with PORT=…`);
    }
    throw error;
  }
  const actualVitePort = (vite.httpServer!.address() as AddressInfo).port;
  const url = `http://localhost:${actualVitePort}`;
  const origins = [`http://localhost:${actualVitePort}`, `http://127.0.0.1:${actualVitePort}`];
  const config = parseRelayConfig({
    sites: [{ key: DEMO_SITE_KEY, name: 'Baton demo', origins, identitySecret: DEVELOPMENT_IDENTITY_SECRET }],
    agents: { secret: DEVELOPMENT_AGENT_SECRET, origins, tokenTtl: '24h' },
    ...options.relayConfig,
  } satisfies RelayConfigInput);

  let store: SqliteStore | null = null;
  let relay: Relay | null = null;
  const attach = async () => {
    // Another relay took the file over (--take-over): this one answers 503 and writes nothing more; say so.
    store = createSqliteStore(dbFile, { onLockLost: (error) => logger.error('the demo relay stopped writing', { error: error.message }) });
    relay = await createRelay(http, { store, logger }, { config, shutdownGraceMs: 2_000, processMetrics: false });
  };
  try {
    await attach();
  } catch (error) {
    await vite.close();
    await closeHttp(http);
    throw error;
  }

  const stopRelay = async () => {
    if (!relay) return;
    const [running, open] = [relay as Relay, store!];
    relay = null;
    store = null;
    await running.close();
    await open.close();
  };

  const startRelay = async () => {
    if (relay) return;
    http = createHttpServer();
    await listen(http, actualRelayPort, 'relay', 'RELAY_PORT');
    await attach();
  };

  try {
    await Promise.all([waitForOk(`${relayUrl}/healthz`), waitForOk(`${url}/`)]);
  } catch (error) {
    await Promise.allSettled([vite.close(), stopRelay()]);
    throw error;
  }

  let stopping: Promise<void> | null = null;
  const pages = Object.fromEntries(
    Object.entries(DEMO_PAGES).map(([name, file]) => [name, file === 'index.html' ? `${url}/` : `${url}/${file}`]),
  ) as RunningDemo['pages'];

  return {
    url,
    relayUrl,
    siteKey: DEMO_SITE_KEY,
    dbFile,
    pages,
    agents: DEMO_AGENTS.map((agent, i) => ({
      ...agent,
      token: tokens[i]!,
      deskUrl: i === 0 ? pages.desk : `${pages.desk}?agent=2`,
    })) as [DemoAgent, DemoAgent],
    stopRelay,
    startRelay,
    stop() {
      stopping ??= Promise.allSettled([vite.close(), stopRelay()]).then((results) => {
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      });
      return stopping;
    },
  };
}

function listen(server: HttpServer, port: number, what: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new DemoStartError(`the ${what}'s port ${port} is already in use: stop what runs there, or pick another with ${variable}=…`)
          : new DemoStartError(`the ${what} cannot listen on port ${port}: ${error.message}`),
      );
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
}

function closeHttp(server: HttpServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Resolves once `url` answers 200: the server is not just listening but serving. */
async function waitForOk(url: string, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new DemoStartError(`${url} did not answer within ${limitMs / 1000} s (${last})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
