import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ackSchemaOf, agentCommands, customerCommands, type CommandSpec } from '@baton/protocol';
import { decision, requestTakeover, startRelay, summary, testConfig, uid, type AgentClient, type CustomerClient, type TestRelay } from './harness.js';

type Emitter = { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };

/** Mutations of a valid payload: drop a key, replace a value with anything, or replace the whole thing. */
function malformed(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const junk = fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: false });
  return fc.oneof(
    junk,
    fc.constantFrom(...keys).map((key) => {
      const copy = { ...valid };
      delete copy[key];
      return copy;
    }),
    fc.tuple(fc.constantFrom(...keys), junk).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.tuple(fc.constantFrom(...keys), fc.string({ minLength: 0, maxLength: 300 })).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.tuple(fc.string({ maxLength: 20 }), junk).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.constant({ ...valid, __proto__: { ok: true } }),
    fc.constantFrom(null, undefined, 0, '', [], 'x'.repeat(60_000), [valid, valid]),
  );
}

describe('fuzzing every command with malformed payloads', () => {
  let relay: TestRelay;
  let customer: CustomerClient;
  let supervisor: AgentClient;
  const samples: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    relay = await startRelay({ config: testConfig({ limits: { rateLimit: { burst: 100_000, perSecond: 100_000 } } }) });
    supervisor = await relay.agent({ role: 'supervisor', name: 'Fuzz Supervisor' });
    customer = await relay.customer();
    const { conversationId, escalationId } = await requestTakeover(customer);
    await supervisor.emitWithAck('escalation:claim', { escalationId });
    Object.assign(samples, {
      'conversation:open': { id: conversationId, since: 0 },
      'handoff:request': { id: uid('esc'), conversationId, decision: decision(), summary: summary(), transcript: [{ role: 'customer', text: 'hi' }], heldReply: null, team: null },
      'context:append': { id: uid('ctx'), conversationId, messages: [{ role: 'customer', text: 'more' }] },
      'customer:message': { id: uid('m'), conversationId, text: 'hello' },
      'customer:typing': { conversationId, typing: true },
      'handoff:cancel': { conversationId, escalationId: uid('other') },
      'offline:message': { id: uid('off'), conversationId, text: 'call me', contact: { email: 'a@example.com' } },
      'escalation:claim': { escalationId },
      'escalation:release': { escalationId: uid('other'), note: 'x' },
      'escalation:resolve': { id: uid('r'), escalationId: uid('other'), action: 'resolved', note: '' },
      'agent:message': { id: uid('m'), escalationId, text: 'hi' },
      'agent:typing': { escalationId, typing: false },
      'escalation:history': { escalationId, since: 0, limit: 10 },
      'analytics:get': { timezone: 'Europe/Paris' },
    });
  });
  afterAll(async () => {
    await relay.stop();
  });

  const cases: Array<[string, 'customer' | 'agent', CommandSpec]> = [
    ...Object.entries(customerCommands).map(([name, spec]) => [name, 'customer', spec] as [string, 'customer', CommandSpec]),
    ...Object.entries(agentCommands).map(([name, spec]) => [name, 'agent', spec] as [string, 'agent', CommandSpec]),
  ];

  it('covers every command of both namespaces', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(cases)('%s: every malformed payload gets an error ack naming the problem, never a crash', async (name, namespace, spec) => {
    const socket = (namespace === 'customer' ? customer : supervisor) as unknown as Emitter;
    const ack = ackSchemaOf(spec.result);
    await fc.assert(
      fc.asyncProperty(malformed(samples[name]!), async (payload) => {
        const answer = await socket.emitWithAck(name, payload);
        const parsed = ack.safeParse(answer);
        expect(parsed.success, `ack of ${name} does not match its schema: ${JSON.stringify(answer)}`).toBe(true);
        const result = answer as { ok: boolean; error?: { code: string; message: string; issues?: unknown[] } };
        // What arrives is what JSON carried: compare against the payload after the round trip.
        const arrived = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload) ?? 'null');
        if (!spec.request.safeParse(arrived).success) {
          expect(result.error?.code).toBe('invalid_payload');
          expect(result.error?.message).toMatch(new RegExp(`^invalid ${name} payload: .+`));
          expect(result.error?.issues?.length).toBeGreaterThan(0);
        }
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error!.code);
          expect(result.error!.code).not.toBe('internal');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays alive and correct afterwards', async () => {
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    const fresh = await relay.customer();
    const { ack } = await requestTakeover(fresh);
    expect(ack.ok).toBe(true);
    expect(customer.connected && supervisor.connected).toBe(true);
  });
});
