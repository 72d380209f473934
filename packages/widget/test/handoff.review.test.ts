import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, startRelay, uid, type TestRelay } from '../../relay/test/harness.js';
import { HELD_REPLY, disposeAll, nextAnnouncement, record, reviewingPolicy, sdk, until } from './support.js';

const REDACTED = 'Your plan includes a refund within 30 days; a teammate will confirm by email.';

describe('createHandoff: review (human in the loop) against a real relay', () => {
  let relay: TestRelay;
  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    disposeAll();
    await relay.stop();
  });

  it.each([
    { action: 'allow' as const, text: undefined, view: { state: 'released', text: HELD_REPLY }, announced: { type: 'bot.reply.released', text: HELD_REPLY, edited: false } },
    { action: 'block' as const, text: undefined, view: { state: 'blocked', text: null }, announced: { type: 'bot.reply.blocked' } },
    {
      action: 'redact_and_allow' as const,
      text: REDACTED,
      view: { state: 'redacted', text: REDACTED },
      announced: { type: 'bot.reply.released', text: REDACTED, edited: true },
    },
  ])('$action reaches the view and the host', async ({ action, text, view, announced }) => {
    const reviewer = await relay.agent({ name: 'Rae Reviewer' });
    const cards = collect<{ escalation: { id: string; kind: string; heldReply: { text: string } | null } }>(reviewer, 'escalation:created');
    const handoff = sdk(relay, { policy: reviewingPolicy });
    const events = record(handoff);
    handoff.observe({ role: 'customer', text: 'can I get a refund on my premium plan?' });
    handoff.observe({ role: 'bot', text: HELD_REPLY, confidence: 0.38, intent: 'refund' });

    const pending = await until(handoff, (v) => v.phase === 'reviewing' && v.queue?.position === 1, 'in review, first in line');
    expect(pending.review).toEqual({ state: 'pending', text: null });
    expect(pending.decision).toMatchObject({ kind: 'review', trigger: 'low_confidence' });
    // The bot is not paused for a review: the customer keeps talking to it while a teammate checks.
    expect(events.map((e) => e.type)).not.toContain('bot.pause');
    await expect.poll(() => cards.length).toBe(1);
    expect(cards[0]!.escalation).toMatchObject({ kind: 'review', heldReply: { text: HELD_REPLY } });

    // What the customer adds meanwhile reaches the reviewer as context.
    handoff.send('it is the yearly plan');
    await until(handoff, (v) => v.lines[0]?.delivery === 'sent', 'the context delivered');

    const released = nextAnnouncement(handoff, announced.type as 'bot.reply.released' | 'bot.reply.blocked');
    await reviewer.emitWithAck('escalation:claim', { escalationId: cards[0]!.escalation.id });
    const resolved = await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: cards[0]!.escalation.id, action, note: 'checked', ...(text ? { text } : {}) });
    expect(resolved.ok).toBe(true);
    expect(await released).toEqual(announced);
    const decided = await until(handoff, (v) => v.phase === 'bot' && v.review?.state === view.state, `the ${action} outcome`);
    expect(decided.review).toEqual(view);
  });

  it('escalate_further keeps the customer in review', async () => {
    const reviewer = await relay.agent({ name: 'Rae Reviewer' });
    const cards = collect<{ escalation: { id: string } }>(reviewer, 'escalation:created');
    const handoff = sdk(relay, { policy: reviewingPolicy });
    handoff.observe({ role: 'customer', text: 'can I get a refund on my premium plan?' });
    handoff.observe({ role: 'bot', text: HELD_REPLY, confidence: 0.38 });
    await until(handoff, (v) => v.phase === 'reviewing' && v.queue?.position !== null, 'in review');
    await expect.poll(() => cards.length).toBe(1);
    await reviewer.emitWithAck('escalation:claim', { escalationId: cards[0]!.escalation.id });
    await reviewer.emitWithAck('escalation:resolve', { id: uid('r'), escalationId: cards[0]!.escalation.id, action: 'escalate_further', note: '' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handoff.getView()).toMatchObject({ phase: 'reviewing', review: { state: 'pending', text: null } });
  });
});
