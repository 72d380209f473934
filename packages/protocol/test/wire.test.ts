import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  ackSchemaOf,
  agentCommands,
  agentEvents,
  canSee,
  customerCommands,
  customerEvents,
  customerHandshakeSchema,
  escalationResolveSchema,
  handoffRequestSchema,
  invalidPayload,
  sequencedResultSchema,
  type Ack,
  type AgentClientToServerEvents,
  type CustomerClientToServerEvents,
  type CustomerServerToClientEvents,
  type HandoffStatusEvent,
} from '../src/index.js';

const decision = {
  trigger: 'topic',
  rule: 'legal',
  severity: 'high',
  transfer: 'warm',
  kind: 'takeover',
  reason: 'Policy topic: "lawyer"',
  evidence: ['lawyer'],
  messageIndex: 1,
} as const;

describe('wire protocol v1', () => {
  it('names the events DESIGN.md fixes in both namespaces, plus presence:updated', () => {
    expect(Object.keys(customerCommands)).toEqual(['conversation:open', 'handoff:request', 'context:append', 'customer:message', 'customer:typing', 'handoff:cancel', 'offline:message']);
    expect(Object.keys(customerEvents)).toEqual(['handoff:status', 'agent:message', 'agent:typing', 'review:decision', 'relay:error']);
    expect(Object.keys(agentCommands)).toEqual(['escalation:claim', 'escalation:release', 'escalation:resolve', 'agent:message', 'agent:typing', 'escalation:history', 'analytics:get']);
    expect(Object.keys(agentEvents)).toEqual([
      'queue:snapshot',
      'escalation:created',
      'escalation:updated',
      'context:appended',
      'customer:message',
      'customer:typing',
      'sla:warning',
      'sla:breached',
      'presence:updated',
      'relay:error',
    ]);
    expect(PROTOCOL_VERSION).toBe(1);
  });

  it('derives the socket.io event maps from the schemas', () => {
    expectTypeOf<Parameters<CustomerClientToServerEvents['customer:message']>[0]>().toEqualTypeOf<{ id: string; conversationId: string; text: string }>();
    expectTypeOf<Parameters<Parameters<AgentClientToServerEvents['agent:message']>[1]>[0]>().toEqualTypeOf<Ack<{ seq: number }>>();
    expectTypeOf<Parameters<CustomerServerToClientEvents['handoff:status']>[0]>().toEqualTypeOf<HandoffStatusEvent>();
  });

  it('fills defaults on a takeover request and requires the held reply for a review', () => {
    const takeover = handoffRequestSchema.parse({ id: 'e1', conversationId: 'c1', decision });
    expect(takeover).toMatchObject({ summary: null, transcript: [], heldReply: null, team: null });
    const review = handoffRequestSchema.safeParse({ id: 'e1', conversationId: 'c1', decision: { ...decision, kind: 'review' } });
    expect(review.success).toBe(false);
    expect(review.error?.issues[0]).toMatchObject({ path: ['heldReply'], message: 'expected the held AI reply for a review handoff' });
  });

  it('requires the redacted text for redact_and_allow and limits transferTo to transfers', () => {
    const missing = escalationResolveSchema.safeParse({ id: 'r1', escalationId: 'e1', action: 'redact_and_allow' });
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['text']);
    const misplaced = escalationResolveSchema.safeParse({ id: 'r1', escalationId: 'e1', action: 'resolved', transferTo: { team: 'billing' } });
    expect(misplaced.error?.issues.map((i) => i.path.join('.'))).toEqual(['transferTo']);
  });

  it('rejects ids that are empty, too long or full of odd characters', () => {
    for (const id of ['', ' ', 'a'.repeat(129), 'a b', '../etc', '<script>']) {
      expect(customerCommands['customer:message'].request.safeParse({ id, conversationId: 'c1', text: 'hi' }).success).toBe(false);
    }
    expect(customerCommands['customer:message'].request.safeParse({ id: 'msg_01:a-b.c', conversationId: 'c1', text: 'hi' }).success).toBe(true);
  });

  it('an invalid_payload ack names each path and problem', () => {
    const result = customerCommands['customer:message'].request.safeParse({ id: 'm1', conversationId: 7, text: '   ' });
    const failure = invalidPayload('customer:message', result.error!);
    expect(failure).toEqual({
      ok: false,
      error: {
        code: 'invalid_payload',
        message: 'invalid customer:message payload: conversationId: expected an id string; text: expected a non-empty message',
        issues: [
          { path: 'conversationId', message: 'expected an id string' },
          { path: 'text', message: 'expected a non-empty message' },
        ],
      },
    });
  });

  it('ack schemas accept a result or an error, nothing else', () => {
    const ack = ackSchemaOf(sequencedResultSchema);
    expect(ack.safeParse({ ok: true, seq: 3 }).success).toBe(true);
    expect(ack.safeParse({ ok: false, error: { code: 'not_found', message: 'no conversation' } }).success).toBe(true);
    expect(ack.safeParse({ ok: true }).success).toBe(false);
    expect(ack.safeParse({ ok: false, error: { code: 'oops', message: '' } }).success).toBe(false);
  });

  it('handshake: a visitor id is required; identity signatures are 64 hex characters', () => {
    expect(customerHandshakeSchema.safeParse({ protocolVersion: 1, siteKey: 'demo' }).error?.issues[0]?.path).toEqual(['visitorId']);
    const badSignature = customerHandshakeSchema.safeParse({ protocolVersion: 1, siteKey: 'demo', visitorId: 'v1', identity: { customerId: 'c', signature: 'abc' } });
    expect(badSignature.error?.issues[0]?.message).toBe('expected 64 hex characters (HMAC-SHA256)');
  });

  it('canSee: supervisors see all, agents their route, team or assignment', () => {
    const ada = { id: 'ada', role: 'agent' as const, teams: ['billing'] };
    const sam = { id: 'sam', role: 'supervisor' as const, teams: [] };
    expect(canSee(ada, { to: 'anyone' })).toBe(true);
    expect(canSee(ada, { to: 'team', team: 'billing' })).toBe(true);
    expect(canSee(ada, { to: 'team', team: 'legal' })).toBe(false);
    expect(canSee(ada, { to: 'team', team: 'legal' }, 'ada')).toBe(true);
    expect(canSee(ada, { to: 'agent', agent: 'bea' })).toBe(false);
    expect(canSee(ada, { to: 'supervisors' })).toBe(false);
    expect(canSee(sam, { to: 'supervisors' })).toBe(true);
  });
});
