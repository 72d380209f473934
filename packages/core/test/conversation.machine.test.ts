import './all-languages.js';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import { createActor, initialTransition, SimulatedClock, transition, type SnapshotFrom } from 'xstate';
import type { ContextSummary } from '@baton/protocol';
import {
  compilePolicy,
  conversationMachine,
  defaultPolicy,
  type ConversationEmitted,
  type ConversationEvent,
  type ConversationInput,
} from '../src/index.js';
import { contextSummarySchema, parsePolicy } from '@baton/protocol';

type Snapshot = SnapshotFrom<typeof conversationMachine>;

const policy = compilePolicy(defaultPolicy);
const input = (extra: Partial<ConversationInput> = {}): ConversationInput => ({
  policy,
  now: () => Date.parse('2026-03-01T10:00:00Z'),
  createId: (() => {
    let n = 0;
    return () => `id${++n}`;
  })(),
  ...extra,
});

const fakeSummary: ContextSummary = {
  want: 'x',
  language: 'en',
  aiAttempts: [],
  intents: [],
  topics: [],
  sentiment: { trajectory: [], trend: 'steady', distress: [] },
  entities: [],
  contacts: [],
  redactions: 0,
};

/** Every kind of event the outside world can send, plus the two the machine receives from itself. */
const EVENTS = [
  { type: 'customer.message', text: 'where is my parcel?' },
  { type: 'customer.message', text: 'I want to talk to a human' },
  { type: 'bot.reply', text: 'It ships tomorrow.', confidence: 0.95, intent: 'tracking' },
  { type: 'bot.reply', text: 'Maybe?', confidence: 0.1, intent: 'billing' },
  { type: 'handoff.queued', position: 2, estimatedWaitMs: 60_000 },
  { type: 'agent.joined', name: 'Ana' },
  { type: 'agent.message', text: 'Hi, Ana here' },
  { type: 'agent.typing', typing: true },
  { type: 'handoff.resolved' },
  { type: 'handoff.returned' },
  { type: 'handoff.cancel' },
  { type: 'review.decision', decision: 'allow' },
  { type: 'relay.offline', reason: 'no_agent' },
  { type: 'offline.leave_message', text: 'call me back' },
  { type: 'connection.lost' },
  { type: 'connection.restored' },
  { type: 'conversation.restart' },
  { type: 'xstate.done.actor.prepare', output: { summary: fakeSummary, transcript: [] } },
] as unknown as ConversationEvent[];

const reviewPolicy = compilePolicy(parsePolicy({ version: 1, review: { enabled: true, floor: 0.05 } }));

function emitted(actions: ReadonlyArray<{ type: string; params?: unknown }>): ConversationEmitted[] {
  return actions.filter((a) => a.type === 'xstate.emit').map((a) => (a.params as { event: ConversationEmitted }).event);
}

describe('conversation machine', () => {
  it('reaches every state and accepts "talk to a human" in each of them', () => {
    const seen = new Set<string>();
    for (const compiled of [policy, reviewPolicy]) {
      const paths = getShortestPaths(conversationMachine, {
        input: input({ policy: compiled }),
        events: EVENTS,
        serializeState: (s) =>
          JSON.stringify([s.value, s.context.offlineReason, s.context.resumeTo, s.context.humanRequestPending, s.context.decision?.kind]),
        limit: 5_000,
      });
      for (const path of paths) {
        const state = path.state as Snapshot;
        seen.add(JSON.stringify(state.value));
        const [next, actions] = transition(conversationMachine, state, { type: 'human.request' });
        const announced = emitted(actions);
        const escalated = !state.matches('escalating') && next.matches('escalating') && next.context.decision?.trigger === 'explicit_request';
        const acknowledged = announced.some((e) => e.type === 'human.request.acknowledged');
        expect(escalated || acknowledged, `human.request from ${JSON.stringify(state.value)}`).toBe(true);
        if (escalated) expect(announced.map((e) => e.type)).toContain('escalated');
      }
    }
    expect([...seen].sort()).toEqual(
      [
        '{"bot":"idle"}',
        '{"bot":"awaitingReply"}',
        '{"reviewing":"preparing"}',
        '{"reviewing":"waiting"}',
        '"escalating"',
        '"queued"',
        '"connected"',
        '"reconnecting"',
        '"offline"',
        '"ended"',
      ].sort(),
    );
  });

  it('escalates an explicit request, sends a warm summary, and pauses the bot until the human hands back', async () => {
    const actor = createActor(conversationMachine, { input: input() });
    const events: ConversationEmitted[] = [];
    actor.on('*', (e) => events.push(e));
    actor.start();
    actor.send({ type: 'customer.message', text: 'my order 12345678 never arrived, email me at ana@example.com' });
    actor.send({ type: 'bot.reply', text: 'Let me check.', confidence: 0.9, intent: 'tracking' });
    actor.send({ type: 'customer.message', text: 'no, get me a real person now' });
    await waitFor(actor, (s) => s.matches('queued'));
    const requested = events.find((e) => e.type === 'handoff.requested');
    expect(requested).toMatchObject({ type: 'handoff.requested', decision: { trigger: 'explicit_request', transfer: 'warm' } });
    if (requested?.type !== 'handoff.requested') throw new Error('no request');
    expect(requested.summary!.want).toContain('order 12345678');
    expect(JSON.stringify(requested)).not.toContain('ana@example.com');
    expect(requested.transcript.map((m) => m.role)).toEqual(['customer', 'bot', 'customer']);
    expect(events.map((e) => e.type)).toContain('bot.pause');

    actor.send({ type: 'agent.joined', name: 'Ana' });
    actor.send({ type: 'customer.message', text: 'hello?' });
    expect(events.at(-1)).toMatchObject({ type: 'customer.message.forward', text: 'hello?', while: 'connected' });
    actor.send({ type: 'handoff.returned' });
    expect(actor.getSnapshot().value).toEqual({ bot: 'idle' });
    expect(events.at(-1)).toEqual({ type: 'bot.resume' });
    actor.stop();
  });

  it('holds a low-confidence reply for review and releases the reviewer’s redacted version', async () => {
    const actor = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) });
    const events: ConversationEmitted[] = [];
    actor.on('*', (e) => events.push(e));
    actor.start();
    actor.send({ type: 'customer.message', text: 'can I return opened cosmetics?' });
    actor.send({ type: 'bot.reply', text: 'Yes, within 90 days, call 0800 123 456.', confidence: 0.35, intent: 'returns' });
    await waitFor(actor, (s) => s.matches({ reviewing: 'waiting' }));
    expect(events.find((e) => e.type === 'handoff.requested')).toMatchObject({ heldReply: { text: 'Yes, within 90 days, call [phone].' } });
    expect(events.some((e) => e.type === 'bot.reply.released')).toBe(false);
    actor.send({ type: 'review.decision', decision: 'redact_and_allow', text: 'Yes, within 30 days.' });
    expect(events.at(-1)).toEqual({ type: 'bot.reply.released', text: 'Yes, within 30 days.', edited: true });
    expect(actor.getSnapshot().value).toEqual({ bot: 'idle' });
  });

  it('blocks a held reply when the reviewer blocks it', async () => {
    const actor = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) }).start();
    const events: ConversationEmitted[] = [];
    actor.on('*', (e) => events.push(e));
    actor.send({ type: 'bot.reply', text: 'Probably fine.', confidence: 0.35 });
    await waitFor(actor, (s) => s.matches({ reviewing: 'waiting' }));
    actor.send({ type: 'review.decision', decision: 'block' });
    expect(events.at(-1)).toEqual({ type: 'bot.reply.blocked' });
  });

  it('hands over with a cold transfer when the AI does not answer in time (injected clock)', async () => {
    const clock = new SimulatedClock();
    const actor = createActor(conversationMachine, { input: input(), clock }).start();
    actor.send({ type: 'customer.message', text: 'hello, is my refund done?' });
    expect(actor.getSnapshot().value).toEqual({ bot: 'awaitingReply' });
    clock.increment(29_000);
    expect(actor.getSnapshot().value).toEqual({ bot: 'awaitingReply' });
    clock.increment(2_000);
    await waitFor(actor, (s) => s.matches('queued'));
    expect(actor.getSnapshot().context.decision).toMatchObject({ trigger: 'inactivity', transfer: 'cold', severity: 'low' });
  });

  it('a bot answer in time cancels the inactivity timer', () => {
    const clock = new SimulatedClock();
    const actor = createActor(conversationMachine, { input: input(), clock }).start();
    actor.send({ type: 'customer.message', text: 'hello' });
    clock.increment(10_000);
    actor.send({ type: 'bot.reply', text: 'Hi!', confidence: 0.9 });
    clock.increment(60_000);
    expect(actor.getSnapshot().value).toEqual({ bot: 'idle' });
  });

  it('falls back to the built-in summary when the host summarizer throws', async () => {
    const actor = createActor(conversationMachine, {
      input: input({
        summarize: () => {
          throw new Error('model down');
        },
      }),
    });
    const events: ConversationEmitted[] = [];
    actor.on('handoff.requested', (e) => events.push(e));
    actor.start();
    actor.send({ type: 'customer.message', text: 'I need to speak to a manager about order 55512345' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(events[0]).toMatchObject({ summary: { want: 'I need to speak to a manager about order 55512345' } });
  });

  it('redacts what a host summarizer returns', async () => {
    const actor = createActor(conversationMachine, {
      input: input({ summarize: () => ({ ...fakeSummary, want: 'refund to card 4111 1111 1111 1111' }) }),
    });
    const events: ConversationEmitted[] = [];
    actor.on('handoff.requested', (e) => events.push(e));
    actor.start();
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(events[0]).toMatchObject({ summary: { want: 'refund to card [card]' } });
  });

  it('fits what a host summarizer returns to the wire schema', async () => {
    const essay = 'The customer wants a refund. '.repeat(200);
    const actor = createActor(conversationMachine, {
      input: input({ summarize: () => ({ ...fakeSummary, want: essay, language: 'xx' as never, topics: Array.from({ length: 99 }, (_, i) => `t${i}`) }) }),
    });
    const events: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
    actor.on('handoff.requested', (e) => events.push(e));
    actor.start();
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    const summary = events[0]!.summary;
    expect(contextSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary!.want).toHaveLength(1_000);
    expect(summary!.language).toBe('en');
    expect(summary!.topics).toHaveLength(50);
  });

  it('marks a bot reply the policy handed over on as never shown, and a reply shown before a press as seen', async () => {
    const requested = async (run: (actor: ReturnType<typeof createActor<typeof conversationMachine>>) => void) => {
      const actor = createActor(conversationMachine, { input: input() });
      const events: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
      actor.on('handoff.requested', (e) => events.push(e));
      actor.start();
      run(actor);
      await waitFor(actor, (s) => s.matches('queued'));
      return events[0]!;
    };
    const unsure = await requested((actor) => {
      actor.send({ type: 'customer.message', text: 'can I change the billing address on my invoice?' });
      actor.send({ type: 'bot.reply', text: 'Maybe try the settings page?', confidence: 0.1, intent: 'billing' });
    });
    expect(unsure.decision.trigger).toBe('low_confidence');
    expect(unsure.transcript.map((m) => [m.role, m.withheld ?? false])).toEqual([
      ['customer', false],
      ['bot', true],
    ]);
    expect(unsure.summary!.aiAttempts).toEqual([expect.objectContaining({ text: 'Maybe try the settings page?', withheld: true })]);

    const pressed = await requested((actor) => {
      actor.send({ type: 'customer.message', text: 'can I change the billing address on my invoice?' });
      actor.send({ type: 'bot.reply', text: 'Yes, under Settings, Billing.', confidence: 0.9, intent: 'billing' });
      actor.send({ type: 'human.request' });
    });
    expect(pressed.transcript.some((m) => m.withheld)).toBe(false);
    expect(pressed.summary!.aiAttempts[0]).not.toHaveProperty('withheld');
  });

  it('keeps a reply marked unseen until a reviewer lets it out, across later handoffs', async () => {
    const unseenIn = async (decision: 'allow' | 'block' | null) => {
      const actor = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) });
      const requests: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
      actor.on('handoff.requested', (e) => requests.push(e));
      actor.start();
      actor.send({ type: 'customer.message', text: 'can I return opened cosmetics?' });
      actor.send({ type: 'bot.reply', text: 'Probably fine.', confidence: 0.35, intent: 'returns' });
      await waitFor(actor, (s) => s.matches({ reviewing: 'waiting' }));
      if (decision) actor.send({ type: 'review.decision', decision });
      // "Talk to a person": while the reply is still held, or later, after the review.
      actor.send({ type: 'human.request' });
      await waitFor(actor, (s) => s.matches('queued'));
      return requests.at(-1)!.transcript.filter((m) => m.withheld).map((m) => m.text);
    };
    expect(await unseenIn(null)).toEqual(['Probably fine.']);
    expect(await unseenIn('block')).toEqual(['Probably fine.']);
    expect(await unseenIn('allow')).toEqual([]);
  });

  it('marks a late reply the policy handed over on for inactivity as unseen', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    // Warm, so the summary travels (a cold transfer sends none).
    const warmInactivity = compilePolicy(parsePolicy({ version: 1, triggers: { inactivity: { transfer: 'warm' } } }));
    const actor = createActor(conversationMachine, { input: input({ now: () => now, policy: warmInactivity }) });
    const requests: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
    const released: string[] = [];
    actor.on('handoff.requested', (e) => requests.push(e));
    actor.on('bot.reply.released', (e) => released.push(e.text));
    actor.start();
    actor.send({ type: 'customer.message', text: 'where is my parcel?' });
    now += 25_000;
    actor.send({ type: 'customer.message', text: 'hello??' });
    now += 15_000;
    actor.send({ type: 'bot.reply', text: 'It is on its way.', confidence: 0.9, intent: 'order_status' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(requests[0]!.decision.trigger).toBe('inactivity');
    expect(released).toEqual([]);
    expect(requests[0]!.summary!.aiAttempts).toEqual([expect.objectContaining({ text: 'It is on its way.', withheld: true })]);
  });

  it('sends a cold transfer with the reason only: no summary, no transcript', async () => {
    const cold = compilePolicy(parsePolicy({ version: 1, triggers: { explicit_request: { transfer: 'cold' } } }));
    const actor = createActor(conversationMachine, { input: input({ policy: cold }) });
    const requests: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
    actor.on('handoff.requested', (e) => requests.push(e));
    actor.start();
    actor.send({ type: 'customer.message', text: 'my order 12345678 never came, agent please' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(requests[0]).toMatchObject({ decision: { trigger: 'explicit_request', transfer: 'cold' }, summary: null, transcript: [], heldReply: null });
  });

  it('takes a request for a person while a reply is in review as a takeover, leaving the reply withheld', async () => {
    const actor = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) });
    const requests: Array<Extract<ConversationEmitted, { type: 'handoff.requested' }>> = [];
    actor.on('handoff.requested', (e) => requests.push(e));
    actor.start();
    actor.send({ type: 'customer.message', text: 'can I get a refund?' });
    actor.send({ type: 'bot.reply', text: 'Maybe try the settings page?', confidence: 0.4 });
    await waitFor(actor, (s) => s.matches({ reviewing: 'waiting' }));
    expect(requests[0]!.decision.kind).toBe('review');
    expect(requests[0]!.heldReply?.text).toBe('Maybe try the settings page?');
    // Typed, not pressed: the customer's own words ask for a person.
    actor.send({ type: 'customer.message', text: 'I want a real person, agent please!!' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(requests[1]).toMatchObject({ decision: { trigger: 'explicit_request', kind: 'takeover' }, heldReply: null });
    expect(requests[1]!.decision.evidence.join(' ')).toContain('real person');
    expect(requests[1]!.transcript.find((m) => m.role === 'bot')).toMatchObject({ text: 'Maybe try the settings page?', withheld: true });
  });

  it('goes back to the bot when the customer cancels while the link is down, and tells the relay', async () => {
    const actor = createActor(conversationMachine, { input: input() }).start();
    const events: ConversationEmitted[] = [];
    actor.on('*', (e) => events.push(e));
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    const { handoffId } = actor.getSnapshot().context;
    actor.send({ type: 'connection.lost' });
    expect(actor.getSnapshot().value).toBe('reconnecting');
    actor.send({ type: 'handoff.cancel' });
    expect(actor.getSnapshot().matches('bot')).toBe(true);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['handoff.cancelled', 'bot.resume']));
    expect(events.find((e) => e.type === 'handoff.cancelled')).toEqual({ type: 'handoff.cancelled', id: handoffId });

    // A reply held for review waits for its reviewer, link or no link: no cancel there.
    const review = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) }).start();
    review.send({ type: 'bot.reply', text: 'Probably fine.', confidence: 0.35 });
    await waitFor(review, (s) => s.matches({ reviewing: 'waiting' }));
    review.send({ type: 'connection.lost' });
    review.send({ type: 'handoff.cancel' });
    expect(review.getSnapshot().value).toBe('reconnecting');
  });

  it('offers leave-a-message when no agent is available, and retries a pending request when the relay returns', async () => {
    const actor = createActor(conversationMachine, { input: input() }).start();
    const events: ConversationEmitted[] = [];
    actor.on('*', (e) => events.push(e));
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({ type: 'relay.offline', reason: 'unreachable' });
    expect(actor.getSnapshot().value).toBe('offline');
    expect(events.at(-1)).toEqual({ type: 'bot.resume' });
    actor.send({ type: 'offline.leave_message', text: 'Please call me on +44 20 7946 0958' });
    expect(events.at(-1)).toMatchObject({ type: 'offline.message', text: 'Please call me on [phone]' });
    actor.send({ type: 'human.request' });
    actor.send({ type: 'connection.restored' });
    expect(actor.getSnapshot().value).toBe('escalating');
  });

  it('resumes the right state after a dropped connection', async () => {
    const actor = createActor(conversationMachine, { input: input() }).start();
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({ type: 'agent.joined', name: 'Ana' });
    actor.send({ type: 'connection.lost' });
    expect(actor.getSnapshot().value).toBe('reconnecting');
    actor.send({ type: 'connection.restored' });
    expect(actor.getSnapshot().value).toBe('connected');
    expect(actor.getSnapshot().context.agent).toEqual({ name: 'Ana' });
  });

  it('answers a request made while offline once, not again on a later reconnect', async () => {
    const actor = createActor(conversationMachine, { input: input() }).start();
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({ type: 'relay.offline', reason: 'unreachable' });
    actor.send({ type: 'human.request' });
    actor.send({ type: 'connection.restored' });
    await waitFor(actor, (s) => s.matches('queued'));
    expect(actor.getSnapshot().context.humanRequestPending).toBe(false);
    actor.send({ type: 'connection.lost' });
    actor.send({ type: 'connection.restored' });
    expect(actor.getSnapshot().value).toBe('queued');
  });

  it('takes a review decision and a hand-back that arrive with the catch-up after a dropped connection', async () => {
    const reviewing = createActor(conversationMachine, { input: input({ policy: reviewPolicy }) }).start();
    const events: ConversationEmitted[] = [];
    reviewing.on('*', (e) => events.push(e));
    reviewing.send({ type: 'bot.reply', text: 'Probably fine.', confidence: 0.35 });
    await waitFor(reviewing, (s) => s.matches({ reviewing: 'waiting' }));
    reviewing.send({ type: 'connection.lost' });
    reviewing.send({ type: 'review.decision', decision: 'allow' });
    expect(reviewing.getSnapshot().value).toEqual({ bot: 'idle' });
    expect(events.at(-1)).toEqual({ type: 'bot.reply.released', text: 'Probably fine.', edited: false });

    const connected = createActor(conversationMachine, { input: input() }).start();
    connected.send({ type: 'human.request' });
    await waitFor(connected, (s) => s.matches('queued'));
    connected.send({ type: 'agent.joined', name: 'Ana' });
    connected.send({ type: 'connection.lost' });
    connected.send({ type: 'handoff.returned' });
    expect(connected.getSnapshot().value).toEqual({ bot: 'idle' });
  });

  it('goes back in line when the agent releases the conversation', async () => {
    const actor = createActor(conversationMachine, { input: input() }).start();
    actor.send({ type: 'human.request' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({ type: 'agent.joined', name: 'Ana' });
    actor.send({ type: 'handoff.queued', position: 1, estimatedWaitMs: 60_000 });
    expect(actor.getSnapshot().value).toBe('queued');
    expect(actor.getSnapshot().context).toMatchObject({ agent: null, queue: { position: 1, estimatedWaitMs: 60_000 } });
  });

  it('starts in the bot state with an empty history', () => {
    const [snapshot] = initialTransition(conversationMachine, input());
    expect(snapshot.value).toEqual({ bot: 'idle' });
    expect(snapshot.context.messages).toEqual([]);
  });
});

function waitFor(actor: { subscribe: (fn: (s: Snapshot) => void) => { unsubscribe(): void }; getSnapshot(): Snapshot }, predicate: (s: Snapshot) => boolean): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    if (predicate(actor.getSnapshot())) return resolve(actor.getSnapshot());
    const timer = setTimeout(() => reject(new Error(`state never matched; at ${JSON.stringify(actor.getSnapshot().value)}`)), 2_000);
    const sub = actor.subscribe((s) => {
      if (predicate(s)) {
        clearTimeout(timer);
        sub.unsubscribe();
        resolve(s);
      }
    });
  });
}
