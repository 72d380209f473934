import { DISTRESS_KINDS, LANGUAGES } from '@baton/protocol/vocabulary';
import type { DistressKind, Language } from '@baton/protocol';
import { languagePacks, languageRevision } from '../languages/language-pack.js';
import { analyze, type AnalyzedText } from '../text.js';
import { idsOf, wordId } from '../vocabulary.js';

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

/** Everything the lexicons say about one token, so each token costs one lookup. */
interface TokenInfo {
  valence: Entry[] | undefined;
  distress: Array<{ rest: string[]; kind: DistressKind }> | undefined;
  negator: boolean;
  intensifier: boolean;
  /** A thing that dies without grief (LanguagePack.devices). */
  device: boolean;
}

interface CompiledSentiment {
  /** Bit (code & 31) set for the first letter of each prefix stem: most tokens start with none. */
  prefixStarts: number;
  /** By vocabulary id. */
  tokens: Array<TokenInfo | undefined>;
  prefixes: Array<{ stem: string; value: number }>;
}

/** Tables by the policy's languages (`en,fr`), for the registered packs as of `revision`. */
const cache = new Map<string, CompiledSentiment>();
let cachedAt = -1;
/** The same tables by the languages array itself (with a copy to notice later edits), to skip building the key per message. */
let byArray = new WeakMap<readonly Language[], { languages: Language[]; compiled: CompiledSentiment }>();
const tokenizeFolded = (phrase: string) => analyze(phrase).tokens;

function sameLanguages(a: readonly Language[], b: readonly Language[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function info(tokens: Map<string, TokenInfo>, token: string): TokenInfo {
  let found = tokens.get(token);
  if (!found) tokens.set(token, (found = { valence: undefined, distress: undefined, negator: false, intensifier: false, device: false }));
  return found;
}

/** `word=value|word=value…` in order; a word listed twice keeps its first place and its last value. */
function valence(list: string): Array<[string, number]> {
  const entries = new Map<string, number>();
  for (const entry of list.split('|')) {
    const at = entry.lastIndexOf('=');
    entries.set(entry.slice(0, at), Number(entry.slice(at + 1)));
  }
  return [...entries];
}

const words = (list: string) => (list ? list.split('|') : []);

function compile(languages: readonly Language[]): CompiledSentiment {
  if (cachedAt !== languageRevision()) {
    cache.clear();
    byArray = new WeakMap();
    cachedAt = languageRevision();
  }
  const known = byArray.get(languages);
  if (known && sameLanguages(known.languages, languages)) return known.compiled;
  const key = languages.join(',');
  const cached = cache.get(key);
  if (cached) {
    byArray.set(languages, { languages: [...languages], compiled: cached });
    return cached;
  }
  const tokens = new Map<string, TokenInfo>();
  const prefixes: Array<{ stem: string; value: number }> = [];
  const packs = languagePacks();
  for (const language of languages) {
    const pack = packs.find((p) => p.language === language);
    if (!pack) continue;
    for (const [word, value] of valence(pack.valence)) {
      if (word.endsWith('*')) {
        prefixes.push({ stem: word.slice(0, -1), value });
        continue;
      }
      const [first, ...rest] = tokenizeFolded(word);
      if (!first) continue;
      (info(tokens, first).valence ??= []).push({ rest, value, prefix: false });
    }
  }
  // Distress is too important to depend on the policy's languages: every registered language is on.
  for (const kind of DISTRESS_KINDS) {
    for (const pack of packs) {
      for (const phrase of words(pack.distress[kind])) {
        const [first, ...rest] = tokenizeFolded(phrase);
        if (!first) continue;
        (info(tokens, first).distress ??= []).push({ rest, kind });
      }
    }
  }
  for (const pack of packs) {
    for (const word of words(pack.negators)) info(tokens, word).negator = true;
    for (const word of words(pack.intensifiers)) info(tokens, word).intensifier = true;
    for (const word of words(pack.devices)) info(tokens, word).device = true;
  }
  const table: Array<TokenInfo | undefined> = [];
  for (const [word, found] of tokens) table[wordId(word)] = found;
  let prefixStarts = 0;
  for (const { stem } of prefixes) prefixStarts |= stem === '' ? -1 : 1 << (stem.charCodeAt(0) & 31);
  const compiled = { tokens: table, prefixes, prefixStarts };
  cache.set(key, compiled);
  byArray.set(languages, { languages: [...languages], compiled });
  return compiled;
}

/** Builds the tables for these languages now rather than on the next message. */
export function prepareSentiment(languages: readonly Language[]): void {
  compile(languages);
}

function matchesRest(tokens: readonly string[], at: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (tokens[at + 1 + k] !== rest[k]) return false;
  return true;
}

/** Whether one of the three tokens before i names a device: "the battery died", "la batterie est morte". */
function afterDevice(table: ReadonlyArray<TokenInfo | undefined>, ids: readonly number[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (table[ids[k]!]?.device) return true;
  return false;
}

const UPPERCASE_LETTER = /\p{Lu}/u;

/** `text === text.toUpperCase()`, without building the uppercase copy when a lowercase ASCII letter says no. */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) return text === text.toUpperCase();
  }
  return true;
}

function countExclamations(text: string): number {
  let count = 0;
  for (let i = text.indexOf('!'); i !== -1 && count < 3; i = text.indexOf('!', i + 1)) count++;
  return count;
}

/**
 * Lexicon sentiment with negation ("not happy" is negative, "pas mal" is not bad), intensifiers
 * ("very angry"), shouting (CAPS, "!!!") and distress phrases. Normalised to -1…1 like VADER's
 * compound score, so one mild word does not read as fury.
 */
export function readSentiment(input: string | AnalyzedText, languages: readonly Language[] = LANGUAGES): SentimentReading {
  const { tokens: table, prefixes, prefixStarts } = compile(languages);
  const analyzed = typeof input === 'string' ? analyze(input) : input;
  const { text, tokens } = analyzed;
  const ids = idsOf(analyzed);
  const shouting = text.length >= 8 && isUpperCase(text) && UPPERCASE_LETTER.test(text);
  const exclamations = countExclamations(text);

  let sum = 0;
  let kinds: Set<DistressKind> | undefined;
  const evidence: Array<[string, number]> = [];
  let negateUntil = -1;
  let boost = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const id = ids[i]!;
    const known = id < 0 ? undefined : table[id];
    let value: number | undefined;
    let width = 1;
    if (known) {
      if (known.distress) {
        for (const d of known.distress) {
          if (!matchesRest(tokens, i, d.rest) || (d.kind === 'grief' && afterDevice(table, ids, i))) continue;
          // "I'm not scared of paperwork", "keine Angst": fear and anger can be negated; self-harm and grief are read regardless.
          if ((d.kind === 'fear' || d.kind === 'anger') && i <= negateUntil) continue;
          (kinds ??= new Set()).add(d.kind);
        }
      }
      if (known.negator) {
        negateUntil = i + 3;
        continue;
      }
      if (known.intensifier) {
        boost = 1.5;
        continue;
      }
      if (known.valence) {
        for (const entry of known.valence) {
          if (entry.rest.length + 1 > width - 1 && matchesRest(tokens, i, entry.rest)) {
            value = entry.value;
            width = entry.rest.length + 1;
          }
        }
      }
    }
    if (value === undefined && prefixStarts & (1 << (token.charCodeAt(0) & 31))) {
      for (const p of prefixes) if (token.startsWith(p.stem)) value = p.value;
    }
    if (value === undefined) continue;
    // A negated positive turns mildly negative; a negated negative only softens ("not bad").
    if (i <= negateUntil) value = value > 0 ? -value * 0.75 : value * -0.5;
    value *= boost;
    boost = 1;
    sum += value;
    evidence.push([width === 1 ? token : tokens.slice(i, i + width).join(' '), value]);
    i += width - 1;
  }
  if (sum < 0) sum *= 1 + 0.15 * exclamations + (shouting ? 0.3 : 0);
  const score = sum / Math.sqrt(sum * sum + 15);
  if (evidence.length > 1) evidence.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const words: string[] = [];
  for (let k = 0; k < evidence.length && k < 5; k++) words.push(evidence[k]![0]);
  return { score: Math.max(-1, Math.min(1, score)), distress: kinds ? [...kinds] : [], evidence: words };
}
