import type { Language, TopicRule } from '@baton/protocol';
import { keywordWords } from './detectors/topic.js';
import { fold, PREFIX_LENGTH } from './text.js';

/**
 * A keyword or pattern of a topic rule that cannot work the way it reads, given how compileTopics()
 * matches: keywords are folded and split into words like the message, patterns run as regular
 * expressions on the folded message (lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as ',
 * a letter repeated three or more times cut to one).
 */
export interface TopicRuleWarning {
  field: 'keywords' | 'patterns' | 'exceptions';
  language: Language;
  /** The entry's position in its list; left out when the warning is about the whole list. */
  index?: number;
  /** The keyword, pattern or exception as written. */
  entry?: string;
  /** Why, in words an author can act on. */
  problem: string;
}

/** What folding does to a message before patterns run, for the warnings. */
const FOLDING = "lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as '";

/**
 * Lints one topic rule's keywords, patterns and exceptions for the policy languages (the only ones
 * compileTopics() reads): keywords and exceptions that fold to nothing, `*` the matcher ignores or splits
 * on, patterns that never match folded text or match the empty string, exceptions that share no word
 * with a keyword (they could never void one), and duplicates within the rule. Entries `inherited`
 * (the default rule this one layers over) also holds are left out: they are the defaults' own, linted
 * with them, and a policy that spells the default rules out would otherwise be blamed for them.
 */
export function lintTopicRule(rule: TopicRule, languages: readonly Language[], inherited?: TopicRule): TopicRuleWarning[] {
  const warnings: TopicRuleWarning[] = [];
  // Every keyword's words in the policy's languages: an exception must share a word with one to void it.
  const ruleKeywords = languages.flatMap((language) => [...(rule.keywords?.[language] ?? []), ...(inherited?.keywords?.[language] ?? [])].map((k) => effective(keywordWords(k).words)));
  // Or overlap a pattern's match: with a pattern in any of the policy's languages, any exception may.
  const hasPatterns = languages.some((language) => (rule.patterns?.[language]?.length ?? 0) + (inherited?.patterns?.[language]?.length ?? 0) > 0);
  for (const field of ['keywords', 'patterns', 'exceptions'] as const) {
    for (const [language, list] of Object.entries(rule[field] ?? {}) as Array<[Language, string[]]>) {
      const defaults = new Set(inherited?.[field]?.[language] ?? []);
      const own = list.map((entry, index) => ({ entry, index })).filter(({ entry }) => !defaults.has(entry));
      if (own.length === 0) continue;
      if (!languages.includes(language)) {
        const what = field === 'keywords' ? 'keyword' : field === 'patterns' ? 'pattern' : 'exception';
        const these = own.length === 1 ? `its ${what} never matches` : `these ${own.length} ${what}s never match`;
        warnings.push({ field, language, problem: `"${language}" is not among the policy's languages (${languages.join(', ')}), so ${these}` });
        continue;
      }
      const problems =
        field === 'patterns'
          ? patternProblems(field, language, own)
          : field === 'keywords'
            ? keywordProblems(field, language, own)
            : keywordProblems(field, language, own).map((problem, i) => problem ?? (hasPatterns ? undefined : voidsNothing(own[i]!.entry, ruleKeywords)));
      own.forEach(({ entry, index }, i) => {
        const problem = problems[i];
        if (problem) warnings.push({ field, language, index, entry, problem });
      });
    }
  }
  return warnings;
}

/** An entry of a keyword or pattern list, with its position in the list as written. */
interface Entry {
  entry: string;
  index: number;
}

// ---- keywords ------------------------------------------------------------------------------

interface Word {
  text: string;
  prefix: boolean;
}

/** The words as the matcher uses them: a `*` after a first word shorter than PREFIX_LENGTH is dropped. */
function effective(words: readonly Word[]): Word[] {
  const [first, ...rest] = words;
  return first && first.prefix && first.text.length < PREFIX_LENGTH ? [{ ...first, prefix: false }, ...rest] : [...words];
}

const shown = (words: readonly Word[]) => effective(words).map((w) => `${w.text}${w.prefix ? '*' : ''}`).join(' ');

/** Whether two words can match one token: the same, or one a `*` stem of the other. */
function sameToken(a: Word, b: Word): boolean {
  return a.text === b.text || (a.prefix && b.text.startsWith(a.text)) || (b.prefix && a.text.startsWith(b.text));
}

/** Why an exception can never void a keyword (it shares no word with any, and the rule has no pattern), or undefined. */
function voidsNothing(exception: string, keywords: readonly Word[][]): string | undefined {
  const words = effective(keywordWords(exception).words);
  if (keywords.some((keyword) => keyword.some((k) => words.some((w) => sameToken(k, w))))) return undefined;
  return `shares no word with the rule's keywords, so it never voids a match (exceptions void the keywords and pattern matches they overlap, and this rule has no patterns)`;
}

function keywordProblems(field: 'keywords' | 'exceptions', language: Language, keywords: readonly Entry[]): Array<string | undefined> {
  const seen = new Map<string, Entry>();
  return keywords.map((current) => {
    const keyword = current.entry;
    const { words, leadingStar } = keywordWords(keyword);
    const first = words[0];
    if (!first) return `has no letters or digits once folded (${FOLDING}) and split into words, so it never matches`;
    if (/[\p{L}\p{N}]\*+[\p{L}\p{N}]/u.test(keyword)) {
      return `the "*" inside a word splits it in two: it matches "${shown(words)}", never one word like "${keyword.replace(/\*/g, '')}"`;
    }
    if (leadingStar) return `a leading "*" is ignored: keywords match words from their start, so it matches only "${shown(words)}"`;
    if (first.prefix && first.text.length < PREFIX_LENGTH) {
      return `the "*" after "${first.text}" is ignored: a first word needs at least ${PREFIX_LENGTH} letters before its "*", so it matches only "${shown(words)}"`;
    }
    // Folding cuts a letter repeated three times or more to one ("sooo" is "so"), in keywords as in messages:
    // harmless inside a long word ("Schifffahrt"), but "bbb" or "aaa" would match every "b" or "a".
    const elongated = keyword
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .map((word) => ({ word, cut: word.replace(/(\p{L})\1{2,}/gu, '$1') }))
      .find(({ word, cut }) => cut !== word && cut.length < 3);
    if (elongated) {
      return `folding cuts a letter repeated three or more times to one (as in "sooo"), so "${elongated.word}" matches the word "${elongated.cut}": it matches "${shown(words)}"`;
    }
    const key = JSON.stringify(effective(words));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const same = earlier.entry === keyword ? '' : ` ("${earlier.entry}") once folded`;
      return `the same as ${field}.${language}.${earlier.index}${same}, so it adds nothing`;
    }
    seen.set(key, current);
    return undefined;
  });
}

// ---- patterns ------------------------------------------------------------------------------

function patternProblems(field: 'patterns', language: Language, patterns: readonly Entry[]): Array<string | undefined> {
  const seen = new Map<string, number>();
  return patterns.map(({ entry: source, index }) => {
    const problem = patternProblem(source);
    if (problem) return problem;
    const earlier = seen.get(source);
    if (earlier !== undefined) return `the same as ${field}.${language}.${earlier}, so it adds nothing`;
    seen.set(source, index);
    return undefined;
  });
}

/** Why a pattern (a valid `u` regular expression) cannot work on folded text, or undefined. */
function patternProblem(source: string): string | undefined {
  let tree: Disjunction;
  try {
    new RegExp(source, 'u');
    tree = new PatternParser(source).parse();
  } catch (error) {
    if (error instanceof NestedTooDeeply) return `too deeply nested to check: its groups nest more than ${MAX_NESTING} deep, so lint cannot tell whether it ever matches`;
    return undefined; // the policy schema reports invalid patterns
  }
  const deadParts: DeadPart[] = [];
  const reasons = deadDisjunction(tree, deadParts, true);
  if (reasons) {
    const fix = suggestion(source, tree);
    return `never matches: ${explain(reasons)}${fix ? `; write "${fix}"` : ''}`;
  }
  if (emptyMatch(tree)) return 'matches the empty string, so it fires on every message';
  const outermost = deadParts.filter((part) => !deadParts.some((other) => other !== part && other.start <= part.start && part.end <= other.end));
  if (outermost.length > 0) {
    return outermost.map((part) => `its alternative "${source.slice(part.start, part.end)}" never matches: ${explain(part.reasons)}`).join('; ');
  }
  return undefined;
}

interface Reasons {
  /** Characters folded text never holds. */
  chars: Set<string>;
  /** Character classes that match only such characters. */
  sets: Set<string>;
  /** A letter three or more times in a row. */
  runs: Set<string>;
}

function explain({ chars, sets, runs }: Reasons): string {
  const parts: string[] = [];
  const missing = [...[...chars].map(quoteChar), ...[...sets].map((set) => `a character of ${set}`)];
  if (missing.length > 0) parts.push(`patterns run on the folded message (${FOLDING}), which never contains ${orList(missing)}`);
  if (runs.size > 0) {
    parts.push(`folding cuts a letter repeated three or more times to one ("sooo" → "so"), so the text never contains ${orList([...runs].map((run) => `"${run}"`))}`);
  }
  return parts.join('; ');
}

const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

function quoteChar(char: string): string {
  if (/^[\p{M}\p{C}\p{Z}\s]$/u.test(char)) return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

// A small parser for what the matcher runs: JavaScript regular expressions in `u` mode, already
// known to be valid. It keeps only what decides whether folded text can match.

type Atom =
  | { kind: 'char'; char: string; start: number; end: number }
  /** A character class, `.`, `\d`, `\p{…}` and the like: one character out of a set. */
  | { kind: 'set'; source: string }
  | { kind: 'group'; body: Disjunction; look: 'none' | 'positive' | 'negative' }
  | { kind: 'start' }
  | { kind: 'end' }
  /** `\b`, `\B`, backreferences: what they need depends on the text around them. */
  | { kind: 'conditional' };

interface Term {
  atom: Atom;
  min: number;
  quantified: boolean;
}

interface Alternative {
  terms: Term[];
  start: number;
  end: number;
}

type Disjunction = Alternative[];

/**
 * The deepest group nesting the checks walk. They recurse once per group, so a deeper pattern could
 * overflow the stack (a valid regular expression may nest thousands deep); real patterns nest a few.
 */
const MAX_NESTING = 100;

class NestedTooDeeply extends Error {}

class PatternParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly source: string) {}

  parse(): Disjunction {
    const tree = this.disjunction();
    if (this.pos !== this.source.length) throw new Error('unexpected ")"');
    return tree;
  }

  private disjunction(): Disjunction {
    const alternatives = [this.alternative()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private alternative(): Alternative {
    const start = this.pos;
    const terms: Term[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') terms.push(this.term());
    return { terms, start, end: this.pos };
  }

  private term(): Term {
    const atom = this.atom();
    const rest = this.source.slice(this.pos);
    const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(rest);
    if (!quantifier) return { atom, min: 1, quantified: false };
    this.pos += quantifier[0].length;
    const min = quantifier[0][0] === '+' ? 1 : quantifier[0][0] === '{' ? Number(quantifier[1]) : 0;
    return { atom, min, quantified: true };
  }

  private atom(): Atom {
    const { source } = this;
    const start = this.pos;
    const c = source[this.pos]!;
    if (c === '(') {
      let look: 'none' | 'positive' | 'negative' = 'none';
      const head = /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/.exec(source.slice(this.pos))![0];
      if (head.endsWith('=')) look = 'positive';
      else if (head.endsWith('!')) look = 'negative';
      this.pos += head.length;
      if (++this.depth > MAX_NESTING) throw new NestedTooDeeply();
      const body = this.disjunction();
      this.depth--;
      this.pos++; // ")"
      return { kind: 'group', body, look };
    }
    if (c === '[') {
      this.pos++;
      if (source[this.pos] === '^') this.pos++;
      while (source[this.pos] !== ']') this.pos += source[this.pos] === '\\' ? 2 : 1;
      this.pos++;
      return { kind: 'set', source: source.slice(start, this.pos) };
    }
    if (c === '.') return this.pos++, { kind: 'set', source: '.' };
    if (c === '^') return this.pos++, { kind: 'start' };
    if (c === '$') return this.pos++, { kind: 'end' };
    if (c === '\\') return this.escape(start);
    const char = String.fromCodePoint(source.codePointAt(this.pos)!);
    this.pos += char.length;
    return { kind: 'char', char, start, end: this.pos };
  }

  private escape(start: number): Atom {
    const { source } = this;
    const e = source[this.pos + 1]!;
    this.pos += 2;
    const char = (code: number): Atom => ({ kind: 'char', char: String.fromCodePoint(code), start, end: this.pos });
    if (e === 'b' || e === 'B') return { kind: 'conditional' };
    if (/[dDwWsS]/.test(e)) return { kind: 'set', source: source.slice(start, this.pos) };
    if (e === 'p' || e === 'P') {
      this.pos = source.indexOf('}', this.pos) + 1;
      return { kind: 'set', source: source.slice(start, this.pos) };
    }
    if (/[1-9]/.test(e)) {
      while (/\d/.test(source[this.pos] ?? '')) this.pos++;
      return { kind: 'conditional' };
    }
    if (e === 'k') {
      this.pos = source.indexOf('>', this.pos) + 1;
      return { kind: 'conditional' };
    }
    if (e === 'u') {
      if (source[this.pos] === '{') {
        const end = source.indexOf('}', this.pos);
        const code = parseInt(source.slice(this.pos + 1, end), 16);
        this.pos = end + 1;
        return char(code);
      }
      let code = parseInt(source.slice(this.pos, this.pos + 4), 16);
      this.pos += 4;
      // A surrogate pair written as two escapes is one character in `u` mode.
      const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(source.slice(this.pos));
      if (code >= 0xd800 && code < 0xdc00 && low) {
        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
        this.pos += 6;
      }
      return char(code);
    }
    if (e === 'x') {
      this.pos += 2;
      return char(parseInt(source.slice(this.pos - 2, this.pos), 16));
    }
    if (e === 'c') {
      this.pos++;
      return char(source.charCodeAt(this.pos - 1) % 32);
    }
    const controls: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (e in controls) return char(controls[e]!);
    // An escaped syntax character ("\.", "\(", "\/"): the character itself.
    const escaped = String.fromCodePoint(source.codePointAt(this.pos - 1)!);
    this.pos += escaped.length - 1;
    return char(escaped.codePointAt(0)!);
  }
}

const survivors = new Map<string, boolean>();

/** Whether folded text can hold `char`: folding a character that survives it gives the character back. */
function survivesFolding(char: string): boolean {
  let survives = survivors.get(char);
  if (survives === undefined) survivors.set(char, (survives = fold(char) === char));
  return survives;
}

const setsMatchingFolded = new Map<string, boolean>();

/** Whether a one-character set (`[A-Z]`, `\p{Lu}`) matches any character folded text can hold. */
function setMatchesFolded(source: string): boolean {
  let matches = setsMatchingFolded.get(source);
  if (matches !== undefined) return matches;
  // One native scan over every code point finds the characters the set matches far faster than a
  // test per code point; only those are folded, and folded text keeps nearly every character.
  const set = new RegExp(source, 'gu');
  const text = (everyCodePoint ??= allCodePoints());
  matches = false;
  for (let found = set.exec(text); found && !matches; found = set.exec(text)) matches = survivesFolding(found[0]);
  setsMatchingFolded.set(source, matches);
  return matches;
}

/** Built on first use (about 2 million UTF-16 units), then kept. */
let everyCodePoint: string | undefined;

/**
 * Every code point once, ASCII first (nearly every set matches one). The lone surrogates go low ones
 * first, then high ones, so no two of them, and no high one with the character after it, pair up.
 */
function allCodePoints(): string {
  const bmp = new Uint16Array(0x10000);
  let at = 0;
  for (const [from, to] of [[0, 0xd800], [0xdc00, 0xe000], [0xd800, 0xdc00], [0xe000, 0x10000]] as const) {
    for (let unit = from; unit < to; unit++) bmp[at++] = unit;
  }
  const chunks: string[] = [];
  for (let i = 0; i < bmp.length; i += 0x1000) chunks.push(String.fromCharCode(...bmp.subarray(i, i + 0x1000)));
  // Above the BMP, every surrogate pair in order: well-formed UTF-16, which the decoder reads many
  // times faster than String.fromCharCode() builds it.
  const astral = new DataView(new ArrayBuffer(0x400 * 0x400 * 4));
  at = 0;
  for (let high = 0xd800; high < 0xdc00; high++) {
    for (let low = 0xdc00; low < 0xe000; low++, at += 4) {
      astral.setUint16(at, high, true);
      astral.setUint16(at + 2, low, true);
    }
  }
  chunks.push(new TextDecoder('utf-16le').decode(astral));
  return chunks.join('');
}

interface DeadPart {
  start: number;
  end: number;
  reasons: Reasons;
}

/** Why no folded text can match the disjunction, or undefined when some can; dead alternatives of live ones go to `parts`. */
function deadDisjunction(alternatives: Disjunction, parts: DeadPart[], collect: boolean): Reasons | undefined {
  const dead = alternatives.map((alternative) => deadAlternative(alternative, parts, collect));
  if (dead.every((reasons) => reasons !== undefined)) return merge(dead as Reasons[]);
  if (collect && alternatives.length > 1) {
    alternatives.forEach((alternative, i) => {
      const reasons = dead[i];
      if (reasons) parts.push({ start: alternative.start, end: alternative.end, reasons });
    });
  }
  return undefined;
}

function deadAlternative({ terms }: Alternative, parts: DeadPart[], collect: boolean): Reasons | undefined {
  const found: Reasons[] = [];
  for (const term of terms) {
    const reasons = deadAtom(term.atom, parts, collect);
    if (reasons && term.min > 0) found.push(reasons);
  }
  // Folding cuts a letter repeated three or more times to one: a run the pattern demands never occurs.
  let letter = '';
  let run = 0;
  for (const { atom, min } of terms) {
    const char = atom.kind === 'char' && /^\p{L}$/u.test(atom.char) && survivesFolding(atom.char) ? atom.char : '';
    if (char && char === letter) run += min;
    else [letter, run] = [char, char ? min : 0];
    if (run >= 3) {
      found.push({ chars: new Set(), sets: new Set(), runs: new Set([letter.repeat(run)]) });
      [letter, run] = ['', 0];
    }
  }
  return found.length > 0 ? merge(found) : undefined;
}

function deadAtom(atom: Atom, parts: DeadPart[], collect: boolean): Reasons | undefined {
  switch (atom.kind) {
    case 'char':
      return survivesFolding(atom.char) ? undefined : { chars: new Set([atom.char]), sets: new Set(), runs: new Set() };
    case 'set':
      return atom.source === '.' || setMatchesFolded(atom.source) ? undefined : { chars: new Set(), sets: new Set([atom.source]), runs: new Set() };
    case 'group':
      // A negative lookaround whose body never matches always succeeds: it never makes the pattern fail.
      if (atom.look === 'negative') return undefined;
      return deadDisjunction(atom.body, parts, collect);
    default:
      return undefined;
  }
}

function merge(all: readonly Reasons[]): Reasons {
  return {
    chars: new Set(all.flatMap((r) => [...r.chars])),
    sets: new Set(all.flatMap((r) => [...r.sets])),
    runs: new Set(all.flatMap((r) => [...r.runs])),
  };
}

/** Where a node matches the empty string whatever the text: anywhere, at its start, at its end, or not for sure. */
type EmptyAt = 'anywhere' | 'start' | 'end' | undefined;

/** Whether the pattern matches the empty string in every text, so every message. */
function emptyMatch(tree: Disjunction): boolean {
  return emptyInDisjunction(tree) !== undefined;
}

function emptyInDisjunction(alternatives: Disjunction): EmptyAt {
  const found = alternatives.map(emptyInAlternative);
  return found.includes('anywhere') ? 'anywhere' : found.includes('start') ? 'start' : found.includes('end') ? 'end' : undefined;
}

function emptyInAlternative({ terms }: Alternative): EmptyAt {
  let at: EmptyAt = 'anywhere';
  for (const term of terms) {
    const here: EmptyAt = term.min === 0 ? 'anywhere' : emptyInAtom(term.atom);
    if (here === undefined) return undefined;
    if (at === 'anywhere') at = here;
    else if (here !== 'anywhere' && here !== at) return undefined; // `^$`: only the empty text
  }
  return at;
}

function emptyInAtom(atom: Atom): EmptyAt {
  if (atom.kind === 'start') return 'start';
  if (atom.kind === 'end') return 'end';
  if (atom.kind === 'group' && atom.look === 'none') return emptyInDisjunction(atom.body);
  return undefined;
}

/** The pattern with each character folding removes written folded, when that alone makes it match. */
function suggestion(source: string, tree: Disjunction): string | undefined {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (alternatives: Disjunction) => {
    for (const { terms } of alternatives) {
      for (const { atom, quantified } of terms) {
        if (atom.kind === 'group') visit(atom.body);
        if (atom.kind !== 'char' || survivesFolding(atom.char)) continue;
        const folded = fold(atom.char);
        edits.push({ start: atom.start, end: atom.end, text: quantified && [...folded].length !== 1 ? `(?:${folded})` : folded });
      }
    }
  };
  visit(tree);
  let fixed = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  if (fixed === source) return undefined;
  try {
    new RegExp(fixed, 'u');
  } catch {
    return undefined;
  }
  return patternProblem(fixed) === undefined ? fixed : undefined;
}
