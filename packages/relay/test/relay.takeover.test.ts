import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ackSchemaOf, agentEvents, customerEvents, escalationResultSchema, sequencedResultSchema } from '@baton/protocol';
import { collect, decision, nextEvent, requestTakeover, startRelay, testConfig, uid, type TestRelay } from './harness.js';

describe('live takeover', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    await relay.stop();
  });

  it('hands a warm conversation to an agent with its summary and carries chat both ways', async () => {
    const agent = await relay.agent({ name: 'Ada Agent' });
    const customer = await relay.customer();
    const statuses = collect<{ status: string; seq?: number; position: number | null; agentName: string | null }>(customer, 'handoff:status');

    const created = nextEvent<{ escalation: { id: string; summary: unknown; transcript: unknown[] } }>(agent, 'escalation:created');
    const { escalationId, conversationId, ack } = await requestTakeover(customer);
    expect(ack).toMatchObject({ ok: true, escalation: { id: escalationId, status: 'queued', position: 1, estimatedWaitMs: 0, transfer: 'warm' } });

    const card = await created;
    expect(agentEvents['escalation:created'].parse(card)).toBeTruthy();
    expect(card.escalation).toMatchObject({ id: escalationId, summary: { want: 'A refund for order [order] that arrived broken' } });
    expect(card.escalation.transcript).toHaveLength(3);

    // While it waits, new turns of the conversation stream to the desk.
    const appended = nextEvent<{ escalationId: string; messages: Array<{ text: string }> }>(agent, 'context:appended');
    expect(await customer.emitWithAck('context:append', { id: uid('ctx'), conversationId, messages: [{ role: 'customer', text: 'it is the blue one' }] })).toMatchObject({ ok: true });
    expect(await appended).toMatchObject({ escalationId, messages: [{ text: 'it is the blue one' }] });

    const assigned = nextEvent(customer, 'handoff:status', (s: { status: string }) => s.status === 'assigned');
    const claim = await agent.emitWithAck('escalation:claim', { escalationId });
    expect(ackSchemaOf(escalationResultSchema).parse(claim)).toMatchObject({ ok: true, escalation: { status: 'assigned', assignee: { name: 'Ada Agent' } } });
    expect(await assigned).toMatchObject({ agentName: 'Ada Agent', escalationId });

    const fromCustomer = nextEvent<{ text: string; seq: number }>(agent, 'customer:message');
    const sent = await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'Hi, is anyone there?' });
    expect(ackSchemaOf(sequencedResultSchema).parse(sent).ok).toBe(true);
    expect(await fromCustomer).toMatchObject({ text: 'Hi, is anyone there?', escalationId, conversationId });

    const fromAgent = nextEvent<{ text: string; agentName: string; seq: number }>(customer, 'agent:message');
    const reply = await agent.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hello, I am Ada. I see your order arrived broken.' });
    expect(reply.ok).toBe(true);
    const received = await fromAgent;
    expect(customerEvents['agent:message'].parse(received)).toMatchObject({ text: 'Hello, I am Ada. I see your order arrived broken.', agentName: 'Ada Agent' });
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['queued', 'assigned', 'connected']));
    if (reply.ok && sent.ok) expect(reply.seq).toBeGreaterThan(sent.seq);

    const customerTyping = nextEvent<{ typing: boolean; escalationId: string }>(agent, 'customer:typing');
    expect(await customer.emitWithAck('customer:typing', { conversationId, typing: true })).toEqual({ ok: true });
    expect(await customerTyping).toMatchObject({ typing: true, escalationId });

    const typing = nextEvent<{ typing: boolean; agentName: string }>(customer, 'agent:typing');
    expect((await agent.emitWithAck('agent:typing', { escalationId, typing: true })).ok).toBe(true);
    expect(await typing).toMatchObject({ typing: true, agentName: 'Ada Agent' });

    const returned = nextEvent(customer, 'handoff:status', (s: { status: string }) => s.status === 'returned');
    const resolved = await agent.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'handed_back', note: 'refund issued' });
    expect(resolved).toMatchObject({ ok: true, escalation: { status: 'resolved', resolution: { action: 'handed_back', note: 'refund issued' } } });
    await returned;

    const late = await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'thanks!' });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});

describe('queue', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay({
      config: {
        ...testConfig(),
        queue: { defaultHandleTime: '4m' },
        routing: [
          { id: 'legal', match: { rule: 'legal' }, route: { team: 'legal' } },
          { id: 'everyone' },
        ],
      },
    });
  });
  afterEach(async () => {
    await relay.stop();
  });

  it('orders by severity then age and tells each customer their place as the line moves', async () => {
    const agent = await relay.agent();
    const busy = await relay.customer();
    const { escalationId: busyId } = await requestTakeover(busy);
    await agent.emitWithAck('escalation:claim', { escalationId: busyId });

    const first = await relay.customer();
    const second = await relay.customer();
    const urgent = await relay.customer();
    const a = await requestTakeover(first, { decision: { severity: 'medium' } });
    const b = await requestTakeover(second, { decision: { severity: 'medium' } });
    expect(a.ack.escalation).toMatchObject({ position: 1, estimatedWaitMs: 4 * 60_000 });
    expect(b.ack.escalation).toMatchObject({ position: 2, estimatedWaitMs: 8 * 60_000 });

    const secondMoves = collect<{ position: number | null; seq?: number }>(second, 'handoff:status');
    const c = await requestTakeover(urgent, { decision: { severity: 'critical', trigger: 'sentiment' } });
    expect(c.ack.escalation.position).toBe(1);
    await expect.poll(() => secondMoves.at(-1)?.position).toBe(3);
    expect(secondMoves.at(-1)?.seq).toBeUndefined();

    const snapshot = await relay.agent({ name: 'Bea Agent' });
    const queue = await relay.snapshotOf(snapshot);
    expect(queue.escalations.filter((e) => e.status === 'queued').map((e) => e.id)).toEqual([c.escalationId, a.escalationId, b.escalationId]);

    await snapshot.emitWithAck('escalation:claim', { escalationId: c.escalationId });
    await expect.poll(() => secondMoves.at(-1)?.position).toBe(2);
  });

  it('tells a waiting customer their place once, then again only when it changes', async () => {
    const agent = await relay.agent();
    const busy = await relay.customer();
    await agent.emitWithAck('escalation:claim', { escalationId: (await requestTakeover(busy)).escalationId });

    const waiting = await relay.customer();
    const told = collect<{ position: number | null; seq?: number }>(waiting, 'handoff:status');
    const { ack } = await requestTakeover(waiting, { decision: { severity: 'medium' } });
    expect(ack.escalation.position).toBe(1);
    // Several queue refreshes go by (every tick in tests): nothing new to say, so nothing is sent.
    const bystander = await relay.customer();
    await requestTakeover(bystander, { decision: { severity: 'low' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(told.map((status) => status.position)).toEqual([1]);

    const urgent = await relay.customer();
    await requestTakeover(urgent, { decision: { severity: 'critical', trigger: 'sentiment' } });
    await expect.poll(() => told.map((status) => status.position)).toEqual([1, 2]);
  });

  it('smooths the wait estimate with recent handle times', async () => {
    const agent = await relay.agent();
    for (const minutes of [10, 10]) {
      const customer = await relay.customer();
      const { escalationId } = await requestTakeover(customer);
      await agent.emitWithAck('escalation:claim', { escalationId });
      const claimedAt = (await relay.store.getEscalation(escalationId))!.claimedAt!;
      // Back-date the claim so the handle time is `minutes` long without waiting for it.
      await relay.store.updateEscalation(escalationId, { at: claimedAt, set: { claimedAt: Date.now() - minutes * 60_000 } });
      await agent.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'resolved', note: '' });
    }
    const holder = await relay.customer();
    const held = await requestTakeover(holder);
    await agent.emitWithAck('escalation:claim', { escalationId: held.escalationId });
    const waiting = await relay.customer();
    const { ack } = await requestTakeover(waiting);
    // 4 min default, then two 10 min handles with smoothing 0.3: 4 → 5.8 → 7.06 min.
    expect(ack.escalation.estimatedWaitMs).toBeCloseTo(7.06 * 60_000, -3);
  });

  it('routes by rule to a team: other agents neither see nor claim it, supervisors do', async () => {
    const lawyer = await relay.agent({ name: 'Lee Legal', teams: ['legal'] });
    const generalist = await relay.agent({ name: 'Gus General', teams: ['billing'] });
    const boss = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    const generalistCards = collect<{ escalation: { id: string } }>(generalist, 'escalation:created');
    const lawyerCard = nextEvent<{ escalation: { id: string; route: unknown; routingRule: string } }>(lawyer, 'escalation:created');
    const bossCard = nextEvent<{ escalation: { id: string } }>(boss, 'escalation:created');

    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer, { decision: { trigger: 'topic', rule: 'legal', severity: 'high' }, team: 'legal' });
    expect((await lawyerCard).escalation).toMatchObject({ id: escalationId, route: { to: 'team', team: 'legal' }, routingRule: 'legal' });
    expect((await bossCard).escalation.id).toBe(escalationId);

    expect(await generalist.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await generalist.emitWithAck('escalation:history', { escalationId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(generalistCards).toHaveLength(0);
    expect(await lawyer.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: true });

    // Transferred to one named agent: only that agent (and supervisors) may pick it up.
    const toGus = nextEvent<{ escalation: { id: string }; change: string }>(generalist, 'escalation:updated');
    await lawyer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'transferred', transferTo: { agent: 'gus-general' }, note: 'billing question after all' });
    expect(await toGus).toMatchObject({ change: 'transferred', escalation: { id: escalationId } });
    expect(await lawyer.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await generalist.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: true });
  });
});

describe('takeover details', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    await relay.stop();
  });

  it('keeps a cold transfer to the queue card until someone claims it: no summary, transcript or live words', async () => {
    const agent = await relay.agent();
    const sam = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    const heard = collect<{ text?: string; messages?: unknown[] }>(agent, 'customer:message');
    const appended = collect(agent, 'context:appended');
    const typing = collect(agent, 'customer:typing');
    const customer = await relay.customer();
    const card = nextEvent<{ escalation: { summary: unknown; transcript: unknown[]; transfer: string } }>(agent, 'escalation:created');
    const { escalationId, conversationId } = await requestTakeover(customer, { decision: { transfer: 'cold', trigger: 'inactivity', severity: 'low' } });
    expect((await card).escalation).toMatchObject({ transfer: 'cold', summary: null, transcript: [] });

    // What the customer says while it waits reaches supervisors only, as its history does.
    const samHeard = nextEvent<{ text: string }>(sam, 'customer:message');
    await customer.emitWithAck('context:append', { id: uid('ctx'), conversationId, messages: [{ role: 'customer', text: 'my card is 4111' }] });
    await customer.emitWithAck('customer:typing', { conversationId, typing: true });
    await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'still there?' });
    expect((await samHeard).text).toBe('still there?');
    expect([...heard, ...appended, ...typing]).toEqual([]);

    const claimed = await agent.emitWithAck('escalation:claim', { escalationId });
    expect(claimed.ok && claimed.escalation.summary?.want).toBe('A refund for order [order] that arrived broken');
    const after = nextEvent<{ text: string }>(agent, 'customer:message');
    await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'hello?' });
    expect((await after).text).toBe('hello?');
  });

  it('keeps one open handoff per conversation when two tabs ask at the same moment', async () => {
    const agent = await relay.agent();
    const cards = collect(agent, 'escalation:created');
    const visitorId = uid('visitor');
    const [tabA, tabB] = await Promise.all([relay.customer({ visitorId }), relay.customer({ visitorId })]);
    const conversationId = uid('conv');
    await tabA.emitWithAck('conversation:open', { id: conversationId });
    await tabB.emitWithAck('conversation:open', { id: conversationId });
    const ask = (tab: typeof tabA) =>
      tab.emitWithAck('handoff:request', { id: uid('esc'), conversationId, decision: decision(), summary: null, transcript: [], team: null });
    const [a, b] = await Promise.all([ask(tabA), ask(tabB)]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.ok && b.ok && a.escalation.id).toBe(b.ok ? b.escalation.id : 'no ack');
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === conversationId)).toHaveLength(1);
    await expect.poll(() => cards.length).toBe(1);
  });

  it('never duplicates a retried handoff or message', async () => {
    const agent = await relay.agent();
    const cards = collect(agent, 'escalation:created');
    const messages = collect<{ id: string }>(agent, 'customer:message');
    const customer = await relay.customer();
    const first = await requestTakeover(customer);
    const again = await requestTakeover(customer, { conversationId: first.conversationId, id: first.escalationId });
    expect(again.ack.escalation.id).toBe(first.escalationId);
    const another = await requestTakeover(customer, { conversationId: first.conversationId });
    expect(another.ack.escalation.id).toBe(first.escalationId);

    const message = { id: uid('m'), conversationId: first.conversationId, text: 'hello?' };
    const one = await customer.emitWithAck('customer:message', message);
    const two = await customer.emitWithAck('customer:message', message);
    expect(one).toEqual(two);
    await expect.poll(() => messages.length).toBe(1);
    expect(cards).toHaveLength(1);
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === first.conversationId)).toHaveLength(1);
  });

  it('releases back to the queue, transfers to a team, and lets the customer cancel', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const customer = await relay.customer();
    const { escalationId, conversationId } = await requestTakeover(customer);
    await ada.emitWithAck('escalation:claim', { escalationId });

    const requeued = nextEvent(customer, 'handoff:status', (s: { status: string; position: number | null }) => s.status === 'queued' && s.position === 1);
    expect(await ada.emitWithAck('escalation:release', { escalationId, note: 'end of shift' })).toMatchObject({ ok: true, escalation: { status: 'queued', assignee: null } });
    await requeued;

    await ada.emitWithAck('escalation:claim', { escalationId });
    const transferred = await ada.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'transferred', transferTo: { team: 'billing' }, note: 'refund needs billing' });
    expect(transferred).toMatchObject({ ok: true, escalation: { status: 'queued', route: { to: 'team', team: 'billing' }, assignee: null } });
    expect(await ada.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const billing = await relay.agent({ name: 'Bill Billing', teams: ['billing'] });
    const cancelled = nextEvent(billing, 'escalation:updated', (u: { change: string }) => u.change === 'cancelled');
    expect(await customer.emitWithAck('handoff:cancel', { conversationId, escalationId, reason: 'sorted it myself' })).toEqual({ ok: true, status: 'returned' });
    await cancelled;
    expect(await billing.emitWithAck('escalation:claim', { escalationId })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await customer.emitWithAck('handoff:cancel', { conversationId, escalationId })).toEqual({ ok: true, status: 'returned' });
  });

  it('a message racing a resolve lands before it or is refused, never after it (10 rounds)', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const sam = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    for (let round = 0; round < 10; round++) {
      const customer = await relay.customer();
      const heard = collect<{ seq: number }>(customer, 'agent:message');
      const { escalationId, conversationId } = await requestTakeover(customer);
      await ada.emitWithAck('escalation:claim', { escalationId });
      await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hello, I am Ada.' });

      const [resolved, reply, line] = await Promise.all([
        sam.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'resolved' }),
        ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'One more thing…' }),
        customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'Wait!' }),
      ]);
      expect(resolved.ok).toBe(true);
      const history = await sam.emitWithAck('escalation:history', { escalationId });
      if (!history.ok) throw new Error(history.error.message);
      const resolvedSeq = history.events.find((e) => e.type === 'status' && e.status === 'resolved')!.seq;
      expect(history.events.filter((e) => e.seq > resolvedSeq)).toEqual([]);
      for (const ack of [reply, line]) {
        if (ack.ok) expect(ack.seq).toBeLessThan(resolvedSeq);
        else expect(ack.error).toMatchObject({ code: 'invalid_state', message: expect.stringContaining('resolved') });
      }
      expect(heard.filter((m) => m.seq > resolvedSeq)).toEqual([]);
      customer.disconnect();
    }
  });

  it('refuses the wrong resolution action for the kind and chat from a non-owner', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const bea = await relay.agent({ name: 'Bea Agent' });
    const customer = await relay.customer();
    const { escalationId } = await requestTakeover(customer);
    expect(await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'hi' })).toMatchObject({ ok: false, error: { code: 'not_owner' } });
    await ada.emitWithAck('escalation:claim', { escalationId });
    expect(await bea.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'hi' })).toMatchObject({ ok: false, error: { code: 'not_owner', message: expect.stringContaining('Ada Agent') } });
    expect(await ada.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'allow', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_action', message: expect.stringContaining('resolved, handed_back, transferred') },
    });
  });

  it('tells an agent releasing an escalation they already resolved that it is resolved', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const { escalationId } = await requestTakeover(await relay.customer());
    await ada.emitWithAck('escalation:claim', { escalationId });
    await ada.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'resolved' });
    expect(await ada.emitWithAck('escalation:release', { escalationId })).toEqual({
      ok: false,
      error: { code: 'invalid_state', message: `escalation "${escalationId}" is already resolved; there is nothing to release` },
    });
  });

  it('lets an agent catch up on a conversation with escalation:history', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const customer = await relay.customer();
    const { escalationId, conversationId } = await requestTakeover(customer);
    await customer.emitWithAck('context:append', { id: uid('ctx'), conversationId, messages: [{ role: 'customer', text: 'also, the box was wet' }] });
    await ada.emitWithAck('escalation:claim', { escalationId });
    await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'hello' });
    await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'hi there' });
    const history = await ada.emitWithAck('escalation:history', { escalationId });
    expect(history.ok && history.events.map((e) => e.type)).toEqual(['handoff', 'status', 'context', 'status', 'message', 'status', 'message']);
    const seqs = history.ok ? history.events.map((e) => e.seq) : [];
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const tail = await ada.emitWithAck('escalation:history', { escalationId, since: seqs[4]!, limit: 1 });
    expect(tail).toMatchObject({ ok: true, hasMore: true, events: [{ type: 'status', status: 'connected' }] });
  });
});

describe('who hears about what', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    await relay.stop();
  });

  it('once claimed, an escalation stops reaching other agents; the owner and supervisors keep following it', async () => {
    const ada = await relay.agent({ name: 'Ada Agent', id: 'ada' });
    const bea = await relay.agent({ name: 'Bea Agent', id: 'bea' });
    const sam = await relay.agent({ name: 'Sam Supervisor', role: 'supervisor' });
    const beaUpdates = collect<{ change: string }>(bea, 'escalation:updated');
    const samUpdates = collect<{ change: string }>(sam, 'escalation:updated');
    const customer = await relay.customer();
    const { escalationId, conversationId } = await requestTakeover(customer);
    await ada.emitWithAck('escalation:claim', { escalationId });
    await expect.poll(() => beaUpdates.map((u) => u.change)).toEqual(['claimed']);
    // Agents who connect later get it in their snapshot only if they own it or supervise.
    const cid = await relay.agent({ name: 'Cid Agent', id: 'cid' });
    const una = await relay.agent({ name: 'Una Supervisor', id: 'una', role: 'supervisor' });
    expect((await relay.snapshotOf(cid)).escalations.map((e) => e.id)).not.toContain(escalationId);
    expect((await relay.snapshotOf(una)).escalations.map((e) => e.id)).toContain(escalationId);
    expect((await relay.snapshotOf(await relay.agent({ name: 'Ada Agent', id: 'ada' }))).escalations.map((e) => e.id)).toContain(escalationId);

    const beaMessages = collect(bea, 'customer:message');
    const adaMessage = nextEvent(ada, 'customer:message');
    await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hi, Ada here.' });
    await customer.emitWithAck('customer:message', { id: uid('m'), conversationId, text: 'Hello Ada' });
    await adaMessage;
    await expect.poll(() => samUpdates.map((u) => u.change)).toEqual(['claimed', 'responded']);
    await ada.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'resolved', note: '' });
    await expect.poll(() => samUpdates.map((u) => u.change)).toEqual(['claimed', 'responded', 'resolved']);
    expect(beaUpdates.map((u) => u.change)).toEqual(['claimed']);
    expect(beaMessages).toHaveLength(0);
  });
});

describe('graceful shutdown', () => {
  it('finishes a command already running when shutdown starts, then disconnects everyone', async () => {
    const relay = await startRelay();
    try {
      const agent = await relay.agent();
      const customer = await relay.customer();
      const conversationId = uid('conv');
      await customer.emitWithAck('conversation:open', { id: conversationId });
      let closing: Promise<void> | null = null;
      // Shutdown begins while the handoff is being written.
      for (const socket of relay.relay.io.of('/customer').sockets.values()) {
        socket.prependAny((event) => {
          if (event === 'handoff:request') setImmediate(() => (closing = relay.relay.close()));
        });
      }
      const disconnected = nextEvent(agent, 'disconnect');
      const ack = await customer.emitWithAck('handoff:request', { id: 'esc-during-shutdown', conversationId, decision: decision(), transcript: [] });
      expect(ack).toMatchObject({ ok: true, escalation: { id: 'esc-during-shutdown', status: 'queued' } });
      await closing;
      expect(await disconnected).toBe('io server disconnect');
      expect(await relay.store.getEscalation('esc-during-shutdown')).toMatchObject({ status: 'queued' });
    } finally {
      await relay.stop();
    }
  });

  it('turns away new connections while it drains, so clients retry elsewhere instead of being let in to be refused', async () => {
    const relay = await startRelay();
    try {
      const customer = await relay.customer();
      const conversationId = uid('conv');
      await customer.emitWithAck('conversation:open', { id: conversationId });
      // Hold the handoff's write, so shutdown has a command to wait for.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let writing = false;
      const create = relay.store.createEscalation.bind(relay.store);
      relay.store.createEscalation = async (...args) => {
        writing = true;
        await gate;
        return create(...args);
      };
      const ack = customer.emitWithAck('handoff:request', { id: 'esc-held', conversationId, decision: decision(), transcript: [] });
      await expect.poll(() => writing).toBe(true);
      const closing = relay.relay.close();

      // A page that connects now is refused at the transport (socket.io retries that with backoff),
      // not let in to have every command refused as "unavailable" while the relay goes away.
      const late = await relay.customer({ connect: false });
      const outcome = new Promise<string>((resolve) => {
        late.once('connect', () => resolve('admitted'));
        late.once('connect_error', () => resolve('refused'));
      });
      late.connect();
      expect(await outcome).toBe('refused');
      expect(await relay.relay.metrics.getSingleMetricAsString('baton_handshake_rejections_total')).toMatch(/code="shutting_down"\} 1$/m);

      release();
      expect(await ack).toMatchObject({ ok: true, escalation: { id: 'esc-held' } });
      await closing;
    } finally {
      await relay.stop();
    }
  });
});
