import '../zod-jitless.js';
import type * as z from 'zod';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  ackSchemaOf,
  agentCommands,
  agentEvents,
  handshakeErrorSchema,
  type AgentClientToServerEvents,
  type AgentCommandName,
  type AgentCommands,
  type AgentEventName,
  type AgentEventPayload,
  type AgentServerToClientEvents,
  type CommandAck,
  type CommandError,
  type CommandInput,
} from '@baton/protocol';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'unauthorized' | 'failed' | 'closed';

/** An event the relay sent that failed its schema: shown to developers, never rendered as content. */
export interface RejectedEvent {
  event: string;
  problems: string;
  at: Date;
}

export interface DeskConnectionHandlers {
  /** A validated `/agent` event. */
  event<Name extends AgentEventName>(name: Name, payload: AgentEventPayload<Name>): void;
  rejected(rejected: RejectedEvent): void;
  state(state: ConnectionState, detail?: { code: string; message: string }): void;
}

export interface DeskConnectionOptions {
  relay: string;
  token: string;
  /** How long a command may wait for its ack before the desk reports it as unavailable. */
  ackTimeoutMs?: number;
  /** Extra socket.io-client options (a proxy `path`, or `extraHeaders` outside browsers). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

const problemsOf = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/**
 * The desk's socket to `${relay}/agent`. Every incoming event and every ack is checked against the
 * protocol's zod schemas before the desk sees it; anything else is reported through `rejected`.
 */
export class DeskConnection {
  readonly #socket: AgentSocket;
  readonly #handlers: DeskConnectionHandlers;
  readonly #ackTimeoutMs: number;

  constructor(options: DeskConnectionOptions, handlers: DeskConnectionHandlers) {
    this.#handlers = handlers;
    this.#ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.#socket = io(`${options.relay.replace(/\/+$/, '')}/agent`, {
      transports: ['websocket'],
      ...options.socketOptions,
      auth: { protocolVersion: PROTOCOL_VERSION, token: options.token },
      autoConnect: false,
      forceNew: true,
    });
    this.#socket.on('connect', () => handlers.state('online'));
    this.#socket.on('connect_error', (error: Error & { data?: unknown }) => this.#refused(error));
    this.#socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      handlers.state('reconnecting', { code: 'disconnected', message: reason });
      // The relay closes sockets itself when it shuts down (and when a token expires); socket.io does
      // not retry those, so retry here: a refused handshake then says whether to sign in again.
      if (reason === 'io server disconnect') this.#socket.connect();
    });
    this.#socket.onAny((name: string, payload: unknown) => this.#receive(name, payload));
  }

  connect(): void {
    this.#handlers.state('connecting');
    this.#socket.connect();
  }

  close(): void {
    this.#socket.offAny();
    this.#socket.removeAllListeners();
    this.#socket.disconnect();
    this.#handlers.state('closed');
  }

  /** Sends a command and resolves with its validated ack; a timeout or a malformed ack becomes an error ack. */
  async command<Name extends AgentCommandName>(name: Name, payload: CommandInput<AgentCommands, Name>): Promise<CommandAck<AgentCommands, Name>> {
    let raw: unknown;
    try {
      // The typed overloads cannot follow a generic command name; the ack is validated below instead.
      const timed = this.#socket.timeout(this.#ackTimeoutMs) as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> };
      raw = await timed.emitWithAck(name, payload);
    } catch {
      return failure('unavailable', `the relay did not answer ${name} in time`);
    }
    const parsed = ackSchemaOf(agentCommands[name].result).safeParse(raw);
    if (!parsed.success) {
      const problems = problemsOf(parsed.error);
      this.#handlers.rejected({ event: `${name} (ack)`, problems, at: new Date() });
      return failure('internal', `the relay answered ${name} with an invalid reply`);
    }
    return parsed.data as CommandAck<AgentCommands, Name>;
  }

  #receive(name: string, payload: unknown): void {
    const schema = (agentEvents as Record<string, z.ZodType>)[name];
    if (!schema) {
      this.#handlers.rejected({ event: name, problems: 'unknown event', at: new Date() });
      return;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      this.#handlers.rejected({ event: name, problems: problemsOf(parsed.error), at: new Date() });
      return;
    }
    this.#handlers.event(name as AgentEventName, parsed.data as AgentEventPayload<AgentEventName>);
  }

  #refused(error: Error & { data?: unknown }): void {
    const refusal = handshakeErrorSchema.safeParse(error.data);
    if (!refusal.success) {
      // Transport-level failures (relay down, network): socket.io keeps retrying on its own.
      this.#handlers.state('reconnecting', { code: 'unreachable', message: error.message });
      return;
    }
    const { code, message } = refusal.data;
    this.#handlers.state(code === 'unauthorized' ? 'unauthorized' : 'failed', { code, message });
  }
}

function failure(code: CommandError['code'], message: string): { ok: false; error: CommandError } {
  return { ok: false, error: { code, message } };
}
