/**
 * Text folding shared by every detector: lowercase, accents removed, elongations collapsed
 * ("aaagent" → "agent"), contractions opened ("don't" → "do not"), split into word tokens.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ELONGATION = /(\p{L})\1{2,}/gu;
const ASCII_ELONGATION = /([a-z])\1{2,}/g;
const APOSTROPHES = /[\u2019\u2018\u02bc`´]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/u;
const ASCII_NOT_WORD = /[^a-z0-9']+/;
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, no accents, no elongations; keeps punctuation so clause boundaries survive. */
export function fold(text: string): string {
  // Most chat messages are plain ASCII: skip Unicode normalisation for them (the hot path).
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_ELONGATION, '$1');
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(ELONGATION, '$1');
}

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(i|you|we|they)'d\b/g, '$1 would'],
  [/\b(i|you|we|they)'m\b/g, '$1 am'],
];

/** Splits folded text into word tokens; apostrophes separate elisions ("l'agent" → "l", "agent"). */
export function tokenize(folded: string): string[] {
  let text = folded;
  if (text.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const tokens = text.split(ASCII.test(text) ? ASCII_NOT_WORD : NOT_WORD);
  const out: string[] = [];
  for (const token of tokens) {
    if (!token) continue;
    if (token.includes("'")) {
      for (const part of token.split("'")) if (part) out.push(part);
    } else out.push(token);
  }
  return out;
}

const CLAUSE_BREAK = /[.!?;,:\n()¿¡]+|\s[-–—]\s|\b(?:but|pero|mais|aber|however|though)\b/u;

/** Clauses of folded text: detectors look for a request inside one clause, so "no bot, a human" splits. */
export function clauses(folded: string): string[] {
  return folded.split(CLAUSE_BREAK).filter((c) => c !== undefined && c.trim() !== '');
}

/** A message folded and split once, shared by every detector. */
export interface AnalyzedText {
  text: string;
  folded: string;
  /** Word tokens per clause. */
  clauses: string[][];
  /** All word tokens, in order. */
  tokens: string[];
}

export function analyze(text: string): AnalyzedText {
  const folded = fold(text);
  const parts = clauses(folded).map(tokenize);
  return { text, folded, clauses: parts, tokens: parts.flat() };
}

/** Optimal string alignment distance, capped: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[cols - 1]!;
}

/**
 * Finds lexicon words within one edit of a token (two for long words), in time independent of the
 * lexicon's size: every word and every token is indexed by its one-letter deletions (symmetric delete).
 */
export class FuzzyIndex<T> {
  private readonly byDeletion = new Map<string, Array<[string, T]>>();
  private readonly swapsOnly = new Set<string>();

  /** `swapsOnly` words (short ones, where one edit makes another real word) match only by two swapped letters. */
  constructor(entries: Iterable<[string, T]>, swapsOnly: Iterable<string> = []) {
    for (const word of swapsOnly) this.swapsOnly.add(word);
    for (const [word, value] of entries) {
      for (const key of [word, ...deletions(word)]) {
        const bucket = this.byDeletion.get(key);
        if (bucket) bucket.push([word, value]);
        else this.byDeletion.set(key, [[word, value]]);
      }
    }
  }

  /** The closest word and its value, or undefined. Short tokens only match by swapping two letters. */
  lookup(token: string): { word: string; value: T } | undefined {
    if (token.length < 4) return undefined;
    const allowed = token.length >= 9 ? 2 : 1;
    let best: { word: string; value: T; distance: number } | undefined;
    for (const key of [token, ...deletions(token)]) {
      const bucket = this.byDeletion.get(key);
      if (!bucket) continue;
      for (const [word, value] of bucket) {
        const swapOnly = token.length === 4 || this.swapsOnly.has(word);
        if (swapOnly && !isTransposition(token, word)) continue;
        const distance = editDistance(token, word, allowed);
        if (distance > allowed) continue;
        if (!best || distance < best.distance) best = { word, value, distance };
      }
    }
    return best && { word: best.word, value: best.value };
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
