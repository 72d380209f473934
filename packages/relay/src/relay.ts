import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Registry } from 'prom-client';
import { PROTOCOL_VERSION, ackError, agentCommands, canSee, customerCommands, ownedByAnother } from '@baton/protocol';
import { agentHandshake, customerHandshake, HandshakeRefusal } from './auth/handshake.js';
import { originAllowed } from './auth/origin.js';
import { commandTable, guardSocket, InFlight } from './command.js';
import type { RelayConfig } from './config.schema.js';
import { ALL_AGENTS_ROOM, SUPERVISORS_ROOM, agentRoom, teamRoom, type RelayContext } from './context.js';
import { LONGEST_TIMER_MS, resolveDeps, type RelayDeps, type TimerHandle } from './deps.js';
import { Escalations } from './escalations.js';
import { analyticsHandlers } from './handlers/analytics.handlers.js';
import { chatHandlers } from './handlers/chat.handlers.js';
import { conversationHandlers } from './handlers/conversation.handlers.js';
import { escalationHandlers } from './handlers/escalation.handlers.js';
import { handoffHandlers } from './handlers/handoff.handlers.js';
import { httpRoutes } from './http.js';
import { RelayMetrics } from './metrics.js';
import { DEFAULT_RETRY, Notifier, type RetryPolicy } from './notifier.js';
import { Presence, PresenceBroadcast } from './presence.js';
import { QueueService } from './queue.js';
import { Router } from './routing.js';
import { SlaService } from './sla.js';
import { UnstaffedSweep } from './unstaffed.js';
import type { AgentNamespace, AgentSocket, AgentSocketData, CustomerNamespace, CustomerSocket, RelayServer } from './types.js';
import { toEscalationView } from './views.js';

export interface RelayOptions {
  /** A validated config (`parseRelayConfig` or `developmentConfig()`). */
  config: RelayConfig;
  /** Queue positions and the agents-online count are pushed at most this often (ms); 0 pushes on the next tick. Default 250. */
  queueRefreshMs?: number;
  notificationRetry?: Partial<RetryPolicy>;
  /** How long `close()` waits for running commands. Default 10 s. */
  shutdownGraceMs?: number;
  /** Node process metrics on `/metrics` (CPU, memory, event loop). Default true. */
  processMetrics?: boolean;
}

export interface Relay {
  readonly io: RelayServer;
  readonly metrics: Registry;
  /** Resolves when SLA processing, moving unstaffed queues offline and webhook deliveries in progress have finished. */
  idle(): Promise<void>;
  /**
   * Graceful shutdown: refuse new commands, let running ones finish, stop timers, disconnect every
   * socket (clients reconnect to the next instance) and close the HTTP server. The store stays
   * open: whoever created it closes it.
   */
  close(): Promise<void>;
}

/** Polls `done` every few ms until it holds or `limitMs` passes. */
async function waitUntil(done: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Attaches the Baton relay to an HTTP server: socket.io namespaces `/customer` and `/agent`, and
 * the routes `/healthz`, `/metrics` and `/audit/export`. Resolves once queues, SLA timers and
 * pending notifications have been restored from the store.
 */
export async function createRelay(httpServer: HttpServer, relayDeps: RelayDeps, options: RelayOptions): Promise<Relay> {
  const deps = resolveDeps(relayDeps);
  const { config } = options;
  const startedAt = deps.clock.now();
  const inFlight = new InFlight();
  const allOrigins = [...new Set([...config.sites.flatMap((s) => s.origins), ...config.agents.origins])];

  const hostHasHandlers = httpServer.listenerCount('request') > 0;
  // Registered before socket.io attaches, so socket.io keeps its own path and passes the rest here.
  httpServer.on('request', (req, res) => {
    if (routes(req, res) || hostHasHandlers) return;
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not found: this is a Baton relay (socket.io at /socket.io/, plus /healthz, /metrics, /audit/export)' }));
  });

  const io: RelayServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: config.limits.maxPayloadBytes,
    allowRequest: (req, callback) => {
      // Shutting down: no new connection. A client that reconnected now would only be refused its
      // commands (and would hold close() up); turned away at the transport, it retries with backoff
      // and finds the next relay, as after any outage.
      if (inFlight.closing) {
        ctx.metrics.handshakeRejections.inc({ namespace: 'any', code: 'shutting_down' });
        return callback('the relay is shutting down', false);
      }
      const origin = req.headers.origin;
      if (originAllowed(origin, allOrigins)) return callback(null, true);
      // Refused before any namespace is known: counted under namespace "any".
      ctx.metrics.handshakeRejections.inc({ namespace: 'any', code: 'origin_not_allowed' });
      callback(`origin ${origin} is not allowed to connect to this relay`, false);
    },
    cors: {
      origin: (origin, callback) => callback(null, originAllowed(origin, allOrigins)),
      methods: ['GET', 'POST'],
    },
  });
  io.use((_socket, next) => next(new HandshakeRefusal('invalid_handshake', 'connect to the /customer or /agent namespace')));
  const customers = io.of('/customer') as unknown as CustomerNamespace;
  const agents = io.of('/agent') as unknown as AgentNamespace;

  // The services below take the context they belong to; each is set before any socket can connect.
  const ctx = {
    ...deps,
    config,
    sites: new Map(config.sites.map((site) => [site.key, site])),
    customers,
    agents,
    presence: new Presence(),
    router: new Router(config.routing),
  } as unknown as RelayContext;
  ctx.metrics = new RelayMetrics(
    {
      connections: (namespace) => (namespace === 'customer' ? customers.sockets.size : agents.sockets.size),
      queueDepth: async () => ctx.queue.depth(),
    },
    options.processMetrics ?? true,
  );
  ctx.queue = new QueueService(ctx, options.queueRefreshMs ?? 250);
  ctx.presenceBroadcast = new PresenceBroadcast(ctx, options.queueRefreshMs ?? 250);
  ctx.escalations = new Escalations(ctx);
  ctx.sla = new SlaService(ctx);
  ctx.notifier = new Notifier(ctx, { ...DEFAULT_RETRY, ...options.notificationRetry });
  ctx.unstaffed = new UnstaffedSweep(ctx, config.queue.noAgentGrace);
  const routes = httpRoutes(ctx, startedAt, () => ({ customer: customers.sockets.size, agent: agents.sockets.size }));

  await ctx.queue.load();
  // Nobody is online yet: customers waiting live get the grace in which agents reconnect.
  ctx.unstaffed.check();
  await ctx.sla.reschedule();
  ctx.notifier.kick();

  const tokenStillValid = (socket: { data: unknown }) =>
    ctx.clock.now() >= (socket.data as AgentSocketData).expiresAt ? ackError('unauthorized', 'your agent token has expired; sign in again') : null;
  // Commands are defined once per namespace, for every socket: thousands of idle customers hold no closures of their own.
  const customerTable = commandTable<typeof customerCommands, CustomerSocket>(ctx, 'customer', customerCommands, inFlight);
  conversationHandlers(ctx, customerTable.define);
  handoffHandlers(ctx, customerTable.define);
  const customerGuard = { namespace: 'customer', commands: new Set(Object.keys(customerCommands)), inFlight, listeners: customerTable.listeners } as const;
  customers.use(customerHandshake(ctx));
  customers.on('connection', (socket) => guardSocket(ctx, socket, customerGuard));

  const agentTable = commandTable<typeof agentCommands, AgentSocket>(ctx, 'agent', agentCommands, inFlight);
  escalationHandlers(ctx, agentTable.define);
  chatHandlers(ctx, agentTable.define);
  analyticsHandlers(ctx, agentTable.define);
  const agentGuard = { namespace: 'agent', commands: new Set(Object.keys(agentCommands)), inFlight, authorize: tokenStillValid, listeners: agentTable.listeners } as const;
  agents.use(agentHandshake(ctx));
  agents.on('connection', (socket) => {
    const { agent } = socket.data;
    guardSocket(ctx, socket, agentGuard);
    closeAtExpiry(ctx, socket);
    void socket.join([agentRoom(agent.id), ALL_AGENTS_ROOM, ...agent.teams.map(teamRoom), ...(agent.role === 'supervisor' ? [SUPERVISORS_ROOM] : [])]);
    // Only an agent's first socket changes the count; wait estimates refresh on every socket, as a
    // second tab may bring a token with other teams.
    if (ctx.presence.add(agent)) ctx.presenceBroadcast.changed();
    ctx.unstaffed.agentArrived();
    ctx.metrics.agentsOnline.set(ctx.presence.count);
    ctx.queue.schedule();
    socket.on('disconnect', () => {
      if (ctx.presence.remove(agent.id)) {
        ctx.presenceBroadcast.changed();
        ctx.unstaffed.check();
      }
      ctx.metrics.agentsOnline.set(ctx.presence.count);
      ctx.queue.schedule();
    });
    ctx.store.listOpenEscalations().then(
      (open) => {
        socket.emit('queue:snapshot', {
          at: new Date(ctx.clock.now()).toISOString(),
          agent,
          escalations: open
            .filter((e) => canSee(agent, e.route, e.assignee?.id ?? null) && !ownedByAnother(agent, e.assignee?.id ?? null))
            .map(toEscalationView),
          agentsOnline: ctx.presence.count,
        });
      },
      (error) => ctx.logger.error('could not send the queue snapshot', { agentId: agent.id, error: String(error) }),
    );
  });

  deps.logger.info('relay ready', { protocol: PROTOCOL_VERSION, store: deps.store.kind, sites: config.sites.map((s) => s.key) });

  let closing: Promise<void> | null = null;
  const idle = async () => {
    await ctx.sla.idle();
    await ctx.unstaffed.idle();
    await ctx.notifier.idle();
  };
  return {
    io,
    metrics: ctx.metrics.registry,
    idle,
    close() {
      closing ??= (async () => {
        inFlight.closing = true;
        ctx.queue.stop();
        ctx.presenceBroadcast.stop();
        ctx.sla.stop();
        ctx.unstaffed.stop();
        ctx.notifier.stop();
        const grace = options.shutdownGraceMs ?? 10_000;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([inFlight.drained(), new Promise<void>((resolve) => (timer = setTimeout(resolve, grace)))]);
        clearTimeout(timer);
        await idle();
        // Disconnect politely first: engine.io flushes what each socket still has to send (the last
        // acks) before closing it, whereas io.close() alone would discard those writes.
        customers.disconnectSockets(true);
        agents.disconnectSockets(true);
        await waitUntil(() => io.engine.clientsCount === 0, 2_000);
        await new Promise<void>((resolve) => {
          io.close(() => resolve());
          // Keep-alive HTTP connections would hold the server open: idle ones go now, any others after a moment.
          httpServer.closeIdleConnections();
          setTimeout(() => httpServer.closeAllConnections(), 1_000).unref();
        });
        deps.logger.info('relay stopped');
      })();
      return closing;
    },
  };
}

/**
 * Closes an agent socket when its token expires, so it stops receiving what only signed-in agents
 * may see. The desk then reconnects, and the handshake refusal tells it to sign in again.
 */
function closeAtExpiry(ctx: RelayContext, socket: AgentSocket) {
  let timer: TimerHandle | null = null;
  const check = () => {
    const left = socket.data.expiresAt - ctx.clock.now();
    if (left <= 0) {
      timer = null;
      ctx.logger.info('agent token expired; socket closed', { agentId: socket.data.agent.id });
      socket.disconnect(true);
      return;
    }
    timer = ctx.timers.setTimeout(check, Math.min(left, LONGEST_TIMER_MS));
  };
  check();
  socket.on('disconnect', () => {
    if (timer !== null) ctx.timers.clearTimeout(timer);
  });
}
