import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, startRelay, uid, type AgentClient, type TestRelay } from '../../relay/test/harness.js';
import { HELD_REPLY, MemoryStorage, disposeAll, reviewingPolicy, sdk, until } from './support.js';

describe('createHandoff: the customer keeps the earlier human lines of the conversation', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    disposeAll();
    await relay.stop();
  });

  async function decide(reviewer: AgentClient, escalationId: string) {
    await reviewer.emitWithAck('escalation:claim', { escalationId });
    const resolved = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'allow', note: 'checked' });
    expect(resolved.ok).toBe(true);
  }

  it('a second review, and a person after a hand-back, add to the lines in order; a reload keeps them', async () => {
    const ada = await relay.agent({ name: 'Ada Agent' });
    const cards = collect<{ escalation: { id: string } }>(ada, 'escalation:created');
    const storage = new MemoryStorage();
    const handoff = sdk(relay, { policy: reviewingPolicy, storage });

    // First review: the customer adds a line while a teammate checks.
    handoff.observe({ role: 'customer', text: 'can I get a refund on my premium plan?' });
    handoff.observe({ role: 'bot', text: HELD_REPLY, confidence: 0.38, intent: 'refund' });
    await until(handoff, (v) => v.phase === 'reviewing', 'the first review');
    handoff.send('it is the yearly plan');
    await until(handoff, (v) => v.lines[0]?.delivery === 'sent', 'the first line delivered');
    await expect.poll(() => cards.length).toBe(1);
    await decide(ada, cards[0]!.escalation.id);
    await until(handoff, (v) => v.phase === 'bot', 'back to the bot');

    // Second review: the first line is still there.
    handoff.observe({ role: 'customer', text: 'and the monthly one?' });
    handoff.observe({ role: 'bot', text: HELD_REPLY, confidence: 0.35, intent: 'refund' });
    const second = await until(handoff, (v) => v.phase === 'reviewing', 'the second review');
    expect(second.lines.map((l) => l.text)).toEqual(['it is the yearly plan']);
    handoff.send('bought in March');
    await until(handoff, (v) => v.lines.length === 2 && v.lines.every((l) => l.delivery === 'sent'), 'the second line delivered');
    await expect.poll(() => cards.length).toBe(2);
    await decide(ada, cards[1]!.escalation.id);
    await until(handoff, (v) => v.phase === 'bot', 'back to the bot again');

    // A person, then handed back to the bot, then asked for again.
    handoff.requestHuman();
    await expect.poll(() => cards.length).toBe(3);
    const escalationId = cards[2]!.escalation.id;
    await ada.emitWithAck('escalation:claim', { escalationId });
    await ada.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Ada here, both refunds are on their way.' });
    await until(handoff, (v) => v.phase === 'connected' && v.lines.length === 3, 'connected with the greeting');
    await ada.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'handed_back', note: 'refunds issued' });
    await until(handoff, (v) => v.phase === 'bot', 'handed back');
    handoff.requestHuman();
    await until(handoff, (v) => v.phase === 'queued', 'asked again');

    const expected = [
      ['customer', 'it is the yearly plan'],
      ['customer', 'bought in March'],
      ['agent', 'Ada here, both refunds are on their way.'],
    ];
    expect(handoff.getView().lines.map((l) => [l.role, l.text])).toEqual(expected);

    handoff.dispose();
    const reloaded = sdk(relay, { policy: reviewingPolicy, storage });
    expect(reloaded.getView().lines.map((l) => [l.role, l.text])).toEqual(expected);
    await until(reloaded, (v) => v.phase === 'queued' && v.connection === 'online', 'resumed in the queue');
    expect(reloaded.getView().lines.map((l) => [l.role, l.text])).toEqual(expected);
  }, 30_000);
});
