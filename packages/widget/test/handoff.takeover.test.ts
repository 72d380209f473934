import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compilePolicy, defaultPolicy } from '@baton/core';
import { collect, nextEvent, requestTakeover, startRelay, testConfig, uid, type TestRelay } from '../../relay/test/harness.js';
import { disposeAll, record, sdk, until } from './support.js';

describe('createHandoff: live takeover against a real relay', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    disposeAll();
    await relay.stop();
  });

  it('asks for a person, queues, connects, carries lines both ways, ends and goes back to the bot', async () => {
    const agent = await relay.agent({ name: 'Ada Agent' });
    const cards = collect<{ escalation: { id: string; conversationId: string; transfer: string; transcript: Array<{ text: string }>; summary: unknown } }>(agent, 'escalation:created');
    const handoff = sdk(relay);
    const announced = record(handoff);
    await until(handoff, (v) => v.connection === 'online', 'online');

    handoff.observe({ role: 'customer', text: 'my parcel never arrived' });
    handoff.observe({ role: 'bot', text: 'Let me check the tracking for you.', confidence: 0.9, intent: 'tracking' });
    expect(handoff.getView().phase).toBe('bot');

    handoff.requestHuman();
    const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued at position 1');
    expect(queued).toMatchObject({ transfer: 'warm', decision: { trigger: 'explicit_request', kind: 'takeover' }, agent: null });
    await expect.poll(() => cards.length).toBe(1);
    const card = cards[0]!.escalation;
    expect(card).toMatchObject({ conversationId: handoff.conversationId, transfer: 'warm', summary: expect.anything() });
    expect(card.transcript.map((m) => m.text)).toEqual(['my parcel never arrived', 'Let me check the tracking for you.']);
    expect(announced.map((e) => e.type)).toEqual(expect.arrayContaining(['escalated', 'bot.pause', 'handoff.requested']));

    const claim = await agent.emitWithAck('escalation:claim', { escalationId: card.id });
    expect(claim.ok).toBe(true);
    const connected = await until(handoff, (v) => v.phase === 'connected', 'connected');
    expect(connected.agent).toEqual({ name: 'Ada Agent' });
    expect(connected.queue).toBeNull();

    const atDesk = nextEvent<{ text: string; escalationId: string }>(agent, 'customer:message');
    handoff.send('It was order A-1042');
    expect(handoff.getView().lines).toEqual([expect.objectContaining({ role: 'customer', text: 'It was order A-1042', delivery: 'sending' })]);
    expect(await atDesk).toMatchObject({ text: 'It was order A-1042', escalationId: card.id });
    await until(handoff, (v) => v.lines[0]?.delivery === 'sent', 'the line delivered');

    await agent.emitWithAck('agent:typing', { escalationId: card.id, typing: true });
    await until(handoff, (v) => v.agentTyping, 'the agent typing');
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId: card.id, text: 'Found it, a new one ships today.' });
    const answered = await until(handoff, (v) => v.lines.length === 2, 'the agent’s line');
    expect(answered.lines[1]).toMatchObject({ role: 'agent', text: 'Found it, a new one ships today.', agentName: 'Ada Agent' });
    expect(answered.agentTyping).toBe(false);

    // The customer typing reaches the desk, throttled: a burst of keystrokes is one signal.
    const typing = collect<{ typing: boolean }>(agent, 'customer:typing');
    for (let i = 0; i < 5; i++) handoff.setTyping(true);
    await expect.poll(() => typing.length).toBe(1);
    handoff.setTyping(false);
    await expect.poll(() => typing.map((t) => t.typing)).toEqual([true, false]);

    await agent.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: card.id, action: 'resolved', note: 'replacement shipped' });
    const ended = await until(handoff, (v) => v.phase === 'ended', 'ended');
    expect(ended.lines).toHaveLength(2);
    expect(announced.filter((e) => e.type === 'bot.resume')).toHaveLength(1);

    handoff.restart();
    expect(handoff.getView()).toMatchObject({ phase: 'bot', agent: null, decision: null });
    expect(cards).toHaveLength(1);
    expect((await relay.store.listOpenEscalations()).filter((e) => e.conversationId === handoff.conversationId)).toHaveLength(0);
  });

  it('a policy trigger (not only the button) starts the handoff, and cancelling goes back to the bot', async () => {
    await relay.agent();
    const handoff = sdk(relay);
    handoff.observe({ role: 'customer', text: 'I want to talk to a real person please' });
    const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue !== null && v.queue.position !== null, 'queued');
    expect(queued.decision?.trigger).toBe('explicit_request');
    const escalationId = (await relay.store.listOpenEscalations()).find((e) => e.conversationId === handoff.conversationId)!.id;

    handoff.cancel();
    expect(handoff.getView().phase).toBe('bot');
    await expect.poll(async () => (await relay.store.getEscalation(escalationId))?.status).toBe('cancelled');
  });

  it('a line the relay refuses is marked failed with an error, and retry sends it again with the same id', async () => {
    const agent = await relay.agent();
    const cards = collect<{ escalation: { id: string } }>(agent, 'escalation:created');
    const handoff = sdk(relay);
    handoff.requestHuman();
    await expect.poll(() => cards.length).toBe(1);
    await agent.emitWithAck('escalation:claim', { escalationId: cards[0]!.escalation.id });
    await until(handoff, (v) => v.phase === 'connected', 'connected');

    const atDesk = collect<{ id: string }>(agent, 'customer:message');
    const errors: string[] = [];
    handoff.on('error', (error) => errors.push(error.code));
    // Only whitespace: the relay's schema wants a message (the elements never send one).
    handoff.send('  \n  ');
    const failed = await until(handoff, (v) => v.lines[0]?.delivery === 'failed', 'the line failed');
    await expect.poll(() => errors).toContain('invalid_payload');
    const lineId = failed.lines[0]!.id;
    handoff.retry(lineId);
    expect(handoff.getView().lines[0]).toMatchObject({ id: lineId, delivery: 'sending' });
    await until(handoff, (v) => v.lines[0]?.delivery === 'failed', 'failed again');
    expect(handoff.getView().lines).toHaveLength(1);
    expect(atDesk).toHaveLength(0);
  });

  it('uses the host’s summarizer, and what the customer writes while it runs reaches the person afterwards', async () => {
    const agent = await relay.agent();
    const cards = collect<{ escalation: { id: string; summary: { want: string } | null } }>(agent, 'escalation:created');
    const atDesk = collect<{ text: string }>(agent, 'customer:message');
    const handoff = sdk(relay, {
      summarize: async ({ state }) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return { want: 'A refund for a broken kettle', language: 'en', aiAttempts: [], intents: [], topics: [], sentiment: { trajectory: [], trend: 'steady', distress: [] }, entities: [], contacts: state.contacts, redactions: 0 };
      },
    });
    handoff.observe({ role: 'customer', text: 'my kettle arrived broken' });
    handoff.requestHuman();
    expect(handoff.getView().phase).toBe('escalating');
    handoff.send('it is the blue one');
    await expect.poll(() => atDesk.map((m) => m.text)).toEqual(['it is the blue one']);
    expect(cards[0]!.escalation.summary?.want).toBe('A refund for a broken kettle');
    expect(handoff.getView().lines.map((l) => l.text)).toEqual(['it is the blue one']);
  });

  it('a cold transfer sends the queue request without the transcript', async () => {
    const agent = await relay.agent();
    const cards = collect<{ escalation: { id: string; transfer: string; transcript: unknown[]; summary: unknown } }>(agent, 'escalation:created');
    const cold = compilePolicy({ ...defaultPolicy, triggers: { ...defaultPolicy.triggers, explicit_request: { enabled: true, severity: 'medium', transfer: 'cold' } } });
    const handoff = sdk(relay, { policy: cold });
    handoff.observe({ role: 'customer', text: 'my card was charged twice, my email is ana@example.com' });
    handoff.observe({ role: 'bot', text: 'Refunds take 5 days.', confidence: 0.9 });
    handoff.requestHuman();
    const queued = await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued');
    expect(queued.transfer).toBe('cold');
    await expect.poll(() => cards.length).toBe(1);
    expect(cards[0]!.escalation).toMatchObject({ transfer: 'cold', transcript: [], summary: null });
    // What the SDK sent, not only what the desk is shown: no transcript at all.
    expect((await relay.store.getEscalation(cards[0]!.escalation.id))!.transcript).toEqual([]);
  });

  it('a retried request never makes a second escalation: one open handoff per conversation', async () => {
    await relay.agent();
    const other = await relay.customer();
    await requestTakeover(other);
    const handoff = sdk(relay);
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'queued' && v.queue?.position === 2, 'second in line');
    handoff.requestHuman();
    handoff.requestHuman();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mine = (await relay.store.listOpenEscalations()).filter((e) => e.conversationId === handoff.conversationId);
    expect(mine).toHaveLength(1);
    expect(handoff.getView().queue?.position).toBe(2);
  });
});

describe('createHandoff: a relay that rate-limits', () => {
  it('holds back and retries, keeping every line once and in order', async () => {
    const relay = await startRelay({ config: testConfig({ limits: { rateLimit: { burst: 3, perSecond: 8 } } }) });
    try {
      const agent = await relay.agent();
      const cards = collect<{ escalation: { id: string } }>(agent, 'escalation:created');
      const handoff = sdk(relay);
      handoff.requestHuman();
      await expect.poll(() => cards.length).toBe(1);
      await agent.emitWithAck('escalation:claim', { escalationId: cards[0]!.escalation.id });
      await until(handoff, (v) => v.phase === 'connected', 'connected');

      const atDesk = collect<{ text: string }>(agent, 'customer:message');
      const texts = Array.from({ length: 8 }, (_, i) => `line ${i + 1}`);
      for (const text of texts) handoff.send(text);
      await until(handoff, (v) => v.lines.length === 8 && v.lines.every((l) => l.delivery === 'sent'), 'all delivered', 10_000);
      expect(atDesk.map((m) => m.text)).toEqual(texts);
    } finally {
      disposeAll();
      await relay.stop();
    }
  });
});
