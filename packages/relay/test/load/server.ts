// A server for the benchmarks, in its own process (forked with IPC): the Baton relay, or a bare
// socket.io relay that forwards the same events without validation, storage or routing.
// Reports `{ type: 'ready', port }`; answers `{ type: 'memory' }` with its memory after GC.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { createRelay, createSqliteStore, parseRelayConfig } from '../../src/index.js';
import { BENCH_AGENT_SECRET } from './shared.js';

const [kind, dbFile] = process.argv.slice(2);
if (kind !== 'relay' && kind !== 'bare') {
  console.error('usage: server.ts relay|bare [DB_FILE]');
  process.exit(2);
}

/** The baseline: the same event names and acks, forwarded by room, nothing else. */
function bareRelay(http: HttpServer) {
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  const customers = io.of('/customer');
  const agents = io.of('/agent');
  customers.on('connection', (socket) => {
    socket.on('conversation:open', (payload: { id: string }, ack: (r: unknown) => void) => {
      void socket.join(`conv:${payload.id}`);
      ack({ ok: true, conversation: { id: payload.id, lastSeq: 0, escalationId: null, status: null }, replayed: 0 });
    });
    socket.on('handoff:request', (payload: { id: string; conversationId: string }, ack: (r: unknown) => void) => {
      agents.to('agents').emit('escalation:created', { escalation: payload });
      ack({ ok: true, escalation: { id: payload.id, status: 'queued', position: 1, estimatedWaitMs: 0, transfer: 'warm', offlineReason: null } });
    });
    socket.on('customer:message', (payload: { id: string; conversationId: string; text: string }, ack: (r: unknown) => void) => {
      agents.to(`owner:${payload.conversationId}`).emit('customer:message', { ...payload, escalationId: payload.conversationId, seq: 0, at: new Date().toISOString() });
      ack({ ok: true, seq: 0 });
    });
  });
  agents.on('connection', (socket) => {
    void socket.join('agents');
    socket.on('escalation:claim', (payload: { escalationId: string; conversationId?: string }, ack: (r: unknown) => void) => {
      void socket.join(`owner:${payload.conversationId ?? payload.escalationId}`);
      ack({ ok: true, escalation: { id: payload.escalationId } });
    });
    socket.on('agent:message', (payload: { id: string; escalationId: string; conversationId?: string; text: string }, ack: (r: unknown) => void) => {
      customers.to(`conv:${payload.conversationId ?? payload.escalationId}`).emit('agent:message', { ...payload, seq: 0, agentName: 'Agent', at: new Date().toISOString() });
      ack({ ok: true, seq: 0 });
    });
  });
  return { close: () => new Promise<void>((resolve) => io.close(() => resolve())) };
}

const http = createServer();
let close: () => Promise<void>;
if (kind === 'relay') {
  const store = createSqliteStore(dbFile ?? ':memory:');
  const relay = await createRelay(http, { store }, {
    processMetrics: false,
    config: parseRelayConfig({
      sites: [{ key: 'bench', origins: ['*'] }],
      agents: { secret: BENCH_AGENT_SECRET },
      // The benchmark measures the relay, not the rate limiter.
      limits: { rateLimit: { burst: 1_000_000, perSecond: 1_000_000 } },
    }),
  });
  close = async () => {
    await relay.close();
    await store.close();
  };
} else {
  close = bareRelay(http).close;
}

http.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (http.address() as AddressInfo).port }));

process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    process.send!({ type: 'memory', ...process.memoryUsage() });
  } else if (message.type === 'stop') {
    void close().finally(() => process.exit(0));
  }
});
