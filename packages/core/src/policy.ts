import type { Language, Policy, TopicRule } from '@baton/protocol';
import { LANGUAGES } from '@baton/protocol/vocabulary';
import { prepareExplicitRequest } from './detectors/explicit-request.js';
import { compileTopics, type TopicMatcher } from './detectors/topic.js';
import { DEFAULT_TOPIC_RULES } from './lexicon/topics.lexicon.js';
import { createRedactor, type Redactor } from './redaction.js';

/**
 * Baton's default policy, every field spelled out. It is a literal (not `parsePolicy({version: 1})`)
 * so the browser build needs no schema library; a test proves it equals what the schema produces.
 */
export const defaultPolicy: Policy = {
  version: 1,
  name: 'default',
  extends: 'default',
  languages: [...LANGUAGES],
  triggers: {
    explicit_request: { enabled: true, severity: 'medium', transfer: 'warm' },
    low_confidence: { enabled: true, severity: 'medium', transfer: 'warm', threshold: 0.5 },
    sentiment: { enabled: true, severity: 'high', transfer: 'warm', threshold: -0.3, window: 3, minNegative: 2, distress: true },
    topic: { enabled: true },
    repeat_contact: { enabled: true, severity: 'medium', transfer: 'warm', windowHours: 72 },
    loop: { enabled: true, severity: 'medium', transfer: 'warm', count: 3 },
    inactivity: { enabled: true, severity: 'low', transfer: 'cold', aiTimeoutMs: 30_000, stallMs: null },
  },
  review: { enabled: false, floor: 0.3, severity: 'medium' },
  topics: DEFAULT_TOPIC_RULES,
  redaction: { email: true, phone: true, card: true, iban: true, nationalId: true, custom: [] },
};

/** A policy ready to run: topic rules merged and indexed, redaction compiled. Build once, reuse. */
export interface CompiledPolicy {
  policy: Policy;
  /** The effective topic rules after layering over the defaults. */
  topicRules: TopicRule[];
  topics: TopicMatcher;
  redactor: Redactor;
  languages: readonly Language[];
}

/**
 * Layers a validated policy over the default one (`extends: default`): a topic rule with a default
 * rule's id overrides its settings and adds its keywords and patterns; new ids are appended.
 */
export function effectiveTopicRules(policy: Policy): TopicRule[] {
  if (policy.extends === 'none' || policy === defaultPolicy) return policy.topics;
  const rules = DEFAULT_TOPIC_RULES.map((rule) => ({ ...rule }));
  for (const override of policy.topics) {
    const index = rules.findIndex((r) => r.id === override.id);
    if (index === -1) {
      rules.push(override);
      continue;
    }
    const base = rules[index]!;
    rules[index] = {
      ...base,
      ...withoutUndefined(override),
      keywords: mergeLists(base.keywords, override.keywords),
      patterns: mergeLists(base.patterns, override.patterns),
    };
  }
  return rules;
}

export function compilePolicy(policy: Policy = defaultPolicy): CompiledPolicy {
  prepareExplicitRequest();
  const topicRules = effectiveTopicRules(policy);
  return {
    policy,
    topicRules,
    topics: compileTopics(topicRules, policy.languages),
    redactor: createRedactor(policy.redaction),
    languages: policy.languages,
  };
}

function mergeLists(
  base: Partial<Record<Language, string[]>> | undefined,
  extra: Partial<Record<Language, string[]>> | undefined,
): Partial<Record<Language, string[]>> {
  const merged: Partial<Record<Language, string[]>> = { ...base };
  for (const [language, list] of Object.entries(extra ?? {}) as Array<[Language, string[]]>) {
    merged[language] = [...(merged[language] ?? []), ...list];
  }
  return merged;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
