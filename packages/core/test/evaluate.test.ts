import './all-languages.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Contact, type ConversationMessage, type EscalationDecision, type PolicyInput, type TriggerId } from '@baton/protocol';
import { compilePolicy, evaluate, initialState, type CompiledPolicy, type ConversationState } from '../src/index.js';

const T0 = Date.parse('2026-03-01T10:00:00Z');
/** An ISO time `seconds` after T0. */
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const hoursBefore = (hours: number) => new Date(T0 - hours * 3_600_000).toISOString();

const compile = (doc: Omit<PolicyInput, 'version'> = {}) => compilePolicy(parsePolicy({ version: 1, ...doc }));
const standard = compile();

const customer = (text: string, seconds?: number): ConversationMessage =>
  seconds === undefined ? { role: 'customer', text } : { role: 'customer', text, at: at(seconds) };
const bot = (confidence: number, intent?: string, seconds?: number, text = 'Here is what I found.'): ConversationMessage => ({
  role: 'bot',
  text,
  confidence,
  ...(intent === undefined ? {} : { intent }),
  ...(seconds === undefined ? {} : { at: at(seconds) }),
});

interface Run {
  decisions: Array<EscalationDecision | null>;
  first: EscalationDecision | undefined;
  state: ConversationState;
}

/** Feeds the messages one by one, as the machine and replay do, and keeps every decision. */
function run(compiled: CompiledPolicy, messages: readonly ConversationMessage[], contacts: readonly Contact[] = []): Run {
  let state = initialState(contacts);
  const decisions: Array<EscalationDecision | null> = [];
  for (const message of messages) {
    const result = evaluate(compiled, state, message);
    state = result.state;
    decisions.push(result.decision);
  }
  return { decisions, first: decisions.find((d): d is EscalationDecision => d !== null), state };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('evaluate: explicit_request', () => {
  it('hands over when the customer asks for a person, quoting their words in the reason', () => {
    const { decisions } = run(standard, [
      customer('my parcel has not arrived'),
      bot(0.9, 'tracking'),
      customer('can I talk to a real person?'),
    ]);
    expect(decisions.slice(0, 2)).toEqual([null, null]);
    expect(decisions[2]).toMatchObject({
      trigger: 'explicit_request',
      rule: null,
      severity: 'medium',
      transfer: 'warm',
      kind: 'takeover',
      messageIndex: 2,
    });
    expect(decisions[2]!.reason).toMatch(/^Asked for a person: "can i talk to a real person"/);
    expect(decisions[2]!.evidence).toEqual(['can i talk to a real person']);
  });

  it('uses the severity and transfer mode the policy sets for it', () => {
    const compiled = compile({ triggers: { explicit_request: { severity: 'high', transfer: 'cold' } } });
    const { first } = run(compiled, [customer('agent!!')]);
    expect(first).toMatchObject({ trigger: 'explicit_request', severity: 'high', transfer: 'cold', messageIndex: 0 });
  });

  it('still fires when every other trigger is disabled', () => {
    const compiled = compile({
      triggers: {
        low_confidence: { enabled: false },
        sentiment: { enabled: false },
        topic: { enabled: false },
        repeat_contact: { enabled: false },
        loop: { enabled: false },
        inactivity: { enabled: false },
      },
    });
    const { first } = run(compiled, [customer('the charger caught fire and I am furious, get me a human now')]);
    expect(first).toMatchObject({ trigger: 'explicit_request', rule: null, messageIndex: 0 });
    expect(first!.reason).toContain('get me a human now');
  });

  it('ignores bot and agent messages that mention people', () => {
    const { first } = run(standard, [
      { role: 'bot', text: 'You can talk to a human agent at any time.', confidence: 0.9 },
      { role: 'agent', text: 'I am a real person, how can I help?' },
    ]);
    expect(first).toBeUndefined();
  });
});

describe('evaluate: topic', () => {
  it.each([
    ['legal', 'I will contact my lawyer about this', 'lawyer', 'high'],
    ['fraud', 'someone used my card without permission', 'someone used my card', 'high'],
    ['medical', 'I had an allergic reaction to the cream', 'allergic', 'high'],
    ['finance', 'can I pay this with a loan?', 'loan', 'medium'],
    ['safety', 'the charger caught fire last night', 'caught fire', 'critical'],
  ] as const)('default rule %s fires with its severity and names the matched words', (rule, text, evidence, severity) => {
    const { decisions } = run(standard, [customer('hello'), bot(0.9, 'greeting'), customer(text)]);
    expect(decisions[2]).toMatchObject({ trigger: 'topic', rule, severity, transfer: 'warm', kind: 'takeover', messageIndex: 2 });
    expect(decisions[2]!.reason).toBe(`Policy topic "${rule}": matched "${evidence}" (en)`);
    expect(decisions[2]!.evidence).toEqual([evidence]);
  });

  it('matches in other languages and reports which one', () => {
    const { first } = run(standard, [customer('voy a hablar con mi abogado')]);
    expect(first).toMatchObject({ trigger: 'topic', rule: 'legal' });
    expect(first!.reason).toContain('(es)');
  });

  it('is not overridden by a confident bot: the topic decision comes on the customer message', () => {
    const { decisions } = run(standard, [customer('I think someone hacked my account'), bot(0.99, 'security')]);
    expect(decisions[0]).toMatchObject({ trigger: 'topic', rule: 'fraud', messageIndex: 0 });
  });

  it('keeps hyperbole quiet', () => {
    const { first } = run(standard, [customer('these shoes are killing me, the price is criminal')]);
    expect(first).toBeUndefined();
  });
});

describe('evaluate: sentiment', () => {
  it('fires on sustained negative sentiment over the window', () => {
    const { decisions } = run(standard, [
      customer('the parcel is late'),
      bot(0.9, 'tracking'),
      customer('this is useless and I am frustrated'),
    ]);
    expect(decisions[0]).toBeNull();
    expect(decisions[2]).toMatchObject({ trigger: 'sentiment', rule: null, severity: 'high', transfer: 'warm', kind: 'takeover', messageIndex: 2 });
    expect(decisions[2]!.reason).toMatch(/^Negative sentiment: mean -0\.\d\d over the last 2 customer messages \(2 negative, threshold -0\.3\)$/);
    expect(decisions[2]!.evidence).toEqual(expect.arrayContaining(['useless', 'frustrated']));
  });

  it('does not fire on a single mildly negative message', () => {
    const { first } = run(standard, [customer('the parcel is late'), bot(0.9, 'tracking')]);
    expect(first).toBeUndefined();
  });

  it('does not fire when the mean over the window stays above the threshold', () => {
    const { first } = run(standard, [
      customer('thanks, that was really helpful'),
      customer('the parcel is late'),
      customer('it is late again'),
    ]);
    expect(first).toBeUndefined();
  });

  it('fires at once on a distress signal, naming the kind of distress', () => {
    const { first } = run(standard, [customer('I am furious')]);
    expect(first).toMatchObject({ trigger: 'sentiment', severity: 'high', transfer: 'warm', kind: 'takeover', messageIndex: 0 });
    expect(first!.reason).toBe('Negative sentiment: distress signal (anger)');
    expect(first!.evidence).toEqual(['furious']);
  });

  it('fires at once on grief', () => {
    const { first } = run(standard, [customer('my mother passed away last week and I need to close her account')]);
    expect(first).toMatchObject({ trigger: 'sentiment', severity: 'high', messageIndex: 0 });
    expect(first!.reason).toContain('grief');
  });

  it('makes self-harm critical', () => {
    const compiled = compile({ triggers: { topic: { enabled: false } } });
    const { first } = run(compiled, [customer('honestly I want to kill myself')]);
    expect(first).toMatchObject({ trigger: 'sentiment', severity: 'critical', transfer: 'warm', messageIndex: 0 });
    expect(first!.reason).toContain('self_harm');
  });

  it('waits for sustained sentiment when the policy turns distress off', () => {
    const compiled = compile({ triggers: { sentiment: { distress: false } } });
    expect(run(compiled, [customer('I am furious')]).first).toBeUndefined();
  });
});

describe('evaluate: low_confidence', () => {
  it('takes over when the AI confidence is below the threshold', () => {
    const { decisions } = run(standard, [customer('why was I charged twice?'), bot(0.42, 'billing')]);
    expect(decisions[0]).toBeNull();
    expect(decisions[1]).toMatchObject({
      trigger: 'low_confidence',
      rule: null,
      severity: 'medium',
      transfer: 'warm',
      kind: 'takeover',
      messageIndex: 1,
    });
    expect(decisions[1]!.reason).toBe('Low AI confidence: 0.42 below 0.5');
    expect(decisions[1]!.evidence).toEqual(['confidence 0.42', 'intent billing']);
  });

  it('holds the reply for review inside the review band when review is enabled', () => {
    const compiled = compile({ review: { enabled: true, floor: 0.3, severity: 'low' } });
    const { first } = run(compiled, [customer('why was I charged twice?'), bot(0.42, 'billing')]);
    expect(first).toMatchObject({ trigger: 'low_confidence', kind: 'review', severity: 'low', transfer: 'warm', messageIndex: 1 });
    expect(first!.reason).toBe('Low AI confidence: 0.42 below 0.5, reply held for review');
  });

  it('takes over live below the review floor', () => {
    const compiled = compile({ review: { enabled: true, floor: 0.3 } });
    const { first } = run(compiled, [customer('why was I charged twice?'), bot(0.12, 'billing')]);
    expect(first).toMatchObject({ trigger: 'low_confidence', kind: 'takeover', severity: 'medium' });
  });

  it.each([0.5, 0.93])('lets the AI carry on at confidence %s (at or above the threshold)', (confidence) => {
    const { first } = run(standard, [customer('why was I charged twice?'), bot(confidence, 'billing')]);
    expect(first).toBeUndefined();
  });

  it('follows the threshold the policy sets', () => {
    const compiled = compile({ triggers: { low_confidence: { threshold: 0.7 } } });
    expect(run(compiled, [customer('why was I charged twice?'), bot(0.65, 'billing')]).first).toMatchObject({
      trigger: 'low_confidence',
    });
    expect(run(compiled, [customer('why was I charged twice?'), bot(0.7, 'billing')]).first).toBeUndefined();
  });
});

describe('evaluate: loop', () => {
  const turns = (intents: string[]) =>
    intents.flatMap((intent, i) => [customer(i === 0 ? 'where is my parcel?' : 'hmm, and when will it arrive?'), bot(0.9, intent)]);

  it('fires when the same intent comes back N times in a row', () => {
    const { decisions } = run(standard, turns(['tracking', 'tracking', 'tracking']));
    expect(decisions.slice(0, 5).every((d) => d === null)).toBe(true);
    expect(decisions[5]).toMatchObject({ trigger: 'loop', rule: null, severity: 'medium', transfer: 'warm', kind: 'takeover', messageIndex: 5 });
    expect(decisions[5]!.reason).toBe('Conversation loop: intent "tracking" 3 times in a row');
  });

  it('does not fire when the sequence is interrupted', () => {
    const { first } = run(standard, turns(['tracking', 'tracking', 'returns', 'tracking']));
    expect(first).toBeUndefined();
  });

  it('does not count replies without an intent', () => {
    const messages = [customer('where is my parcel?'), bot(0.9), customer('hmm?'), bot(0.9), customer('hmm?'), bot(0.9)];
    expect(run(standard, messages).first).toBeUndefined();
  });

  it('takes the count from the policy', () => {
    const two = run(compile({ triggers: { loop: { count: 2 } } }), turns(['tracking', 'tracking']));
    expect(two.first).toMatchObject({ trigger: 'loop', messageIndex: 3 });
    expect(two.first!.reason).toContain('2 times in a row');

    const four = compile({ triggers: { loop: { count: 4 } } });
    expect(run(four, turns(['tracking', 'tracking', 'tracking'])).first).toBeUndefined();
    expect(run(four, turns(['tracking', 'tracking', 'tracking', 'tracking'])).first).toMatchObject({ trigger: 'loop', messageIndex: 7 });
  });
});

describe('evaluate: repeat_contact', () => {
  const conversation = [
    customer('I was charged twice', 0),
    bot(0.9, 'billing', 5),
    customer('and the refund?', 60),
    bot(0.9, 'refund', 65),
    customer('and what about the second charge?', 120),
    bot(0.9, 'billing', 125),
  ];

  it('fires when the customer came about the same topic inside the window', () => {
    const previous = hoursBefore(24);
    const { decisions } = run(standard, conversation, [{ at: previous, topic: 'billing' }]);
    expect(decisions[0]).toBeNull();
    expect(decisions[1]).toMatchObject({
      trigger: 'repeat_contact',
      rule: null,
      severity: 'medium',
      transfer: 'warm',
      kind: 'takeover',
      messageIndex: 1,
    });
    expect(decisions[1]!.reason).toBe(`Repeat contact: "billing" also on ${previous} (within 72 h)`);
  });

  it('fires only once per conversation', () => {
    const { decisions } = run(standard, conversation, [{ at: hoursBefore(24), topic: 'billing' }]);
    expect(decisions.filter((d) => d?.trigger === 'repeat_contact')).toHaveLength(1);
    expect(decisions[5]).toBeNull();
  });

  it('matches on policy topics as well as intents', () => {
    const compiled = compile({ topics: [{ id: 'warranty', severity: 'low', keywords: { en: ['warranty'] } }] });
    const { first } = run(compiled, [customer('is this still under warranty?', 0)], [{ at: hoursBefore(10), topic: 'warranty' }]);
    expect(first).toMatchObject({ trigger: 'repeat_contact', severity: 'medium' });
  });

  it('does not fire outside the window', () => {
    expect(run(standard, conversation, [{ at: hoursBefore(80), topic: 'billing' }]).first).toBeUndefined();
  });

  it('uses the window the policy sets', () => {
    const compiled = compile({ triggers: { repeat_contact: { windowHours: 100 } } });
    const { first } = run(compiled, conversation, [{ at: hoursBefore(80), topic: 'billing' }]);
    expect(first).toMatchObject({ trigger: 'repeat_contact', messageIndex: 1 });
    expect(first!.reason).toContain('within 100 h');
  });

  it('does not fire for a contact about another topic', () => {
    expect(run(standard, conversation, [{ at: hoursBefore(24), topic: 'delivery' }]).first).toBeUndefined();
  });

  it('names the contact a scan of the list in order would find, among many, in and out of the window and in the future', () => {
    const topics = ['billing', 'refund', 'delivery'];
    const noLoops = compile({ triggers: { loop: { enabled: false } } });
    fc.assert(
      fc.property(
        fc.array(fc.record({ hours: fc.integer({ min: -10, max: 100 }), topic: fc.constantFrom(...topics) }), { maxLength: 40 }),
        fc.array(fc.constantFrom(...topics), { minLength: 1, maxLength: 6 }),
        (listed, intents) => {
          const contacts = listed.map(({ hours, topic }) => ({ at: hoursBefore(hours), topic }));
          const messages = intents.map((intent, i) => bot(0.9, intent, i * 5));
          const { first } = run(noLoops, messages, contacts);
          // The definition: at each message, the first listed contact about a topic seen so far, 0–72 h before it.
          let expected: string | undefined;
          for (let i = 0; i < messages.length && expected === undefined; i++) {
            const seen = new Set(intents.slice(0, i + 1));
            const when = Date.parse(messages[i]!.at!);
            const found = contacts.find((c) => seen.has(c.topic) && Date.parse(c.at) <= when && when - Date.parse(c.at) <= 72 * 3_600_000);
            if (found) expected = `Repeat contact: "${found.topic}" also on ${found.at} (within 72 h)`;
          }
          expect(first?.trigger === 'repeat_contact' ? first.reason : undefined).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluate: inactivity', () => {
  it('hands over cold when the bot answers later than aiTimeoutMs after the customer', () => {
    const { decisions } = run(standard, [customer('where is my parcel?', 0), bot(0.9, 'tracking', 45)]);
    expect(decisions[0]).toBeNull();
    expect(decisions[1]).toMatchObject({ trigger: 'inactivity', rule: null, severity: 'low', transfer: 'cold', kind: 'takeover', messageIndex: 1 });
    expect(decisions[1]!.reason).toBe('AI not responding: replied 45 s after the customer (timeout 30 s)');
  });

  it('measures from the first unanswered customer message', () => {
    const { decisions } = run(standard, [customer('hello?', 0), customer('anyone?', 20), bot(0.9, 'greeting', 35)]);
    expect(decisions[2]).toMatchObject({ trigger: 'inactivity', messageIndex: 2 });
    expect(decisions[2]!.reason).toContain('replied 35 s after');
  });

  it('lets a timely reply through', () => {
    expect(run(standard, [customer('where is my parcel?', 0), bot(0.9, 'tracking', 20)]).first).toBeUndefined();
  });

  it('follows the policy timeout', () => {
    const compiled = compile({ triggers: { inactivity: { aiTimeoutMs: 10_000 } } });
    expect(run(compiled, [customer('where is my parcel?', 0), bot(0.9, 'tracking', 20)]).first).toMatchObject({ trigger: 'inactivity' });
  });

  it('uses the clock the caller passes when messages carry no time', () => {
    let state = initialState();
    state = evaluate(standard, state, customer('where is my parcel?'), T0).state;
    const { decision } = evaluate(standard, state, bot(0.9, 'tracking'), T0 + 60_000);
    expect(decision).toMatchObject({ trigger: 'inactivity', messageIndex: 1 });
  });

  it('fires on a stalled conversation when stallMs is set, and not otherwise', () => {
    const messages = [customer('where is my parcel?', 0), bot(0.9, 'tracking', 5), customer('hmm, and when will it arrive?', 605)];
    const compiled = compile({ triggers: { inactivity: { stallMs: 300_000 } } });
    const { decisions } = run(compiled, messages);
    expect(decisions[2]).toMatchObject({ trigger: 'inactivity', severity: 'low', transfer: 'cold', messageIndex: 2 });
    expect(decisions[2]!.reason).toBe('AI not responding: the conversation stalled for 10 min (limit 5 min)');
    expect(run(standard, messages).first).toBeUndefined();
  });
});

describe('evaluate: disabled triggers', () => {
  /** For each trigger, a conversation where it (and nothing else) fires under the default policy. */
  const scenarios: Record<Exclude<TriggerId, 'explicit_request'>, { messages: ConversationMessage[]; contacts?: Contact[] }> = {
    low_confidence: { messages: [customer('why was I charged twice?'), bot(0.2, 'billing')] },
    sentiment: { messages: [customer('the parcel is late'), customer('this is useless and I am frustrated'), customer('I am furious')] },
    topic: { messages: [customer('I will contact my lawyer about this')] },
    repeat_contact: {
      messages: [customer('I was charged twice', 0), bot(0.9, 'billing', 5)],
      contacts: [{ at: hoursBefore(5), topic: 'billing' }],
    },
    loop: {
      messages: [customer('where is it?'), bot(0.9, 'tracking'), customer('hmm?'), bot(0.9, 'tracking'), customer('hmm?'), bot(0.9, 'tracking')],
    },
    inactivity: { messages: [customer('where is my parcel?', 0), bot(0.9, 'tracking', 120)] },
  };

  it.each(Object.entries(scenarios))('%s fires by default and never when disabled', (trigger, { messages, contacts }) => {
    expect(run(standard, messages, contacts).first?.trigger).toBe(trigger);
    const disabled = compile({ triggers: { [trigger]: { enabled: false } } });
    expect(run(disabled, messages, contacts).decisions).toEqual(messages.map(() => null));
  });
});

describe('evaluate: choosing between triggers on one message', () => {
  it('the most severe trigger wins', () => {
    // safety (critical) beats the explicit request (medium)
    expect(run(standard, [customer('the charger caught fire, get me a human now')]).first).toMatchObject({
      trigger: 'topic',
      rule: 'safety',
      severity: 'critical',
    });
    // legal (high) beats the explicit request (medium)
    expect(run(standard, [customer("get me a human, I'm calling my lawyer")]).first).toMatchObject({ trigger: 'topic', rule: 'legal' });
    // anger (high) beats the explicit request (medium)
    expect(run(standard, [customer('I am furious, let me talk to a person')]).first).toMatchObject({ trigger: 'sentiment', severity: 'high' });
  });

  it('explicit_request beats a trigger of the same severity', () => {
    // finance is medium, like the explicit request
    const { first } = run(standard, [customer('I need to talk to a human about my loan')]);
    expect(first).toMatchObject({ trigger: 'explicit_request', severity: 'medium', messageIndex: 0 });

    const raised = compile({ triggers: { explicit_request: { severity: 'high' } } });
    expect(run(raised, [customer("get me a human, I'm calling my lawyer")]).first).toMatchObject({
      trigger: 'explicit_request',
      severity: 'high',
    });
  });

  it('explicit_request beats a lower-severity trigger', () => {
    const compiled = compile({ triggers: { inactivity: { stallMs: 60_000 } } });
    const { decisions } = run(compiled, [customer('where is my parcel?', 0), bot(0.9, 'tracking', 5), customer('agent pls', 600)]);
    expect(decisions[2]).toMatchObject({ trigger: 'explicit_request', severity: 'medium', messageIndex: 2 });
  });

  it('a trigger the policy raises above the explicit request wins', () => {
    const compiled = compile({ triggers: { inactivity: { stallMs: 60_000, severity: 'high' } } });
    const { decisions } = run(compiled, [customer('where is my parcel?', 0), bot(0.9, 'tracking', 5), customer('agent pls', 600)]);
    expect(decisions[2]).toMatchObject({ trigger: 'inactivity', severity: 'high' });
  });
});

describe('evaluate is pure', () => {
  const messages = [
    customer('hi, my order never came', 0),
    bot(0.8, 'tracking', 4),
    customer('the parcel is late and this is useless', 40),
    bot(0.45, 'tracking', 90),
    customer('agent pls', 100),
  ];

  it('gives the same answer for the same input and never mutates the state it is given', () => {
    const compiled = compile({ triggers: { inactivity: { stallMs: 60_000 } } });
    let state = initialState([{ at: hoursBefore(3), topic: 'tracking' }]);
    for (const message of messages) {
      const before = structuredClone(state);
      deepFreeze(state);
      deepFreeze(message);
      const once = evaluate(compiled, state, message);
      const twice = evaluate(compiled, state, message);
      expect(twice).toEqual(once);
      expect(state).toEqual(before);
      expect(once.state).not.toBe(state);
      state = once.state;
    }
    expect(state.index).toBe(messages.length);
  });

  it('gives the same decisions when a conversation is replayed', () => {
    const contacts = [{ at: hoursBefore(3), topic: 'tracking' }];
    expect(run(standard, messages, contacts)).toEqual(run(standard, messages, contacts));
  });
});
