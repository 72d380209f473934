import { afterEach, describe, expect, it } from 'vitest';
import { agentEvents } from '@baton/protocol';
import { ManualClock } from '../src/index.js';
import { collect, nextEvent, requestTakeover, startRelay, tempDir, testConfig, uid, type TestRelay } from './harness.js';
import { join } from 'node:path';

const MINUTE = 60_000;

const slaConfig = () =>
  testConfig({
    routing: [{ id: 'billing', match: { team: 'billing' }, route: { team: 'billing' } }, { id: 'everyone' }],
    sla: { takeover: { medium: '10m' }, review: { high: '1h' } },
  });

describe('SLA timers (injected clock)', () => {
  const relays: TestRelay[] = [];
  const dirs: Array<{ remove: () => void }> = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('warns at half time, breaches at the deadline and reassigns to the next routing target', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ config: slaConfig(), deps: { clock, timers: clock } });
    relays.push(relay);
    const billing = await relay.agent({ name: 'Bill Billing', teams: ['billing'] });
    const generalist = await relay.agent({ name: 'Gus General' });
    const warnings = collect(billing, 'sla:warning');
    const breaches = collect(billing, 'sla:breached');
    const generalistUpdates = collect<{ change: string; escalation: { id: string } }>(generalist, 'escalation:updated');

    const start = clock.now();
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer, { team: 'billing' });

    await clock.advance(5 * MINUTE - 1);
    expect(warnings).toHaveLength(0);
    await clock.advance(1);
    await expect.poll(() => warnings.length).toBe(1);
    expect(agentEvents['sla:warning'].parse(warnings[0])).toMatchObject({
      escalationId,
      severity: 'medium',
      remainingMs: 5 * MINUTE,
      dueAt: new Date(start + 10 * MINUTE).toISOString(),
    });

    await clock.advance(5 * MINUTE - 1);
    expect(breaches).toHaveLength(0);
    await clock.advance(1);
    await expect.poll(() => breaches.length).toBe(1);
    expect(breaches[0]).toMatchObject({ escalationId, reassignedTo: { to: 'anyone' } });
    await expect.poll(() => generalistUpdates.map((u) => u.change)).toContain('reassigned');

    const moved = await relay.store.getEscalation(escalationId);
    expect(moved).toMatchObject({ route: { to: 'anyone' }, routingRule: 'everyone', slaBreaches: 1, status: 'queued' });
    expect(moved?.sla).toMatchObject({ startedAt: start + 10 * MINUTE, dueAt: start + 20 * MINUTE, warned: false });
    const audit = await relay.store.auditPage({ from: 0, to: clock.now() + 1, afterSeq: 0, limit: 100, actions: ['sla_warning', 'sla_breach', 'reassign'] });
    expect(audit.map((a) => [a.action, a.actorType])).toEqual([
      ['sla_warning', 'system'],
      ['sla_breach', 'system'],
      ['reassign', 'system'],
    ]);

    // The generalist answers inside the new window: the SLA is met and no more timers fire.
    await generalist.emitWithAck('escalation:claim', { escalationId });
    await generalist.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Sorry for the wait!' });
    const generalistBreaches = collect(generalist, 'sla:breached');
    await clock.advance(60 * MINUTE);
    expect(generalistBreaches).toHaveLength(0);
    expect(await relay.store.getEscalation(escalationId)).toMatchObject({ sla: null, slaMetAt: start + 10 * MINUTE, slaBreaches: 1 });
  });

  it('takes a claimed but silent takeover back from its agent at the deadline', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ config: slaConfig(), deps: { clock, timers: clock } });
    relays.push(relay);
    const billing = await relay.agent({ name: 'Bill Billing', teams: ['billing'] });
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer, { team: 'billing' });
    await billing.emitWithAck('escalation:claim', { escalationId });
    const requeued = nextEvent(customer, 'handoff:status', (s: { status: string; seq?: number }) => s.status === 'queued' && s.seq !== undefined);
    await clock.advance(10 * MINUTE);
    await requeued;
    expect(await relay.store.getEscalation(escalationId)).toMatchObject({ status: 'queued', assignee: null, route: { to: 'anyone' } });
    expect(await billing.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'here now' })).toMatchObject({ ok: false, error: { code: 'not_owner' } });
  });

  it('starts a new window when an answered chat goes back to the queue, so nothing waits without a deadline', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ config: slaConfig(), deps: { clock, timers: clock } });
    relays.push(relay);
    const ada = await relay.agent({ name: 'Ada Agent' });
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer);
    await ada.emitWithAck('escalation:claim', { escalationId });
    await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hi, Ada here.' });
    expect((await relay.store.getEscalation(escalationId))!.sla).toBeNull();

    await clock.advance(3 * MINUTE);
    const released = await ada.emitWithAck('escalation:release', { escalationId, note: 'end of shift' });
    expect(released).toMatchObject({ ok: true, escalation: { status: 'queued', sla: { dueAt: new Date(clock.now() + 10 * MINUTE).toISOString() } } });
    const warned = nextEvent<{ escalationId: string }>(ada, 'sla:warning');
    await clock.advance(5 * MINUTE);
    expect((await warned).escalationId).toBe(escalationId);
  });

  it('uses the review windows: a high-severity review warns after 30 minutes', async () => {
    const clock = new ManualClock();
    const relay = await startRelay({ config: slaConfig(), deps: { clock, timers: clock } });
    relays.push(relay);
    const supervisor = await relay.agent({ role: 'supervisor', name: 'Sam' });
    const warnings = collect<{ kind: string }>(supervisor, 'sla:warning');
    const customer = await relay.customer();
    const conversationId = uid('conv');
    await customer.emitWithAck('conversation:open', { id: conversationId });
    await customer.emitWithAck('handoff:request', {
      id: uid('rev'),
      conversationId,
      decision: { trigger: 'low_confidence', rule: null, severity: 'high', transfer: 'warm', kind: 'review', reason: 'r', evidence: [], messageIndex: 0 },
      heldReply: { role: 'bot', text: 'maybe', confidence: 0.4 },
    });
    await clock.advance(30 * MINUTE - 1);
    expect(warnings).toHaveLength(0);
    await clock.advance(1);
    await expect.poll(() => warnings.map((w) => w.kind)).toEqual(['review']);
  });

  it('recomputes timers from the store after a restart, and fires deadlines that passed while it was down', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbFile = join(dir.dir, 'relay.sqlite');
    const clock = new ManualClock();
    const start = clock.now();

    const first = await startRelay({ config: slaConfig(), deps: { clock, timers: clock }, dbFile });
    await first.agent({ teams: ['billing'] });
    const early = await requestTakeover(await first.customer(), { team: 'billing' });
    await clock.advance(2 * MINUTE);
    const late = await requestTakeover(await first.customer(), { team: 'billing' });
    await first.stop(false);
    expect(clock.timerCount).toBe(0);

    // Down for 11 minutes: `early` is past its deadline, `late` is past its warning.
    await clock.advance(9 * MINUTE);
    const second = await startRelay({ config: slaConfig(), deps: { clock, timers: clock }, dbFile });
    relays.push(second);
    await clock.advance(0);
    expect(await second.store.getEscalation(early.escalationId)).toMatchObject({ slaBreaches: 1, route: { to: 'anyone' } });
    expect((await second.store.getEscalation(late.escalationId))?.sla).toMatchObject({ warned: true, dueAt: start + 12 * MINUTE });

    const billing = await second.agent({ teams: ['billing'] });
    const breaches = collect<{ escalationId: string }>(billing, 'sla:breached');
    await clock.advance(1 * MINUTE);
    await expect.poll(() => breaches.map((b) => b.escalationId)).toEqual([late.escalationId]);
  });
});
