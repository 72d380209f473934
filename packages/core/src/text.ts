/**
 * Text folding shared by every detector: lowercase, accents removed, elongations collapsed
 * ("aaagent" → "agent"), contractions opened ("don't" → "do not"), split into word tokens.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ELONGATION = /(\p{L})\1{2,}/gu;
const APOSTROPHES = /[\u2019\u2018\u02bc`´]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/u;
const ASCII_NOT_WORD = /[^a-z0-9']+/;
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, no accents, no elongations; keeps punctuation so clause boundaries survive. */
export function fold(text: string): string {
  const latin = foldLatinUncollapsed(text);
  return latin === undefined ? foldUnicode(text) : collapseElongations(latin);
}

/** fold() before elongations collapse, for ASCII and Latin text (nearly every message); undefined for other text. */
function foldLatinUncollapsed(text: string): string | undefined {
  // Most chat messages are plain ASCII: skip Unicode normalisation for them (the hot path).
  return ASCII.test(text) ? text.toLowerCase() : foldLatin(text);
}

/** Letters NFD leaves whole, written out as their letters: "Straße", "jeter un œil", "ex æquo". */
const LIGATURES = /[ßœæ]/g;
const LETTERS_OF: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae' };
const spellOut = (ligature: string) => LETTERS_OF[ligature]!;

function foldUnicode(text: string): string {
  return text
    .toLowerCase()
    .replace(LIGATURES, spellOut)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(ELONGATION, '$1');
}

/** Text below this (Latin, IPA, combining accents)… */
const LATIN_LIMIT = 0x370;
/**
 * …and in these ranges folds character by character: general punctuation (dashes, curly quotes,
 * ellipsis) and currency signs (€); letterlike symbols, arrows, maths, dingbats (✔ ❤); variation
 * selectors; and emoji. None holds an accent NFD could reorder or a letter that lowercases by context.
 */
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_TO = 0x20d0;
const SYMBOLS_FROM = 0x2100;
const SYMBOLS_TO = 0x2c00;
const VARIATION_FROM = 0xfe00;
const VARIATION_TO = 0xfe10;
const EMOJI_FROM = 0x1f300;
const EMOJI_TO = 0x1fb00;

const foldsAlone = (code: number) =>
  code < LATIN_LIMIT ||
  (code >= PUNCTUATION_FROM && code < PUNCTUATION_TO) ||
  (code >= SYMBOLS_FROM && code < SYMBOLS_TO) ||
  (code >= VARIATION_FROM && code < VARIATION_TO);

/** The emoji (a surrogate pair) starting at i, which folds to itself and is neither letter nor digit. */
function emojiAt(text: string, i: number): boolean {
  const code = text.codePointAt(i)!;
  return code >= EMOJI_FROM && code < EMOJI_TO;
}
/**
 * What foldUnicode does to each character after lowercasing (ligatures, accents, apostrophes), filled in as
 * characters are first seen: null where it leaves the character as it is.
 */
const accentFold: Array<string | null | undefined> = [];

function accentFoldOf(code: number): string | null {
  let folded = accentFold[code];
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    const result = char.replace(LIGATURES, spellOut).normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'");
    accentFold[code] = folded = result === char ? null : result;
  }
  return folded;
}

/**
 * foldUnicode() but for elongations, for text that lowercases to Latin script and punctuation, nearly
 * every European message: the same native lowercasing, then the rest character by character, which
 * is what NFD and the replacements do in this range (the only accents NFD could reorder are all
 * removed). Undefined for other text.
 */
function foldLatin(text: string): string | undefined {
  const lower = text.toLowerCase();
  // Pieces joined once: the result is scanned character by character next, which a flat string makes cheap.
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80 && code !== 0x60 /* ` */) continue;
    if (!foldsAlone(code)) {
      if (!emojiAt(lower, i)) return undefined;
      i++; // its second half
      continue;
    }
    const folded = accentFoldOf(code);
    if (folded === null) continue;
    out.push(lower.slice(copied, i), folded);
    copied = i + 1;
  }
  if (copied === 0) return lower;
  out.push(lower.slice(copied));
  return out.join('');
}

const LETTER = /\p{L}/u;

/** ELONGATION, for text without surrogate pairs: a run of three or more of one letter becomes one letter. */
function collapseElongations(text: string): string {
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) === code) end++;
    if (end - i >= 3 && LETTER.test(text[i]!)) {
      out.push(text.slice(copied, i + 1));
      copied = end;
    }
    i = end;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Each with a literal it cannot match without, checked first: most texts skip most passes. */
const CONTRACTIONS: ReadonlyArray<[RegExp, string, string]> = [
  [/\bcan't\b/g, 'can not', "can't"],
  [/\bwon't\b/g, 'will not', "won't"],
  [/\b(\w+)n't\b/g, '$1 not', "n't"],
  [/\b(i|you|we|they)'d\b/g, '$1 would', "'d"],
  [/\b(i|you|we|they)'m\b/g, '$1 am', "'m"],
];

function expandContractions(folded: string): string {
  // Every contraction has one of these; most apostrophes are elisions ("j'ai", "l'agent").
  if (!folded.includes("n't") && !folded.includes("'d") && !folded.includes("'m")) return folded;
  let text = folded;
  for (const [pattern, replacement, literal] of CONTRACTIONS) if (text.includes(literal)) text = text.replace(pattern, replacement);
  return text;
}

/** Splits folded text into word tokens; apostrophes separate elisions ("l'agent" → "l", "agent"). */
export function tokenize(folded: string): string[] {
  const text = folded.includes("'") ? expandContractions(folded) : folded;
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

/**
 * Portuguese words "mais" ("more") follows, where it is not French "mais" ("but"): "não preciso mais",
 * "custa a mais", "muito mais", "mais uma vez" after "e", "fica mais fácil", "seria mais tranquilo".
 */
const BEFORE_MORE = ['com', 'pra', 'para', 'nao', 'nunca', 'nem', 'sem', 'ja', 'ainda', 'muito', 'muita', 'pouco', 'bem', 'cada', 'vez', 'um', 'uma', 'a', 'o', 'e', 'ou', 'que', 'quem', 'algo', 'nada', 'ninguem', 'alguem', 'preciso', 'precisa', 'precisas', 'precisamos', 'precisam', 'precisava', 'quero', 'quer', 'queres', 'queremos', 'queria', 'custa', 'cobram', 'tem', 'tenho', 'posso', 'pode', 'demora', 'fica', 'fico', 'ficaria', 'ficar', 'seria', 'estaria', 'sinto', 'sentiria'];
const BEFORE_MORE_SET = new Set(BEFORE_MORE);

// Emoji end a clause too: "this isn't working 🙄 can you connect me" is two thoughts.
const CLAUSE_BREAK = new RegExp(
  `[.!?;,:\\n()¿¡\\u{1F300}-\\u{1FAFF}]+|\\s[-–—]\\s|\\b(?:but|pero|(?<!\\b(?:${BEFORE_MORE.join('|')})\\s+)mais|aber|however|though)\\b`,
  'u',
);

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
  /** wordHash() of each token and of its first PREFIX_LENGTH letters, computed once for every detector (see hashesOf). */
  hashes?: TokenHashes;
  /** The vocabulary id of each token, looked up once for every detector (see idsOf). */
  ids?: { indexSize: number; of: number[] };
}

export interface TokenHashes {
  whole: number[];
  /** Hash of the first PREFIX_LENGTH characters (0 for shorter tokens). */
  prefix: number[];
}

/** Definite and indefinite articles of the six languages, folded: what may stand between a word and the noun it goes with. */
export const ARTICLES: ReadonlySet<string> = new Set([
  'the', 'a', 'el', 'la', 'los', 'las', 'le', 'les', 'l', 'der', 'die', 'das', 'den', 'o', 'os', 'as', 'il', 'lo', 'gli', 'i',
]);

/** The prefix length topic keywords ending in `*` are indexed by. */
export const PREFIX_LENGTH = 4;

/** A cheap string hash shared by the token filters (FNV-1a style), cut to 30 bits so it stays a small integer. */
export function wordHash(word: string, length = word.length): number {
  let h = HASH_SEED;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h & HASH_MASK;
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const HASH_MASK = 0x3fffffff;

/** The token hashes of an analysed text, computed on first use and kept with it. */
export function hashesOf(analyzed: AnalyzedText): TokenHashes {
  if (analyzed.hashes) return analyzed.hashes;
  const { tokens } = analyzed;
  const whole: number[] = [];
  const prefix: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    let h = HASH_SEED;
    let head = 0;
    for (let i = 0; i < token.length; i++) {
      if (i === PREFIX_LENGTH) head = h & HASH_MASK;
      h = Math.imul(h ^ token.charCodeAt(i), HASH_PRIME);
    }
    if (token.length === PREFIX_LENGTH) head = h & HASH_MASK;
    whole.push(h & HASH_MASK);
    prefix.push(head);
  }
  return (analyzed.hashes = { whole, prefix });
}

export function analyze(text: string): AnalyzedText {
  // Folding stops short of collapsing elongations: the scan notices one (they are rare), and then
  // the text is collapsed and scanned again.
  const latin = foldLatinUncollapsed(text);
  if (latin !== undefined) {
    const fast = analyzeLatin(text, latin);
    if (fast !== undefined && fast !== ELONGATED) return fast;
  }
  const folded = latin === undefined ? foldUnicode(text) : collapseElongations(latin);
  const fast = analyzeLatin(text, folded);
  if (fast !== undefined && fast !== ELONGATED) return fast;
  const parts = clauses(folded).map(tokenize);
  // A plain loop: Array.prototype.flat is several times slower on the hot path.
  const tokens: string[] = [];
  for (const part of parts) for (const token of part) tokens.push(token);
  return { text, folded, clauses: parts, tokens };
}

/** Whether the word at i follows one of BEFORE_MORE across spaces (CLAUSE_BREAK's lookbehind). */
function afterMoreWord(folded: string, i: number): boolean {
  let end = i;
  while (end > 0 && isSpace(folded.charCodeAt(end - 1))) end--;
  if (end === i) return false;
  let start = end;
  while (start > 0 && isWordCode(folded.charCodeAt(start - 1))) start--;
  return start < end && BEFORE_MORE_SET.has(folded.slice(start, end));
}

/** Clause-breaking words of CLAUSE_BREAK, by first letter. */
const BREAK_WORDS = ['but', 'pero', 'mais', 'aber', 'however', 'though'];

// Character classes for the scanner, one table lookup each, for folded text below U+20D0 (what
// foldLatin produces). Each is defined by the regular expression it stands for.
const SPACE = 1; // \s (and what trim() removes)
const WORD = 2; // \w: what \b looks at (ASCII)
const TOKEN = 4; // [\p{L}\p{N}]: what tokens are made of (tokenize's NOT_WORD, less the apostrophe)
const BREAK = 8; // CLAUSE_BREAK's punctuation run
const BREAK_WORD = 16; // first letter of one of BREAK_WORDS
const DASH = 32; // CLAUSE_BREAK's spaced dash
const OUTSIDE = 64; // beyond the table: the scanner leaves such text to the regular expressions
const CLASS_LIMIT = VARIATION_TO;
const CLASSES = new Uint8Array(CLASS_LIMIT).fill(OUTSIDE);
{
  // The ranges foldLatin produces, one class (one regular expression scan) at a time.
  let chars = '';
  for (let code = 0; code < CLASS_LIMIT; code++) if (foldsAlone(code)) chars += String.fromCharCode(code);
  for (const char of chars) CLASSES[char.charCodeAt(0)] = 0;
  const classes: Array<[RegExp, number]> = [
    [/\s/gu, SPACE],
    [/\w/g, WORD],
    [/[\p{L}\p{N}]/gu, TOKEN],
    [/[.!?;,:\n()¿¡]/gu, BREAK],
    [/[-–—]/gu, DASH],
  ];
  for (const [pattern, flag] of classes) for (const match of chars.matchAll(pattern)) CLASSES[match[0].charCodeAt(0)]! |= flag;
  for (const word of BREAK_WORDS) CLASSES[word.charCodeAt(0)]! |= BREAK_WORD;
}
/** BREAK_WORDS by the code of their first letter, in their order. */
const BREAK_WORDS_BY_LETTER: string[][] = [];
for (let code = 0; code < 128; code++) BREAK_WORDS_BY_LETTER.push(BREAK_WORDS.filter((w) => w.charCodeAt(0) === code));
/** analyzeLatin's answer when the text holds an elongation still to collapse. */
const ELONGATED = Symbol('elongated');

const classOf = (code: number) => (code < CLASS_LIMIT ? CLASSES[code]! : OUTSIDE);
const isSpace = (code: number) => (classOf(code) & SPACE) !== 0;
/** Whether `\b` counts the character as part of a word (ASCII letters, digits, `_`). */
export const isWordCode = (code: number) => (classOf(code) & WORD) !== 0;

/**
 * analyze() in one scan, without regular expressions, for folded text of Latin script (nearly every
 * message): the same clauses and tokens as `clauses(folded).map(tokenize)` (a test compares them),
 * each token hashed (as hashesOf does) as it is read. Undefined for other text.
 */
function analyzeLatin(text: string, folded: string): AnalyzedText | typeof ELONGATED | undefined {
  const parts: string[][] = [];
  const tokens: string[] = [];
  const whole: number[] = [];
  const prefix: number[] = [];
  const n = folded.length;
  let start = 0;
  // The current clause so far: whether it is all spaces, whether it may hold a contraction to open
  // ("n't", "'d", "'m"), its tokens.
  let blank = true;
  let contraction = false;
  let clause: string[] = [];
  // The token being read: where it started (-1: none), its hash so far and its prefix's hash.
  let tokenStart = -1;
  let h = 0;
  let head = 0;
  // The current run of one character, to notice an elongation fold() would have collapsed. Letter
  // runs never reach into the clause breaks skipped below (punctuation, spaces, whole break words).
  let runCode = -1;
  let run = 0;
  const classes = CLASSES;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    const kind = code < CLASS_LIMIT ? classes[code]! : OUTSIDE;
    // A letter or digit that cannot start a break word (the common case): no break word's first
    // letter, or one inside a word (after an ASCII letter or digit, which runCode holds there).
    if (kind & TOKEN && (!(kind & BREAK_WORD) || (tokenStart >= 0 && runCode < 0x80))) {
      if (code === runCode) {
        if (++run === 3 && LETTER.test(folded[i]!)) return ELONGATED;
      } else {
        runCode = code;
        run = 1;
      }
      if (tokenStart < 0) {
        tokenStart = i;
        h = HASH_SEED;
        head = 0;
        blank = false;
      }
      if (i - tokenStart === PREFIX_LENGTH) head = h & HASH_MASK;
      h = Math.imul(h ^ code, HASH_PRIME);
      i++;
      continue;
    }
    // Where a clause break starting here ends; -1 for none (letters and digits never start one but for BREAK_WORDS).
    let breakEnd = -1;
    if (kind & (OUTSIDE | BREAK | SPACE | BREAK_WORD)) {
      if (kind & OUTSIDE) {
        // An emoji breaks the clause (CLAUSE_BREAK); anything else is for the regular expressions.
        if (!emojiAt(folded, i)) return undefined;
        breakEnd = i + 2;
      } else if (kind & BREAK) {
        breakEnd = i + 1;
        while (breakEnd < n && classOf(folded.charCodeAt(breakEnd)) & BREAK) breakEnd++;
      } else if (kind & SPACE && i + 2 < n && classOf(folded.charCodeAt(i + 1)) & DASH && isSpace(folded.charCodeAt(i + 2))) {
        breakEnd = i + 3;
      } else if (kind & BREAK_WORD && (i === 0 || !isWordCode(folded.charCodeAt(i - 1)))) {
        for (const word of BREAK_WORDS_BY_LETTER[code]!) {
          const end = i + word.length;
          if (folded.startsWith(word, i) && (end === n || !isWordCode(folded.charCodeAt(end))) && !(word === 'mais' && afterMoreWord(folded, i))) {
            breakEnd = end;
            break;
          }
        }
      }
    }
    if (breakEnd < 0) {
      if (code === runCode) {
        if (++run === 3 && LETTER.test(folded[i]!)) return ELONGATED;
      } else {
        runCode = code;
        run = 1;
      }
      if (kind & TOKEN) {
        // A break word's first letter that starts no break word.
        if (tokenStart < 0) {
          tokenStart = i;
          h = HASH_SEED;
          head = 0;
          blank = false;
        }
        if (i - tokenStart === PREFIX_LENGTH) head = h & HASH_MASK;
        h = Math.imul(h ^ code, HASH_PRIME);
        i++;
        continue;
      }
      if (tokenStart >= 0) {
        pushToken(folded.slice(tokenStart, i), h, head, tokenStart, i);
        tokenStart = -1;
      }
      if (!(kind & SPACE)) blank = false;
      if (code === 0x27) {
        const next = folded.charCodeAt(i + 1);
        if (next === 0x64 /* d */ || next === 0x6d /* m */ || (next === 0x74 /* t */ && folded.charCodeAt(i - 1) === 0x6e) /* n */) contraction = true;
      }
      i++;
      continue;
    }
    endClause(i);
    runCode = -1;
    start = i = breakEnd;
  }
  endClause(n);
  return { text, folded, clauses: parts, tokens, hashes: { whole, prefix } };

  function pushToken(token: string, hash: number, prefixHash: number, from: number, to: number): void {
    clause.push(token);
    tokens.push(token);
    whole.push(hash & HASH_MASK);
    prefix.push(to - from === PREFIX_LENGTH ? hash & HASH_MASK : prefixHash);
  }

  function endClause(end: number): void {
    if (tokenStart >= 0) {
      pushToken(folded.slice(tokenStart, end), h, head, tokenStart, end);
      tokenStart = -1;
    }
    if (!blank) {
      if (contraction) {
        // Read again once contractions are opened ("don't" → "do not"): rare, and the plain path.
        tokens.length = whole.length = prefix.length = tokens.length - clause.length;
        addOpenedClause(folded, start, end, parts, tokens, { whole, prefix });
      } else parts.push(clause);
      clause = [];
    }
    blank = true;
    contraction = false;
  }
}

/** Adds the tokens of folded[from, to), a clause that is not all spaces, with its contractions opened. */
function addOpenedClause(folded: string, from: number, to: number, parts: string[][], all: string[], hashes: TokenHashes): void {
  // Tokens are the runs of letters and digits: apostrophes separate them too, once contractions are opened.
  const text = expandContractions(folded.slice(from, to));
  // Each token's hashes (as hashesOf computes them) come with the scan that finds it.
  const clause: string[] = [];
  const classes = CLASSES;
  for (let k = 0; k < text.length; ) {
    let code = text.charCodeAt(k);
    if (!(code < CLASS_LIMIT && classes[code]! & TOKEN)) {
      k++;
      continue;
    }
    const begin = k;
    let h = HASH_SEED;
    let head = 0;
    do {
      if (k - begin === PREFIX_LENGTH) head = h & HASH_MASK;
      h = Math.imul(h ^ code, HASH_PRIME);
      if (++k === text.length) break;
      code = text.charCodeAt(k);
    } while (code < CLASS_LIMIT && classes[code]! & TOKEN);
    if (k - begin === PREFIX_LENGTH) head = h & HASH_MASK;
    const token = text.slice(begin, k);
    clause.push(token);
    all.push(token);
    hashes.whole.push(h & HASH_MASK);
    hashes.prefix.push(head);
  }
  parts.push(clause);
}

const HASH_BASE = 0x01000193;

/** HASH_BASE to the power of each index, for deletionHashes (grown on demand). */
let powers = new Int32Array(0);

/**
 * Stores in `out` the polynomial hash (base HASH_BASE, mod 2^32) of `token` (index 0) and of the
 * token without its character i (index i + 1), in O(length) without building the shorter strings:
 * index keys and lookup keys hash alike.
 */
function deletionHashes(token: string, out: Int32Array): void {
  const n = token.length;
  if (powers.length < n + 1) {
    powers = new Int32Array(2 * n + 2);
    powers[0] = 1;
    for (let k = 1; k < powers.length; k++) powers[k] = Math.imul(powers[k - 1]!, HASH_BASE);
  }
  const pow = powers;
  // Backwards: the hash of what follows character i.
  let suffix = 0;
  for (let i = n - 1; i >= 0; i--) {
    out[i + 1] = suffix;
    suffix = (Math.imul(token.charCodeAt(i), pow[n - 1 - i]!) + suffix) | 0;
  }
  // Forwards: the prefix before character i, shifted past the n - 1 - i characters after it.
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    out[i + 1] = (Math.imul(prefix, pow[n - 1 - i]!) + out[i + 1]!) | 0;
    prefix = (Math.imul(prefix, HASH_BASE) + token.charCodeAt(i)) | 0;
  }
  out[0] = prefix;
}

/** Bits of the key-hash filter: a token whose keys all miss it is no one's typo, without a Map lookup. */
const FILTER_BITS = 1 << 18;
/** Scratch for a word's key hashes (deletionHashes' `out`). */
let keyHashes = new Int32Array(64);

/** Whether `key` equals `text` without the character at `skip` (-1: the whole text). */
function equalsWithout(key: string, text: string, skip: number): boolean {
  if (key.length !== (skip < 0 ? text.length : text.length - 1)) return false;
  for (let i = 0, k = 0; i < text.length; i++) {
    if (i === skip) continue;
    if (key.charCodeAt(k++) !== text.charCodeAt(i)) return false;
  }
  return true;
}

interface Keyed<T> {
  /** The word itself or one of its one-letter deletions. */
  key: string;
  word: string;
  value: T;
}

/**
 * Finds lexicon words within one edit of a token (two for long words), in time independent of the
 * lexicon's size: every word and every token is indexed by its one-letter deletions (symmetric delete).
 * Keys are hashed from the token in place, so a lookup builds no strings.
 */
export class FuzzyIndex<T> {
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  /** Open addressing by key hash: `slots` holds each bucket's key hash, `buckets` its entries. */
  private readonly slots: Int32Array;
  private readonly buckets: Array<Array<Keyed<T>> | undefined>;
  private readonly swapsOnly = new Set<string>();
  private readonly completable = new Set<string>();
  /** Keys are one letter shorter or the word itself: longer tokens cannot share one. */
  private maxLength = 0;

  /**
   * `swapsOnly` words (short ones, where one edit makes another real word) match only by two swapped
   * letters. Four-letter tokens match only that way too, except that they may complete a
   * `completable` word by the one letter they dropped, when it is not the first ("agen" → "agent").
   */
  constructor(entries: Iterable<[string, T]>, swapsOnly: Iterable<string> = [], completable: Iterable<string> = []) {
    for (const word of swapsOnly) this.swapsOnly.add(word);
    for (const word of completable) this.completable.add(word);
    const byDeletion = new Map<number, Array<Keyed<T>>>();
    for (const [word, value] of entries) {
      if (keyHashes.length < word.length + 1) keyHashes = new Int32Array(2 * word.length + 2);
      deletionHashes(word, keyHashes);
      for (let skip = -1; skip < word.length; skip++) {
        const key = skip < 0 ? word : word.slice(0, skip) + word.slice(skip + 1);
        const hash = keyHashes[skip + 1]!;
        this.filter[(hash & (FILTER_BITS - 1)) >>> 5]! |= 1 << (hash & 31);
        if (word.length > this.maxLength) this.maxLength = word.length;
        const bucket = byDeletion.get(hash);
        if (bucket) bucket.push({ key, word, value });
        else byDeletion.set(hash, [{ key, word, value }]);
      }
    }
    let size = 2;
    while (size < byDeletion.size * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.buckets = new Array<Array<Keyed<T>> | undefined>(size);
    for (const [hash, bucket] of byDeletion) {
      let slot = hash & (size - 1);
      while (this.buckets[slot]) slot = (slot + 1) & (size - 1);
      this.slots[slot] = hash;
      this.buckets[slot] = bucket;
    }
  }

  private bucket(hash: number): Array<Keyed<T>> | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const bucket = this.buckets[slot];
      if (!bucket || this.slots[slot] === hash) return bucket;
    }
  }

  /** Whether `token` is the completable `word` with one letter after the first dropped. */
  private completes(token: string, word: string): boolean {
    return word.length === token.length + 1 && token.charCodeAt(0) === word.charCodeAt(0) && this.completable.has(word) && withinOneEdit(token, word);
  }

  /**
   * The closest word and its value, or undefined. Short tokens only match by swapping two letters. Between words as
   * close, the first found, unless `prefer` holds for a later one only.
   */
  lookup(token: string, prefer?: (value: T) => boolean): { word: string; value: T } | undefined {
    if (token.length < 4 || token.length > this.maxLength + 1) return undefined;
    const allowed = token.length >= 9 ? 2 : 1;
    let best: Keyed<T> | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    if (keyHashes.length < token.length + 1) keyHashes = new Int32Array(2 * token.length + 2);
    const hashes = keyHashes;
    deletionHashes(token, hashes);
    // The token itself first, then its deletions in order: ties keep the first word found.
    for (let skip = -1; skip < token.length; skip++) {
      const hash = hashes[skip + 1]!;
      if ((this.filter[(hash & (FILTER_BITS - 1)) >>> 5]! & (1 << (hash & 31))) === 0) continue;
      const bucket = this.bucket(hash);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (!equalsWithout(entry.key, token, skip)) continue;
        const word = entry.word;
        const swapOnly = token.length === 4 || this.swapsOnly.has(word);
        if (swapOnly && !isTransposition(token, word) && !(token.length === 4 && this.completes(token, word))) continue;
        // Sharing a key means one deletion on each side at most: the distance is 0, 1 or 2.
        const distance = token === word ? 0 : withinOneEdit(token, word) ? 1 : 2;
        if (distance > allowed) continue;
        if (distance < bestDistance || (distance === bestDistance && prefer && !prefer(best!.value) && prefer(entry.value))) {
          best = entry;
          bestDistance = distance;
        }
      }
    }
    return best && { word: best.word, value: best.value };
  }
}

/** Whether the optimal string alignment distance is at most 1: one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let first = -1;
    for (let i = 0; i < a.length; i++) {
      if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
      if (first >= 0) {
        // A second difference: only an adjacent swap of the first one is still one edit.
        if (i !== first + 1 || a[first] !== b[i] || a[i] !== b[first]) return false;
        for (let k = i + 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
        return true;
      }
      first = i;
    }
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let skipped = false;
  for (let i = 0, j = 0; i < short.length; j++) {
    if (short.charCodeAt(i) === long.charCodeAt(j)) i++;
    else if (skipped) return false;
    else skipped = true;
  }
  return true;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
