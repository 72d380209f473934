// The client side of the benchmarks, in its own process (forked with IPC), driving real
// socket.io-client sockets against the server at `url`. The same code drives the Baton relay and
// the bare baseline, so only the server differs.
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@baton/protocol';
import { decision, summary } from '../../../../test/fixtures/escalation.js';
import { signAgentToken } from '../../src/index.js';
import { BENCH_AGENT_SECRET, type LatencyResult, type ThroughputResult } from './shared.js';

type Task =
  | { scenario: 'latency'; url: string; conversations: number; agents: number; spreadMs: number; rounds: number }
  | { scenario: 'connect'; url: string; connections: number }
  | { scenario: 'throughput'; url: string; conversations: number; window: number; seconds: number };

/** Both servers answer with `{ ok, ... }` acks; the driver only checks `ok`. */
type AnySocket = Socket & { emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean }> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let visitor = 0;

function customer(url: string): Promise<AnySocket> {
  const socket = io(`${url}/customer`, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'bench', visitorId: `v-${process.pid}-${++visitor}` },
  }) as AnySocket;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function agent(url: string, index: number): Promise<AnySocket> {
  const token = await signAgentToken(BENCH_AGENT_SECRET, { name: `Agent ${index}`, id: `agent-${index}`, ttlMs: 3_600_000 });
  const socket = io(`${url}/agent`, { forceNew: true, transports: ['websocket'], reconnection: false, auth: { protocolVersion: PROTOCOL_VERSION, token } }) as AnySocket;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Connects `count` customers, `batch` at a time, each opening its conversation. */
async function customers(url: string, count: number, batch = 200): Promise<Array<{ socket: AnySocket; conversationId: string }>> {
  const all: Array<{ socket: AnySocket; conversationId: string }> = [];
  for (let start = 0; start < count; start += batch) {
    const group = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, async (_, i) => {
        const socket = await customer(url);
        const conversationId = `c-${process.pid}-${start + i}`;
        const opened = await socket.emitWithAck('conversation:open', { id: conversationId });
        if (!opened.ok) throw new Error(`conversation:open: ${JSON.stringify(opened)}`);
        return { socket, conversationId };
      }),
    );
    all.push(...group);
  }
  return all;
}

const handoff = (id: string, conversationId: string) => ({
  id,
  conversationId,
  decision: decision({ reason: 'Asked for a person: "agent please" (en)', evidence: ['agent please'] }),
  summary: summary({ want: 'A refund for an order that arrived broken' }),
  transcript: [
    { role: 'customer', text: 'my order arrived broken, the screen is cracked' },
    { role: 'bot', text: 'You can request a refund from your orders page.', confidence: 0.41, intent: 'refund' },
    { role: 'customer', text: 'agent please' },
  ],
});

async function latency(task: Extract<Task, { scenario: 'latency' }>): Promise<LatencyResult> {
  const agents = await Promise.all(Array.from({ length: task.agents }, (_, i) => agent(task.url, i)));
  const conversations = await customers(task.url, task.conversations);

  // Handoff: customer emits handoff:request → the first agent receives escalation:created.
  const sentAt = new Map<string, number>();
  const handoffMs: number[] = [];
  let allCreated!: () => void;
  const created = new Promise<void>((resolve) => (allCreated = resolve));
  agents[0]!.on('escalation:created', ({ escalation }: { escalation: { id: string } }) => {
    const start = sentAt.get(escalation.id);
    if (start === undefined) return;
    handoffMs.push(performance.now() - start);
    if (handoffMs.length === task.conversations) allCreated();
  });
  const gap = task.spreadMs / task.conversations;
  const began = performance.now();
  for (const [i, { socket, conversationId }] of conversations.entries()) {
    const due = began + i * gap - performance.now();
    if (due > 1) await sleep(due);
    const id = `e-${conversationId}`;
    sentAt.set(id, performance.now());
    socket.emit('handoff:request', handoff(id, conversationId), () => undefined);
  }
  await created;

  // Each agent claims its share; then the agent answers every customer message at once.
  await Promise.all(
    agents.map(async (a, index) => {
      for (const { conversationId } of conversations.filter((_, i) => i % agents.length === index)) {
        const claimed = await a.emitWithAck('escalation:claim', { escalationId: `e-${conversationId}`, conversationId });
        if (!claimed.ok) throw new Error(`claim: ${JSON.stringify(claimed)}`);
      }
      a.on('customer:message', (m: { id: string; escalationId: string; conversationId: string }) => {
        a.emit('agent:message', { id: `r-${m.id}`, escalationId: m.escalationId, conversationId: m.conversationId, text: 'Thanks, I am looking into it now.' }, () => undefined);
      });
    }),
  );

  // Round trip: customer:message → agent → agent:message back to the customer.
  const roundTripMs: number[] = [];
  for (let round = 0; round < task.rounds; round++) {
    const start = performance.now();
    await Promise.all(
      conversations.map(async ({ socket, conversationId }, i) => {
        const due = start + i * gap - performance.now();
        if (due > 1) await sleep(due);
        const id = `m-${round}-${conversationId}`;
        const reply = new Promise<void>((resolve) => {
          const listener = (m: { id: string }) => {
            if (m.id !== `r-${id}`) return;
            socket.off('agent:message', listener);
            resolve();
          };
          socket.on('agent:message', listener);
        });
        const sent = performance.now();
        socket.emit('customer:message', { id, conversationId, text: 'Is the refund going to take long?' }, () => undefined);
        await reply;
        roundTripMs.push(performance.now() - sent);
      }),
    );
  }
  for (const { socket } of conversations) socket.disconnect();
  for (const a of agents) a.disconnect();
  return { handoffMs, roundTripMs };
}

async function throughput(task: Extract<Task, { scenario: 'throughput' }>): Promise<ThroughputResult> {
  const agents = await Promise.all(Array.from({ length: 4 }, (_, i) => agent(task.url, i)));
  const conversations = await customers(task.url, task.conversations);
  await Promise.all(conversations.map(({ socket, conversationId }) => socket.emitWithAck('handoff:request', handoff(`e-${conversationId}`, conversationId))));
  let delivered = 0;
  await Promise.all(
    agents.map(async (a, index) => {
      for (const { conversationId } of conversations.filter((_, i) => i % agents.length === index)) {
        await a.emitWithAck('escalation:claim', { escalationId: `e-${conversationId}`, conversationId });
      }
      a.on('customer:message', () => (delivered += 1));
    }),
  );
  // Every customer keeps `window` messages in flight; an ack means the message was stored and forwarded.
  let acked = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + task.seconds * 1_000;
  await Promise.all(
    conversations.flatMap(({ socket, conversationId }) =>
      Array.from({ length: task.window }, async () => {
        while (performance.now() < deadline) {
          const ack = await socket.emitWithAck('customer:message', { id: `t-${++counter}`, conversationId, text: 'How long until my refund arrives?' });
          if (!ack.ok) throw new Error(`customer:message: ${JSON.stringify(ack)}`);
          acked += 1;
        }
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1_000;
  const settle = performance.now() + 2_000;
  while (delivered < acked && performance.now() < settle) await sleep(20);
  for (const { socket } of conversations) socket.disconnect();
  for (const a of agents) a.disconnect();
  return { acked, delivered, seconds };
}

process.on('message', async (task: Task) => {
  try {
    if (task.scenario === 'latency') process.send!({ type: 'result', result: await latency(task) });
    else if (task.scenario === 'connect') {
      const held = await customers(task.url, task.connections, 250);
      process.send!({ type: 'connected', count: held.length });
    } else process.send!({ type: 'result', result: await throughput(task) });
  } catch (error) {
    process.send!({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
