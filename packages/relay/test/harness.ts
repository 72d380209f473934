// Test harness: a real relay on 127.0.0.1 port 0 with a real SQLite file, and real socket.io-client sockets.
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type AgentClientToServerEvents,
  type AgentEventPayload,
  type AgentServerToClientEvents,
  type CustomerClientToServerEvents,
  type CustomerServerToClientEvents,
  type EscalationDecision,
} from '@baton/protocol';
import {
  createRelay,
  createSqliteStore,
  parseRelayConfig,
  signAgentToken,
  signCustomerIdentity,
  type Relay,
  type RelayConfigInput,
  type RelayDeps,
  type RelayOptions,
  type SqliteStore,
} from '../src/index.js';
import { decision, summary } from '../../../test/fixtures/escalation.js';
export { collect, decision, summary } from '../../../test/fixtures/escalation.js';

export type CustomerClient = Socket<CustomerServerToClientEvents, CustomerClientToServerEvents>;
export type AgentClient = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
export type QueueSnapshot = AgentEventPayload<'queue:snapshot'>;

export const SITE_ORIGIN = 'https://shop.example';
export const DESK_ORIGIN = 'https://desk.example';
export const AGENT_SECRET = 'test-agent-secret-0123456789-abcdefghij';
export const IDENTITY_SECRET = 'test-identity-secret-0123456789';

export function testConfig(overrides: Partial<RelayConfigInput> = {}): RelayConfigInput {
  return {
    sites: [{ key: 'shop', origins: [SITE_ORIGIN], identitySecret: IDENTITY_SECRET }],
    agents: { secret: AGENT_SECRET, origins: [DESK_ORIGIN] },
    ...overrides,
  };
}

export function tempDir(prefix = 'baton-relay-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestRelay {
  url: string;
  port: number;
  relay: Relay;
  store: SqliteStore;
  dbFile: string;
  http: HttpServer;
  /** Every socket opened through this harness; closed by `stop()`. */
  sockets: Socket[];
  customer(options?: CustomerOptions): Promise<CustomerClient>;
  agent(options?: AgentOptions): Promise<AgentClient>;
  /** The `queue:snapshot` an agent socket got on connecting. */
  snapshotOf(agent: AgentClient): Promise<QueueSnapshot>;
  /** Stops the relay; keeps the SQLite file unless `removeFiles`. */
  stop(removeFiles?: boolean): Promise<void>;
}

export interface CustomerOptions {
  visitorId?: string;
  siteKey?: string;
  origin?: string | null;
  identity?: { customerId: string; signature?: string; tier?: string };
  protocolVersion?: number;
  connect?: boolean;
}

export interface AgentOptions {
  name?: string;
  id?: string;
  role?: 'agent' | 'supervisor';
  teams?: string[];
  token?: string | null;
  origin?: string | null;
  connect?: boolean;
}

export interface StartOptions extends Partial<Omit<RelayOptions, 'config'>> {
  config?: RelayConfigInput;
  deps?: Partial<Omit<RelayDeps, 'store'>>;
  dbFile?: string;
}

let visitorCounter = 0;

export async function startRelay(options: StartOptions = {}): Promise<TestRelay> {
  const tmp = options.dbFile ? null : tempDir();
  const dbFile = options.dbFile ?? join(tmp!.dir, 'relay.sqlite');
  const store = createSqliteStore(dbFile);
  const http = createServer();
  const relay = await createRelay(http, { store, ...options.deps }, {
    queueRefreshMs: 0,
    processMetrics: false,
    ...options,
    config: parseRelayConfig(options.config ?? testConfig()),
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const sockets: Socket[] = [];
  const snapshots = new WeakMap<AgentClient, Promise<QueueSnapshot>>();

  const harness: TestRelay = {
    url,
    port,
    relay,
    store,
    dbFile,
    http,
    sockets,
    async customer(o = {}) {
      const identity = o.identity
        ? { customerId: o.identity.customerId, signature: o.identity.signature ?? signCustomerIdentity(IDENTITY_SECRET, o.identity.customerId, o.identity.tier), ...(o.identity.tier ? { tier: o.identity.tier } : {}) }
        : undefined;
      const socket: CustomerClient = io(`${url}/customer`, {
        forceNew: true,
        transports: ['websocket'],
        reconnection: false,
        extraHeaders: o.origin === null ? {} : { origin: o.origin ?? SITE_ORIGIN },
        auth: {
          protocolVersion: o.protocolVersion ?? PROTOCOL_VERSION,
          siteKey: o.siteKey ?? 'shop',
          visitorId: o.visitorId ?? `visitor-${++visitorCounter}`,
          ...(identity ? { identity } : {}),
        },
        autoConnect: false,
      });
      sockets.push(socket);
      if (o.connect !== false) await connected(socket);
      return socket;
    },
    async agent(o = {}) {
      const name = o.name ?? 'Ada Agent';
      const token = o.token === undefined ? await signAgentToken(AGENT_SECRET, { name, id: o.id, role: o.role ?? 'agent', teams: o.teams ?? [], ttlMs: 3_600_000, now: relayNow(options) }) : o.token;
      const socket: AgentClient = io(`${url}/agent`, {
        forceNew: true,
        transports: ['websocket'],
        reconnection: false,
        extraHeaders: o.origin === null ? {} : { origin: o.origin ?? DESK_ORIGIN },
        auth: token === null ? { protocolVersion: PROTOCOL_VERSION } : { protocolVersion: PROTOCOL_VERSION, token },
        autoConnect: false,
      });
      sockets.push(socket);
      snapshots.set(socket, new Promise((resolve) => socket.once('queue:snapshot', resolve)));
      if (o.connect !== false) await connected(socket);
      return socket;
    },
    snapshotOf(agent) {
      return snapshots.get(agent) ?? Promise.reject(new Error('not an agent socket of this relay'));
    },
    async stop(removeFiles = true) {
      for (const socket of sockets) socket.disconnect();
      await relay.close();
      await store.close();
      if (removeFiles) tmp?.remove();
    },
  };
  return harness;
}

function relayNow(options: StartOptions): number {
  return options.deps?.clock?.now() ?? Date.now();
}

/** Connects and resolves on `connect`; rejects with the server's refusal (`err.data`) on `connect_error`. */
export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
    socket.connect();
  });
}

/** The next `event` whose payload passes `match`, or a timeout naming what was awaited. */
export function nextEvent<T = unknown>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`timed out waiting for "${event}"`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

let ids = 0;
export const uid = (prefix: string) => `${prefix}-${++ids}-${Math.random().toString(36).slice(2, 8)}`;

/** Opens a fresh conversation for a customer and asks for a person. */
export async function requestTakeover(customer: CustomerClient, overrides: { decision?: Partial<EscalationDecision>; team?: string; conversationId?: string; id?: string } = {}) {
  const conversationId = overrides.conversationId ?? uid('conv');
  const opened = await customer.emitWithAck('conversation:open', { id: conversationId });
  if (!opened.ok) throw new Error(`conversation:open failed: ${opened.error.message}`);
  const id = overrides.id ?? uid('esc');
  const ack = await customer.emitWithAck('handoff:request', {
    id,
    conversationId,
    decision: decision(overrides.decision),
    summary: summary(),
    transcript: [
      { role: 'customer', text: 'my order arrived broken' },
      { role: 'bot', text: 'You can request a refund from your orders page.', confidence: 0.41, intent: 'refund' },
      { role: 'customer', text: 'can I talk to a human' },
    ],
    team: overrides.team ?? null,
  });
  if (!ack.ok) throw new Error(`handoff:request failed: ${ack.error.message}`);
  return { conversationId, escalationId: id, ack };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
