// A @web/test-runner plugin that lets browser tests start, restart and stop real relays
// (real socket.io server on a real port, real SQLite file) through `executeServerCommand`.
// The browser side is test/browser/relay.ts.
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  createRelay,
  createSqliteStore,
  parseRelayConfig,
  signAgentToken,
  signCustomerIdentity,
  silentLogger,
  type Relay,
  type RelayConfigInput,
  type SqliteStore,
} from '../packages/relay/src/index.js';

export const TEST_AGENT_SECRET = 'wtr-agent-secret-0123456789-abcdefghijkl';
export const TEST_IDENTITY_SECRET = 'wtr-identity-secret-0123456789';
export const TEST_SITE_KEY = 'demo';

interface Running {
  http: HttpServer;
  relay: Relay;
  store: SqliteStore;
  port: number;
  dir: string;
  config: RelayConfigInput;
}

export interface RelayStartPayload {
  /** Fields merged over the test config (site `demo` allowing the test page's origin). */
  config?: Partial<RelayConfigInput>;
}

interface Command {
  command: string;
  payload?: unknown;
}

export function relayPlugin() {
  const running = new Map<string, Running>();
  let origins: string[] = [];
  let next = 0;

  async function listen(config: RelayConfigInput, dir: string, port = 0): Promise<Running> {
    const store = createSqliteStore(join(dir, 'relay.sqlite'));
    const http = createServer();
    const relay = await createRelay(http, { store, logger: silentLogger }, {
      config: parseRelayConfig(config),
      queueRefreshMs: 0,
      processMetrics: false,
      shutdownGraceMs: 500,
    });
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => resolve());
    });
    return { http, relay, store, port: (http.address() as AddressInfo).port, dir, config };
  }

  async function stop(entry: Running) {
    await entry.relay.close();
    await entry.store.close();
  }

  function get(id: unknown): Running {
    const entry = typeof id === 'string' ? running.get(id) : undefined;
    if (!entry) throw new Error(`no running relay with id ${JSON.stringify(id)}`);
    return entry;
  }

  return {
    name: 'baton-relay',
    serverStart({ config }: { config: { hostname?: string; port?: number } }) {
      const port = config.port ?? 8000;
      origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://${config.hostname ?? 'localhost'}:${port}`];
    },
    async serverStop() {
      for (const entry of running.values()) {
        await stop(entry).catch(() => {});
        rmSync(entry.dir, { recursive: true, force: true });
      }
      running.clear();
    },
    async executeCommand({ command, payload }: Command) {
      const p = (payload ?? {}) as Record<string, unknown>;
      switch (command) {
        case 'relay-start': {
          const overrides = (p.config ?? {}) as Partial<RelayConfigInput>;
          const config: RelayConfigInput = {
            sites: [{ key: TEST_SITE_KEY, origins, identitySecret: TEST_IDENTITY_SECRET }],
            agents: { secret: TEST_AGENT_SECRET, origins },
            ...overrides,
          };
          const dir = mkdtempSync(join(tmpdir(), 'baton-wtr-'));
          const entry = await listen(config, dir);
          const id = `relay-${++next}`;
          running.set(id, entry);
          return { id, url: `http://127.0.0.1:${entry.port}`, siteKey: TEST_SITE_KEY };
        }
        case 'relay-stop': {
          const entry = get(p.id);
          running.delete(p.id as string);
          await stop(entry);
          rmSync(entry.dir, { recursive: true, force: true });
          return { ok: true };
        }
        case 'relay-kill': {
          // Down but not forgotten: the SQLite file stays for `relay-revive`.
          const entry = get(p.id);
          await stop(entry);
          return { ok: true };
        }
        case 'relay-revive': {
          const entry = get(p.id);
          running.set(p.id as string, await listen(entry.config, entry.dir, entry.port));
          return { ok: true };
        }
        case 'relay-emit': {
          // Lets a test send what a faulty or hostile relay might: any event, any payload.
          const entry = get(p.id);
          const namespace = p.namespace === 'customer' ? '/customer' : '/agent';
          // Deliberately untyped: the point is to send what the event maps do not allow.
          (entry.relay.io.of(namespace) as unknown as { emit(event: string, payload: unknown): void }).emit(String(p.event), p.payload);
          return { ok: true };
        }
        case 'relay-token': {
          get(p.id);
          const token = await signAgentToken(TEST_AGENT_SECRET, {
            name: String(p.name ?? 'Ada Agent'),
            id: typeof p.agentId === 'string' ? p.agentId : undefined,
            role: p.role === 'supervisor' ? 'supervisor' : 'agent',
            teams: Array.isArray(p.teams) ? p.teams.map(String) : [],
            ttlMs: 3_600_000,
            now: Date.now(),
          });
          return { token };
        }
        case 'relay-identity': {
          return { signature: signCustomerIdentity(TEST_IDENTITY_SECRET, String(p.customerId), typeof p.tier === 'string' ? p.tier : undefined) };
        }
        default:
          return undefined;
      }
    },
  };
}
