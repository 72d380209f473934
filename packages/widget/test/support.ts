// Helpers for the SDK's Node tests: an in-memory Storage, an SDK wired to a harness relay, waiting on views,
// and a TCP gate in front of the relay so a test can make it unreachable, cut links, or swap in a restarted relay.
import { compilePolicy, defaultPolicy } from '@baton/core';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SITE_ORIGIN, type TestRelay } from '../../relay/test/harness.js';
import { createHandoff } from '../src/sdk/index.js';
import type { Handoff, HandoffEvent, HandoffEventType, HandoffOptions, HandoffView } from '../src/sdk/index.js';

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

let run = 0;
/** Deterministic ids, unique across the handoffs of one test file. */
export function idMaker(prefix = `t${Date.now().toString(36)}`) {
  const base = `${prefix}-${++run}`;
  let n = 0;
  return () => `${base}-${++n}`;
}

const created: Handoff[] = [];

/** An SDK handoff on the harness relay (site `shop`, its allowed origin, fast reconnects). */
export function sdkFor(url: string, overrides: Partial<HandoffOptions> = {}): Handoff {
  const handoff = createHandoff({
    relay: url,
    siteKey: 'shop',
    storage: new MemoryStorage(),
    createId: idMaker(),
    ...overrides,
    socketOptions: {
      transports: ['websocket'],
      extraHeaders: { origin: SITE_ORIGIN },
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
      ...overrides.socketOptions,
    },
  });
  created.push(handoff);
  return handoff;
}

export function sdk(relay: Pick<TestRelay, 'url'>, overrides: Partial<HandoffOptions> = {}): Handoff {
  return sdkFor(relay.url, overrides);
}

/** The bot reply the review tests hold: its confidence (0.35–0.38) falls in `reviewingPolicy`'s band. */
export const HELD_REPLY = 'Your premium plan includes a full refund within 30 days; I have started it for you.';
/** Replies between 0.3 and the 0.5 low-confidence threshold are held for a reviewer. */
export const reviewingPolicy = compilePolicy({ ...defaultPolicy, review: { enabled: true, floor: 0.3, severity: 'high' } });

export function disposeAll() {
  for (const handoff of created.splice(0)) handoff.dispose();
}

export { untilView as until } from '../src/testing/until-view.js';

const EVENT_TYPES: HandoffEventType[] = [
  'escalated',
  'handoff.requested',
  'handoff.cancelled',
  'bot.pause',
  'bot.resume',
  'bot.reply.released',
  'bot.reply.blocked',
  'customer.message.forward',
  'agent.message',
  'offline.message',
  'human.request.acknowledged',
  'phase.changed',
  'connection.changed',
  'error',
];

/** Every announcement from now on, in order. */
export function record(handoff: Handoff): HandoffEvent[] {
  const seen: HandoffEvent[] = [];
  for (const type of EVENT_TYPES) handoff.on(type, (event) => seen.push(event));
  return seen;
}

export function nextAnnouncement<Type extends HandoffEventType>(handoff: Handoff, type: Type, timeoutMs = 5_000): Promise<Extract<HandoffEvent, { type: Type }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for the "${type}" announcement`));
    }, timeoutMs);
    const stop = handoff.on(type, (event) => {
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

/**
 * A TCP gate on a fixed port in front of a relay. `close()`: new connections are refused and open
 * ones cut (the relay looks unreachable); `open(port)`: connections pass to that relay (possibly a
 * restarted one on another port); `mute()`: what the relay sends is dropped, so commands reach it
 * but their acks never come back.
 */
export class RelayGate {
  private target: number | null = null;
  private muted = false;
  private readonly links = new Set<Socket>();
  private constructor(private readonly server: Server) {}

  static async start(): Promise<RelayGate> {
    const server = createServer();
    const gate = new RelayGate(server);
    server.on('connection', (client) => gate.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return gate;
  }

  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  open(port: number) {
    this.target = port;
    this.muted = false;
  }

  close() {
    this.target = null;
    this.cut();
  }

  mute() {
    this.muted = true;
  }

  /** Cuts every open link (the client sees the connection drop). */
  cut() {
    for (const socket of this.links) socket.destroy();
    this.links.clear();
    this.muted = false;
  }

  async stop() {
    this.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket) {
    if (this.target === null) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target, '127.0.0.1');
    this.links.add(client).add(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (!this.muted) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.links.delete(client);
      this.links.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}
