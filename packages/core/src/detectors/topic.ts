import type { Language, Severity, TopicRule, TransferMode } from '@baton/protocol';
import { analyze, fold, tokenize, type AnalyzedText } from '../text.js';

export interface TopicMatch {
  rule: string;
  severity: Severity;
  transfer: TransferMode;
  route: string | null;
  /** The keyword or pattern that matched, and in which language's list. */
  evidence: string;
  language: Language;
}

interface Phrase {
  /** Each word, with `prefix` set when the keyword ended in `*`. */
  words: Array<{ text: string; prefix: boolean }>;
  source: string;
  rule: number;
  language: Language;
}

/** A compiled rule set: keywords indexed by first word, patterns ready to run. */
export interface TopicMatcher {
  match(text: string | AnalyzedText): TopicMatch | undefined;
  /** Every rule that matches, most urgent first: for the summary's topic list. */
  matchAll(text: string | AnalyzedText): TopicMatch[];
}

const PREFIX_KEY = 4;

/**
 * Compiles topic rules for the given languages. Rules keep their order: when several match, the one
 * listed first wins, so the default rules run from most to least urgent (safety first).
 */
export function compileTopics(rules: readonly TopicRule[], languages: readonly Language[]): TopicMatcher {
  const active = rules.filter((r) => r.enabled);
  const exact = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const patterns: Array<{ regex: RegExp; rule: number; language: Language; source: string }> = [];

  active.forEach((rule, index) => {
    for (const language of languages) {
      for (const keyword of rule.keywords?.[language] ?? []) {
        const words = tokenize(fold(keyword.replace(/\*/g, ' zzstarzz ')))
          .reduce<Array<{ text: string; prefix: boolean }>>((acc, token) => {
            if (token === 'zzstarzz') {
              const last = acc[acc.length - 1];
              if (last) last.prefix = true;
            } else acc.push({ text: token, prefix: false });
            return acc;
          }, []);
        const first = words[0];
        if (!first) continue;
        const phrase: Phrase = { words, source: keyword, rule: index, language };
        if (first.prefix && first.text.length >= PREFIX_KEY) push(byPrefix, first.text.slice(0, PREFIX_KEY), phrase);
        else push(exact, first.text, phrase);
      }
      for (const source of rule.patterns?.[language] ?? []) {
        patterns.push({ regex: new RegExp(source, 'u'), rule: index, language, source });
      }
    }
  });

  const found = (input: string | AnalyzedText, firstOnly: boolean): TopicMatch[] => {
    const { folded, tokens } = typeof input === 'string' ? analyze(input) : input;
    const hits = new Map<number, TopicMatch>();
    let best = Number.POSITIVE_INFINITY;
    const record = (rule: number, evidence: string, language: Language) => {
      if (hits.has(rule)) return;
      const r = active[rule]!;
      hits.set(rule, {
        rule: r.id,
        severity: r.severity ?? 'high',
        transfer: r.transfer ?? 'warm',
        route: r.route ?? null,
        evidence,
        language,
      });
      best = Math.min(best, rule);
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const candidates = exact.get(token);
      const prefixed = token.length >= PREFIX_KEY ? byPrefix.get(token.slice(0, PREFIX_KEY)) : undefined;
      for (const list of [candidates, prefixed]) {
        if (!list) continue;
        for (const phrase of list) {
          if (firstOnly && phrase.rule >= best) continue;
          if (matchesAt(tokens, i, phrase)) record(phrase.rule, phrase.source, phrase.language);
        }
      }
    }
    for (const p of patterns) {
      if (firstOnly && p.rule >= best) continue;
      const m = p.regex.exec(folded);
      if (m) record(p.rule, m[0], p.language);
    }
    return [...hits.entries()].sort((a, b) => a[0] - b[0]).map(([, match]) => match);
  };

  return {
    match: (text) => found(text, true)[0],
    matchAll: (text) => found(text, false),
  };
}

function matchesAt(tokens: readonly string[], start: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.words.length; k++) {
    const token = tokens[start + k];
    const word = phrase.words[k]!;
    if (token === undefined) return false;
    if (word.prefix ? !token.startsWith(word.text) : token !== word.text) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
