import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerEvents } from '@baton/protocol';
import { collect, decision, nextEvent, startRelay, summary, testConfig, uid, type CustomerClient, type TestRelay } from './harness.js';

const HELD = 'Your premium plan includes a full refund within 30 days; I have started it for you.';

async function requestReview(customer: CustomerClient) {
  const conversationId = uid('conv');
  await customer.emitWithAck('conversation:open', { id: conversationId });
  const escalationId = uid('rev');
  const ack = await customer.emitWithAck('handoff:request', {
    id: escalationId,
    conversationId,
    decision: decision({ kind: 'review', trigger: 'low_confidence', severity: 'high', reason: 'Low AI confidence (0.38)' }),
    summary: summary(),
    transcript: [{ role: 'customer', text: 'can I get a refund on my premium plan?' }],
    heldReply: { role: 'bot', text: HELD, confidence: 0.38, intent: 'refund' },
  });
  return { conversationId, escalationId, ack };
}

describe('review (human in the loop)', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay({
      config: testConfig({
        routing: [{ id: 'reviews', match: { kind: 'review' }, route: { team: 'reviewers' } }, { id: 'everyone' }],
      }),
    });
  });
  afterEach(async () => {
    await relay.stop();
  });

  it('queues a review even with nobody online and shows the reviewer the held reply', async () => {
    const customer = await relay.customer();
    const { ack, escalationId } = await requestReview(customer);
    expect(ack).toMatchObject({ ok: true, escalation: { status: 'in_review', position: 1, estimatedWaitMs: null } });
    const reviewer = await relay.agent({ name: 'Rae Reviewer', teams: ['reviewers'] });
    const snapshot = await relay.snapshotOf(reviewer);
    expect(snapshot.escalations).toEqual([expect.objectContaining({ id: escalationId, kind: 'review', heldReply: expect.objectContaining({ text: HELD }) })]);
  });

  it('a person asked for while the reply is in review replaces the review with a takeover', async () => {
    const reviewer = await relay.agent({ name: 'Rae Reviewer', teams: ['reviewers'] });
    const agent = await relay.agent({ name: 'Ada Agent' });
    const customer = await relay.customer();
    const { conversationId, escalationId } = await requestReview(customer);
    expect((await reviewer.emitWithAck('escalation:claim', { escalationId })).ok).toBe(true);
    const created = nextEvent<{ escalation: { id: string; kind: string } }>(agent, 'escalation:created');

    const takeoverId = uid('esc');
    const ack = await customer.emitWithAck('handoff:request', {
      id: takeoverId,
      conversationId,
      decision: decision({ reason: 'Asked for a person: "agent please" (en)' }),
      summary: summary(),
      transcript: [{ role: 'customer', text: 'agent please' }],
    });
    expect(ack).toMatchObject({ ok: true, escalation: { id: takeoverId, status: 'queued' } });
    expect((await created).escalation).toMatchObject({ id: takeoverId, kind: 'takeover' });
    // The review is over: the reviewer can no longer release the reply the customer chose not to wait for.
    const late = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'allow', note: 'too late' });
    expect(late).toMatchObject({ ok: false });
    const history = await reviewer.emitWithAck('escalation:history', { escalationId });
    expect(history).toMatchObject({ ok: true, escalation: { status: 'cancelled', resolution: { action: 'cancelled', note: 'the customer asked for a person' } } });
  });

  it.each([
    { action: 'allow' as const, text: undefined, shown: HELD },
    { action: 'block' as const, text: undefined, shown: null },
    { action: 'redact_and_allow' as const, text: 'Your plan includes a refund within 30 days; a teammate will confirm by email.', shown: 'Your plan includes a refund within 30 days; a teammate will confirm by email.' },
  ])('$action: the customer receives review:decision with the final text', async ({ action, text, shown }) => {
    const reviewer = await relay.agent({ name: 'Rae Reviewer', teams: ['reviewers'] });
    const customer = await relay.customer();
    const statuses = collect<{ status: string }>(customer, 'handoff:status');
    const { escalationId } = await requestReview(customer);
    expect((await reviewer.emitWithAck('escalation:claim', { escalationId })).ok).toBe(true);
    expect(await reviewer.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'hi' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });

    const decided = nextEvent(customer, 'review:decision');
    const result = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action, note: `checked: ${action}`, ...(text ? { text } : {}) });
    expect(result).toMatchObject({ ok: true, escalation: { status: 'resolved', resolution: { action, note: `checked: ${action}`, by: { name: 'Rae Reviewer' } } } });
    expect(customerEvents['review:decision'].parse(await decided)).toMatchObject({ escalationId, decision: action, text: shown });
    await expect.poll(() => statuses.at(-1)?.status).toBe('resolved');
    expect(statuses.map((s) => s.status)).not.toContain('assigned');

    const [audit] = await relay.store.auditPage({ from: 0, to: Date.now() + 1, afterSeq: 0, limit: 100, actions: ['review_decision'] });
    expect(audit).toMatchObject({ actorName: 'Rae Reviewer', note: `checked: ${action}`, detail: { action } });
  });

  it('requires the redacted text for redact_and_allow', async () => {
    const reviewer = await relay.agent({ teams: ['reviewers'] });
    const customer = await relay.customer();
    const { escalationId } = await requestReview(customer);
    await reviewer.emitWithAck('escalation:claim', { escalationId });
    const ack = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'redact_and_allow', note: '' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload', issues: [{ path: 'text' }] } });
  });

  it('escalate_further re-routes to the next target and keeps the customer in review', async () => {
    const reviewer = await relay.agent({ name: 'Rae Reviewer', teams: ['reviewers'] });
    const generalist = await relay.agent({ name: 'Gus General' });
    const customer = await relay.customer();
    const { escalationId } = await requestReview(customer);
    await reviewer.emitWithAck('escalation:claim', { escalationId });

    const decided = nextEvent(customer, 'review:decision');
    const arrived = nextEvent<{ escalation: { id: string; route: unknown }; change: string }>(generalist, 'escalation:updated');
    const further = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'escalate_further', note: 'not sure about refunds' });
    expect(further).toMatchObject({ ok: true, escalation: { status: 'queued', route: { to: 'anyone' }, routingRule: 'everyone', assignee: null } });
    expect(await decided).toMatchObject({ decision: 'escalate_further', text: null });
    expect(await arrived).toMatchObject({ change: 'escalated', escalation: { id: escalationId } });

    await generalist.emitWithAck('escalation:claim', { escalationId });
    const toSupervisors = await generalist.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'escalate_further', note: '' });
    expect(toSupervisors).toMatchObject({ ok: true, escalation: { route: { to: 'supervisors' } } });
    const boss = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    const last = await boss.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'escalate_further', note: '' });
    expect(last).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('nowhere further') } });
    expect(await boss.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'allow', note: 'fine' })).toMatchObject({ ok: true });
  });

  it('a retried resolve returns the first result instead of acting twice', async () => {
    const reviewer = await relay.agent({ teams: ['reviewers'] });
    const customer = await relay.customer();
    const { escalationId } = await requestReview(customer);
    await reviewer.emitWithAck('escalation:claim', { escalationId });
    const decisions = collect(customer, 'review:decision');
    const command = { id: uid('r'), escalationId, action: 'escalate_further' as const, note: '' };
    const first = await reviewer.emitWithAck('escalation:resolve', command);
    const retry = await reviewer.emitWithAck('escalation:resolve', command);
    expect(retry).toEqual(first);
    await expect.poll(() => decisions.length).toBe(1);
    const reassigns = await relay.store.auditPage({ from: 0, to: Date.now() + 1, afterSeq: 0, limit: 100, actions: ['reassign'] });
    expect(reassigns).toHaveLength(1);
  });
});
