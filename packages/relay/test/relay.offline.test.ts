import { afterEach, describe, expect, it } from 'vitest';
import { customerEvents } from '@baton/protocol';
import { ManualClock } from '../src/index.js';
import { collect, nextEvent, requestTakeover, startRelay, testConfig, uid, type TestRelay } from './harness.js';

describe('offline path', () => {
  const relays: TestRelay[] = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
  });

  it('with no agent online the customer is told offline, leaves a message, and it lands in the queue', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const customer = await relay.customer({ visitorId: 'night-owl' });
    const statuses = collect(customer, 'handoff:status');
    const { ack, conversationId, escalationId } = await requestTakeover(customer);
    expect(ack).toMatchObject({ ok: true, escalation: { status: 'offline', offlineReason: 'no_agent_online', position: null } });
    await expect.poll(() => statuses.length).toBe(1);
    expect(customerEvents['handoff:status'].parse(statuses[0])).toMatchObject({ status: 'offline', offlineReason: 'no_agent_online', seq: expect.any(Number) });

    expect(await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'hello?' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: expect.stringContaining('offline:message') },
    });
    const left = { id: uid('off'), conversationId, escalationId, text: 'Please call me back about my broken order.', contact: { name: 'Nora', email: 'nora@example.com' } };
    const ackLeft = await customer.emitWithAck('offline:message', left);
    expect(ackLeft).toMatchObject({ ok: true, escalationId, seq: expect.any(Number) });
    expect(await customer.emitWithAck('offline:message', left)).toEqual(ackLeft);
    customer.disconnect();

    const agent = await relay.agent({ name: 'Morgan Morning' });
    const snapshot = await relay.snapshotOf(agent);
    expect(snapshot.escalations).toEqual([
      expect.objectContaining({ id: escalationId, status: 'queued', followUp: true, customer: expect.objectContaining({ contact: { name: 'Nora', email: 'nora@example.com' } }) }),
    ]);
    const history = await agent.emitWithAck('escalation:history', { escalationId });
    expect(history.ok && history.events.find((e) => e.type === 'offline_message')).toMatchObject({ text: 'Please call me back about my broken order.' });

    await agent.emitWithAck('escalation:claim', { escalationId });
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Good morning Nora, I am on it.' });

    // The customer comes back later and catches up from the last sequence number they saw.
    const back = await relay.customer({ visitorId: 'night-owl' });
    const replayed = collect<{ text?: string; status?: string }>(back, 'agent:message');
    const reopened = await back.emitWithAck('conversation:open', { id: conversationId, since: (statuses[0] as { seq: number }).seq });
    expect(reopened).toMatchObject({ ok: true, conversation: { status: 'connected', escalationId } });
    expect(replayed.map((m) => m.text)).toEqual(['Good morning Nora, I am on it.']);
    // lastSeq is the relay's own figure, also when a client claims to have seen more than there is.
    const lastSeq = reopened.ok ? reopened.conversation.lastSeq : -1;
    expect(await back.emitWithAck('conversation:open', { id: conversationId, since: lastSeq + 1_000 })).toMatchObject({ ok: true, conversation: { lastSeq }, replayed: 0 });
  });

  it('a message left without an earlier handoff becomes a follow-up in the queue', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const customer = await relay.customer();
    const conversationId = uid('conv');
    await customer.emitWithAck('conversation:open', { id: conversationId });
    const id = uid('off');
    expect(await customer.emitWithAck('offline:message', { id, conversationId, text: 'Do you ship to Norway?' })).toMatchObject({ ok: true, escalationId: id });
    expect(await relay.store.getEscalation(id)).toMatchObject({ status: 'queued', followUp: true, trigger: 'explicit_request', kind: 'takeover' });
    // A second message joins that follow-up (one place in line per conversation), and reaches the desk.
    const agent = await relay.agent();
    const atDesk = nextEvent<{ escalationId: string; text: string }>(agent, 'customer:message');
    expect(await customer.emitWithAck('offline:message', { id: uid('off'), conversationId, text: 'Also: to Oslo.' })).toMatchObject({ ok: true, escalationId: id });
    expect(await atDesk).toMatchObject({ escalationId: id, text: 'Also: to Oslo.' });
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId)).toHaveLength(1);
  });

  it('asking again while nobody is available keeps the one offline handoff, and what is left joins one follow-up', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const customer = await relay.customer();
    const first = await requestTakeover(customer);
    const { conversationId, escalationId } = first;
    expect(first.ack.escalation).toMatchObject({ id: escalationId, status: 'offline' });
    const again = await requestTakeover(customer, { conversationId });
    expect(again.ack.escalation).toMatchObject({ id: escalationId, status: 'offline', offlineReason: 'no_agent_online' });
    expect(await relay.store.getEscalation(again.escalationId)).toBeNull();

    const leave = (text: string) => customer.emitWithAck('offline:message', { id: uid('off'), conversationId, escalationId, text });
    expect(await leave('Please call me back.')).toMatchObject({ ok: true, escalationId });
    expect(await leave('Or write to me.')).toMatchObject({ ok: true, escalationId });
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId)).toEqual([
      expect.objectContaining({ id: escalationId, status: 'queued', followUp: true }),
    ]);
    const agent = await relay.agent();
    const history = await agent.emitWithAck('escalation:history', { escalationId });
    expect(history.ok && history.events.flatMap((e) => (e.type === 'offline_message' ? [e.text] : []))).toEqual(['Please call me back.', 'Or write to me.']);
  });

  it('a message naming an older offline handoff never opens a second handoff beside a live one', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const customer = await relay.customer();
    const offline = await requestTakeover(customer);
    const { conversationId } = offline;
    const ann = await relay.agent({ name: 'Ann Agent' });
    const live = await requestTakeover(customer, { conversationId });
    expect(live.ack.escalation).toMatchObject({ id: live.escalationId, status: 'queued' });

    expect(await customer.emitWithAck('offline:message', { id: uid('off'), conversationId, escalationId: offline.escalationId, text: 'written earlier' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: expect.stringContaining('customer:message') },
    });
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId).map((e) => e.id)).toEqual([live.escalationId]);

    // The customer's words keep reaching the agent on the live handoff.
    await ann.emitWithAck('escalation:claim', { escalationId: live.escalationId });
    const heard = nextEvent<{ escalationId: string; text: string }>(ann, 'customer:message');
    expect(await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'still there?' })).toMatchObject({ ok: true });
    expect(await heard).toMatchObject({ escalationId: live.escalationId, text: 'still there?' });

    // Once the live handoff is over, the older offline request does not come back as the conversation's handoff.
    await ann.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: live.escalationId, action: 'resolved' });
    expect(await customer.emitWithAck('conversation:open', { id: conversationId })).toMatchObject({ ok: true, conversation: { escalationId: null, status: null } });
  });

  it('a message naming an older offline handoff joins the follow-up already in the queue', async () => {
    const relay = await startRelay({ config: testConfig({ routing: [{ id: 'night', match: { team: 'night' }, route: { team: 'night' } }, { id: 'everyone' }] }) });
    relays.push(relay);
    const ann = await relay.agent({ name: 'Ann Agent' });
    const customer = await relay.customer();
    const older = await requestTakeover(customer, { team: 'night' });
    const { conversationId } = older;
    expect(older.ack.escalation.status).toBe('offline');
    const live = await requestTakeover(customer, { conversationId });
    await ann.emitWithAck('escalation:claim', { escalationId: live.escalationId });
    await ann.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: live.escalationId, action: 'resolved' });
    const newer = await requestTakeover(customer, { conversationId, team: 'night' });
    expect(newer.ack.escalation).toMatchObject({ id: newer.escalationId, status: 'offline' });

    const leave = (escalationId: string, text: string) => customer.emitWithAck('offline:message', { id: uid('off'), conversationId, escalationId, text });
    expect(await leave(newer.escalationId, 'Call me tomorrow.')).toMatchObject({ ok: true, escalationId: newer.escalationId });
    expect(await leave(older.escalationId, 'Any time after nine.')).toMatchObject({ ok: true, escalationId: newer.escalationId });
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId).map((e) => e.id)).toEqual([newer.escalationId]);
    expect(await relay.store.getEscalation(older.escalationId)).toMatchObject({ status: 'offline' });
  });

  it('refuses a left message while a person is already on the conversation', async () => {
    const relay = await startRelay();
    relays.push(relay);
    await relay.agent();
    const customer = await relay.customer();
    const { conversationId } = await requestTakeover(customer);
    expect(await customer.emitWithAck('offline:message', { id: uid('off'), conversationId, text: 'Hello?' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: expect.stringContaining('customer:message') },
    });
  });

  it('outside business hours the customer is told out_of_hours even with agents online', async () => {
    // Monday 2026-01-05 09:00 UTC is 10:00 in Paris.
    const clock = new ManualClock(Date.UTC(2026, 0, 5, 9, 0));
    const relay = await startRelay({
      config: testConfig({ hours: { timezone: 'Europe/Paris', windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }] } }),
      deps: { clock, timers: clock },
    });
    relays.push(relay);
    await relay.agent();
    const open = await requestTakeover(await relay.customer());
    expect(open.ack.escalation).toMatchObject({ status: 'queued', offlineReason: null });

    await clock.advanceTo(Date.UTC(2026, 0, 5, 17, 30)); // 18:30 in Paris
    const closed = await requestTakeover(await relay.customer());
    expect(closed.ack.escalation).toMatchObject({ status: 'offline', offlineReason: 'out_of_hours' });
    const reviewAck = await (async () => {
      const customer = await relay.customer();
      const conversationId = uid('conv');
      await customer.emitWithAck('conversation:open', { id: conversationId });
      return customer.emitWithAck('handoff:request', {
        id: uid('rev'),
        conversationId,
        decision: { trigger: 'low_confidence', rule: null, severity: 'medium', transfer: 'warm', kind: 'review', reason: 'r', evidence: [], messageIndex: 0 },
        heldReply: { role: 'bot', text: 'maybe' },
      });
    })();
    expect(reviewAck).toMatchObject({ ok: true, escalation: { status: 'in_review' } });
  });

  it('tells waiting customers when an agent coming online changes their estimate', async () => {
    const relay = await startRelay();
    relays.push(relay);
    const boss = await relay.agent({ role: 'supervisor', name: 'Sam' });
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer);
    await boss.emitWithAck('escalation:claim', { escalationId });
    const waiting = await relay.customer();
    const { ack } = await requestTakeover(waiting);
    expect(ack.escalation.estimatedWaitMs).toBeGreaterThan(0);
    const update = nextEvent(waiting, 'handoff:status', (s: { estimatedWaitMs: number | null }) => s.estimatedWaitMs === 0);
    await relay.agent({ name: 'Fresh Agent' });
    await update;
  });
});
