import type { DistressKind, Language } from '@baton/protocol';
import { LANGUAGES } from '@baton/protocol/vocabulary';
import { en } from './en.js';

/** The default policy's topic rules, which each pack gives keywords and patterns. */
export type DefaultTopicId = 'safety' | 'fraud' | 'legal' | 'medical' | 'finance';

/**
 * One language's words for every detector, folded (lowercase, no accents). Lists are `a|b|c` strings,
 * split when a policy is compiled: thousands of quoted array items would cost a bundle far more bytes.
 * English is built in; the other languages are modules of their own (`@baton/core/languages/es`, …)
 * that a browser loads when it needs them and Node registers all at once (`@baton/core/languages/all`).
 */
export interface LanguagePack {
  language: Language;
  /** Word classes for asking for a person, one list per EXPLICIT_FIELDS entry (see ExplicitLexicon). */
  explicit: readonly string[];
  /** Words that steer the request patterns without saying which language a clause is in, one list per STEERING_FIELDS entry. */
  steering: readonly string[];
  /** Words the request detector's rules test one token at a time, one list per RULE_WORD_FIELDS entry. */
  ruleWords: readonly string[];
  /** Real words one edit from a request word, which typo correction leaves alone ("managed" is no "manager"). */
  knownWords: string;
  /** `word=value` entries (-4 … +3); a trailing `*` matches any ending, and the last prefix that matches wins. */
  valence: string;
  /** Words that flip the valence of what follows (within three words). */
  negators: string;
  /** Words that strengthen what follows. */
  intensifiers: string;
  /** Phrases that signal distress on their own, by kind. */
  distress: Readonly<Record<DistressKind, string>>;
  /** Things that die without anyone grieving ("the battery died", "mi móvil murió"): grief is not read right after one. */
  devices: string;
  /**
   * Keywords (`a|b`, a trailing `*` for any ending), regular expressions and exceptions (phrases that
   * void a keyword they overlap: "is a lawyer"), by default topic rule.
   */
  topics: Readonly<Record<DefaultTopicId, { keywords?: string; patterns?: readonly string[]; exceptions?: string }>>;
}

let packs: readonly LanguagePack[] = [en];
let revision = 0;

/**
 * Makes languages available to every detector. Policies compiled before pick them up from their next
 * message on. Registering a language twice keeps the first pack.
 */
export function registerLanguagePacks(...added: readonly LanguagePack[]): void {
  for (const pack of added) {
    if (packs.some((p) => p.language === pack.language)) continue;
    // Always in LANGUAGES order, whatever the order of loading: lexicons compile the same either way.
    packs = [...packs, pack].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
    revision++;
  }
}

/** The languages whose packs are registered, English first. */
export function registeredLanguages(): Language[] {
  return packs.map((pack) => pack.language);
}

/** The registered packs, in LANGUAGES order. */
export function languagePacks(): readonly LanguagePack[] {
  return packs;
}

/** Changes whenever a pack is registered: compiled lexicons note it and rebuild when it moves on. */
export function languageRevision(): number {
  return revision;
}
