// Relay benchmarks against a bare socket.io relay in the same run. Servers and clients each run in
// their own process (the machine has two cores: one serves, one drives), so both relays meet the
// same client load. The workers live in packages/relay/test/load/.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compare, percentile, type BenchResult, type BenchSuite } from './harness.js';

const load = fileURLToPath(new URL('../packages/relay/test/load/', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const CONVERSATIONS = 1_000;
const AGENTS = 10;
const CONNECTIONS = 5_000;

type Message = { type: string; [key: string]: unknown };

function worker(file: string, args: string[], execArgv: string[] = []): ChildProcess {
  return fork(join(load, file), args, { execArgv: ['--import', tsx, ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function reply<T extends Message>(child: ChildProcess, type: string, send?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Message) => {
      if (message.type === 'error') {
        cleanup();
        reject(new Error(String(message.message)));
      } else if (message.type === type) {
        cleanup();
        resolve(message as T);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`worker exited with ${code} while waiting for "${type}"`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (send !== undefined) child.send(send as object);
  });
}

async function withServer<T>(kind: 'relay' | 'bare', run: (url: string, server: ChildProcess) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const server = worker('server.ts', [kind, join(dir, 'relay.sqlite')], ['--expose-gc']);
  try {
    const { port } = await reply<{ type: 'ready'; port: number }>(server, 'ready');
    return await run(`http://127.0.0.1:${port}`, server);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.send({ type: 'stop' });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drive<T>(task: object, until = 'result'): Promise<{ result: T; driver: ChildProcess }> {
  const driver = worker('driver.ts', []);
  const message = await reply<Message>(driver, until, task);
  return { result: (message.result ?? message) as T, driver };
}

/** Handoffs a server serves before the measured run: how fast a fresh process starts, reported on its own. */
const WARM_UP = 100;

async function latency(kind: 'relay' | 'bare') {
  return withServer(kind, async (url) => {
    // A fresh process compiles each path on its first use (the relay's first handoff takes about 10 ms):
    // the measured run starts once both servers have served some, as a relay in service has.
    const warm = await drive<{ handoffMs: number[] }>({ scenario: 'latency', url, conversations: WARM_UP, agents: AGENTS, spreadMs: WARM_UP * 4, rounds: 1 });
    warm.driver.kill();
    const { result, driver } = await drive<{ handoffMs: number[]; roundTripMs: number[] }>({
      scenario: 'latency',
      url,
      conversations: CONVERSATIONS,
      agents: AGENTS,
      spreadMs: 4_000,
      // The first round includes each agent's first reply (which connects the customer); later rounds are plain chat.
      rounds: 3,
    });
    driver.kill();
    return { handoff: result.handoffMs, roundTrip: result.roundTripMs, firstHandoffs: warm.result.handoffMs };
  });
}

async function memory(kind: 'relay' | 'bare') {
  return withServer(kind, async (url, server) => {
    const before = await reply<{ type: 'memory'; rss: number; heapUsed: number }>(server, 'memory', { type: 'memory' });
    const { driver } = await drive({ scenario: 'connect', url, connections: CONNECTIONS }, 'connected');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await reply<{ type: 'memory'; rss: number; heapUsed: number }>(server, 'memory', { type: 'memory' });
    driver.kill();
    return { rss: (after.rss - before.rss) / CONNECTIONS, heap: (after.heapUsed - before.heapUsed) / CONNECTIONS };
  });
}

async function throughput(kind: 'relay' | 'bare') {
  return withServer(kind, async (url) => {
    const { result, driver } = await drive<{ acked: number; delivered: number; seconds: number }>({ scenario: 'throughput', url, conversations: 200, window: 4, seconds: 5 });
    driver.kill();
    return result;
  });
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** Three runs of each, alternating, samples pooled: one noisy run on a shared two-core machine does not decide the ratio. */
async function pooledLatency() {
  const empty = () => ({ handoff: [] as number[], roundTrip: [] as number[], firstHandoffs: [] as number[] });
  const pooled = { bare: empty(), relay: empty() };
  for (const kind of ['bare', 'relay', 'bare', 'relay', 'bare', 'relay'] as const) {
    const run = await latency(kind);
    for (const key of ['handoff', 'roundTrip', 'firstHandoffs'] as const) pooled[kind][key].push(...run[key]);
  }
  const sortAll = (runs: ReturnType<typeof empty>) => ({ handoff: sorted(runs.handoff), roundTrip: sorted(runs.roundTrip), firstHandoffs: sorted(runs.firstHandoffs) });
  return { bare: sortAll(pooled.bare), relay: sortAll(pooled.relay) };
}

const suite: BenchSuite = async () => {
  const results: BenchResult[] = [];
  const { bare: bareLatency, relay: relayLatency } = await pooledLatency();
  for (const [name, key] of [
    ['handoff: handoff:request → escalation:created (1,000 conversations)', 'handoff'],
    ['message round trip customer → agent → customer (1,000 conversations)', 'roundTrip'],
  ] as const) {
    for (const p of [50, 99]) {
      results.push(
        compare(
          { name, metric: `p${p}`, value: percentile(relayLatency[key], p), unit: 'ms', baseline: { name: 'bare socket.io', value: percentile(bareLatency[key], p) }, ...(p === 99 ? { target: '<= 1.5x bare socket.io' } : {}) },
          p === 99 ? { maxRatio: 1.5 } : undefined,
        ),
      );
    }
  }
  for (const p of [50, 99]) {
    results.push(
      compare({
        name: `handoff, the first ${WARM_UP} after the server starts (not in the figures above)`,
        metric: `p${p}`,
        value: percentile(relayLatency.firstHandoffs, p),
        unit: 'ms',
        baseline: { name: 'bare socket.io', value: percentile(bareLatency.firstHandoffs, p) },
      }),
    );
  }

  const bareMemory = await memory('bare');
  const relayMemory = await memory('relay');
  results.push(
    compare(
      { name: 'memory per idle customer connection (5,000, RSS)', metric: 'bytes', value: relayMemory.rss, unit: 'B', baseline: { name: 'bare socket.io', value: bareMemory.rss }, target: '<= 1.3x bare socket.io' },
      { maxRatio: 1.3 },
    ),
    compare({ name: 'memory per idle customer connection (5,000, JS heap)', metric: 'bytes', value: relayMemory.heap, unit: 'B', baseline: { name: 'bare socket.io', value: bareMemory.heap } }),
  );

  const bareRate = await throughput('bare');
  const relayRate = await throughput('relay');
  results.push(
    compare({
      name: 'sustained customer messages, stored in SQLite before the ack (200 conversations × 4 in flight)',
      metric: 'throughput',
      value: relayRate.acked / relayRate.seconds,
      unit: 'msg/s',
      baseline: { name: 'bare socket.io (no storage)', value: bareRate.acked / bareRate.seconds },
    }),
  );
  return results;
};

export default suite;
