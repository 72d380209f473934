import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@baton/protocol';
import { createSqliteStore, signAgentToken } from '../src/index.js';
import { AGENT_SECRET, DESK_ORIGIN, SITE_ORIGIN, decision, sleep, startRelay, summary, tempDir, type AgentClient, type CustomerClient } from './harness.js';

const fixture = fileURLToPath(new URL('./fixtures/relay-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

function startChild(dbFile: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dbFile, String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`relay process exited with ${code}: ${err}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('relay killed with SIGKILL mid-conversation', () => {
  const dir = tempDir();
  const dbFile = join(dir.dir, 'relay.sqlite');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) await killed(child);
    dir.remove();
  });

  it('loses nothing it acknowledged; clients reconnect and catch up by sequence', async () => {
    const first = await startChild(dbFile, 0);
    children.push(first.child);
    const url = `http://127.0.0.1:${first.port}`;
    const options: Partial<ManagerOptions & SocketOptions> = { forceNew: true, transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 200 };

    const conversationId = 'conv-crash';
    const escalationId = 'esc-crash';
    const customer: CustomerClient = io(`${url}/customer`, {
      ...options,
      extraHeaders: { origin: SITE_ORIGIN },
      auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'shop', visitorId: 'crash-visitor' },
    });
    const token = await signAgentToken(AGENT_SECRET, { name: 'Ada Agent', id: 'ada', ttlMs: 3_600_000 });
    const agent: AgentClient = io(`${url}/agent`, { ...options, extraHeaders: { origin: DESK_ORIGIN }, auth: { protocolVersion: PROTOCOL_VERSION, token } });

    // What the customer has seen, by sequence number; it re-opens with the last one on every (re)connect.
    const seen = new Map<number, string>();
    let lastSeq = 0;
    customer.on('agent:message', (m) => {
      seen.set(m.seq, m.id);
      lastSeq = Math.max(lastSeq, m.seq);
    });
    customer.on('handoff:status', (s) => {
      if (s.seq !== undefined) lastSeq = Math.max(lastSeq, s.seq);
    });
    let reopenedAfterRestart: Promise<unknown> | null = null;
    let connects = 0;
    customer.on('connect', () => {
      connects += 1;
      const reopen = customer.emitWithAck('conversation:open', { id: conversationId, since: lastSeq });
      if (connects > 1) reopenedAfterRestart = reopen;
    });
    await new Promise<void>((resolve) => customer.once('connect', () => resolve()));
    await new Promise<void>((resolve) => (agent.connected ? resolve() : agent.once('connect', () => resolve())));
    await customer.emitWithAck('conversation:open', { id: conversationId });

    const requested = await customer.emitWithAck('handoff:request', { id: escalationId, conversationId, decision: decision(), summary: summary(), transcript: [] });
    expect(requested.ok).toBe(true);
    expect(await agent.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: true });

    // The agent keeps sending (a message every few ms, without waiting for acks); the relay is killed
    // when the 10th ack arrives, with more messages in flight. A client stops sending while disconnected.
    const total = 120;
    const ids = Array.from({ length: total }, (_, i) => `msg-${String(i).padStart(3, '0')}`);
    const acked = new Map<string, number>();
    let killing: Promise<void> | null = null;
    const sends: Promise<void>[] = [];
    for (const id of ids) {
      if (killing || !agent.connected) break;
      sends.push(
        agent
          .timeout(1_500)
          .emitWithAck('agent:message', { id, escalationId, text: `message ${id}` })
          .then((ack) => {
            if (ack.ok) acked.set(id, ack.seq);
            if (acked.size === 10) killing ??= killed(first.child);
          })
          .catch(() => undefined),
      );
      await sleep(3);
    }
    await Promise.all(sends);
    await killing;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(10);
    expect(acked.size).toBeLessThan(total);

    const second = await startChild(dbFile, first.port);
    children.push(second.child);
    await new Promise<void>((resolve) => (agent.connected ? resolve() : agent.once('connect', () => resolve())));
    await new Promise<void>((resolve) => (customer.connected && reopenedAfterRestart ? resolve() : customer.once('connect', () => resolve())));
    await reopenedAfterRestart;

    // Retry whatever was not acknowledged, with the same ids: nothing is duplicated.
    for (const id of ids) {
      const ack = await agent.emitWithAck('agent:message', { id, escalationId, text: `message ${id}` });
      expect(ack.ok).toBe(true);
      if (ack.ok) {
        if (acked.has(id)) expect(ack.seq).toBe(acked.get(id));
        acked.set(id, ack.seq);
      }
    }

    await expect.poll(() => seen.size, { timeout: 5_000 }).toBe(total);
    // In sequence order, the customer sees the messages in the order the agent sent them.
    const bySeq = [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
    expect(bySeq).toEqual(ids);
    expect(new Set(bySeq).size).toBe(total);
    for (const [id, seq] of acked) expect(seen.get(seq)).toBe(id);

    customer.disconnect();
    agent.disconnect();
    await killed(second.child);
    const store = createSqliteStore(dbFile);
    const events = await store.eventsSince(conversationId, 0, { limit: 1_000, customerVisibleOnly: false });
    expect(events.filter((e) => e.type === 'message')).toHaveLength(total);
    expect(await store.getEscalation(escalationId)).toMatchObject({ status: 'connected', assignee: { id: 'ada' } });
    await store.close();
  });
});

describe('one relay per database', () => {
  it('refuses a second relay on the file while the first runs, and takes over once it was killed', async () => {
    const dir = tempDir();
    const dbFile = join(dir.dir, 'relay.sqlite');
    const { child } = await startChild(dbFile, 0);
    try {
      expect(() => createSqliteStore(dbFile)).toThrow(new RegExp(`another relay is using it \\(process ${child.pid} on `));
      await killed(child);
      const store = createSqliteStore(dbFile);
      await store.close();
    } finally {
      if (child.exitCode === null && child.signalCode === null) await killed(child);
      dir.remove();
    }
  });

  it('a relay whose file another took over answers /healthz with 503 and acknowledges no more writes', async () => {
    const relay = await startRelay();
    const taker = createSqliteStore(relay.dbFile, { takeOver: true });
    try {
      const customer = await relay.customer();
      const health = await fetch(`${relay.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', error: expect.stringContaining(`another relay took over this database (${relay.dbFile})`) });
      expect(await customer.emitWithAck('conversation:open', { id: 'conv-after-take-over' })).toMatchObject({ ok: false });
      expect(await taker.getConversation('conv-after-take-over')).toBeNull();
    } finally {
      await taker.close();
      await relay.stop();
    }
  });
});
