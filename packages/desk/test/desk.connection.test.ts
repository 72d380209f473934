import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The relay's own Node harness: a real relay on a real port with a real SQLite file.
import { AGENT_SECRET, DESK_ORIGIN, requestTakeover, startRelay, type TestRelay } from '../../relay/test/harness.js';
import { signAgentToken } from '../../relay/src/index.js';
import { DeskConnection, type ConnectionState, type RejectedEvent } from '../src/connection/desk.connection.js';

async function until<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('DeskConnection (real relay)', () => {
  let relay: TestRelay;
  const connections: DeskConnection[] = [];
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.close();
    await relay.stop();
  });

  function connect(token: string) {
    const states: ConnectionState[] = [];
    const events: Array<{ name: string; payload: unknown }> = [];
    const rejected: RejectedEvent[] = [];
    const connection = new DeskConnection(
      { relay: relay.url, token, socketOptions: { extraHeaders: { origin: DESK_ORIGIN } } },
      { event: (name, payload) => events.push({ name, payload }), rejected: (r) => rejected.push(r), state: (s) => states.push(s) },
    );
    connections.push(connection);
    connection.connect();
    return { connection, states, events, rejected };
  }

  const token = (name = 'Ada Agent') => signAgentToken(AGENT_SECRET, { name, role: 'agent', teams: [], ttlMs: 60_000, now: Date.now() });

  it('connects, receives the validated snapshot, and answers commands with validated acks', async () => {
    const { connection, states, events } = connect(await token());
    await until(() => events.find((e) => e.name === 'queue:snapshot'), 'queue:snapshot');
    expect(states).toContain('online');
    const missing = await connection.command('escalation:claim', { escalationId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer);
    await until(() => events.find((e) => e.name === 'escalation:created'), 'escalation:created');
    const claimed = await connection.command('escalation:claim', { escalationId });
    expect(claimed).toMatchObject({ ok: true, escalation: { id: escalationId, status: 'assigned' } });
  });

  it('reports an event that fails its schema, or an unknown one, instead of passing it on', async () => {
    const { events, rejected } = connect(await token());
    await until(() => events.find((e) => e.name === 'queue:snapshot'), 'queue:snapshot');
    // Bypass the typed event map on purpose: this is what a buggy or hostile relay could send.
    const agents = relay.relay.io.of('/agent') as unknown as { emit(event: string, payload: unknown): boolean };
    agents.emit('escalation:created', { escalation: { id: '<img src=x>', status: 'nonsense' } });
    agents.emit('surprise:event', { hello: 'world' });
    await until(() => rejected.length === 2, 'two rejected events');
    expect(rejected[0]).toMatchObject({ event: 'escalation:created' });
    expect(rejected[0]!.problems).toMatch(/escalation\.status/);
    expect(rejected[1]).toMatchObject({ event: 'surprise:event', problems: 'unknown event' });
    // Only the relay's own valid events came through (the agents-online count arrives on its own).
    expect(events.map((e) => e.name).sort()).toEqual(['presence:updated', 'queue:snapshot']);
  });

  it('says unauthorized for a wrongly signed token', async () => {
    const forged = await signAgentToken('another-secret-0123456789-abcdefghijklmnop', { name: 'Eve', role: 'supervisor', teams: [], ttlMs: 60_000, now: Date.now() });
    const { states } = connect(forged);
    await until(() => states.includes('unauthorized'), 'the refusal');
  });
});
