import type { Language, Severity, TopicRule, TransferMode } from '@baton/protocol';
import { analyze, ARTICLES, fold, hashesOf, isWordCode, PREFIX_LENGTH, tokenize, type AnalyzedText } from '../text.js';
import { TokenTable } from '../token-table.js';
import { idsOf, wordId } from '../vocabulary.js';

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
  /** Its place in its first word's list: among phrases of one rule at one position, the earlier one is the evidence. */
  order: number;
}

/** The phrases starting with one word, split by their second word so most of them are never tried. */
interface Bucket {
  /** One-word phrases, and phrases whose second word ends in `*`. */
  others: Phrase[];
  /** The others, by the vocabulary id of their second word. */
  bySecond: Map<number, Phrase[]>;
}

/** A compiled rule set: keywords and exceptions indexed by first word, patterns ready to run. */
export interface TopicMatcher {
  match(text: string | AnalyzedText): TopicMatch | undefined;
  /** Every rule that matches, most urgent first: for the summary's topic list. */
  matchAll(text: string | AnalyzedText): TopicMatch[];
}

const PREFIX_KEY = PREFIX_LENGTH;

/**
 * Compiles topic rules for the given languages. Rules keep their order: when several match, the one
 * listed first wins, so the default rules run from most to least urgent (safety first).
 */
export function compileTopics(rules: readonly TopicRule[], languages: readonly Language[]): TopicMatcher {
  const active = rules.filter((r) => r.enabled);
  const exact = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  // `sticky` is the same pattern tried at one position only: where PatternStarts found its word.
  const patterns: Array<{ regex: RegExp; sticky: RegExp; rule: number; language: Language; source: string }> = [];

  // Exceptions by their first word like keywords; few, so plain maps.
  const exceptions = { exact: new Map<string, Phrase[]>(), byPrefix: new Map<string, Phrase[]>() };
  const excepting: boolean[] = [];
  let longestException = 0;
  /** Files a keyword or exception under its first word (or that word's first letters, for `word*`). */
  const index = (into: { exact: Map<string, Phrase[]>; byPrefix: Map<string, Phrase[]> }, keyword: string, rule: number, language: Language) => {
    const words = keywordWords(keyword).words;
    const first = words[0];
    if (!first) return undefined;
    const stem = first.prefix && first.text.length >= PREFIX_KEY;
    const map = stem ? into.byPrefix : into.exact;
    const key = stem ? first.text.slice(0, PREFIX_KEY) : first.text;
    push(map, key, { words, source: keyword, rule, language, order: map.get(key)?.length ?? 0 });
    return words;
  };

  active.forEach((rule, ruleIndex) => {
    for (const language of languages) {
      for (const keyword of rule.keywords?.[language] ?? []) index({ exact, byPrefix }, keyword, ruleIndex, language);
      for (const source of rule.patterns?.[language] ?? []) {
        patterns.push({ regex: new RegExp(source, 'u'), sticky: new RegExp(source, 'uy'), rule: ruleIndex, language, source });
      }
      for (const exception of rule.exceptions?.[language] ?? []) {
        const words = index(exceptions, exception, ruleIndex, language);
        if (!words) continue;
        excepting[ruleIndex] = true;
        longestException = Math.max(longestException, words.length);
      }
    }
  });

  /** Whether an exception of `rule` overlaps the keyword found at tokens [from, to). */
  const excepted = (tokens: readonly string[], rule: number, from: number, to: number): boolean => {
    if (!excepting[rule]) return false;
    for (let s = Math.max(0, from - longestException + 1); s < to; s++) {
      const token = tokens[s]!;
      for (const list of [exceptions.exact.get(token), token.length >= PREFIX_KEY ? exceptions.byPrefix.get(token.slice(0, PREFIX_KEY)) : undefined]) {
        for (const exception of list ?? []) {
          if (exception.rule === rule && s + exception.words.length > from && matchesAt(tokens, s, exception)) return true;
        }
      }
    }
    return false;
  };

  /**
   * Whether an exception of the pattern's rule overlaps its match in `folded`. Positions are counted in
   * the folded text's own words: the analysed tokens leave out the words clauses split at ("pero", "but"),
   * so counting in them would put the match a word or more too early.
   */
  const patternExcepted = (folded: string, rule: number, m: RegExpExecArray): boolean => {
    if (!excepting[rule]) return false;
    const words = tokenize(folded);
    const from = tokenize(folded.slice(0, m.index)).length;
    return excepted(words, rule, from, Math.min(words.length, from + Math.max(1, tokenize(m[0]).length)));
  };

  /** Whether the keyword found at i counts for nothing: an exception overlaps it, or it is a title or part of a job title. */
  const voided = (tokens: readonly string[], phrase: Phrase, i: number): boolean => {
    const end = i + phrase.words.length;
    return excepted(tokens, phrase.rule, i, end) || titled(tokens, i) || jobTitle(tokens, i, end);
  };

  // Most patterns start with a word (`\bstolen`, `\b(?:charges?|debits?)`): they run only on a message
  // with that word in it, and with their later word if they have one ("not mine" in
  // `\b(?:charges?|debits?)\b.{0,60}\bnot mine`), which halves the patterns a long message runs.
  // The others share one combined scan.
  const sources = patterns.map((p) => p.regex.source);
  const starts = new PatternStarts(sources.map(patternStems), sources.map(laterStems));
  const others = patterns.flatMap((_, i) => (starts.anchored[i] ? [] : [i]));
  // One of them is tested alone; several share one combined scan (none when combining could change their meaning).
  const anyOther = others.length === 1 ? patterns[others[0]!]!.regex : combinePatterns(others.map((i) => patterns[i]!.regex.source));
  /**
   * The patterns that can match `folded`, in policy order: those whose word occurs in it, and the
   * others if their combined scan found something. Empty for most messages; reused by the next call.
   */
  const candidates = (folded: string): readonly number[] => {
    const list = starts.mark(folded);
    if (others.length > 0 && anyOther?.test(folded) !== false) {
      list.push(...others);
      list.sort((a, b) => a - b);
    }
    return list;
  };
  /** By the vocabulary id of their first word. */
  const buckets: Array<Bucket | undefined> = [];
  for (const [word, list] of exact) {
    const bucket: Bucket = { others: [], bySecond: new Map() };
    for (const phrase of list) {
      const second = phrase.words[1];
      if (second && !second.prefix) push(bucket.bySecond, wordId(second.text), phrase);
      else bucket.others.push(phrase);
    }
    buckets[wordId(word)] = bucket;
  }
  // Keywords ending in `*`, by their first PREFIX_LENGTH letters.
  const stems = new TokenTable<Phrase[]>(byPrefix.size);
  for (const [stem, phrases] of byPrefix) stems.set(stem, phrases);

  /**
   * Pattern k's first match in `folded`. An anchored pattern can only match where its word starts,
   * so it is tried at the positions mark() found, in text order; the first that matches is the one
   * a scan of the whole text would find. A scan tried the pattern at every position: on a long
   * message with several candidate patterns, most of the topic detector's time.
   */
  const find = (k: number, folded: string): RegExpExecArray | null => {
    const p = patterns[k]!;
    if (!starts.anchored[k]) return p.regex.exec(folded);
    for (const at of starts.positions(k)) {
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(folded);
      if (m) return m;
    }
    return null;
  };

  const toMatch = (rule: number, evidence: string, language: Language): TopicMatch => {
    const r = active[rule]!;
    return { rule: r.id, severity: r.severity ?? 'high', transfer: r.transfer ?? 'warm', route: r.route ?? null, evidence, language };
  };

  /**
   * The first rule (in policy order) that matches, without building the other matches: keywords
   * (the earliest position wins within a rule), then patterns.
   */
  const first = (input: string | AnalyzedText): TopicMatch | undefined => {
    const analyzed = typeof input === 'string' ? analyze(input) : input;
    const { folded, tokens } = analyzed;
    const hashes = hashesOf(analyzed);
    const ids = idsOf(analyzed);
    let best = Number.POSITIVE_INFINITY;
    let evidence = '';
    let language: Language = 'en';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const id = ids[i]!;
      const bucket = id < 0 ? undefined : buckets[id];
      const prefixList = token.length >= PREFIX_KEY ? stems.getPrefixOf(token, hashes.prefix[i]!) : undefined;
      if (!bucket && !prefixList) continue;
      // The best phrase here: the lowest rule, then exact lists before prefix lists, then list order.
      // A lower rule found later still wins: rules, not positions, decide.
      let found: Phrase | undefined;
      let foundKind = 0;
      for (let kind = 0; kind < 3; kind++) {
        const list = kind === 0 ? bucket?.others : kind === 1 ? (bucket && i + 1 < tokens.length ? bucket.bySecond.get(ids[i + 1]!) : undefined) : prefixList;
        if (!list) continue;
        const rank = kind === 2 ? 1 : 0;
        for (const phrase of list) {
          if (phrase.rule >= best) continue;
          if (found && (phrase.rule > found.rule || (phrase.rule === found.rule && (rank > foundKind || (rank === foundKind && phrase.order > found.order))))) continue;
          if (matchesAt(tokens, i, phrase) && !voided(tokens, phrase, i)) {
            found = phrase;
            foundKind = rank;
          }
        }
      }
      if (found) {
        best = found.rule;
        evidence = found.source;
        language = found.language;
      }
    }
    for (const k of candidates(folded)) {
      const p = patterns[k]!;
      if (p.rule >= best) continue;
      const m = find(k, folded);
      if (m && !patternExcepted(folded, p.rule, m)) {
        best = p.rule;
        evidence = m[0];
        language = p.language;
      }
    }
    return best === Number.POSITIVE_INFINITY ? undefined : toMatch(best, evidence, language);
  };

  const all = (input: string | AnalyzedText): TopicMatch[] => {
    const { folded, tokens } = typeof input === 'string' ? analyze(input) : input;
    const hits = new Map<number, TopicMatch>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const prefixed = token.length >= PREFIX_KEY ? byPrefix.get(token.slice(0, PREFIX_KEY)) : undefined;
      for (const list of [exact.get(token), prefixed]) {
        if (!list) continue;
        for (const phrase of list) {
          if (!hits.has(phrase.rule) && matchesAt(tokens, i, phrase) && !voided(tokens, phrase, i)) {
            hits.set(phrase.rule, toMatch(phrase.rule, phrase.source, phrase.language));
          }
        }
      }
    }
    for (const k of candidates(folded)) {
      const p = patterns[k]!;
      if (hits.has(p.rule)) continue;
      const m = find(k, folded);
      if (m && !patternExcepted(folded, p.rule, m)) hits.set(p.rule, toMatch(p.rule, m[0], p.language));
    }
    return [...hits.entries()].sort((a, b) => a[0] - b[0]).map(([, match]) => match);
  };

  return { match: first, matchAll: all };
}

/** The slot of the three characters at i among 2^bits slots (a multiplicative hash of their codes). */
const slotAt = (text: string, i: number, bits: number) =>
  Math.imul((text.charCodeAt(i) << 16) ^ (text.charCodeAt(i + 1) << 8) ^ text.charCodeAt(i + 2), 0x9e3779b1) >>> (32 - bits);

/**
 * The words patterns start with, and the later words they hold, to find the patterns a message may
 * match in one pass over it: at each word start, the stems beginning with its first three characters.
 *
 * The stems are kept in a few flat arrays and one string, by the slot of their first three
 * characters. mark() runs in the middle of evaluate(), after the other detectors have pushed most
 * of what it reads out of the processor's caches: with a Map, an array and an object per stem, those
 * reads cost more than the scan itself.
 */
class PatternStarts {
  /** Whether pattern i starts with a known word (else the combined scan decides for it). */
  readonly anchored: boolean[];
  /** There are 2^slotBits slots, at least twice the stems. */
  private readonly slotBits: number;
  /** The stems of slot s are the stems numbered slotStart[s] to slotStart[s + 1] - 1. */
  private readonly slotStart: Int32Array;
  /** Every stem, one after the other: stem k is stemText from stemStart[k] to stemStart[k + 1]. */
  private readonly stemText: string;
  private readonly stemStart: Int32Array;
  /** The patterns stem k starts: patternOf from patternStart[k] to patternStart[k + 1]. */
  private readonly patternStart: Int32Array;
  private readonly patternOf: Int32Array;
  /** The patterns stem k is the later word of: laterOf from laterStart[k] to laterStart[k + 1]. */
  private readonly laterStart: Int32Array;
  private readonly laterOf: Int32Array;
  /** Whether anchored pattern i has a later word (laterStems), without which it cannot match. */
  private readonly needsLater: boolean[];
  /** Pattern i was marked by the current call when marks[i] is its stamp: a set without clearing. */
  private readonly marks: Int32Array;
  /** Pattern i's later word was seen by the current call when seen[i] is its stamp. */
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The patterns the last call marked, in policy order (the order they are tried in); the same array each call. */
  private readonly marked: number[] = [];
  /**
   * Where the last call found each marked pattern's words, in text order: a new array for each
   * pattern a call marks, cheaper than emptying the old one (setting `length` is a runtime call).
   */
  private readonly found: number[][];

  /** Pattern i's first words (patternStems) and later words (laterStems). */
  constructor(first: ReadonlyArray<readonly string[] | undefined>, later: ReadonlyArray<readonly string[] | undefined>) {
    this.anchored = first.map((list) => list !== undefined);
    this.needsLater = later.map((list, i) => list !== undefined && this.anchored[i]!);
    this.marks = new Int32Array(first.length);
    this.seen = new Int32Array(first.length);
    this.found = first.map(() => []);
    // For each stem, the patterns it starts and those it is the later word of.
    const byStem = new Map<string, { starting: number[]; holding: number[] }>();
    const patternsOf = (stem: string) => {
      let patterns = byStem.get(stem);
      if (!patterns) byStem.set(stem, (patterns = { starting: [], holding: [] }));
      return patterns;
    };
    first.forEach((list, index) => {
      for (const stem of list ?? []) patternsOf(stem).starting.push(index);
    });
    later.forEach((list, index) => {
      if (this.needsLater[index]) for (const stem of list!) patternsOf(stem).holding.push(index);
    });
    this.slotBits = 1;
    while (1 << this.slotBits < byStem.size * 2) this.slotBits++;
    const bySlot = [...byStem].map(([stem, patterns]) => ({ stem, ...patterns, slot: slotAt(stem, 0, this.slotBits) }));
    bySlot.sort((a, b) => a.slot - b.slot);
    this.slotStart = new Int32Array((1 << this.slotBits) + 1);
    for (const { slot } of bySlot) this.slotStart[slot + 1]!++;
    for (let s = 1; s < this.slotStart.length; s++) this.slotStart[s]! += this.slotStart[s - 1]!;
    this.stemText = bySlot.map(({ stem }) => stem).join('');
    this.stemStart = new Int32Array(bySlot.length + 1);
    this.patternStart = new Int32Array(bySlot.length + 1);
    this.laterStart = new Int32Array(bySlot.length + 1);
    bySlot.forEach(({ stem, starting, holding }, k) => {
      this.stemStart[k + 1] = this.stemStart[k]! + stem.length;
      this.patternStart[k + 1] = this.patternStart[k]! + starting.length;
      this.laterStart[k + 1] = this.laterStart[k]! + holding.length;
    });
    this.patternOf = Int32Array.from(bySlot.flatMap(({ starting }) => starting));
    this.laterOf = Int32Array.from(bySlot.flatMap(({ holding }) => holding));
  }

  /**
   * The anchored patterns whose word starts somewhere in `folded`, and whose later word does if they
   * have one, each once, in policy order, with where their word starts (positions()).
   * One pass over the text: at each word start (where `\b` would stand before a stem), the stems
   * filed under its first three characters. A regular expression of every stem made the same scan
   * several times slower on long messages (V8 tries alternative after alternative at each word start).
   */
  mark(folded: string): number[] {
    // A new stamp per call clears the marks of the last one (and, once in two billion calls, the array).
    if (this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const marked = this.marked;
    marked.length = 0;
    if (this.stemText === '') return marked;
    let inWord = false;
    for (let i = 0; i + 3 <= folded.length; i++) {
      const word = isWordCode(folded.charCodeAt(i));
      const start = word && !inWord;
      inWord = word;
      if (!start) continue;
      const slot = slotAt(folded, i, this.slotBits);
      // Every stem that starts here counts ("transac" and "transaction").
      for (let k = this.slotStart[slot]!; k < this.slotStart[slot + 1]!; k++) {
        if (!this.stemAt(folded, i, k)) continue;
        for (let q = this.laterStart[k]!; q < this.laterStart[k + 1]!; q++) this.seen[this.laterOf[q]!] = stamp;
        for (let q = this.patternStart[k]!; q < this.patternStart[k + 1]!; q++) {
          const p = this.patternOf[q]!;
          if (this.marks[p] !== stamp) {
            this.marks[p] = stamp;
            this.addMarked(p);
            this.found[p] = [i];
            continue;
          }
          const found = this.found[p]!;
          if (found[found.length - 1] !== i) found.push(i);
        }
      }
    }
    // Those without their later word cannot match.
    let kept = 0;
    for (const p of marked) if (!this.needsLater[p] || this.seen[p] === stamp) marked[kept++] = p;
    marked.length = kept;
    return marked;
  }

  /** Whether stem k starts at i in `folded`. */
  private stemAt(folded: string, i: number, k: number): boolean {
    const from = this.stemStart[k]!;
    const length = this.stemStart[k + 1]! - from;
    if (i + length > folded.length) return false;
    for (let c = 0; c < length; c++) if (this.stemText.charCodeAt(from + c) !== folded.charCodeAt(i + c)) return false;
    return true;
  }

  /** Adds p to the marked patterns in its place: a few a call, kept in order for less than sorting them cost. */
  private addMarked(p: number): void {
    const marked = this.marked;
    let k = marked.length;
    marked.push(p);
    for (; k > 0 && marked[k - 1]! > p; k--) marked[k] = marked[k - 1]!;
    marked[k] = p;
  }

  /** Where the last call to mark() found pattern p's words (empty if it did not mark p). */
  positions(p: number): readonly number[] {
    return this.marks[p] === this.stamp ? this.found[p]! : [];
  }
}

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

/**
 * The literal words a pattern's every match starts with at a word boundary (`\bstol(?:en|e)` →
 * "stol"; `\b(?:charges?|debits?)` → "charge", "debit"), or undefined when it cannot tell (no
 * leading `\b`, a lookaround or an optional group first, a stem under three characters). Exported
 * for its tests.
 */
export function patternStems(source: string): string[] | undefined {
  const stems: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    if (!alternative.startsWith('\\b')) return undefined;
    const found = stemsOf(alternative.slice(2));
    if (!found) return undefined;
    stems.push(...found);
  }
  return stems;
}

/** The stems every match of `source` (no leading `\b`) starts with, or undefined. */
function stemsOf(source: string): string[] | undefined {
  if (source.startsWith('(?:')) {
    // A group first: each of its alternatives needs a stem, and the group must not be optional.
    let depth = 0;
    let end = -1;
    for (let i = 0; i < source.length && end < 0; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) end = i;
    }
    const after = source[end + 1];
    if (end < 0 || (after !== undefined && '?*{'.includes(after))) return undefined;
    const stems: string[] = [];
    for (const alternative of topLevelAlternatives(source.slice(3, end))) {
      const found = stemsOf(alternative);
      if (!found) return undefined;
      stems.push(...found);
    }
    return stems;
  }
  let stem = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (META.has(c)) {
      // A quantifier that allows none of the last character ends the stem before it.
      if (c === '?' || c === '*' || (c === '{' && source[i + 1] === '0')) stem = stem.slice(0, -1);
      break;
    }
    stem += c;
  }
  return stem.length >= 3 && isWordCode(stem.charCodeAt(0)) ? [stem] : undefined;
}

/**
 * One regex that matches wherever any of the patterns does: most messages match none, and one scan
 * is much cheaper than one per pattern. The alternatives that start at a word boundary share one
 * `\b`, which lets the scan skip positions inside words at once. Each pattern is split into its
 * top-level alternatives first: in `\bfoo|bar` only "foo" needs the boundary. Undefined when
 * combining could change a pattern's meaning (backreferences or named groups, whose numbering or
 * names would clash). Exported for its tests.
 */
export function combinePatterns(sources: readonly string[]): RegExp | undefined {
  if (sources.length < 2 || sources.some((source) => /\\[1-9]|\\k<|\(\?<[^=!]/.test(source))) return undefined;
  const alternatives = sources.flatMap(topLevelAlternatives);
  const atBoundary = alternatives.filter((alternative) => alternative.startsWith('\\b')).map((alternative) => `(?:${alternative.slice(2)})`);
  const elsewhere = alternatives.filter((alternative) => !alternative.startsWith('\\b')).map((alternative) => `(?:${alternative})`);
  try {
    return new RegExp([...(atBoundary.length > 0 ? [`\\b(?:${atBoundary.join('|')})`] : []), ...elsewhere].join('|'), 'u');
  } catch {
    return undefined;
  }
}

/**
 * The stems of a later word every match of `source` holds: what follows one of its `\b`s outside
 * groups, past the first character, in a pattern without top-level alternatives (the last such
 * word patternStems() can read: `\b(?:charges?|debits?)\b.{0,60}\bnot mine` → "not mine"), or
 * undefined. Exported for its tests.
 */
export function laterStems(source: string): string[] | undefined {
  const boundaries: number[] = [];
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (depth === 0 && i > 0 && source[i + 1] === 'b') boundaries.push(i);
      i++;
    } else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  for (let k = boundaries.length - 1; k >= 0; k--) {
    const stems = patternStems(source.slice(boundaries[k]));
    if (stems) return stems;
  }
  return undefined;
}

/** The alternatives of a `u` pattern: split at each `|` outside groups and character classes, and not escaped. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** What keywordWords() stands in for `*` while it tokenises a keyword. */
const STAR = 'zzstarzz';

/** English negations written without the apostrophe in a keyword ("can t breathe"), as the message's "can't" reads. */
const SPLIT_NEGATION = /\b(can|won|don|didn|doesn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn) t\b/g;

/**
 * A keyword (or exception) as the matcher reads it: folded words split like a message, `prefix` on
 * those followed by `*`, and whether a `*` came first (the matcher ignores it; lint says so).
 */
export function keywordWords(keyword: string): { words: Phrase['words']; leadingStar: boolean } {
  // Tokens open contractions ("can't" → "can not"): a keyword's "can t" is read the same way.
  const tokens = tokenize(fold(keyword.replace(SPLIT_NEGATION, "$1't").replace(/\*/g, ` ${STAR} `)));
  const words: Phrase['words'] = [];
  for (const token of tokens) {
    if (token !== STAR) words.push({ text: token, prefix: false });
    else if (words.length > 0) words[words.length - 1]!.prefix = true;
  }
  return { words, leadingStar: tokens[0] === STAR };
}

function matchesAt(tokens: readonly string[], start: number, phrase: Pick<Phrase, 'words'>): boolean {
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

/** Films, books and songs, whose titles are no topic: "the dvd of the film Fraud", "la peli 'El fraude'", "den Film 'Betrug'". */
const WORKS = new Set([
  'film', 'films', 'movie', 'movies', 'dvd', 'bluray', 'book', 'novel', 'series', 'song', 'album', 'documentary', 'peli', 'pelicula', 'libro', 'novela',
  'serie', 'cancion', 'documental', 'livre', 'roman', 'chanson', 'documentaire', 'buch', 'lied', 'doku', 'filme', 'livro', 'musica', 'romanzo',
  'canzone', 'documentario', 'thriller', 'thrillers', 'sitcom', 'episode', 'episodio', 'episodios', 'podcast', 'krimi',
]);

/** Job titles and applications: "the Fraud Detection Analyst role", "analista de prevención del fraude", "Praktikum in der Rechtsabteilung". */
const JOB_WORDS = new Set([
  'analyst', 'analysts', 'analista', 'analistas', 'analyste', 'analystes', 'analystin', 'analisti', 'internship', 'internships', 'intern', 'interns',
  'stagiaire', 'praktikum', 'praktikant', 'praktikantin', 'tirocinio', 'tirocinante', 'estagio', 'estagiario', 'estagiaria', 'pasantia', 'becario',
  'becaria', 'vacancy', 'vacancies', 'vacante', 'vacantes', 'careers', 'stellenangebot', 'stellenanzeige', 'lebenslauf', 'candidatura', 'curriculum',
]);

/** Whether a job word stands within four words before the keyword (from…to) or three after it. */
function jobTitle(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 4); k < from; k++) if (JOB_WORDS.has(tokens[k]!)) return true;
  for (let k = to; k < to + 3 && k < tokens.length; k++) if (JOB_WORDS.has(tokens[k]!)) return true;
  return false;
}

/** Whether the keyword at i is (the start of) a title: right after "film", "book", … or after one and an article ("the film Fraud"). */
function titled(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (WORKS.has(before) || (ARTICLES.has(before) && WORKS.has(tokens[i - 2] ?? ''))) return true;
  // What a work is about: "that thriller about an art fraud", "la serie nueva de abogados", "il film sulla truffa".
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (!WORKS.has(tokens[k]!)) continue;
    for (let j = k + 1; j < i; j++) if (ABOUT.has(tokens[j]!)) return true;
  }
  return false;
}

/** What joins a work to its subject: "about", "sobre", "sur", "avec", "sulla", "über", "de". */
const ABOUT = new Set(['about', 'on', 'sobre', 'de', 'sur', 'avec', 'sulla', 'sul', 'sugli', 'di', 'con', 'com', 'uber', 'ueber', 'mit']);
