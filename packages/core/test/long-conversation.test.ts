import './all-languages.js';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Contact, type ConversationMessage, type EscalationDecision, type PolicyInput } from '@baton/protocol';
import { SEVERITY_RANK } from '@baton/protocol/vocabulary';
import { compilePolicy, evaluate, initialState, readSentiment, type CompiledPolicy, type ConversationState } from '../src/index.js';
import { SENTIMENT_HISTORY } from '../src/evaluate.js';

// A conversation of any length must cost the same per message: evaluate() keeps only what the
// detectors need, not a copy of the whole history that grows with every message (which made
// `baton replay` quadratic in the length of a conversation).

const T0 = Date.parse('2026-03-01T10:00:00Z');
const compile = (triggers: PolicyInput['triggers']) => compilePolicy(parsePolicy({ version: 1, triggers }));
/** Only the detectors whose state used to grow: sustained sentiment, loop, repeat contact (and explicit_request, always on). */
const quiet = { topic: { enabled: false }, low_confidence: { enabled: false }, inactivity: { enabled: false } } as const;
const small = compile({ ...quiet, sentiment: { window: 4, minNegative: 3, threshold: -0.2 }, loop: { count: 3 } });
const wide = compile({ ...quiet, sentiment: { window: SENTIMENT_HISTORY + 50, minNegative: 150, threshold: -0.15 }, loop: { count: 5 } });

const CALM = ['where is my parcel', 'ok', 'great, thanks!', 'can you check the address', 'the parcel is late and this is annoying'];
const UPSET = ['this is useless and terrible', 'awful service, I am annoyed', 'worst experience ever', 'ok', 'still nothing, this is bad'];
const INTENTS = ['tracking', 'billing', 'address', null] as const;

/** A long, seeded conversation: calm and upset stretches, bot intents that sometimes repeat, a late "refund" intent. */
function conversation(length: number, seed = 7): ConversationMessage[] {
  let s = seed;
  const random = () => ((s = (s * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
  const messages: ConversationMessage[] = [];
  let intent: string | null = 'tracking';
  for (let i = 0; i < length; i++) {
    const at = new Date(T0 + i * 1000).toISOString();
    if (i % 2 === 0) {
      const pool = Math.floor(i / 1500) % 2 === 0 ? CALM : UPSET;
      const text = random() < 0.002 ? 'I am furious' : pool[Math.floor(random() * pool.length)]!;
      messages.push({ role: 'customer', text, at });
    } else {
      if (random() < 0.35) intent = i > length * 0.8 && random() < 0.1 ? 'refund' : INTENTS[Math.floor(random() * INTENTS.length)]!;
      messages.push({ role: 'bot', text: 'Here is what I found.', confidence: 0.9, ...(intent === null ? {} : { intent }), at });
    }
  }
  return messages;
}

const contacts: Contact[] = [{ at: new Date(T0 - 3_600_000).toISOString(), topic: 'refund' }];

function run(compiled: CompiledPolicy, messages: readonly ConversationMessage[], from: ConversationState = initialState(contacts)) {
  let state = from;
  const decisions: Array<EscalationDecision | null> = [];
  const sizes: number[] = [];
  for (const message of messages) {
    const result = evaluate(compiled, state, message);
    state = result.state;
    decisions.push(result.decision);
    sizes.push(JSON.stringify(state).length);
  }
  return { decisions, state, sizes };
}

type Expected = Pick<EscalationDecision, 'trigger' | 'severity' | 'reason' | 'messageIndex'>;

/** The straightforward reading of the policy: every score and every intent kept, the window cut from the full history. */
function reference(compiled: CompiledPolicy, messages: readonly ConversationMessage[]): Array<Expected | null> {
  const { sentiment, loop, repeat_contact } = compiled.policy.triggers;
  const sentiments: number[] = [];
  const intents: Array<string | null> = [];
  let repeated = false;
  return messages.map((message, messageIndex) => {
    const found: Array<Omit<Expected, 'messageIndex'>> = [];
    if (message.role === 'customer') {
      const reading = readSentiment(message.text, compiled.languages);
      sentiments.push(reading.score);
      if (reading.distress.length > 0) {
        const severity = reading.distress.includes('self_harm') ? 'critical' : sentiment.severity;
        found.push({ trigger: 'sentiment', severity, reason: `Negative sentiment: distress signal (${reading.distress.join(', ')})` });
      } else {
        const window = sentiments.slice(-sentiment.window);
        const negative = window.filter((x) => x < 0).length;
        const mean = window.reduce((a, b) => a + b, 0) / window.length;
        if (negative >= sentiment.minNegative && mean <= sentiment.threshold) {
          const reason = `Negative sentiment: mean ${mean.toFixed(2)} over the last ${window.length} customer messages (${negative} negative, threshold ${sentiment.threshold})`;
          found.push({ trigger: 'sentiment', severity: sentiment.severity, reason });
        }
      }
    } else {
      intents.push(message.intent ?? null);
      const recent = intents.slice(-loop.count);
      if (message.intent && recent.length === loop.count && recent.every((i) => i === message.intent)) {
        found.push({ trigger: 'loop', severity: loop.severity, reason: `Conversation loop: intent "${message.intent}" ${loop.count} times in a row` });
      }
    }
    if (!repeated && intents.includes('refund')) {
      repeated = true;
      found.push({ trigger: 'repeat_contact', severity: repeat_contact.severity, reason: `Repeat contact: "refund" also on ${contacts[0]!.at} (within ${repeat_contact.windowHours} h)` });
    }
    // Most severe first; on a tie the order of evaluate()'s TRIGGER_PRIORITY (sentiment, repeat_contact, loop).
    const order = ['sentiment', 'repeat_contact', 'loop'];
    const best = found.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || order.indexOf(a.trigger) - order.indexOf(b.trigger))[0];
    return best ? { ...best, messageIndex } : null;
  });
}

const pickExpected = (d: EscalationDecision | null): Expected | null =>
  d && { trigger: d.trigger, severity: d.severity, reason: d.reason, messageIndex: d.messageIndex };

describe('a long conversation', () => {
  const messages = conversation(12_000);

  it.each([
    ['a small sentiment window', small],
    ['a sentiment window larger than the kept history', wide],
  ])('gets the same decisions as the full-history reference, with %s', (_, compiled) => {
    const expected = reference(compiled, messages);
    const { decisions } = run(compiled, messages);
    expect(decisions.map(pickExpected)).toEqual(expected);
    // The conversation exercises every detector involved, more than once where it can.
    const fired = (trigger: string) => expected.filter((d) => d?.trigger === trigger).length;
    expect(fired('sentiment')).toBeGreaterThan(5);
    expect(fired('loop')).toBeGreaterThan(5);
    expect(fired('repeat_contact')).toBe(1);
  });

  it('keeps a state of bounded size after 10,000 messages', () => {
    for (const compiled of [small, wide]) {
      const { state, sizes } = run(compiled, messages);
      const keep = Math.max(SENTIMENT_HISTORY, compiled.policy.triggers.sentiment.window);
      expect(state.index).toBe(messages.length);
      expect(state.sentiments.length).toBe(keep);
      // Intents: the distinct ones, in the order they first came up.
      expect(state.intents).toEqual([...new Set(messages.flatMap((m) => (m.role === 'bot' && m.intent ? [m.intent] : [])))]);
      // Serialized, the state after 10,000 messages is no bigger than it was once the history filled up.
      const filled = Math.max(...sizes.slice(2 * keep + 100, 3_000));
      expect(Math.max(...sizes.slice(10_000))).toBeLessThanOrEqual(filled + 64);
      expect(sizes[sizes.length - 1]).toBeLessThan(20 * keep + 2_000);
    }
  });

  it('keeps the last sentiments exactly as scored', () => {
    const { state } = run(small, messages);
    const scores = messages.filter((m) => m.role === 'customer').map((m) => readSentiment(m.text, small.languages).score);
    expect(state.sentiments).toEqual(scores.slice(-SENTIMENT_HISTORY));
  });

  it('goes on with the same decisions from a state saved in the old form, with every score and intent', () => {
    const split = 6_001;
    const head = messages.slice(0, split);
    const whole = run(small, messages);
    const saved = run(small, head).state;
    const legacy = {
      ...saved,
      sentiments: head.filter((m) => m.role === 'customer').map((m) => readSentiment(m.text, small.languages).score),
      intents: head.filter((m) => m.role === 'bot').map((m) => m.intent ?? null),
      lastIntent: undefined,
      intentRun: undefined,
    } as unknown as ConversationState;
    const resumed = run(small, messages.slice(split), legacy);
    expect(resumed.decisions).toEqual(whole.decisions.slice(split));
    expect(resumed.state).toEqual(whole.state);
  });
});
