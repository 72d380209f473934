import './all-languages.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contextSummarySchema, type ContextSummary, type Contact, type ConversationMessage, type EscalationDecision } from '@baton/protocol';
import {
  buildSummary,
  compilePolicy,
  defaultPolicy,
  evaluate,
  initialState,
  fitHostSummary,
  redactTranscript,
  type ConversationState,
} from '../src/index.js';

const compiled = compilePolicy(defaultPolicy);

const EMAIL = 'jane.doe@example.com';
const PHONE = '+44 20 7946 0958';

/** Runs the conversation until the policy hands over, then briefs the agent as a warm transfer does. */
function handOver(messages: readonly ConversationMessage[], contacts: readonly Contact[] = []) {
  let state: ConversationState = initialState(contacts);
  const seen: ConversationMessage[] = [];
  let decision: EscalationDecision | null = null;
  for (const message of messages) {
    seen.push(message);
    const result = evaluate(compiled, state, message);
    state = result.state;
    decision = result.decision;
    if (decision) break;
  }
  if (!decision) throw new Error('the conversation never escalated');
  const { transcript, redactions } = redactTranscript(compiled, seen);
  const summary = buildSummary({ transcript, state, decision }, redactions);
  return { decision, transcript, summary };
}

const contacts: Contact[] = [
  { at: '2026-02-20T09:00:00Z', topic: 'delivery' },
  { at: '2026-02-27T16:30:00Z', topic: 'payment' },
];

/** A customer who starts polite, gets annoyed, and asks for a person. */
const delivery: ConversationMessage[] = [
  {
    role: 'customer',
    text: `Hi, thanks for getting back to me. My order 123456789012 never arrived and I paid €89.99 for it. You can reach me at ${EMAIL} or ${PHONE}.`,
    at: '2026-03-01T10:00:00Z',
  },
  { role: 'bot', text: 'Sorry to hear that! Let me check the tracking for you.', confidence: 0.82, intent: 'order_status', at: '2026-03-01T10:00:05Z' },
  { role: 'customer', text: 'It still says in transit, this is really annoying', at: '2026-03-01T10:01:00Z' },
  { role: 'bot', text: 'The parcel is in transit and should arrive soon.', confidence: 0.71, intent: 'order_status', at: '2026-03-01T10:01:04Z' },
  { role: 'customer', text: 'agent pls', at: '2026-03-01T10:02:00Z' },
  { role: 'bot', text: 'never reached', confidence: 0.9, at: '2026-03-01T10:02:03Z' },
];

describe('built-in context summary', () => {
  const { decision, transcript, summary } = handOver(delivery, contacts);

  it('escalates on the explicit request, at the last customer message', () => {
    expect(decision).toMatchObject({ trigger: 'explicit_request', messageIndex: 4 });
    expect(transcript).toHaveLength(5);
  });

  it('says what the customer wants in their informative message, not "agent pls"', () => {
    expect(summary.want).toBe(
      'Hi, thanks for getting back to me. My order 123456789012 never arrived and I paid €89.99 for it. You can reach me at [email] or [phone].',
    );
  });

  it('lists what the AI tried, with its confidence and intent', () => {
    expect(summary.aiAttempts).toEqual([
      { text: 'Sorry to hear that! Let me check the tracking for you.', confidence: 0.82, intent: 'order_status' },
      { text: 'The parcel is in transit and should arrive soon.', confidence: 0.71, intent: 'order_status' },
    ]);
    expect(summary.intents).toEqual(['order_status']);
    expect(summary.topics).toEqual([]);
    expect(summary.language).toBe('en');
  });

  it('shows the sentiment getting worse, one point per customer message', () => {
    expect(summary.sentiment.trajectory).toHaveLength(3);
    const [first, second, third] = summary.sentiment.trajectory as [number, number, number];
    expect(first).toBeGreaterThan(0);
    expect(second).toBeLessThan(-0.3);
    expect(third).toBe(0);
    expect(summary.sentiment.trend).toBe('worsening');
    expect(summary.sentiment.distress).toEqual([]);
  });

  it('picks out the order number and the amount', () => {
    expect(summary.entities).toEqual(
      expect.arrayContaining([
        { kind: 'order', value: '123456789012' },
        { kind: 'amount', value: '€89.99' },
      ]),
    );
  });

  it('passes the contact history through', () => {
    expect(summary.contacts).toEqual(contacts);
  });

  it('counts the redactions and leaks no personal data', () => {
    expect(summary.redactions).toBe(2);
    const json = JSON.stringify(summary);
    expect(json).not.toContain(EMAIL);
    expect(json).not.toContain('7946');
    expect(json).not.toContain('jane');
    expect(JSON.stringify(transcript)).not.toContain(EMAIL);
    expect(JSON.stringify(transcript)).not.toContain('7946');
  });

  it('validates against the wire schema', () => {
    expect(contextSummarySchema.safeParse(summary).success).toBe(true);
  });
});

describe('summary of a topic escalation', () => {
  const { decision, summary } = handOver([
    { role: 'customer', text: 'Hi, where is my order 123456789012? I paid $45.50 and I am not happy', at: '2026-03-02T08:00:00Z' },
    { role: 'bot', text: 'Your order is on its way.', confidence: 0.9, intent: 'order_status', at: '2026-03-02T08:00:04Z' },
    { role: 'customer', text: 'someone used my card to place this order', at: '2026-03-02T08:01:00Z' },
  ]);

  it('takes the message that matched the rule as what the customer wants', () => {
    expect(decision).toMatchObject({ trigger: 'topic', rule: 'fraud', messageIndex: 2 });
    expect(summary.want).toBe('someone used my card to place this order');
    expect(summary.topics).toEqual(['fraud']);
    expect(summary.entities).toEqual(expect.arrayContaining([{ kind: 'order', value: '123456789012' }, { kind: 'amount', value: '$45.50' }]));
    expect(summary.contacts).toEqual([]);
    expect(summary.redactions).toBe(0);
    expect(contextSummarySchema.safeParse(summary).success).toBe(true);
  });
});

describe('summary details', () => {
  const { summary } = handOver(delivery, contacts);

  it('records distress and a steady trend on a single message', () => {
    const { summary } = handOver([{ role: 'customer', text: 'I am furious, this is the third time' }]);
    expect(summary.sentiment.distress).toEqual(['anger']);
    expect(summary.sentiment.trend).toBe('steady');
  });

  it('keeps "want" to one line of at most 280 characters', () => {
    const long = `My order 123456789012 is missing. ${'It was supposed to arrive on Monday and nobody has told me anything. '.repeat(8)}Please help, I want to talk to a real person.`;
    const { summary } = handOver([{ role: 'customer', text: long }]);
    expect(summary.want).toHaveLength(280);
    expect(summary.want.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.want.slice(0, -1))).toBe(true);
  });

  it('redacts a host summary that leaks what the transcript hid', () => {
    const leaky: ContextSummary = {
      want: `refund to card 4111 1111 1111 1111, mail ${EMAIL}`,
      language: 'en',
      aiAttempts: [{ text: `I will call you on ${PHONE}`, confidence: 0.4, intent: 'refund' }],
      intents: ['refund'],
      topics: [],
      sentiment: { trajectory: [-0.5], trend: 'steady', distress: [] },
      entities: [{ kind: 'contact', value: EMAIL }],
      contacts: [],
      redactions: 0,
    };
    const clean = fitHostSummary(compiled, leaky, summary);
    expect(clean.want).toBe('refund to card [card], mail [email]');
    expect(clean.aiAttempts[0]!.text).toBe('I will call you on [phone]');
    expect(clean.entities).toEqual([{ kind: 'contact', value: '[email]' }]);
    expect(leaky.want).toContain(EMAIL);
  });

  it('holds a host summary to the wire schema, field by field, so the relay never refuses the handoff', () => {
    const essay = 'The customer is unhappy about a parcel. '.repeat(100);
    const sloppy = {
      want: essay,
      language: 'klingon',
      aiAttempts: Array.from({ length: 30 }, (_, i) => ({ text: `attempt ${i} ${essay}`, confidence: 1.7, intent: 'x'.repeat(300) })),
      intents: 'order_status',
      topics: Array.from({ length: 80 }, (_, i) => `topic-${i}`),
      sentiment: { trajectory: [-3, 0.5, Number.NaN], trend: 'furious', distress: ['anger', 'boredom'] },
      entities: [{ kind: 'order', value: 123 }],
      contacts: [{ at: 'last tuesday', topic: 'delivery' }],
      redactions: -2,
    };
    const fitted = fitHostSummary(compiled, sloppy, summary);
    expect(contextSummarySchema.safeParse(fitted).success).toBe(true);
    expect(fitted.want).toHaveLength(1_000);
    expect(essay.startsWith(fitted.want.slice(0, -1))).toBe(true);
    expect(fitted.aiAttempts).toHaveLength(20);
    expect(fitted.aiAttempts[0]).toMatchObject({ confidence: 1, intent: expect.stringMatching(/^x{199}…$/) });
    expect(fitted.topics).toHaveLength(50);
    // What the host got wrong comes from the built-in summary.
    expect(fitted.language).toBe(summary.language);
    expect(fitted.intents).toEqual(summary.intents);
    expect(fitted.sentiment.trend).toBe(summary.sentiment.trend);
    expect(fitted.sentiment.trajectory).toEqual(summary.sentiment.trajectory);
    expect(fitted.sentiment.distress).toEqual(summary.sentiment.distress);
    expect(fitted.entities).toEqual(summary.entities);
    expect(fitted.contacts).toEqual(summary.contacts);
    expect(fitted.redactions).toBe(summary.redactions);
  });

  it('always gives what the wire schema accepts, whatever a host summarizer returns (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: 190, maxLength: 2_500 }), fc.constantFrom(EMAIL, PHONE, '', '2026-13-01T10:00:00Z', '2026-03-01T10:00Z', '2025-02-29T00:00:00Z', 'March 7, 2026'));
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e300, -0, Number.NaN, Number.POSITIVE_INFINITY));
    const anyValue = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.oneof(text, number), { maxLength: 3 }));
    const list = <T>(item: fc.Arbitrary<T>) =>
      fc.oneof(fc.array(item, { maxLength: 60 }), fc.array(item, { maxLength: 3 }).map((items) => Object.assign(new Array(items.length + 2), items)), anyValue);
    const hostSummary = fc.record(
      {
        want: fc.oneof(text, anyValue),
        language: fc.oneof(fc.constantFrom('en', 'de', 'xx'), anyValue),
        aiAttempts: list(fc.record({ text: fc.oneof(text, anyValue), confidence: fc.oneof(number, anyValue), intent: fc.oneof(text, anyValue), withheld: anyValue }, { requiredKeys: [] })),
        intents: list(fc.oneof(text, anyValue)),
        topics: list(text),
        sentiment: fc.oneof(fc.record({ trajectory: list(number), trend: fc.oneof(fc.constantFrom('improving', 'furious'), anyValue), distress: list(fc.constantFrom('anger', 'fear', 'boredom')) }, { requiredKeys: [] }), anyValue),
        entities: list(fc.record({ kind: fc.oneof(text, anyValue), value: fc.oneof(text, anyValue) }, { requiredKeys: [] })),
        contacts: list(fc.record({ at: fc.oneof(text, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), topic: text }, { requiredKeys: [] })),
        redactions: fc.oneof(number, anyValue),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(hostSummary, fc.anything()), (raw) => {
        const fitted = fitHostSummary(compiled, raw, summary);
        const parsed = contextSummarySchema.safeParse(fitted);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
      }),
      { numRuns: 500 },
    );
  });

  it('redacts every text a host summarizer returns, labels and dates included, and writes dates as the wire does', () => {
    const fitted = fitHostSummary(
      compiled,
      {
        ...summary,
        intents: [`refund for ${EMAIL}`],
        topics: [PHONE],
        aiAttempts: [{ text: 'ok', confidence: 0.5, intent: EMAIL }],
        entities: [{ kind: EMAIL, value: 'x' }],
        contacts: [{ at: '2026-03-01T10:00Z', topic: `call ${PHONE}` }],
      },
      summary,
    );
    expect(JSON.stringify(fitted)).not.toContain(EMAIL);
    expect(JSON.stringify(fitted)).not.toContain(PHONE);
    expect(fitted.contacts).toEqual([{ at: '2026-03-01T10:00:00.000Z', topic: 'call [phone]' }]);
  });

  it('keeps the mark on a reply the customer never saw when the host summary leaves it out', () => {
    const unseen: ContextSummary = { ...summary, aiAttempts: [{ text: 'Maybe try the settings page?', confidence: 0.1, intent: 'billing', withheld: true }] };
    const fitted = fitHostSummary(compiled, { ...summary, aiAttempts: [{ text: 'Maybe try the settings page?', confidence: 0.1, intent: 'billing' }, { text: 'Hello!', confidence: 0.9, intent: null }] }, unseen);
    expect(fitted.aiAttempts.map((a) => a.withheld ?? false)).toEqual([true, false]);
  });

  it('uses the built-in summary whole when the host returns no summary at all', () => {
    for (const nothing of [undefined, null, 'a summary', 42]) expect(fitHostSummary(compiled, nothing, summary)).toBe(summary);
  });

  it('keeps a host summary that already fits unchanged', () => {
    const contacts = summary.contacts.map((c) => ({ ...c, at: new Date(c.at).toISOString() }));
    const fine: ContextSummary = { ...summary, entities: [{ kind: 'amount', value: '€89.99' }], contacts };
    expect(fitHostSummary(compiled, fine, summary)).toEqual(fine);
  });
});
