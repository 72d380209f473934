import { LANGUAGES } from '@baton/protocol/vocabulary';
import type { DistressKind, Language } from '@baton/protocol';
import { DISTRESS, INTENSIFIERS, NEGATORS, VALENCE } from '../lexicon/sentiment.lexicon.js';
import { analyze, type AnalyzedText } from '../text.js';

export interface SentimentReading {
  /** -1 (very negative) … 1 (very positive), 0 when nothing carried a sentiment. */
  score: number;
  /** Distress kinds signalled by this message. */
  distress: DistressKind[];
  /** The words that carried the score, strongest first (for the decision's evidence). */
  evidence: string[];
}

interface Entry {
  rest: string[];
  value: number;
  prefix: boolean;
}

interface CompiledSentiment {
  valence: Map<string, Entry[]>;
  prefixes: Array<{ stem: string; value: number }>;
  distress: Map<string, Array<{ rest: string[]; kind: DistressKind }>>;
}

const cache = new Map<string, CompiledSentiment>();
const tokenizeFolded = (phrase: string) => analyze(phrase).tokens;

function compile(languages: readonly Language[]): CompiledSentiment {
  const key = languages.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const valence = new Map<string, Entry[]>();
  const prefixes: Array<{ stem: string; value: number }> = [];
  for (const language of languages) {
    for (const [word, value] of Object.entries(VALENCE[language])) {
      if (word.endsWith('*')) {
        prefixes.push({ stem: word.slice(0, -1), value });
        continue;
      }
      const [first, ...rest] = tokenizeFolded(word);
      if (!first) continue;
      const list = valence.get(first) ?? [];
      list.push({ rest, value, prefix: false });
      valence.set(first, list);
    }
  }
  const distress = new Map<string, Array<{ rest: string[]; kind: DistressKind }>>();
  // Distress is too important to depend on the policy's languages: every language is always on.
  for (const [kind, phrases] of Object.entries(DISTRESS) as Array<[DistressKind, readonly string[]]>) {
    for (const phrase of phrases) {
      const [first, ...rest] = tokenizeFolded(phrase);
      if (!first) continue;
      const list = distress.get(first) ?? [];
      list.push({ rest, kind });
      distress.set(first, list);
    }
  }
  const compiled = { valence, prefixes, distress };
  cache.set(key, compiled);
  return compiled;
}

const matchesRest = (tokens: readonly string[], at: number, rest: readonly string[]) =>
  rest.every((word, k) => tokens[at + 1 + k] === word);

/**
 * Lexicon sentiment with negation ("not happy" is negative, "pas mal" is not bad), intensifiers
 * ("very angry"), shouting (CAPS, "!!!") and distress phrases. Normalised to -1…1 like VADER's
 * compound score, so one mild word does not read as fury.
 */
export function readSentiment(input: string | AnalyzedText, languages: readonly Language[] = LANGUAGES): SentimentReading {
  const { valence, prefixes, distress } = compile(languages);
  const { text, tokens } = typeof input === 'string' ? analyze(input) : input;
  const shouting = text.length >= 8 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
  const exclamations = Math.min(3, (text.match(/!/g) ?? []).length);

  let sum = 0;
  const kinds = new Set<DistressKind>();
  const evidence: Array<[string, number]> = [];
  let negateUntil = -1;
  let boost = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const d of distress.get(token) ?? []) if (matchesRest(tokens, i, d.rest)) kinds.add(d.kind);
    if (NEGATORS.has(token)) {
      negateUntil = i + 3;
      continue;
    }
    if (INTENSIFIERS.has(token)) {
      boost = 1.5;
      continue;
    }
    let value: number | undefined;
    let width = 1;
    for (const entry of valence.get(token) ?? []) {
      if (entry.rest.length + 1 > width - 1 && matchesRest(tokens, i, entry.rest)) {
        value = entry.value;
        width = entry.rest.length + 1;
      }
    }
    if (value === undefined) {
      for (const p of prefixes) if (token.startsWith(p.stem)) value = p.value;
    }
    if (value === undefined) continue;
    // A negated positive turns mildly negative; a negated negative only softens ("not bad").
    if (i <= negateUntil) value = value > 0 ? -value * 0.75 : value * -0.5;
    value *= boost;
    boost = 1;
    sum += value;
    evidence.push([tokens.slice(i, i + width).join(' '), value]);
    i += width - 1;
  }
  if (sum < 0) sum *= 1 + 0.15 * exclamations + (shouting ? 0.3 : 0);
  const score = sum / Math.sqrt(sum * sum + 15);
  evidence.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { score: Math.max(-1, Math.min(1, score)), distress: [...kinds], evidence: evidence.slice(0, 5).map(([w]) => w) };
}
