import type { Language, TopicRule } from '@baton/protocol';
import { en } from '../languages/en.js';
import type { DefaultTopicId, LanguagePack } from '../languages/language-pack.js';

/**
 * The default policy's topic rules, most urgent first. Their keywords and patterns come from the
 * language packs: folded (lowercase, no accents) whole words or phrases, a trailing `*` for any
 * ending. They are deliberately specific ("insurance claim", not "claim"; "a scam", not "scammer")
 * so that hyperbole ("this price is criminal", "the shoes are killing me", "fire sale") stays quiet.
 * Patterns catch what needs a gap between words; exceptions void a keyword (or a pattern's match) where it describes
 * someone rather than engages them ("my sister is a lawyer").
 */
const RULES: ReadonlyArray<Omit<TopicRule, 'keywords' | 'patterns'> & { id: DefaultTopicId }> = [
  { id: 'safety', enabled: true, label: 'Safety', severity: 'critical', transfer: 'warm', route: 'safety' },
  { id: 'fraud', enabled: true, label: 'Fraud', severity: 'high', transfer: 'warm', route: 'fraud' },
  { id: 'legal', enabled: true, label: 'Legal', severity: 'high', transfer: 'warm', route: 'legal' },
  { id: 'medical', enabled: true, label: 'Medical', severity: 'high', transfer: 'warm', route: 'medical' },
  { id: 'finance', enabled: true, label: 'Regulated finance', severity: 'medium', transfer: 'warm', route: 'finance' },
];

/** The default topic rules with the keywords and patterns of the given packs. */
export function topicRulesFor(packs: readonly LanguagePack[]): TopicRule[] {
  return RULES.map((rule) => {
    const keywords: Partial<Record<Language, string[]>> = {};
    const patterns: Partial<Record<Language, string[]>> = {};
    const exceptions: Partial<Record<Language, string[]>> = {};
    for (const pack of packs) {
      const lists = pack.topics[rule.id];
      if (lists.keywords) keywords[pack.language] = lists.keywords.split('|');
      if (lists.patterns) patterns[pack.language] = [...lists.patterns];
      if (lists.exceptions) exceptions[pack.language] = lists.exceptions.split('|');
    }
    return { ...rule, keywords, patterns, exceptions };
  });
}

/** The default rules in English, the language built in: what `defaultPolicy.topics` holds. */
export const DEFAULT_TOPIC_RULES: TopicRule[] = topicRulesFor([en]);
