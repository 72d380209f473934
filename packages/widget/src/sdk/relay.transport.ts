import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type {
  CommandAck,
  CommandInput,
  CustomerClientToServerEvents,
  CustomerCommands,
  CustomerServerToClientEvents,
} from '@baton/protocol';
import { PROTOCOL_VERSION } from '@baton/protocol/vocabulary';
import type { ConnectionState, CustomerIdentity } from './handoff.types.js';

/** The wire protocol this SDK speaks (from the zod-free vocabulary, so the schemas stay out of the page). */
export const WIRE_PROTOCOL_VERSION = PROTOCOL_VERSION;

type CustomerSocket = Socket<CustomerServerToClientEvents, CustomerClientToServerEvents>;

/** Commands that must reach the relay: kept until acknowledged, re-sent with the same ids after a drop. */
export type DurableCommand = 'handoff:request' | 'customer:message' | 'context:append' | 'handoff:cancel' | 'offline:message';

export type OutboxEntry = {
  [Name in DurableCommand]: { key: string; event: Name; payload: CommandInput<CustomerCommands, Name> };
}[DurableCommand];

export type AckOf<Name extends keyof CustomerCommands> = CommandAck<CustomerCommands, Name>;
type AnyAck = AckOf<DurableCommand>;

/** What the owner of the transport decides about an answered command. */
export type Settlement = 'done' | { retryInMs: number };

export interface TransportHooks {
  /** The conversation to (re)open on each connect, and the last sequence number seen; null: nothing to open yet. */
  conversation(): { id: string; since: number } | null;
  connection(state: ConnectionState): void;
  /** The conversation is open on this connection (missed events replayed), or there is none yet: commands flow. */
  ready(): void;
  /** The first connection attempt failed: the relay is down, the URL wrong, or the origin refused. */
  unreachable(error: Error): void;
  /** The relay refused the handshake (unknown site, bad identity, protocol version). */
  refused(code: string, message: string): void;
  /** `conversation:open` was answered with an error. */
  openFailed(code: string, message: string): void;
  settled(entry: OutboxEntry, ack: AnyAck): Settlement;
  events: Partial<CustomerServerToClientEvents>;
}

export interface TransportOptions {
  relay: string;
  siteKey: string;
  visitorId: string;
  identity?: CustomerIdentity;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  outbox: OutboxEntry[];
}

/** How long a command may go unanswered on a live connection before it is sent again (same id). */
const ACK_TIMEOUT_MS = 10_000;
const RETRY_AFTER_TIMEOUT_MS = 1_000;

interface Queued {
  entry: OutboxEntry;
  inFlight: boolean;
  /** Not before this time (ms, `performance.now()`): a rate limit or a failing relay asked to wait. */
  notBefore: number;
}

/**
 * The socket.io link to `${relay}/customer`: connection state, the (re)open of the conversation
 * with `since` on every connect, and an outbox of commands that goes out in order once the
 * conversation is open, one at a time in the order given, each kept until acknowledged.
 */
export class RelayTransport {
  private readonly socket: CustomerSocket;
  private state: ConnectionState = 'connecting';
  private everConnected = false;
  /** Bumped on every connect and drop, so answers from an older connection are ignored. */
  private generation = 0;
  private opened = false;
  private opening = false;
  private readonly queue: Queued[];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** The one timer that brings a held-back head of the queue back. */
  private heldBack: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    options: TransportOptions,
    private readonly hooks: TransportHooks,
  ) {
    this.queue = options.outbox.map((entry) => ({ entry, inFlight: false, notBefore: 0 }));
    this.socket = io(`${options.relay.replace(/\/+$/, '')}/customer`, {
      forceNew: true,
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 10_000,
      ...options.socketOptions,
      autoConnect: false,
      auth: {
        protocolVersion: WIRE_PROTOCOL_VERSION,
        siteKey: options.siteKey,
        visitorId: options.visitorId,
        ...(options.identity ? { identity: options.identity } : {}),
      },
    });
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    for (const [name, handler] of Object.entries(hooks.events)) {
      (this.socket.on as (event: string, listener: (payload: unknown) => void) => void)(name, handler as (payload: unknown) => void);
    }
  }

  get connection(): ConnectionState {
    return this.state;
  }

  /** Connected with the conversation open (or none to open): what is sent now takes effect now. */
  get ready(): boolean {
    return this.socket.connected && (this.opened || this.hooks.conversation() === null);
  }

  start(): void {
    this.socket.connect();
  }

  enqueue(entry: OutboxEntry): void {
    this.queue.push({ entry, inFlight: false, notBefore: 0 });
    this.flush();
  }

  /** Takes a command back if it has not gone out yet; false if it is on its way or done. */
  withdraw(key: string): boolean {
    const index = this.queue.findIndex((q) => q.entry.key === key && !q.inFlight);
    if (index === -1) return false;
    this.queue.splice(index, 1);
    if (index === 0 && this.heldBack !== null) {
      // The held-back command is gone: the next one goes by its own wait, not the withdrawn one's.
      clearTimeout(this.heldBack);
      this.heldBack = null;
      this.flush();
    }
    return true;
  }

  /** Unacknowledged commands, oldest first (persisted across reloads). */
  pending(): OutboxEntry[] {
    return this.queue.map((q) => q.entry);
  }

  /** Best-effort signals (typing): sent only on an open conversation, never queued. */
  signal(typing: boolean, conversationId: string): void {
    if (!this.socket.connected || !this.opened) return;
    this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('customer:typing', { conversationId, typing })
      .catch(() => undefined);
  }

  /** Opens the conversation now if connected (the first command of a new conversation is on its way). */
  flush(): void {
    if (this.disposed || !this.socket.connected) return;
    if (!this.opened && this.hooks.conversation() !== null) {
      if (!this.opening) void this.open();
      return;
    }
    // One command at a time, oldest first: a retried or rate-limited command never lets a later one overtake it.
    const head = this.queue[0];
    if (!head || head.inFlight) return;
    const wait = head.notBefore - performance.now();
    if (wait <= 0) this.dispatch(head);
    // Held back (rate-limited): come back when it may go. Also when a timer fires a little early,
    // which would otherwise leave the line "sending" for good.
    else if (this.heldBack === null) {
      this.heldBack = setTimeout(() => {
        this.heldBack = null;
        this.flush();
      }, Math.ceil(wait));
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.heldBack !== null) clearTimeout(this.heldBack);
    this.heldBack = null;
    this.socket.off();
    this.socket.disconnect();
  }

  private readonly onConnect = () => {
    this.everConnected = true;
    this.generation += 1;
    this.opened = false;
    this.setState('online');
    if (this.hooks.conversation() === null) {
      this.hooks.ready();
      this.flush();
    } else {
      void this.open();
    }
  };

  private readonly onDisconnect = (reason: Socket.DisconnectReason) => {
    this.generation += 1;
    this.opened = false;
    this.opening = false;
    for (const queued of this.queue) queued.inFlight = false;
    if (this.disposed) return;
    this.setState('reconnecting');
    // The relay shutting down disconnects us on purpose, which socket.io does not retry by itself.
    if (reason === 'io server disconnect') this.socket.connect();
  };

  private readonly onConnectError = (error: Error & { data?: { code?: unknown; message?: unknown } }) => {
    if (this.disposed) return;
    const data = error.data;
    if (data && typeof data.code === 'string') {
      // A refused handshake is final: socket.io does not retry it, and retrying would not help.
      this.setState('unreachable');
      this.hooks.refused(data.code, typeof data.message === 'string' ? data.message : error.message);
      return;
    }
    if (!this.everConnected && this.state !== 'unreachable') {
      this.setState('unreachable');
      this.hooks.unreachable(error);
    }
  };

  private setState(state: ConnectionState) {
    if (this.state === state) return;
    this.state = state;
    this.hooks.connection(state);
  }

  private async open(): Promise<void> {
    const conversation = this.hooks.conversation();
    if (!conversation) return;
    const generation = this.generation;
    this.opening = true;
    try {
      const ack = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('conversation:open', conversation.since > 0 ? { id: conversation.id, since: conversation.since } : { id: conversation.id });
      if (this.disposed || generation !== this.generation) return;
      this.opening = false;
      if (!ack.ok) {
        this.hooks.openFailed(ack.error.code, ack.error.message);
        return;
      }
      this.opened = true;
      this.hooks.ready();
      this.flush();
    } catch {
      if (this.disposed || generation !== this.generation) return;
      this.opening = false;
      this.later(RETRY_AFTER_TIMEOUT_MS, () => this.flush());
    }
  }

  private dispatch(queued: Queued) {
    const generation = this.generation;
    queued.inFlight = true;
    const timed = this.socket.timeout(ACK_TIMEOUT_MS);
    // One call site for every durable command: the typed overloads cannot take a union of names.
    (timed.emitWithAck as (event: string, payload: unknown) => Promise<AnyAck>).call(timed, queued.entry.event, queued.entry.payload).then(
      (ack) => {
        if (this.disposed || generation !== this.generation) return;
        queued.inFlight = false;
        const settlement = this.hooks.settled(queued.entry, ack);
        if (settlement === 'done') {
          const index = this.queue.indexOf(queued);
          if (index !== -1) this.queue.splice(index, 1);
          this.flush();
        } else {
          queued.notBefore = performance.now() + settlement.retryInMs;
          this.flush();
        }
      },
      () => {
        // Dropped (re-sent after the reopen) or unanswered on a live link (re-sent shortly, same id).
        if (this.disposed || generation !== this.generation) return;
        queued.inFlight = false;
        this.later(RETRY_AFTER_TIMEOUT_MS, () => this.flush());
      },
    );
  }

  private later(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }
}
