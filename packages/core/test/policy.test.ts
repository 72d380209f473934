import './all-languages.js';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type ConversationMessage, type EscalationDecision, type PolicyInput } from '@baton/protocol';
import { compilePolicy, defaultPolicy, effectiveTopicRules, evaluate, initialState, type CompiledPolicy } from '../src/index.js';
import { DEFAULT_TOPIC_RULES } from '../src/lexicon/topics.lexicon.js';

const compile = (doc: Omit<PolicyInput, 'version'> = {}) => compilePolicy(parsePolicy({ version: 1, ...doc }));

/** The decision on one customer message at the start of a conversation. */
function decide(compiled: CompiledPolicy, text: string): EscalationDecision | null {
  const message: ConversationMessage = { role: 'customer', text };
  return evaluate(compiled, initialState(), message).decision;
}

const DEFAULT_RULE_IDS = ['safety', 'fraud', 'legal', 'medical', 'finance'];

describe('defaultPolicy', () => {
  it('is exactly what the schema fills in for an empty document, plus the default topic rules', () => {
    const parsed = parsePolicy({ version: 1, name: 'default' });
    expect(parsed.topics).toEqual([]);
    expect({ ...defaultPolicy, topics: [] }).toEqual(parsed);
    expect(defaultPolicy.topics).toEqual(DEFAULT_TOPIC_RULES);
  });

  it('ships topic rules that are themselves valid policy rules', () => {
    const reparsed = parsePolicy({ version: 1, extends: 'none', topics: defaultPolicy.topics });
    expect(reparsed.topics).toEqual(defaultPolicy.topics);
  });

  it('holds the five default rules, most urgent first, safety critical', () => {
    expect(defaultPolicy.topics.map((r) => r.id)).toEqual(DEFAULT_RULE_IDS);
    expect(defaultPolicy.topics.find((r) => r.id === 'safety')?.severity).toBe('critical');
  });

  it('compiles to the same rules as a document that only extends the default', () => {
    expect(compilePolicy(defaultPolicy).topicRules).toEqual(compile().topicRules);
    expect(compilePolicy().policy).toBe(defaultPolicy);
  });
});

describe('topic rules over the default policy', () => {
  it('disables one default rule and keeps the others', () => {
    const compiled = compile({ topics: [{ id: 'finance', enabled: false }] });
    expect(compiled.topicRules.map((r) => r.id)).toEqual(DEFAULT_RULE_IDS);
    expect(compiled.topicRules.find((r) => r.id === 'finance')?.enabled).toBe(false);
    expect(decide(compilePolicy(defaultPolicy), 'can I pay this with a loan?')).toMatchObject({ trigger: 'topic', rule: 'finance' });
    expect(decide(compiled, 'can I pay this with a loan?')).toBeNull();
    expect(decide(compiled, 'I will contact my lawyer about this')).toMatchObject({ trigger: 'topic', rule: 'legal' });
    expect(decide(compiled, 'the charger caught fire')).toMatchObject({ trigger: 'topic', rule: 'safety', severity: 'critical' });
  });

  it('appends a rule with a new id, and it fires with its own settings', () => {
    const compiled = compile({
      topics: [{ id: 'warranty', severity: 'low', transfer: 'cold', route: 'returns', keywords: { en: ['warranty claim'] } }],
    });
    expect(compiled.topicRules.map((r) => r.id)).toEqual([...DEFAULT_RULE_IDS, 'warranty']);
    expect(decide(compiled, 'I want to make a warranty claim for my kettle')).toMatchObject({
      trigger: 'topic',
      rule: 'warranty',
      severity: 'low',
      transfer: 'cold',
    });
    expect(compiled.topics.match('I want to make a warranty claim')?.route).toBe('returns');
    // The defaults still run, and still come first.
    expect(decide(compiled, 'warranty claim: the kettle caught fire')).toMatchObject({ rule: 'safety' });
  });

  it('treats a new rule without a severity as high', () => {
    const compiled = compile({ topics: [{ id: 'recall', keywords: { en: ['product recall'] } }] });
    expect(decide(compiled, 'is there a product recall on this?')).toMatchObject({ rule: 'recall', severity: 'high' });
  });

  it('extends a default rule with extra keywords and keeps its own', () => {
    const compiled = compile({ topics: [{ id: 'legal', keywords: { en: ['notary'] }, patterns: { en: ['\\bsmall print\\b'] } }] });
    expect(decide(compilePolicy(defaultPolicy), 'I will ask a notary')).toBeNull();
    expect(decide(compiled, 'I will ask a notary')).toMatchObject({ trigger: 'topic', rule: 'legal', severity: 'high' });
    expect(decide(compiled, 'read the small print to me')).toMatchObject({ rule: 'legal' });
    expect(decide(compiled, 'I will contact my lawyer about this')).toMatchObject({ rule: 'legal' });
    // Only the keywords changed: the rule keeps its place and settings.
    const legal = compiled.topicRules.find((r) => r.id === 'legal')!;
    expect(legal.severity).toBe('high');
    expect(legal.route).toBe('legal');
    expect(legal.keywords?.en).toContain('lawyer');
    expect(legal.keywords?.es).toContain('abogado');
  });

  it('overrides a default rule setting without losing its keywords', () => {
    const compiled = compile({ topics: [{ id: 'finance', severity: 'high', route: 'money' }] });
    expect(decide(compiled, 'can I pay this with a loan?')).toMatchObject({ rule: 'finance', severity: 'high' });
    expect(compiled.topics.match('can I pay this with a loan?')?.route).toBe('money');
  });

  it('drops every default rule with extends: none', () => {
    const bare = compile({ extends: 'none' });
    expect(bare.topicRules).toEqual([]);
    expect(decide(bare, 'I will contact my lawyer about this')).toBeNull();
    expect(decide(bare, 'the charger caught fire')).toBeNull();

    const own = compile({ extends: 'none', topics: [{ id: 'legal', keywords: { en: ['notary'] } }] });
    expect(effectiveTopicRules(own.policy).map((r) => r.id)).toEqual(['legal']);
    expect(decide(own, 'I will ask a notary')).toMatchObject({ rule: 'legal' });
    expect(decide(own, 'I will contact my lawyer about this')).toBeNull();
  });
});

describe('policy languages', () => {
  const english = compile({ languages: ['en'] });

  it('stops matching topic keywords of languages the policy leaves out', () => {
    expect(decide(compilePolicy(defaultPolicy), 'necesito un abogado')).toMatchObject({ trigger: 'topic', rule: 'legal' });
    expect(decide(english, 'necesito un abogado')).toBeNull();
    expect(decide(english, 'I need a lawyer')).toMatchObject({ trigger: 'topic', rule: 'legal' });
  });

  it('still honours an explicit request in any language', () => {
    expect(decide(english, 'quiero hablar con una persona')).toMatchObject({ trigger: 'explicit_request', messageIndex: 0 });
    expect(decide(english, 'je veux parler à un conseiller')).toMatchObject({ trigger: 'explicit_request' });
  });
});
