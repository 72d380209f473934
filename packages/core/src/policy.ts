import type { Language, Policy, TopicRule } from '@baton/protocol';
import { LANGUAGES } from '@baton/protocol/vocabulary';
import { prepareExplicitRequest } from './detectors/explicit-request.js';
import { prepareSentiment } from './detectors/sentiment.js';
import { compileTopics, type TopicMatcher } from './detectors/topic.js';
import { languagePacks, languageRevision } from './languages/language-pack.js';
import { DEFAULT_TOPIC_RULES, topicRulesFor } from './lexicon/topics.lexicon.js';
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

/**
 * A policy ready to run: topic rules merged and indexed, redaction compiled. Build once, reuse: the
 * topic rules follow the language packs registered later (see registerLanguagePacks).
 */
export interface CompiledPolicy {
  policy: Policy;
  /** The effective topic rules after layering over the defaults. */
  readonly topicRules: TopicRule[];
  readonly topics: TopicMatcher;
  redactor: Redactor;
  languages: readonly Language[];
}

let defaults: TopicRule[] = DEFAULT_TOPIC_RULES;
let defaultsAt = -1;

/** The default rules with the keywords and patterns of every registered language pack. */
function defaultTopicRules(): TopicRule[] {
  if (defaultsAt !== languageRevision()) {
    defaults = topicRulesFor(languagePacks());
    defaultsAt = languageRevision();
  }
  return defaults;
}

/**
 * Layers a validated policy over the default one (`extends: default`): a topic rule with a default
 * rule's id overrides its settings and adds its keywords, patterns and exceptions; new ids are appended. The
 * default rules hold the words of every registered language pack.
 */
export function effectiveTopicRules(policy: Policy): TopicRule[] {
  if (policy.extends === 'none') return policy.topics;
  if (policy === defaultPolicy) return defaultTopicRules();
  const rules = defaultTopicRules().map((rule) => ({ ...rule }));
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
      exceptions: mergeLists(base.exceptions, override.exceptions),
    };
  }
  return rules;
}

export function compilePolicy(policy: Policy = defaultPolicy): CompiledPolicy {
  prepareExplicitRequest();
  let topicRules: TopicRule[] = [];
  let topics: TopicMatcher | undefined;
  let compiledAt = -1;
  const current = () => {
    if (compiledAt !== languageRevision()) {
      topicRules = effectiveTopicRules(policy);
      topics = compileTopics(topicRules, policy.languages);
      compiledAt = languageRevision();
    }
  };
  current();
  return {
    policy,
    get topicRules() {
      current();
      return topicRules;
    },
    get topics() {
      current();
      return topics!;
    },
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

/**
 * Builds what newly registered language packs change for a compiled policy (its topic index, the
 * request and sentiment lexicons) now, so that its next message does not pay for it. A browser
 * calls it once a pack has loaded, before the message that waited for the pack.
 */
export function prepareLanguages(compiled: CompiledPolicy): void {
  prepareExplicitRequest();
  prepareSentiment(compiled.languages);
  void compiled.topics;
}
