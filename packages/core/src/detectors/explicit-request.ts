import { LANGUAGES } from '@baton/protocol/vocabulary';
import type { Language } from '@baton/protocol';
import { languagePacks, languageRevision, type LanguagePack } from '../languages/language-pack.js';
import { EXPLICIT_FIELDS, RULE_WORD_FIELDS, STEERING_FIELDS, type ExplicitLexicon, type RuleWordField } from '../lexicon/explicit-request.lexicon.js';
import { analyze, ARTICLES, fold, tokenize, FuzzyIndex, type AnalyzedText } from '../text.js';
import { idsOf, knownWordId, wordId } from '../vocabulary.js';

/** Why the detector believes the customer asked for a person. */
export interface ExplicitRequestMatch {
  /** Which pattern matched: a direct request, a terse one, an indirect question, rejecting the bot… */
  form: 'direct' | 'terse' | 'indirect' | 'reject_bot' | 'escalate' | 'transfer';
  /** The words that matched, folded. */
  evidence: string;
  language: Language;
}

// Word classes, as bits so one token can belong to several.
const PERSON = 1 << 0;
const INDEFINITE = 1 << 1;
const TALK = 1 << 2;
const WANT = 1 << 3;
const FILLER = 1 << 4;
const NEGATION = 1 << 5;
const ABILITY = 1 << 6;
const POSSESSIVE = 1 << 7;
const NOT_PERSON_BEFORE = 1 << 8;
const NOT_PERSON_AFTER = 1 << 9;
const NOT_PERSON_PHRASE = 1 << 10;
const BOT = 1 << 11;
const REJECT_BOT = 1 << 12;
const EXISTENTIAL = 1 << 13;
const MODAL = 1 << 14;
const ESCALATE = 1 << 15;
const TERSE_FILLER = 1 << 16;
const PUT_ME_THROUGH = 1 << 17;
const PRESENCE = 1 << 18;
const REPORTED = 1 << 19;
const SUBJECT = 1 << 20;
const QUALIFIER = 1 << 21;
const CONTRAST = 1 << 22;
const SELF = 1 << 23;
const ATTEND = 1 << 24;
const POSSIBLE = 1 << 25;
/** Phrases that name a human unmistakably ("real person", "echte Person"). */
const STRONG = 1 << 26;
const IDENTITY = 1 << 27;
const THIRD_PARTY = 1 << 28;
const WHO_IS = 1 << 29;
const BY = 1 << 30;
const PLEASE = 1 << 31;

/** The flag of each word class. */
const FIELD_FLAGS: Readonly<Record<keyof ExplicitLexicon, number>> = {
  person: PERSON,
  indefinite: INDEFINITE,
  talk: TALK,
  want: WANT,
  filler: FILLER,
  negation: NEGATION,
  ability: ABILITY,
  possessive: POSSESSIVE,
  notAPersonBefore: NOT_PERSON_BEFORE,
  notAPersonAfter: NOT_PERSON_AFTER,
  notAPersonPhrases: NOT_PERSON_PHRASE,
  bot: BOT,
  rejectBot: REJECT_BOT,
  existential: EXISTENTIAL,
  modal: MODAL,
  escalate: ESCALATE,
  terseFiller: TERSE_FILLER,
  putMeThrough: PUT_ME_THROUGH,
};

/** Every form matchClause knows needs one of these: a person, a bot, or a phrase that asks for a transfer on its own. */
const TRIGGER = PERSON | INDEFINITE | BOT | PRESENCE | PUT_ME_THROUGH | ESCALATE;

/** Word classes that make a clause worth correcting for typos. */
const HINT = PERSON | INDEFINITE | TALK | WANT | BOT | PLEASE | ESCALATE | PUT_ME_THROUGH | MODAL | EXISTENTIAL;

/** The flags of each steering class (see STEERING_FIELDS). */
const STEERING_FLAGS: Readonly<Record<(typeof STEERING_FIELDS)[number], number>> = {
  self: SELF,
  attend: ATTEND | FILLER,
  identity: IDENTITY,
  thirdParty: THIRD_PARTY,
  strong: STRONG,
  please: PLEASE,
  whoIs: WHO_IS,
  by: BY,
  possible: POSSIBLE,
  modal: MODAL,
  presence: PRESENCE,
  reported: REPORTED,
  subject: SUBJECT,
  qualifier: QUALIFIER,
  contrast: CONTRAST,
  // Not word classes: kept in CompiledLexicon.available, .spokenLanguages, .chores, .outsiders, .retractions, .hypotheticals, .conditions and .futures.
  available: 0,
  spokenLanguage: 0,
  chore: 0,
  outsider: 0,
  retract: 0,
  hypothetical: 0,
  condition: 0,
  future: 0,
};

interface Entry {
  /** The tokens after the first one, for phrases, and their vocabulary ids. */
  rest: string[];
  restIds: number[];
  /** Its place in its word's list: phrases found at one position are kept in this order. */
  order: number;
  flags: number;
  /** Bit i set: the phrase belongs to LANGUAGES[i]'s lexicon. 0 for shared words, which do not vote. */
  languages: number;
  /** How many languages: the bits of `languages`. */
  count: number;
}

/** The lexicon entries that start with one word. */
interface WordEntries {
  /** The one-word entries, and their flags: they match wherever the word is. */
  singles: Entry[];
  singleFlags: number;
  /** The phrases, by the vocabulary id of their second word: most are ruled out by the next token alone. */
  byNext: Map<number, Entry[]> | undefined;
  /** Whether one of them has a HINT flag: a clause holding the word is worth correcting for typos. */
  hint: boolean;
}

interface CompiledLexicon {
  /** Entries by the vocabulary id of their first word. */
  entries: Array<WordEntries | undefined>;
  fuzzy: FuzzyIndex<string>;
  /** Long names of a person clipped of their last two letters, texting-style ("responsab"), to the name. */
  clipped: Map<string, string>;
  /** Known words (see LanguagePack.knownWords), by vocabulary id. */
  known: boolean[];
  /** Words saying someone is available ("available", "disponible"), by vocabulary id. */
  available: Uint8Array;
  /** Languages a person may speak ("Spanish", "tedesco"), by vocabulary id. */
  spokenLanguages: Uint8Array;
  /** Jobs staff do that are no talk ("install", "tragen"), by vocabulary id. */
  chores: Uint8Array;
  /** People of the customer's outside the company and the household (the packs' `outsider` lists). */
  outsiders: Uint8Array;
  /** 1 for teams of people (DEPARTMENT), by vocabulary id. */
  departments: Uint8Array;
  /** Phrases that take a request back in a later clause ("never mind"), as vocabulary ids, by their first word's id. */
  retractions: PhraseIndex;
  /** Phrases that make a clause's need one that may come some day ("if I ever"), likewise. */
  hypotheticals: PhraseIndex;
  /** A condition or a maybe ("if", "si", "falls", "perhaps"), and a time to come ("I'll", "pediré", "tomorrow"): together, not now. */
  conditions: PhraseIndex;
  futures: PhraseIndex;
}

/** Phrases as vocabulary ids, by their first word's id. */
type PhraseIndex = Map<number, Array<Pick<Entry, 'restIds'>>>;

/** Whether one of the phrases starts at i. */
function startsPhrase(phrases: PhraseIndex, ids: readonly number[], i: number): boolean {
  for (const phrase of phrases.get(ids[i]!) ?? NO_PHRASES) if (matchesAt(phrase, ids, i)) return true;
  return false;
}

/** Whether one of the phrases occurs in a clause's ids. */
function holds(phrases: PhraseIndex, ids: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (startsPhrase(phrases, ids, i)) return true;
  return false;
}

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

const words = (list: string) => (list ? list.split('|') : []);

/** A table by vocabulary id with 1 at each of `ids`, as long as the largest needs. */
function idTable(ids: readonly number[]): Uint8Array {
  const table = new Uint8Array(Math.max(-1, ...ids) + 1);
  for (const id of ids) table[id] = 1;
  return table;
}

/** Whether an idTable holds `id` (ids past its end are not: reading a typed array out of bounds is a slow path). */
function inTable(table: Uint8Array, id: number): boolean {
  return id >= 0 && id < table.length && table[id] === 1;
}

/** The sets packSet() made, in the order they are declared: a set built on another is filled after it. */
const ruleWordSets: Array<{ set: Set<string>; index: number; also: ReadonlyArray<Iterable<string>>; first?: boolean }> = [];

/**
 * The registered packs' words for one of the rules (LanguagePack.ruleWords), with those of `also`
 * (lists, or sets declared before it). Empty until the lexicon is compiled, and refilled when it is
 * compiled again after a pack is registered: a page with English alone does not download the other
 * languages' words.
 */
function packSet(field: RuleWordField, ...also: ReadonlyArray<Iterable<string>>): ReadonlySet<string> {
  const set = new Set<string>();
  ruleWordSets.push({ set, index: RULE_WORD_FIELDS.indexOf(field), also });
  return set;
}

/** The first words of a field's phrases, refilled with it: a cheap test before a phrase is looked up. */
function packFirstWords(field: RuleWordField): ReadonlySet<string> {
  const set = new Set<string>();
  ruleWordSets.push({ set, index: RULE_WORD_FIELDS.indexOf(field), also: [], first: true });
  return set;
}

function fillRuleWords(packs: readonly LanguagePack[]): void {
  for (const { set, index, also, first } of ruleWordSets) {
    set.clear();
    for (const source of also) for (const word of source) set.add(word);
    for (const pack of packs) for (const word of words(pack.ruleWords[index]!)) set.add(first ? word.split(' ')[0]! : word);
  }
}

function compile(packs: readonly LanguagePack[]): CompiledLexicon {
  // First: the lexicon itself reads some of them (DEPARTMENT, GENERIC_PERSON).
  fillRuleWords(packs);
  fillNoWay();
  const byFirst = new Map<string, Entry[]>();
  const add = (phrase: string, flags: number, language: Language | null) => {
    const tokens = tokenize(fold(phrase));
    const [first, ...rest] = tokens;
    if (!first) return;
    const list = byFirst.get(first) ?? [];
    const bit = language === null ? 0 : 1 << LANGUAGES.indexOf(language);
    const same = list.find((e) => e.rest.join(' ') === rest.join(' '));
    if (same) {
      same.flags |= flags;
      same.languages |= bit;
    } else list.push({ rest, restIds: rest.map(wordId), order: list.length, flags, languages: bit, count: 0 });
    byFirst.set(first, list);
  };
  const fuzzyWords = new Map<string, string>();
  const clipped = new Map<string, string>();
  const swapsOnly = new Set<string>();
  const completable = new Set<string>();
  const known: boolean[] = [];
  for (const pack of packs) {
    EXPLICIT_FIELDS.forEach((field, index) => {
      const flag = FIELD_FLAGS[field];
      for (const phrase of words(pack.explicit[index]!)) {
        add(phrase, flag, pack.language);
        // Typos are corrected towards the words that carry a request, never towards short ones.
        // Short verbs ("speak", "falar") are one edit from many real words: only swapped letters count.
        if (flag & (PERSON | TALK | BOT | WANT)) {
          for (const word of tokenize(fold(phrase))) {
            if (word.length < 4) continue;
            fuzzyWords.set(word, word);
            if (flag & (WANT | TALK) && word.length < 6) swapsOnly.add(word);
            if (flag & (PERSON | BOT) && word.length < 5) swapsOnly.add(word);
            // "agen", "humn": a five-letter name of a person or a bot with one letter dropped (not the first).
            if (flag & (PERSON | BOT) && word.length === 5 && !GENERIC_PERSON.has(word)) completable.add(word);
            // (One letter dropped is a typo the index finds; two, at the end of a long name, a clipping: "responsab".)
            if (flag & PERSON && word.length >= 9) clipped.set(word.slice(0, -2), word);
          }
        }
      }
    });
    for (const word of words(pack.knownWords)) known[wordId(word)] = true;
    // So are the words of the rules' phrases: "handles" in "who handles" is no typo of "handler".
    for (const list of pack.ruleWords) for (const phrase of words(list)) if (phrase.includes(' ')) for (const word of tokenize(fold(phrase))) known[wordId(word)] = true;
  }
  // Teams are words of their own, never a misspelt person ("setor" is not "señor"); so is "automatic" next to a bot's
  // plural ("automática" is no "automáticas").
  for (const word of DEPARTMENT) known[wordId(word)] = true;
  for (const word of AUTOMATED) known[wordId(word)] = true;
  const availableIds: number[] = [];
  const languageIds: number[] = [];
  const choreIds: number[] = [];
  const outsiderIds: number[] = [];
  const phraseIndexes: Partial<Record<(typeof STEERING_FIELDS)[number], PhraseIndex>> = {
    retract: new Map(),
    hypothetical: new Map(),
    condition: new Map(),
    future: new Map(),
  };
  const askedLast = RULE_WORD_FIELDS.indexOf('askedLast');
  STEERING_FIELDS.forEach((field, index) => {
    for (const pack of packs) {
      // Presence questions that ask only last (ASKED_LAST) are presence questions first, listed once.
      if (field === 'presence') for (const phrase of words(pack.ruleWords[askedLast]!)) add(phrase, STEERING_FLAGS.presence, null);
      for (const phrase of words(pack.steering[index]!)) {
        // (Of two words, the last: "en línea" says it, "en" alone does not: "quedamos en que…".)
        if (field === 'available') availableIds.push(wordId(tokenize(fold(phrase)).at(-1)!));
        else if (field === 'spokenLanguage') languageIds.push(wordId(fold(phrase)));
        else if (field === 'chore') choreIds.push(wordId(fold(phrase)));
        else if (field === 'outsider') {
          // (Real words, no typos: "solicitor" is no Spanish "solicito".)
          const id = wordId(fold(phrase));
          outsiderIds.push(id);
          known[id] = true;
        }
        else if (phraseIndexes[field]) {
          const into = phraseIndexes[field];
          const [first, ...rest] = tokenize(fold(phrase)).map(wordId);
          // Real words, no typos to correct ("pourrai" is no "pourrais").
          for (const id of [first!, ...rest]) known[id] = true;
          into.set(first!, [...(into.get(first!) ?? []), { restIds: rest }]);
        }
        else add(phrase, STEERING_FLAGS[field], null);
      }
    }
  });
  // Every later word of a phrase is a real word: "passate" in "mi passate" is no typo of "passare", nor
  // "answer" in "when will someone answer" one of "answers".
  for (const list of byFirst.values()) for (const entry of list) for (const id of entry.restIds) known[id] = true;
  const entries: Array<WordEntries | undefined> = [];
  for (const [first, list] of byFirst) {
    for (const entry of list) entry.count = popcount(entry.languages);
    const singles = list.filter((e) => e.rest.length === 0);
    const byNext = new Map<number, Entry[]>();
    for (const entry of list) {
      if (entry.rest.length === 0) continue;
      const same = byNext.get(entry.restIds[0]!);
      if (same) same.push(entry);
      else byNext.set(entry.restIds[0]!, [entry]);
    }
    entries[wordId(first)] = {
      singles,
      singleFlags: singles.reduce((all, e) => all | e.flags, 0),
      byNext: byNext.size > 0 ? byNext : undefined,
      hint: list.some((e) => e.flags & HINT),
    };
  }
  const available = idTable(availableIds);
  const departments = idTable([...DEPARTMENT].map(wordId));
  return {
    entries,
    fuzzy: new FuzzyIndex(fuzzyWords, swapsOnly, completable),
    clipped,
    known,
    available,
    spokenLanguages: idTable(languageIds),
    chores: idTable(choreIds),
    outsiders: idTable(outsiderIds),
    departments,
    retractions: phraseIndexes.retract!,
    hypotheticals: phraseIndexes.hypothetical!,
    conditions: phraseIndexes.condition!,
    futures: phraseIndexes.future!,
  };
}

let compiled: CompiledLexicon | undefined;
let compiledAt = -1;

/** The lexicon of the registered language packs, rebuilt when one is added. */
function lexicon(): CompiledLexicon {
  if (!compiled || compiledAt !== languageRevision()) {
    compiled = compile(languagePacks());
    compiledAt = languageRevision();
  }
  return compiled;
}

/**
 * Builds the explicit-request lexicon (word classes, typo index) now rather than on the first
 * message, so no customer message pays for it on a browser's main thread. `compilePolicy` calls it.
 */
export function prepareExplicitRequest(): void {
  lexicon();
}

/** Whether a word starts an entry of the registered packs' request lexicons. */
export function isRequestWord(word: string): boolean {
  const { entries } = lexicon();
  const id = knownWordId(word);
  return id >= 0 && entries[id] !== undefined;
}

const NONE: readonly Entry[] = [];
const LANGUAGE_COUNT = LANGUAGES.length;
const votes = new Float64Array(LANGUAGE_COUNT);

/** A clause as matched tokens: at each position, the phrases starting there (flags, length, language). */
class Clause {
  readonly tokens: string[];
  /** The vocabulary id of each token (-1 for none). */
  readonly ids: readonly number[];
  /** The entries found at each position, in their word's order: most are a word's one-word entries, shared. */
  readonly starts: Array<readonly Entry[]>;
  /** Flags of the single word at each position (phrases of one token), precomputed for word(). */
  private readonly single: number[];
  /** Flags of every phrase starting at each position: most questions are answered "none" by it alone. */
  private readonly any: number[];
  /** Flags of every phrase in the clause. */
  readonly flags: number;
  /** Whether it names a department, which a request may ask for instead of a person. */
  readonly department: boolean;
  private votedLanguage: Language | undefined;

  constructor(read: ReadClause) {
    const tokens = (this.tokens = read.tokens);
    this.ids = read.ids;
    this.department = read.department;
    const n = tokens.length;
    this.single = new Array<number>(n);
    this.any = new Array<number>(n);
    this.starts = new Array<readonly Entry[]>(n);
    let all = 0;
    for (let i = 0; i < n; i++) {
      const word = read.words[i];
      let single = 0;
      let any = 0;
      let found: readonly Entry[] = NONE;
      if (word) {
        single = any = word.singleFlags;
        found = word.singles;
        const phrases = word.byNext && i + 1 < n ? word.byNext.get(read.ids[i + 1]!) : undefined;
        if (phrases) {
          let matched: Entry[] | undefined;
          for (const entry of phrases) {
            if (!matchesAt(entry, read.ids, i)) continue;
            (matched ??= [...word.singles]).push(entry);
            any |= entry.flags;
          }
          if (matched) found = matched.sort((a, b) => a.order - b.order);
        }
      }
      this.starts[i] = found;
      this.single[i] = single;
      this.any[i] = any;
      all |= any;
    }
    this.flags = all;
  }

  /** The language most of the clause's lexicon words belong to (each word votes for all its languages). */
  get language(): Language {
    if (this.votedLanguage) return this.votedLanguage;
    votes.fill(0);
    for (const list of this.starts) {
      for (const entry of list) {
        // Words found in every language's list ("a", "agent") say nothing; rarer ones weigh more.
        const count = entry.count;
        if (count > 0 && count < LANGUAGE_COUNT) {
          for (let l = 0; l < LANGUAGE_COUNT; l++) if (entry.languages & (1 << l)) votes[l]! += (1 + entry.rest.length) / count;
        }
      }
    }
    let best = 0;
    for (let l = 1; l < LANGUAGE_COUNT; l++) if (votes[l]! > votes[best]!) best = l;
    return (this.votedLanguage = LANGUAGES[best]!);
  }

  /** Flags of the single word at i (phrases of one token). */
  word(i: number): number {
    return i >= 0 && i < this.single.length ? this.single[i]! : 0;
  }

  /** Where the longest phrase with `flag` starting at i ends (the index after it), or 0 for none. */
  phrase(i: number, flag: number): number {
    if (i < 0 || i >= this.any.length || (this.any[i]! & flag) === 0) return 0;
    let longest = -1;
    for (const entry of this.starts[i]!) if (entry.flags & flag && entry.rest.length > longest) longest = entry.rest.length;
    return longest < 0 ? 0 : i + 1 + longest;
  }

  /** Whether no list holds the word at i, alone or opening a phrase: a name ("mit dem Messstellenbetrieb", "los de contadores"). */
  unlisted(i: number): boolean {
    return this.starts[i]?.length === 0;
  }

  /** Whether a phrase with `flag` covers position i (started at or before it). */
  covered(i: number, flag: number): boolean {
    for (let s = Math.max(0, i - 4); s <= i && s < this.any.length; s++) {
      if ((this.any[s]! & flag) === 0) continue;
      for (const entry of this.starts[s]!) if (entry.flags & flag && s + 1 + entry.rest.length > i) return true;
    }
    return false;
  }

  text(from: number, to: number): string {
    return this.tokens.slice(from, to).join(' ');
  }
}

/** A word with "to" texted as a figure glued on: "talk2", "speak2". */
const TEXTED_TO = /^[a-z]{3,}2$/;

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** A clause's tokens (typos corrected), before phrases are matched. */
interface ReadClause {
  tokens: string[];
  /** The vocabulary id of each token (-1 for none). */
  ids: number[];
  /** Each token's lexicon entries, null for none. */
  words: Array<WordEntries | null>;
  /** The TRIGGER and SELF flags of the phrases found in the clause: without them it needs no parsing. */
  triggers: number;
  /** Whether it names a department ("billing department"), which a request may ask for instead of a person. */
  department: boolean;
  /** Whether it holds a word of the request vocabulary (a verb of talking, a person…): a department matters then. */
  hint: boolean;
  /** Where it starts among the message's tokens. */
  start: number;
  /** Whether it says "nobody of yours" ("wenn niemand von euch anruft…"), which an ultimatum may turn into a demand. */
  nobody: boolean;
}

/** The flags of the single word at k of a read clause (0 past its end or for an unknown word). */
function flagsOf(r: ReadClause, k: number): number {
  return r.words[k]?.singleFlags ?? 0;
}

/** Whether `entry`, a phrase starting with the token at i, goes on to match the tokens after it (by their ids). */
function matchesAt(entry: Pick<Entry, 'restIds'>, ids: readonly number[], i: number): boolean {
  const rest = entry.restIds;
  if (i + rest.length >= ids.length) return false;
  for (let k = 0; k < rest.length; k++) if (ids[i + 1 + k] !== rest[k]) return false;
  return true;
}

/**
 * Reads one clause: finds each token's entries by its id (`all[offset…]` are the same tokens with their ids,
 * unless a caller built the clauses itself), and replaces likely typos of lexicon words ("agnet",
 * "humna") by the word, leaving real words alone.
 */
function readClause(lexicon: CompiledLexicon, tokens: string[], all: readonly string[], allIds: readonly number[], offset: number): ReadClause {
  const { entries, fuzzy, clipped, known, departments } = lexicon;
  const n = tokens.length;
  const words = new Array<WordEntries | null>(n);
  const ids = new Array<number>(n);
  let hint = false;
  let department = false;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const id = all[offset + i] === token ? allIds[offset + i]! : knownWordId(token);
    ids[i] = id;
    const word = id < 0 ? undefined : entries[id];
    words[i] = word ?? null;
    if (word?.hint) hint = true;
  }
  // A department asked for ("speak to the billing department"), or named for a later clause to point
  // back at ("Which department does warranties? | Send me to them").
  // Not the customer's own shop or office ("the visitors of my store", "mi tienda").
  for (let i = 0; i < n && !department; i++) {
    department = departmentWord(tokens[i]!, ids[i]!, departments) && !(PLACES.has(tokens[i]!) && (words[i - 1]?.singleFlags ?? 0) & POSSESSIVE);
  }
  // Or its people, by "the ones from" it, or by a German or English name of its own, with a word of the vocabulary:
  // "hablar con los de contadores", "mit dem Messstellenbetrieb sprechen", "talk to metering".
  if (hint && !department) department = namesATeam(tokens, words);
  let nobody = false;
  for (let i = 0; i + 1 < n && !nobody; i++) nobody = nobodyAt(tokens, i) && AFFILIATION.has(tokens[i + 1]!);
  // Typo correction costs a few lookups per word: spend it only on short clauses (terse requests)
  // and on clauses that already hold a word of the request vocabulary.
  if (n > 4 && !hint && !department) return { tokens, ids, words, triggers: triggersIn(ids, words), department, hint, start: offset, nobody };
  let corrected: string[] | undefined;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    let word: string | undefined;
    // Chat shorthand for "que" ("hay manera de q me atienda alguien?").
    if (token === 'q' || token === 'k') word = 'que';
    // And for "com" ("falar cm alguém", "falar c algm", "em contacto c 1 pessoa"), not centimetres after a number; Roman
    // "co'" for "con" ("parlare co qualcuno").
    else if ((token === 'cm' && i > 0 && !hasDigit(tokens[i - 1]!)) || (token === 'c' && (tokens[i - 1]?.startsWith('fal') || tokens[i - 1]?.startsWith('conta')))) word = 'com';
    else if (token === 'co' && tokens[i - 1]?.startsWith('parl')) word = 'con';
    else if (SHORTHAND_AFTER.get(token)?.after.has(tokens[i - 1] ?? '')) word = SHORTHAND_AFTER.get(token)!.word;
    // German "n", "nen" for "einen" after a wish ("brauch n Mitarbeiter", "will nen Menschen").
    else if ((token === 'n' || token === 'nen') && WISH_BEFORE_ONE.has(tokens[i - 1] ?? '')) word = 'einen';
    // And Bavarian "kan" for "keinen" there ("brauch kan Menschen"), not texting's "kan" for "can" or "kann".
    else if (token === 'kan' && WISH_BEFORE_ONE.has(tokens[i - 1] ?? '')) word = 'keinen';
    else if (SHORTHAND.has(token)) word = SHORTHAND.get(token);
    // A figure for the article after a wish or "with": "jveux 1 humain", "voglio 1 persona", "falar com 1 atendente".
    else if (token === '1' && i > 0 && personWord(entries, tokens[i + 1] ?? '') && ((words[i - 1]?.singleFlags ?? 0) & (WANT | TALK) || WITH.has((corrected ?? tokens)[i - 1]!))) word = 'un';
    else if (words[i] || (ids[i]! >= 0 && known[ids[i]!]) || hasDigit(token)) continue;
    else {
      // Texting's k for "qu" and "c" ("kiero hablar kon alguien") when that spells a lexicon word; then typos.
      word = token.charCodeAt(0) === 0x6b /* k */ ? kSpelling(token, entries) : undefined;
      if (word === undefined && token.length >= 4) {
        // (After "one" or what makes one real, a person's name rather than another word as close: "a live agant" is no
        // "ayant"; never "you" made "me".)
        const personNext = ONE.has(tokens[i - 1] ?? '') || ((words[i - 1]?.singleFlags ?? 0) & QUALIFIER) !== 0;
        word = personSuffix(token) ?? infinitiveBefore(token, entries) ?? particleVerb(token) ?? fuzzy.lookup(token, (word) => !youToMe(token, word) && (!personNext || personWord(entries, word)))?.word;
        // (A clipped name only where a person is named: "passé moi un responsab de l'accueil".)
        if (word === undefined && personNext) word = clipped.get(token);
      }
    }
    if (word === undefined || word === token || youToMe(token, word)) continue;
    (corrected ??= tokens.slice())[i] = word;
    ids[i] = knownWordId(word);
    words[i] = entries[ids[i]!] ?? null;
  }
  // "Else" after "who" asks the same as "who" ("who else can I talk to?", "je peux parler à qui d'autre ?", "con chi altro
  // posso parlare?"): read without it, as the phrases of asking whom to talk to are written.
  for (let i = 1; i < (corrected ?? tokens).length; i++) {
    const current = corrected ?? tokens;
    if (!WHO_ASKED.has(current[i - 1]!)) continue;
    const length = current[i] === 'd' && current[i + 1] === 'autre' ? 2 : ELSE.has(current[i]!) ? 1 : 0;
    if (length === 0) continue;
    corrected = [...current.slice(0, i), ...current.slice(i + length)];
    ids.splice(i, length);
    words.splice(i, length);
  }
  // A role named by its job's ending ("speak to the optometrist"), once typos are corrected (and "else" gone: the clause
  // may be shorter than it was).
  for (let i = 1; i < (corrected ?? tokens).length; i++) {
    if (!words[i] && guessedRole(corrected ?? tokens, ids, words, i) && !departmentWord((corrected ?? tokens)[i]!, ids[i]!, departments)) words[i] = GUESSED_ROLE;
  }
  // Words typed without the space between them ("speaktoa representative", "falarcom atendente"), in a
  // short message (a long one has many short clauses, and trying every split of its unknown words cost
  // more than all the rest of the detector): split into lexicon words when one of them carries a request.
  // In a longer one, only a person glued to what makes them real ("can I get a liveagent on here").
  const short = n <= 4 && all.length <= 8;
  for (let i = 0; i < (corrected ?? tokens).length; i++) {
    const token = (corrected ?? tokens)[i]!;
    // (And "to" texted as a figure, glued on: "talk2 someone real pls".)
    const texted = !words[i] && ids[i]! < 0 && TEXTED_TO.test(token) && entries[knownWordId(token.slice(0, -1))]?.hint ? [token.slice(0, -1), '2'] : undefined;
    if (!texted && (words[i] || ids[i]! >= 0 || token.length < 6 || hasDigit(token))) continue;
    const parts = texted ?? unglue(token, entries, short ? 5 : 1);
    if (!parts || (!texted && (!(short ? parts.some((part) => entries[knownWordId(part)]!.hint) : gluedPerson(parts, entries)) || !oneLanguage(parts, entries)))) continue;
    corrected = [...(corrected ?? tokens).slice(0, i), ...parts, ...(corrected ?? tokens).slice(i + 1)];
    ids.splice(i, 1, ...parts.map((part) => knownWordId(part)));
    words.splice(i, 1, ...parts.map((part) => entries[knownWordId(part)]!));
    i += parts.length - 1;
  }
  return { tokens: corrected ?? tokens, ids, words, triggers: triggersIn(ids, words), department, hint, start: offset, nobody };
}

/**
 * Whether two words split from one token are a person and a qualifier, either way round: "liveagent", "realperson",
 * "agentehumano" (not "Weiterleitung").
 */
function gluedPerson(parts: readonly string[], entries: ReadonlyArray<WordEntries | undefined>): boolean {
  const qualifier = (part: string) => (entries[knownWordId(part)]!.singleFlags & QUALIFIER) !== 0;
  return (qualifier(parts[0]!) && personWord(entries, parts[1]!)) || (personWord(entries, parts[0]!) && qualifier(parts[1]!));
}

/**
 * Whether words split from one token share a language: "talktoahuman" and "parlareconun" do, an Italian
 * "fedeltà" read as "fed", "el", "ta" does not. Shared words (no language) go with any.
 */
function oneLanguage(parts: readonly string[], entries: ReadonlyArray<WordEntries | undefined>): boolean {
  let shared = ~0;
  for (const part of parts) {
    const word = entries[knownWordId(part)]!;
    let languages = 0;
    for (const entry of word.singles) languages |= entry.languages;
    if (word.byNext) for (const phrases of word.byNext.values()) for (const entry of phrases) languages |= entry.languages;
    if (languages) shared &= languages;
  }
  return shared !== 0;
}

/** Whether `word` names a person on its own: after "a" or "un", "agant" is "agent" rather than "ayant". */
function personWord(entries: ReadonlyArray<WordEntries | undefined>, word: string): boolean {
  return ((entries[knownWordId(word)]?.singleFlags ?? 0) & PERSON) !== 0;
}

/** Whether a clause names a team by "the ones from" it or by a German or English name of its own (see thoseOf, germanTeamAt). */
function namesATeam(tokens: readonly string[], words: ReadonlyArray<WordEntries | null>): boolean {
  let unknown: ((k: number) => boolean) | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === 'mit' || token === 'to') {
      unknown ??= (k: number) => !words[k];
      if (token === 'mit' ? germanTeamAt(tokens, unknown, i) : englishTeamAt(tokens, unknown, i)) return true;
    } else if (thoseAt(tokens, i)) return true;
  }
  return false;
}

/** "Who" opening a question: "who", "quién", "qui", "wer", "quem", "chi". */
const WHO = packSet('who');
/** "Who" and "whom" asked (WHO, and German "wem"), and the "else" that may follow them ("quién más", "wem sonst", "chi altro", "quem mais"). */
const WHO_ASKED = packSet('whoAsked', WHO);
const ELSE = packSet('else');

/** Object pronouns Spanish and Italian join to an infinitive ("verlo", "revisarla", "controllarlo", "guardarmelo"), longest first. */
const CLITICS = ['glielo', 'gliela', 'melo', 'mela', 'selo', 'sela', 'los', 'las', 'les', 'lo', 'la', 'le', 'li', 'me', 'mi', 'ne', 'ci'];

/**
 * The verb of attending an unknown token is, with an object pronoun joined to it: "¿Podría verlo alguien?"
 * as "ver", "qualcuno potrebbe guardarla?" as "guardare" (Italian drops the infinitive's last "e").
 */
function infinitiveBefore(token: string, entries: ReadonlyArray<WordEntries | undefined>): string | undefined {
  for (const clitic of CLITICS) {
    if (token.length < clitic.length + 3 || !token.endsWith(clitic)) continue;
    const stem = token.slice(0, -clitic.length);
    if (!INFINITIVE_END.test(stem)) continue;
    for (const word of [stem, stem + 'e']) if ((entries[knownWordId(word)]?.singleFlags ?? 0) & ATTEND) return word;
  }
  return undefined;
}
const INFINITIVE_END = /[aei]r$/;

/** German verbs of looking under a particle, as the lexicon's word for them: "drüberschauen", "einsehen", "gegenlesen", "nachprüfen". */
const LOOKING = new Map([['schauen', 'anschauen'], ['sehen', 'ansehen'], ['gucken', 'draufgucken'], ['lesen', 'lesen'], ['prufen', 'prufen'], ['checken', 'checken']]);
// Not "über" ("übersehen" overlooks), and "einchecken" checks in.
const LOOKING_PARTICLES = packSet('lookingParticles');

function particleVerb(token: string): string | undefined {
  if (token === 'einchecken') return undefined;
  for (const [root, word] of LOOKING) {
    if (token.length > root.length + 1 && token.endsWith(root) && LOOKING_PARTICLES.has(token.slice(0, -root.length))) return word;
  }
  return undefined;
}

/** Texting shorthand in requests: "qro falar c algm", "ngm me atende", "xfa un operador". */
const SHORTHAND = new Map([
  ['algm', 'alguem'], ['ngm', 'ninguem'], ['qro', 'quero'], ['qria', 'queria'], ['qiero', 'quiero'], ['qisiera', 'quisiera'],
  ['xfa', 'porfa'], ['xfavor', 'porfavor'], ['hablr', 'hablar'], ['falr', 'falar'], ['parlr', 'parler'],
  ['qqun', 'qqn'], ['qqu1', 'qqn'], ['kelkun', 'qqn'], ['pasi', 'passi'], ['paca', 'passa'], ['qlc', 'qualcuno'], ['qlcn', 'qualcuno'],
  ['dl', 'del'],
  // British "giz" for "give us" ("giz a reel human mate"), German "hir" for "hier" ("gibts hir n echten mensch?").
  ['giz', 'give'], ['gizza', 'give'], ['hir', 'hier'],
  // French elision typed without its apostrophe: "c possible davoir qqn".
  ['davoir', 'avoir'], ['dparler', 'parler'],
  // French "relation" spelt as it sounds ("me mettre en relassion avec 1 personne"): two edits, past the typo index.
  ['relassion', 'relation'], ['relasion', 'relation'],
]);
/**
 * Shorthand that is another language's word, read only after the words that make it the shorthand: German "ma" for
 * "mal" after "mir" or "mich" ("gib mir ma jemand vom laden", not Italian "ma"); Italian "contatto" with one t after "in"
 * or "un" ("mettimi in contato con qlc", not the Portuguese word); German "nem" for "einem" after "mit" ("Termin mit nem
 * Verkäufer", not Portuguese "nem").
 */
const SHORTHAND_AFTER: ReadonlyMap<string, { after: ReadonlySet<string>; word: string }> = new Map([
  ['ma', { after: new Set(['mir', 'mich']), word: 'mal' }],
  ['contato', { after: new Set(['in', 'un']), word: 'contatto' }],
  ['nem', { after: new Set(['mit']), word: 'einem' }],
]);
/** "You" after an infinitive, whom it is done to: "contattarvi", "chiamarti", "llamarte". */
const YOU_ENDINGS = new Set(['rvi', 'rti', 'rte']);

/**
 * Whether correcting `token` to `word` would only turn "you", whom its infinitive is done to, into "me": "Il carrozziere
 * può contattarvi" is no typo of "contattarmi", nor "¿el taller puede llamarte?" one of "llamarme".
 */
function youToMe(token: string, word: string): boolean {
  return token.length === word.length && (word.endsWith('rmi') || word.endsWith('rme')) && YOU_ENDINGS.has(token.slice(-3)) && token.startsWith(word.slice(0, -2));
}

/** German wishes before "n" or "nen" for "einen". */
const WISH_BEFORE_ONE = packSet('wishBeforeOne');

/**
 * `token` as the fewest lexicon words run together ("parlareconun" → parlare, con, un; "talktoahuman" → talk, to, a,
 * human; "hablarconunasesor" → hablar, con, un, asesor, not "una" and a "sesor"), at most `more` + 1 of them, the longer
 * first word first of two as few. Of one letter, only "a" and English "i" ("canispeaktosomeone"; "realp" is no "real"
 * and a "p").
 */
function unglue(token: string, entries: ReadonlyArray<WordEntries | undefined>, more: number): string[] | undefined {
  let best: string[] | undefined;
  const parts: string[] = [];
  const split = (from: number) => {
    for (let k = token.length - 1; k > from; k--) {
      const left = token.slice(from, k);
      if (k - from === 1 && left !== 'a' && left !== 'i') continue;
      if (!entries[knownWordId(left)]) continue;
      parts.push(left);
      const rest = token.slice(k);
      if (entries[knownWordId(rest)]) {
        if (!best || parts.length + 1 < best.length) best = [...parts, rest];
      } else if (parts.length < more && (!best || parts.length + 2 < best.length)) split(k);
      parts.pop();
      // (Nothing split from here has fewer words than one found.)
      if (best && best.length <= parts.length + 2) return;
    }
  };
  split(0);
  return best;
}

/**
 * The flags among `mask` of the entries that start at i and match: the word's one-word entries, and its
 * phrases that the ids after it complete (a word's entries may carry more, in phrases that do not).
 */
function flagsAt(ids: readonly number[], words: ReadonlyArray<WordEntries | null>, i: number, mask: number): number {
  const word = words[i];
  return word ? (word.singleFlags & mask) | phraseFlagsAt(ids, words, i, mask) : 0;
}

/** The flags among `mask` of the phrases of two words or more that start at i and match ("quedó en", "me prometió"). */
function phraseFlagsAt(ids: readonly number[], words: ReadonlyArray<WordEntries | null>, i: number, mask: number): number {
  const word = words[i];
  const phrases = word?.byNext && i + 1 < ids.length ? word.byNext.get(ids[i + 1]!) : undefined;
  let found = 0;
  if (phrases) for (const entry of phrases) if (entry.flags & mask && matchesAt(entry, ids, i)) found |= entry.flags & mask;
  return found;
}

/** The TRIGGER and SELF flags of the phrases that match in a clause. */
function triggersIn(ids: readonly number[], words: ReadonlyArray<WordEntries | null>): number {
  let found = 0;
  for (let i = 0; i < ids.length; i++) found |= flagsAt(ids, words, i, TRIGGER | SELF);
  return found;
}

/** The lexicon word a texting "k" spells: "qu" before e and i ("kiero"), "c" before the rest ("kon"). */
function kSpelling(token: string, entries: ReadonlyArray<WordEntries | undefined>): string | undefined {
  const next = token.charCodeAt(1);
  const word = (next === 0x65 /* e */ || next === 0x69 /* i */ ? 'qu' : 'c') + token.slice(1);
  const id = knownWordId(word);
  return id >= 0 && entries[id] ? word : undefined;
}

function personSuffix(token: string): string | undefined {
  // The shortest suffix has six letters and needs three more before it.
  if (token.length < 9) return undefined;
  for (const suffix of PERSON_SUFFIXES) if (token.length > suffix.length + 2 && token.endsWith(suffix)) return suffix;
  return undefined;
}

/**
 * A role asked for by its job title, which no lexicon can list in full ("talk to the optometrist",
 * "parler au fleuriste", "mit der Floristin sprechen"): a word the lexicon does not know, with the ending of
 * a job ("-ist", "-ician", "-er", "-eur", "-ero", "-ista", "-erin"…), right after a determiner after "to" or
 * "with" (or after one fused with it: "au", "al", "zum", "ao", "alla"), in a clause with a verb of talking.
 */
const ROLE_ENDINGS = [
  'ist', 'ists', 'ician', 'icians', 'er', 'ers', 'or', 'ors', 'iste', 'istes', 'ien', 'ienne', 'eur', 'euse', 'ista', 'istas', 'istin', 'erin',
  'ero', 'era', 'ora', 'ore', 'ico', 'ica', 'eiro', 'eira', 'iere', 'iera', 'aio', 'aia', 'rice', 'ante', 'orin', 'eurin',
];
/** "To" and "with" before a determiner and a role. */
const ROLE_PREPOSITIONS = packSet('rolePrepositions');
/** Determiners before a role, and those fused with "to" or "with" ("au", "al", "zum", "ao", "alla", "col"). */
const ROLE_DETERMINERS = packSet('roleDeterminers');
/** The last word of "is there", "hay", "y a-t-il", "gibt es", "tem", "c'è", "ci sarebbe" before "a plumber I could talk to". */
const THERE_IS = packSet('thereIs');
const FUSED_ROLE_DETERMINERS = packSet('fusedRoleDeterminers');
/**
 * Words with a job's ending that name no one who could take over: things one "talks to" ("get the laptop to
 * talk to the printer"), other firms and outsiders ("speak to the courier", "hablar con el repartidor"), family.
 * A marketplace's seller is someone else's; a shop's salesperson is asked for by other words.
 */
const NOT_ROLES = packSet('notRoles');
/** Performers and their bands, who are not the firm's people: "parler avec le chanteur", "un rappresentante della band". */
const PERFORMERS = packSet('performers');

/** What a guessed role reads as: a person, in no language of its own (so it casts no vote for the clause's language). */
const GUESSED_ROLE: WordEntries = {
  singles: [{ rest: [], restIds: [], order: 0, flags: PERSON, languages: 0, count: 0 }],
  singleFlags: PERSON,
  byNext: undefined,
  hint: true,
};

/**
 * Whether the unknown token at i names a role by its job's ending (see ROLE_ENDINGS): after "to the" or
 * "with a" in a clause with a verb of talking, or as the one who would talk ("could a mechanic give me a
 * call", "que un mecánico me llamara", "kann mich der Installateur zurückrufen").
 */
function guessedRole(tokens: readonly string[], ids: readonly number[], words: ReadonlyArray<WordEntries | null>, i: number): boolean {
  // (A title may come between: "the chief instructor", "the head trainer", "il capo istruttore".)
  // d is where the role's words start, right after the determiner.
  const d = i > 1 && ROLE_TITLES.has(tokens[i - 1]!) && ROLE_DETERMINERS.has(tokens[i - 2]!) ? i - 1 : i;
  const before = tokens[d - 1]!;
  const determiner = ROLE_DETERMINERS.has(before);
  if (!determiner && !FUSED_ROLE_DETERMINERS.has(before)) return false;
  const token = tokens[i]!;
  if (token.length < 6 || NOT_ROLES.has(token) || PERFORMERS.has(token) || (token.endsWith('s') && NOT_ROLES.has(token.slice(0, -1)))) return false;
  if (!ROLE_ENDINGS.some((ending) => token.length >= ending.length + 3 && token.endsWith(ending))) return false;
  // (Spanish "al" before an infinitive is "on doing it": "me hace contacto solo en un lado al morder".)
  if (before === 'al' && token.endsWith('er')) return false;
  // After a verb that calls "me", too, where the role is its subject: "¿podría llamarme la coordinadora?", "mi richiama
  // l'installatore?" (not "conectar la impresora", "anrufen die Nummer").
  if (d > 1 && talkStartsAt(ids, words, d - 2) && callsMe(tokens, d - 2)) return true;
  if (!determiner || (d > 1 && ROLE_PREPOSITIONS.has(tokens[d - 2]!))) {
    for (let j = 0; j < ids.length; j++) if (talkStartsAt(ids, words, j)) return true;
    return false;
  }
  // Asked after, with whom to talk: "is there a plumber I could talk to?", "¿hay algún fontanero con quien hablar?",
  // "ci sarebbe un insegnante con cui parlare?".
  if (d > 1 && THERE_IS.has(tokens[d - 2]!)) {
    for (let j = i + 1; j <= i + 5 && j < ids.length; j++) if (talkStartsAt(ids, words, j)) return true;
  }
  // The verb may come after a modal or "me": "le carreleur pourrait m'appeler", "l'elettricista mi può chiamare".
  for (let j = i + 1; j <= i + 3 && j < ids.length; j++) {
    if (talkStartsAt(ids, words, j)) return true;
    if (!BEFORE_CALL.has(tokens[j]!)) return false;
  }
  return false;
}

/** Titles before a role: "chief", "head", "senior", "capo". */
const ROLE_TITLES = packSet('roleTitles');

/** Whether the verb at j has "me" on it or right before it: "llamarme", "chiamarmi", "me ligar", "mi richiama", "m'appeler". */
function callsMe(tokens: readonly string[], j: number): boolean {
  const verb = tokens[j]!;
  const before = j > 0 ? tokens[j - 1]! : '';
  return (verb.length > 5 && (verb.endsWith('me') || verb.endsWith('mi'))) || before === 'me' || before === 'mi' || before === 'm';
}

/** Modals and "me" between the one who would call and the call. */
const BEFORE_CALL = packSet('beforeCall');

/** Whether a verb of talking ("speak", "hablar", "sprechen", "a word with") starts at i among a clause's words. */
function talkStartsAt(ids: readonly number[], words: ReadonlyArray<WordEntries | null>, i: number): boolean {
  return flagsAt(ids, words, i, TALK) !== 0;
}

interface PersonAt {
  start: number;
  end: number;
  indefinite: boolean;
}

/** Roles people ask for by title: "who is your manager?" */
const ROLE = packSet('role');

/** Words for "a person" in general, which "another" turns into a third party ("another operator" is also a phone carrier one leaves). */
const GENERIC_PERSON = packSet('genericPerson');

/**
 * Advisors are the company's people even when the customer says "my advisor": whoever handles the customer's
 * file ("my caseworker", "mon gestionnaire de sinistre", "mein Sachbearbeiter", "il mio agente"), account
 * ("mi ejecutiva de cuenta", "meinen Kundenbetreuer", "il mio gestore") or event ("our coordinator", "nuestra
 * wedding planner", "a nossa cerimonialista").
 */
const OWN_ADVISOR = packSet('ownAdvisor');

/** Compound nouns ending in a person word ("Filialleiter", "Kundendienstmitarbeiter", -berater, -betreuer, -bearbeiter, -in) count as that word. */
const PERSON_SUFFIXES = packSet('personSuffixes');

/** A person named at i that could take over: not "my manager", not "travel agent", not "human resources". */
function personAt(c: Clause, i: number): PersonAt | undefined {
  const matchEnd = c.phrase(i, PERSON | INDEFINITE);
  if (!matchEnd) return undefined;
  if (c.covered(i, NOT_PERSON_PHRASE) || bookedProvider(c, i, matchEnd)) return undefined;
  // "my manager", "my line manager"; but "mi passi qualcuno" is "put me through to someone" (Spanish "mi" is "my").
  const own = c.word(i - 1) & POSSESSIVE || (c.word(i - 2) & POSSESSIVE && !c.covered(i - 1, TALK | WANT | PUT_ME_THROUGH));
  if (c.word(i - 1) & NOT_PERSON_BEFORE || (own && !OWN_ADVISOR.has(c.tokens[i]!) && !OWN_ADVISOR.has(c.text(i, matchEnd)) && !OWN_ADVISOR.has(personSuffix(c.tokens[i]!) ?? ''))) return undefined;
  if (c.word(i - 1) & THIRD_PARTY && GENERIC_PERSON.has(c.tokens[i]!)) return undefined;
  // Someone the customer or a friend knows ("I know someone who can help", "conozco a alguien"), not
  // "do you know someone…?".
  const before = i > 0 ? c.tokens[i - 1]! : '';
  const twoBefore = i > 1 ? c.tokens[i - 2]! : '';
  // "The assistant" is the bot the customer is chatting with ("preferisco l'assistente", "lieber mit dem Assistenten").
  if (ASSISTANT.has(c.tokens[i]!) && DEFINITE.has(before) && matchEnd === i + 1) return undefined;
  if (KNOWS.has(before) || (before === 'a' && KNOWS.has(twoBefore)) || (before === 'know' && SUBJECT_OF_KNOW.has(twoBefore))) return undefined;
  // People counted or compared: "how many people work at your call centre", "serve quantas pessoas", "you explain it
  // better than the people on the phone", "t'expliques mieux que les gens".
  if (COUNT.has(before) || ((before === 'de' || before === 'd') && COUNT.has(twoBefore)) || compared(c, i)) return undefined;
  // ("agent's number", but "un agent s'il vous plaît", "qu'un humain s'occupe de moi", "can a person email me?")
  const notAfter = c.phrase(matchEnd, NOT_PERSON_AFTER);
  if (notAfter && !c.phrase(matchEnd, PLEASE | ATTEND) && !(LINE.has(c.tokens[matchEnd]!) && ME.has(c.tokens[notAfter] ?? '') && !sentThing(c, notAfter + 1))) return undefined;
  // Nor someone of a band or an artist's, not the firm's: "un rappresentante della band", "representante da banda".
  if (OF.has(c.tokens[matchEnd] ?? '') || AFFILIATION.has(c.tokens[matchEnd] ?? '')) {
    const k = matchEnd + (DEFINITE.has(c.tokens[matchEnd + 1] ?? '') ? 2 : 1);
    if (PERFORMERS.has(c.tokens[k] ?? '')) return undefined;
  }
  const indefinite = !(c.phrase(i, PERSON)) && !!c.phrase(i, INDEFINITE);
  return { start: i, end: matchEnd, indefinite };
}

/** An appointment with someone, up to "with": "appointment with", "Termin beim", "rendez-vous avec", "cita con". */
const APPOINTMENT_WITH = packSet('appointmentWith');
const APPOINTMENT_WITH_FIRST = packFirstWords('appointmentWith');
/** People seen for a service rather than talked to: "optometrist", "dentist", "technician", "Arzt", "médecin". */
const PROVIDERS = packSet('providers');

/**
 * Whether the person in [i, end) is one seen for a service, in an appointment with them, booked, moved or priced:
 * "How much does an appointment with a contact lens specialist cost?", "¿Me puedes reservar una cita con la
 * optometrista?", "Bietet ihr Telefontermine mit dem Optometristen an?" (not "an appointment with one of your
 * mortgage advisers", whom the customer would talk to).
 */
function bookedProvider(c: Clause, i: number, end: number): boolean {
  if (firstWhere(i, end, (k) => PROVIDERS.has(c.tokens[k]!)) === undefined) return false;
  // (Past an article and a word or two of what they do: "with a contact lens specialist".)
  const at = (k: number) => phraseEnd(c.tokens, k, APPOINTMENT_WITH, APPOINTMENT_WITH_FIRST, 3);
  return firstWhere(Math.max(0, i - 5), i, (k) => { const e = at(k); return e > 0 && e <= i && i - e <= 3; }) !== undefined;
}

/** "I have", "j'ai", "on a", "ich habe", "tengo", "ho", "tenho": what the customer has, or had. */
const HELD = packSet('held');
const HELD_FIRST = packFirstWords('held');

/**
 * Whether a talk at i is an appointment the customer has already, "have" in the five words before it and no wish or
 * booking between: "On a rendez-vous avec la responsable du périscolaire mardi prochain", "I have an appointment with
 * the manager on Tuesday", "Tengo cita con la coordinadora el martes" (not "Can I have an appointment with…", "Ho
 * bisogno di un appuntamento con…").
 */
function heldAppointment(c: Clause, i: number): boolean {
  const at = firstWhere(i, Math.min(c.tokens.length, i + 3), (k) => phraseOpens(c.tokens, k, APPOINTMENT_WITH, APPOINTMENT_WITH_FIRST, 3));
  if (at === undefined) return false;
  for (let k = Math.max(0, at - 5); k < at; k++) {
    const end = phraseEnd(c.tokens, k, HELD, HELD_FIRST, 3);
    if (end === 0 || end > at) continue;
    // No wish or modal before it ("Can I have…"), nor a wish, modal or booking between it and the appointment.
    return firstWhere(0, k, (j) => c.word(j) & (WANT | MODAL)) === undefined && firstWhere(end, at, (j) => c.word(j) & (WANT | MODAL) || BOOKING.has(c.tokens[j]!)) === undefined;
  }
  return false;
}

/**
 * Whether the word at i is an unknown one between "the" (or "your") and a role: "the store manager", "your night
 * supervisor", "Voglio il club manager".
 */
function modifiesRole(c: Clause, i: number): boolean {
  const before = c.tokens[i - 1] ?? '';
  return c.unlisted(i) && (DEFINITE.has(before) || yourWord(before)) && ROLE.has(c.tokens[i + 1] ?? '') && !!personAt(c, i + 1);
}

/** A business customer's own customers, users or staff: "my clients", "nuestros usuarios", "meine Kunden". */
const CLIENTELE = packSet('clientele');

/**
 * Whether the clause opens on the customer's own clientele, and no "I" or "we" follows: "my clients keep asking
 * to talk to a human, can your plan do that?" tells what they want, not what the writer asks for now.
 */
function clienteleAsking(c: Clause): boolean {
  const n = c.tokens.length;
  for (let i = 0; i < Math.min(n - 1, 3); i++) {
    if (!(c.word(i) & POSSESSIVE) || !CLIENTELE.has(c.tokens[i + 1]!)) continue;
    for (let j = i + 2; j < n; j++) if (c.word(j) & SUBJECT) return false;
    return true;
  }
  return false;
}

/** "With": "with", "con", "avec", "mit", "com". */
const WITH = packSet('with');
/** "Back" in a transfer phrase: "put me back with", "verbinden Sie mich wieder mit", "rimettimi con". */
const BACK = packSet('back');

/** Pleas that are "now": after them, more words tell what happened ("el técnico ya lo arregló"). */
const NOW = packSet('now');

/** Whether the plea at i, ending at `pleaseEnd`, is "now" with more than fillers after it: a thing told, not asked. */
function nowTells(c: Clause, i: number, pleaseEnd: number): boolean {
  return NOW.has(c.tokens[i]!) && firstWhere(pleaseEnd, c.tokens.length, (k) => !(c.word(k) & (FILLER | TERSE_FILLER | PLEASE))) !== undefined;
}

/** "How many": "how many agents", "cuántas personas", "combien de personnes", "wie viele Mitarbeiter", "quanti operatori". */
const COUNT = packSet('count');
/** "Than" after a comparative: "than", "que", "als", "di", "che". */
const THAN = packSet('than');
const COMPARATIVE = packSet('comparative');

/** "Like" of a likeness: "like", "como", "comme", "wie", "come". */
const LIKENESS = packSet('likeness');
/** Before "like", the wish of "I'd like a person", not a likeness. */
const LIKE_AS_WISH = new Set(['i', 'd', 'would', 'we', 'really', 'also', 'they', 'should', 'ya', 'to']);
/** Before "como", the "can" of "tem como uma pessoa revisar?" ("is there a way for a person to…"), not a likeness. */
const CAN_HOW = packSet('canHow');

/** "Between": "between", "zwischen", "entre", "tra", "fra". */
const BETWEEN = packSet('between');

/**
 * Whether the person at i is the second term of a comparison: "better than (the) people", "melhor (do) que
 * o pessoal"; a likeness: "talk to me like a normal person", "schreib das wie ein Mensch"; or one of two told apart:
 * "the difference between an optometrist and a dispensing optician".
 */
function compared(c: Clause, i: number): boolean {
  // (Only for a person named: "como alguém" is mostly "how someone".)
  if (c.phrase(i, PERSON)) for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const token = c.tokens[k]!;
    if (LIKENESS.has(token)) return !(token === 'like' ? LIKE_AS_WISH : CAN_HOW).has(c.tokens[k - 1] ?? '');
    if (!ARTICLES.has(token) && (TO.has(token) || c.word(k) & (TALK | WANT | PERSON | INDEFINITE | NEGATION))) break;
  }
  let j = i - 1;
  if (ARTICLES.has(c.tokens[j] ?? '')) j--;
  if (BETWEEN.has(c.tokens[ONE.has(c.tokens[j] ?? '') ? j - 1 : j] ?? '')) return true;
  if (!THAN.has(c.tokens[j] ?? '')) return false;
  if (c.tokens[j] === 'than') return true;
  if (c.tokens[j - 1] === 'do') j--;
  return COMPARATIVE.has(c.tokens[j - 1] ?? '');
}

/** An indefinite pronoun ("someone") counts when it ends the clause or is qualified ("someone real", "someone to talk to"). */
function qualified(c: Clause, person: PersonAt): boolean {
  if (!person.indefinite) return true;
  if (person.end >= c.tokens.length) return true;
  // (Or someone to look at it: "quelqu'un pour jeter un œil à mon dossier"; or someone over a thing: "by someone rather
  // than something", "da qualcuno invece che da un sistema".)
  return !!c.phrase(person.end, QUALIFIER | TALK | PERSON | TERSE_FILLER) || (PURPOSE.has(c.tokens[person.end]!) && !!c.phrase(person.end + 1, ATTEND)) || overAThing(c, person.end);
}

/** "Or only", "o solo", "ou seulement", "oder nur": one kind of staff set against another. */
const OR_ONLY = packSet('orOnly');
const OR_ONLY_FIRST = packFirstWords('orOnly');

/**
 * Whether who is there is asked as a question of staffing, one named kind of staff or only another: "¿Hay algún
 * enfermero en el campamento o solo están los monitores?", "Is there a nurse at the camp or just the coaches?" (not
 * "Are there real people or only bots?", "… or just the same old script?", "… or is it just you").
 */
function staffAsked(c: Clause, person: PersonAt): boolean {
  if (person.indefinite) return false;
  const n = c.tokens.length;
  const or = firstWhere(person.end, n, (k) => phraseOpens(c.tokens, k, OR_ONLY, OR_ONLY_FIRST, 4));
  if (or === undefined) return false;
  // Others named after it ("o solo están los monitores", "ou seulement des animateurs"), and no bot, thing or "you".
  const from = phraseEnd(c.tokens, or, OR_ONLY, OR_ONLY_FIRST, 4);
  return from < n && firstWhere(from, n, (k) => c.word(k) & BOT || THINGS.has(c.tokens[k]!) || YOU.has(c.tokens[k]!) || ASSISTANT.has(c.tokens[k]!)) === undefined;
}

/** A negation last in the clause, after what it denies: German "nicht", Brazilian "não" ("Ich brauche die Planerin doch nicht"). */
const NOT_LAST = packSet('notLast');
const NOT_LAST_FIRST = packFirstWords('notLast');

/** Whether the clause ends on a negation that starts at k, which denies what came before it: "ich brauch die Planerin | doch nicht". */
function deniedLast(c: Clause, k: number): boolean {
  return phraseEnd(c.tokens, k, NOT_LAST, NOT_LAST_FIRST, 4) === c.tokens.length;
}

/** "Rather than", "instead of", "invece che", "y no": what someone is wanted over. */
const INSTEAD_OF = packSet('insteadOf');
const INSTEAD_OF_FIRST = packFirstWords('insteadOf');
/** Where "instead of" (not a bare "not") that starts at k ends, or 0: "en vez de hablar con alguien", "statt mit jemandem". */
function insteadEnd(c: Clause, k: number): number {
  return c.word(k) & NEGATION ? 0 : phraseEnd(c.tokens, k, INSTEAD_OF, INSTEAD_OF_FIRST, 3);
}
/** Whether "instead of" (not a bare "not") ends right before k: "en vez de | hablar", "statt | mit jemandem". */
function insteadBefore(c: Clause, k: number): boolean {
  return firstWhere(Math.max(0, k - 3), k, (m) => insteadEnd(c, m) === k) !== undefined;
}
/** Things a person is wanted over, besides the bot: "something", "a system", "un sistema". */
const THINGS = packSet('things');

/** Whether a bot or a thing is what the person ending at `end` is wanted over: "someone rather than something". */
function overAThing(c: Clause, end: number): boolean {
  const k = phraseEnd(c.tokens, end, INSTEAD_OF, INSTEAD_OF_FIRST, 3);
  return !!k && firstWhere(k, Math.min(c.tokens.length, k + 3), (j) => c.word(j) & BOT || THINGS.has(c.tokens[j]!)) !== undefined;
}

/** "Someone" of the customer's own, right after it: "someone from my team", "alguien de mi familia", "qualcuno della mia famiglia". */
function ofMine(c: Clause, end: number): boolean {
  if (!AFFILIATION.has(c.tokens[end] ?? '')) return false;
  for (let j = end + 1; j < Math.min(c.tokens.length, end + 3); j++) if (mine(c.tokens[j])) return true;
  return false;
}

/** "My" or "our" in any of their forms: MY, and the plurals and "our"s it lacks ("unserer", "nuestro", "notre", "meus"). */
function mine(token: string | undefined): boolean {
  return token !== undefined && (MY.has(token) || OURS.has(token));
}
/** "Our"s and plural "my"s MY lacks: "unser", "nuestros", "notre", "nos", "nosso", "minhas", "nostro", "miei". */
const OURS = packSet('ours');

/** Words between a subject and its verb: a modal and the customer as object ("quelqu'un peut-il m'aider", "alguém pode me ajudar"). */
const SUBJECT_TO_VERB = packSet('subjectToVerb');

/** Whether a person ending at `end` is the subject of the verb at `verb`: right before it, or with only a modal and "me" between. */
function subjectOf(c: Clause, end: number, verb: number): boolean {
  if (end > verb) return false;
  for (let j = end; j < verb; j++) if (!(c.word(j) & MODAL) && !SUBJECT_TO_VERB.has(c.tokens[j]!)) return false;
  return true;
}

/** Wishes and tries of the past: "wanted", "wollte", "quiso", "voulait", "voleva", "tentou". */
const PAST_WISH = packSet('pastWish');
/** When, in the past: "last week", "gestern", "la semana pasada", "il y a une semaine", "la settimana scorsa", "ontem". */
const PAST_TIME = packSet('pastTime');
const PAST_TIME_FIRST = packFirstWords('pastTime');

/**
 * Whether a wish of the past, told with its time, comes just before i: "My husband wanted to talk to a manager last
 * week", "Mein Mann wollte letzte Woche einen Vorgesetzten sprechen", "la settimana scorsa voleva parlare con il
 * direttore" (not "I wanted to talk to a manager about my loan", which asks now).
 */
function wishedThen(c: Clause, i: number): boolean {
  // (Or asking, told with its time: "Ontem preenchi o formulário a pedir que um humano me contactasse".)
  const asking = (k: number) => phraseOpens(c.tokens, k, ASKING, ASKING_FIRST, 2);
  const wish = firstWhere(Math.max(0, i - 8), i + 1, (k) => PAST_WISH.has(c.tokens[k]!) || asking(k));
  if (wish === undefined) return false;
  // (Someone else's, the wish itself at i: "Mi pareja quería que alguien…"; not the customer's of today, a time gone by
  // told after it: "Quería hablar con alguien por el aparador que llegó rayado ayer".)
  // (Nor a wish with a time gone by before it, the wish at i: "Há bocado queria um humano", "Al principio pensé en pedir
  // un asesor".)
  const past = firstWhere(0, c.tokens.length, (k) => pastTimeAt(c, k));
  return theirsThen(c, wish) || (past !== undefined && (past < wish || wish < i || asking(wish)));
}

/** Asking, as it goes on: "asking", "pidiendo", "demandant", "chiedendo", "a pedir". */
const ASKING = packSet('asking');
const ASKING_FIRST = packFirstWords('asking');

/** Someone else's wish of the past: "wanted", "wollte", "voulait", "voleva", "quería", "queria" (not "volevo", "voulais"). */
const THEY_WANTED = packSet('theyWanted');

/**
 * Whether the wish of the past at k is someone else's, opening the clause on them ("My carer wanted someone to call her
 * back", "Mon père voulait absolument parler au pharmacien", "La badante di mio padre voleva parlare con qualcuno", "Mi
 * pareja quería que alguien…") or one told of ("una recensione di uno che voleva parlare con un operatore"): told, not
 * asked. The customer's own asks politely ("Quería hablar con un asesor", "Ich wollte mit jemandem sprechen").
 */
function theirsThen(c: Clause, k: number): boolean {
  if (!THEY_WANTED.has(c.tokens[k]!) || I_SUBJECT.has(c.tokens[k + 1] ?? '') || firstWhere(0, k, (j) => I_SUBJECT.has(c.tokens[j]!) || c.word(j) & SUBJECT) !== undefined) return false;
  if (k >= 2 && RELATIVE.has(c.tokens[k - 1]!) && (ONE.has(c.tokens[k - 2]!) || !!personAt(c, k - 2)?.indefinite)) return true;
  // (Theirs: "A minha mãe queria…"; the noun no word of ours but a person's: not "La verdad quería hablar con alguien".)
  const opener = myOpener(c);
  const noun = opener + 1;
  if (k <= noun || !(MY.has(c.tokens[opener]!) || DEFINITE.has(c.tokens[opener]!))) return false;
  return !!personAt(c, noun) || (c.word(noun) === 0 && !RELATIVE.has(c.tokens[noun]!) && !THOUGHTS.has(c.tokens[noun]!));
}

/** Where the clause's opening "my" is: 1 past Portuguese and Italian "the" ("A minha mãe", "La mia badante"), else 0. */
function myOpener(c: Clause): number {
  return DEFINITE.has(c.tokens[0]!) && MY.has(c.tokens[1] ?? '') ? 1 : 0;
}

/** Whether the word at k is one of `my` (MY by default), not Italian "mi", which is "me": "Mi va a chiamare qualcuno?". */
function myAt(c: Clause, k: number, my: ReadonlySet<string> = MY): boolean {
  const token = c.tokens[k] ?? '';
  return my.has(token) && !(c.language === 'it' && token === 'mi');
}

/** What a "the" opens that is no one: "La verdad quería…", "la cosa", "o problema". */
const THOUGHTS = new Set(['verdad', 'cosa', 'idea', 'problema', 'neta', 'real', 'thing', 'truth', 'point', 'verite', 'chose', 'wahrheit', 'sache', 'verita', 'verdade', 'coisa']);

/**
 * Whether German "hatte" at i had, a time gone by before it or right after, where "hätte" (folded the same) would wish:
 * "Letzten Winter hatte eine Beraterin Zeit für mich", "Ich hatte gestern ein Gespräch mit Ihrer Werkstatt", not "Hätte
 * eine Beraterin kurz Zeit für mich?".
 */
function hadThen(c: Clause, i: number): boolean {
  return c.tokens[i]!.startsWith('hatte') && (firstWhere(0, i, (k) => pastTimeAt(c, k)) !== undefined || pastTimeAt(c, i + 1));
}

/** Whether a time gone by starts at k: "yesterday", "la semana pasada", "il y a une semaine". */
function pastTimeAt(c: Clause, k: number): boolean {
  return phraseOpens(c.tokens, k, PAST_TIME, PAST_TIME_FIRST, 5);
}

/** Whether the wish at i is negated ("I don't need a human"), as opposed to a complaint ("I can't reach a human"). */
function negated(c: Clause, i: number): boolean {
  // "Why not" asks: "why don't you put me through?", "xq no me pasas con alguien?", "pk vous me passez pas qqn ?".
  if (WHY_NOT.has(c.tokens[0]!) || (c.tokens[0] === 'por' && c.tokens[1] === 'que')) return false;
  if (wishedThen(c, i)) return true;
  // Multi-word negations ("no need", "plus besoin", "no hace falta") that end at or just before i.
  for (let k = Math.max(0, i - 7); k <= i; k++) {
    for (const entry of c.starts[k] ?? []) if (entry.flags & NEGATION && entry.rest.length >= 1 && k + entry.rest.length <= i) return true;
  }
  // A report opening the clause, its object first: "I'd asked the counter staff to get the pharmacist" ("I'd" read as
  // "I would", which no past participle follows); not a wish of today after it, its subject anew: "I already tried
  // everything I want a human".
  for (let k = Math.max(1, i - 7); k < Math.min(3, i - 4); k++) {
    const reported = c.word(k) & REPORTED || c.covered(k, REPORTED);
    if (reported && (c.word(k - 1) & SUBJECT || I_SUBJECT.has(c.tokens[k - 1]!) || c.tokens[k - 1] === 'would') && firstWhere(k + 1, i, (j) => c.word(j) & SUBJECT) === undefined) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const flags = c.word(k);
    // (A report of two words too: "j'avais dû demander un responsable".)
    if ((flags & REPORTED || c.covered(k, REPORTED)) && k >= i - 3) return true;
    if (quotedFrom(c, k)) return true;
    if (!(flags & NEGATION)) continue;
    // (German "nem" is "einem", not Portuguese "nem": "ich muss mit nem Mitarbeiter reden".)
    if (c.tokens[k] === 'nem' && c.language === 'de') continue;
    // (Past "me" too, the question a plea: "¿No me puede pasar con una persona?", "Não me pode passar a uma pessoa?".)
    if (c.word(k - 1) & ABILITY || c.word(k + 1) & ABILITY || (ME.has(c.tokens[k + 1] ?? '') && c.word(k + 2) & ABILITY)) continue;
    // Nor a question softened: "I don't suppose there's someone I could have a word with?", "Sie haben nicht zufällig
    // jemanden, mit dem ich sprechen könnte?".
    if (c.tokens[k + 1] === 'suppose' || byChanceAt(c.tokens, k + 1)) continue;
    // Nor a possibility asked or denied: "Isn't it possible to talk to someone?", "¿No sería posible hablar con alguien?",
    // "Não daria pra passar meu caso pra alguém da equipe?".
    if (c.phrase(k + 1, POSSIBLE) || c.phrase(k + 2, POSSIBLE)) continue;
    // Nor an opinion asked: "não acha que era melhor uma pessoa ver?", "don't you think a person should look?" (not
    // "don't think I need a person").
    if (YOU.has(c.tokens[k + 1] ?? '') ? THINK.has(c.tokens[k + 2] ?? '') : THINK.has(c.tokens[k + 1] ?? '') && ROMANCE_THAT.has(c.tokens[k + 2] ?? '')) continue;
    // "não recebi nada quero falar…": the negation ended with its own object, before the wish.
    if (closedBefore(c, k + 1, i)) continue;
    // "no, I want…" / "no I want…": an interjection, not a negation of the wish.
    if (k === 0 && c.word(k + 1) & SUBJECT && c.tokens[k] !== 'not') continue;
    if (c.word(k + 1) & SUBJECT && c.tokens[k] === 'not') continue; // "can't I just talk to…"
    return true;
  }
  // A wish denied before the nearest "que": "Não quero que a oficina me ligue", "no quiero que me llamen" (not "Non
  // voglio che mi scriviate, voglio che mi chiami un operatore").
  for (let k = i - 1; k >= Math.max(2, i - 6); k--) {
    if (ROMANCE_THAT.has(c.tokens[k]!)) return ROMANCE_WISH.has(c.tokens[k - 1]!) && ROMANCE_NOT.has(c.tokens[k - 2]!);
  }
  return false;
}

/** Verbs of thinking, asked of the bot: "think", "acha", "crees", "pensa", "meinst". */
const THINK = packSet('think');

/** Speech and writing verbs of someone else: "my friend said 'ask for a human'", "mi ha detto 'chiedi un operatore'", "she wrote…". */
const SAID = packSet('said');
/** First-person words before a speech verb make it the customer's own insistence ("I said: agent!"). */
const I_SAID = packSet('iSaid');

/** "I" as a subject, which makes a speech verb the customer's own however far after it comes. */
const I_SUBJECT = packSet('iSubject');

/** "As" before a speech verb makes it a comparison, not a quotation: "like you said, …", "come hai detto, …". */
const AS = packSet('as');

/** Whether a speech verb at k reports what someone else said, so a request after it is quoted, not made. */
function quotedFrom(c: Clause, k: number): boolean {
  if (!SAID.has(c.tokens[k]!)) return false;
  // Within three words before it, or "I" as the subject further back ("ich hab's jetzt auf vier Arten geschrieben").
  // (Nor what was said named already, a pronoun its object: "Er hat es mir erst abends erzählt. | Ich möchte das mit
  // einem Menschen besprechen".)
  for (let j = 0; j < k; j++) {
    const token = c.tokens[j]!;
    if (I_SUBJECT.has(token) || (j >= k - 3 && (I_SAID.has(token) || AS.has(token))) || (j > 0 && j >= k - 4 && TOLD_THING.has(token) && c.tokens[j + 1] !== 'que')) return false;
  }
  return true;
}

/** The pronoun that stands for a thing said, as the object of a speech verb: "told me it", "hat es mir erzählt", "me lo dijo". */
const TOLD_THING = packSet('toldThing');

/** Whether the words right after a speech verb at k (within four) ask for someone: a quoted request. */
function quotes(c: Clause, k: number): boolean {
  for (let j = k + 1; j < Math.min(c.tokens.length, k + 5); j++) if (c.phrase(j, TRIGGER | WANT | TALK)) return true;
  return false;
}

/** Whether a speech verb or a report follows within three words of `from`: "my advisor told me", "mon conseiller m'a dit". */
function reportedBy(c: Clause, from: number): boolean {
  for (let j = from; j < Math.min(c.tokens.length, from + 3); j++) if (SAID.has(c.tokens[j]!) || c.word(j) & REPORTED) return true;
  return false;
}

/** "Button" in six languages: a control that carries a label, and (quoted) an option to choose (see OPTION). */
const BUTTONS = packSet('buttons');

/** Parts of an app or a site that carry a label: "the 'Talk to Sales' button", "el botón 'Hablar con un asesor'", "the Live Agent plugin". */
const CONTROL = packSet('control', BUTTONS);

/**
 * Whether the clause describes a control labelled with a request: the label right after the control's name
 * ("botão 'Fale com um especialista' fica cortado"), or right before it ("the Live Agent plugin setting", "the
 * 'Talk to Sales' button does nothing"). A control and its label with nothing said of them is the option chosen
 * ("le bouton « parler à un conseiller », celui-là"), which `quoted` reads with OPTION.
 */
function labelsControl(c: Clause, departments: Uint8Array): boolean {
  const n = c.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!CONTROL.has(c.tokens[i]!)) continue;
    let from: number;
    let to: number;
    const talkEnd = c.phrase(i + 1, TALK | PUT_ME_THROUGH);
    if (talkEnd) {
      from = i;
      to = Math.max(personAfter(c, talkEnd, 2)?.end ?? talkEnd, departmentAfter(c, talkEnd, departments));
    } else if (c.word(i - 1) & PERSON || (i > 1 && isDepartment(c, i - 1, departments))) {
      // The label's words back from the control: "talk to an agent", "Live Agent".
      from = i - 1;
      while (from > 0 && (c.word(from - 1) & (PERSON | TALK | PUT_ME_THROUGH | FILLER) || isDepartment(c, from - 1, departments))) from--;
      to = i + 1;
    } else continue;
    for (let j = 0; j < n; j++) if ((j < from || j >= to) && !(c.word(j) & (FILLER | TERSE_FILLER | PLEASE))) return true;
  }
  return false;
}

/**
 * Where what says who a person is ends: a qualifier of some words ("jemand aus Fleisch und Blut"), or their team
 * ("quelqu'un du service client", "alguém do atendimento ao cliente").
 */
function whoTheyAreEnd(c: Clause, person: PersonAt): number {
  const team = AFFILIATION.has(c.tokens[person.end] ?? '') ? (personAfter(c, person.end + 1, 0, 2)?.end ?? 0) : 0;
  return Math.max(c.phrase(person.end, QUALIFIER), yoursEnd(c, person), team);
}

/** Whether the word at j says someone is available ("available", "disponible"). */
function availableAt(c: Clause, j: number, available: Uint8Array): boolean {
  return inTable(available, c.ids[j]!);
}

/** "No" before a person: "no agents available?", "ningún asesor disponible?", "kein Mitarbeiter online?". */
const NO_ONE_OF = packSet('noOneOf');

/** A wondering before a question: "I wonder if", "je me demandais si", "mi chiedo se", "me pregunto si". */
const WONDER_IF = packSet('wonderIf');
const WONDER_IF_FIRST = packFirstWords('wonderIf');

/** Words that may open a question whether someone is there: "is there", "hay", "ist grad", "c'è", "não tem", "y a-t-il". */
const ASKS_PRESENCE = packSet('asksPresence');

/**
 * A short question whether someone is there now: "is anyone available?", "¿no hay nadie disponible para
 * atenderme?", "personne de disponible ?", "ist grad irgendwer von euch online?", "nessun operatore disponibile?".
 * Only politeness or what they would do may follow ("…to help me", "pour me répondre"): "are agents available
 * on Sundays?" and "is a human available 24/7?" ask about the service, not for someone now.
 */
function askedAvailable(c: Clause, available: Uint8Array, nobodyOnly = false): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  // (A softening opening it counts for nothing: "Por acaso haverá alguém disponível que me possa atender…?", "¿No
  // tendrás a alguien disponible que me pueda atender por acá?".)
  // (Nor a wondering: "I wonder if one of the brokers might be free for a chat", "je me demandais si un conseiller…".)
  const wondered = phraseEnd(c.tokens, 0, WONDER_IF, WONDER_IF_FIRST, 5);
  let soft = wondered;
  while (soft < wondered + 2 && (STILL_OR_BY_CHANCE.has(c.tokens[soft] ?? '') || NOT_THERE.has(c.tokens[soft] ?? ''))) soft++;
  if (n - soft > 10) return undefined;
  for (let j = 1; j < n; j++) {
    if (!availableAt(c, j, available)) continue;
    let who = -1;
    let whoEnd = -1;
    for (let i = Math.max(0, j - 8); i < j && who < 0; i++) {
      const person = nobodyOnly ? undefined : personAt(c, i);
      // Further back only past who they are: "Ist gerade jemand aus Fleisch und Blut erreichbar?".
      if (i < j - 4 && (!person || whoTheyAreEnd(c, person) < j - 1)) continue;
      if (person && !OTHER.has(c.tokens[person.end] ?? '') && !OTHER.has(c.tokens[person.end - 1]!)) [who, whoEnd] = [i, person.end];
      else if (nobodyAt(c.tokens, i)) [who, whoEnd] = [i, i + 1];
    }
    // Or one of them right after it, as Romance languages ask: "¿Está disponible algún asesor en este momento?",
    // "è disponibile un operatore?".
    const after = who < 0 && !nobodyOnly && j <= 2 && ONE.has(c.tokens[j + 1] ?? '') ? personAt(c, j + 2) : undefined;
    if (after && !after.indefinite && !OTHER.has(c.tokens[after.end] ?? '')) [who, whoEnd] = [j, j];
    if (who < 0 || who - wondered > 4) continue;
    let fits = true;
    for (let k = wondered; k < who && fits; k++) {
      const fillerEnd = c.phrase(k, TERSE_FILLER);
      if (fillerEnd > k + 1) k = fillerEnd - 1;
      // (Or softened: "Por acaso haverá alguém disponível…?", "Is there possibly anyone available?"; or one of them:
      // "one of the brokers".)
      else fits = ASKS_PRESENCE.has(c.tokens[k]!) || NO_ONE_OF.has(c.tokens[k]!) || c.covered(k, EXISTENTIAL) || STILL_OR_BY_CHANCE.has(c.tokens[k]!) || ONE_OF.has(c.tokens[k]!) || (DEFINITE.has(c.tokens[k]!) && ONE_OF.has(c.tokens[k - 1] ?? ''));
    }
    for (let k = whoEnd; k < j && fits; k++) fits = !(c.word(k) & (SUBJECT | WANT | TALK)) && !/^\d/.test(c.tokens[k]!);
    for (let k = after ? after.end : j + 1; k < n && fits; k++) {
      const token = c.tokens[k]!;
      // (A filler of words: "en este momento".)
      const fillerEnd = c.phrase(k, TERSE_FILLER);
      if (fillerEnd > k + 1) k = fillerEnd - 1;
      // What they would take over is theirs to name: "Is anybody available to take over this conversation?", "Haverá
      // alguém disponível para verificar a minha situação?".
      else if (TO.has(c.tokens[k - 1]!) && takenOn(c, k)) break;
      // Or for a while, to end it: "for a couple of minutes", "quelques minutes" (not "all the time").
      else if (firstWhere(k, Math.min(n, k + 5), (m) => TIME.has(c.tokens[m]!) && (!DEFINITE.has(c.tokens[m - 1]!) || ONE.has(c.tokens[m - 1]!)) && m === n - 1) !== undefined) break;
      // Or who would take it, past a when: "Is anyone available (today) who could help me?", "Há alguém disponível
      // hoje que possa pegar no meu caso?" (not "Is anyone available who speaks Spanish?").
      else if (RELATIVE.has(token) || (AROUND.has(token) && RELATIVE.has(c.tokens[k + 1] ?? ''))) {
        fits = ableToAttend(c, RELATIVE.has(token) ? k + 1 : k + 2) > 0;
        break;
      } else fits = !/^\d/.test(token) && (TO.has(token) || toCustomer(c, k, k + 1) || !!(c.word(k) & (QUALIFIER | TERSE_FILLER | PLEASE | ATTEND | TALK)));
    }
    if (fits) return { form: 'indirect', evidence: c.text(who, after ? after.end : j + 1), language: c.language };
  }
  return undefined;
}

/**
 * Whether a verb of attending at k takes something on: a phrase of its own ("take over"), or the customer's own thing
 * after it ("check my order", "look at my refund", "verificar a minha situação").
 */
/** An adverb of manner, by its ending: "personally", "pessoalmente", "rapidement". */
const ADVERB = /(?:ly|mente|ement)$/;

function takenOn(c: Clause, k: number): boolean {
  const end = c.phrase(k, ATTEND);
  if (end > k + 1) return true;
  if (!end) return false;
  // (Past how: "acompanhar pessoalmente o meu caso", "look personally at my claim".)
  const how = end + (ADVERB.test(c.tokens[end] ?? '') ? 1 : 0);
  const thing = how + (LOOK_PREPOSITIONS.has(c.tokens[how] ?? '') || c.tokens[how] === 'at' ? 1 : 0);
  return mine(c.tokens[thing]) || (DEFINITE.has(c.tokens[thing] ?? '') && mine(c.tokens[thing + 1]));
}

/**
 * "No way to" and "so hard to" before reaching someone: a complaint that asks ("is there really no way to reach a human?").
 * So does asking for a way, with the person doing it: "¿habría forma de que una persona revise…?", "tem como alguém olhar…?".
 * Phrases, their words separated by spaces; none starts another, so the order they are tried in does not matter.
 */
const NO_WAY = packSet('noWay');
/** NO_WAY's phrases as words, by their first word, in the order listed: filled from it whenever the lexicon is compiled. */
const NO_WAY_BY_FIRST = new Map<string, string[][]>();

function fillNoWay(): void {
  NO_WAY_BY_FIRST.clear();
  for (const phrase of NO_WAY) {
    const words = phrase.split(' ');
    const same = NO_WAY_BY_FIRST.get(words[0]!);
    if (same) same.push(words);
    else NO_WAY_BY_FIRST.set(words[0]!, [words]);
  }
}

/** Where "no way to" ends at i, or 0. */
function noWayAt(c: Clause, i: number): number {
  const phrases = NO_WAY_BY_FIRST.get(c.tokens[i]!);
  if (!phrases) return 0;
  for (const words of phrases) if (words.every((word, k) => c.tokens[i + k] === word)) return i + words.length;
  return 0;
}

/**
 * A complaint that no one can be reached, with the person and the reaching within eight words of it:
 * "no hay forma de que me atienda un ser humano?", "gibt's keine Möglichkeit, einen Menschen zu erreichen?".
 */
function unreachable(c: Clause): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  for (let i = 0; i < n; i++) {
    const end = noWayAt(c, i);
    if (!end) continue;
    let person: PersonAt | undefined;
    let verb = 0;
    for (let j = end; j < Math.min(n, end + 8) && !(person && verb); j++) {
      if (c.word(j) & BOT) break;
      const found = person ? undefined : personAt(c, j);
      if (found) {
        person = found;
        j = found.end - 1;
        continue;
      }
      if (!verb) verb = c.phrase(j, ATTEND) || talkAt(c, j);
    }
    if (person && verb) return { form: 'indirect', evidence: c.text(i, Math.max(person.end, verb)), language: c.language };
  }
  return undefined;
}

/** Words of jobs and hiring: "are you hiring agents?", "la vacante de agente". */
const JOBS = packSet('jobs');
/** English "do" that did a job: "the guy who did the job". */
const DID = new Set(['did', 'done', 'doing', 'does']);

/** Finds a person after position `from`, allowing filler words (and any of `passing`) and a few unknown ones in between. */
function personAfter(c: Clause, from: number, maxUnknown: number, maxGap = 6, passing?: ReadonlySet<string>): PersonAt | undefined {
  let unknown = 0;
  for (let j = from; j < c.tokens.length && j - from <= maxGap; j++) {
    const person = personAt(c, j);
    if (person) return person;
    const flags = c.word(j);
    if (flags & (BOT | NEGATION) && !(flags & FILLER)) return undefined;
    if (!(flags & FILLER) && !passing?.has(c.tokens[j]!)) unknown++;
    if (unknown > maxUnknown) return undefined;
  }
  return undefined;
}

/**
 * A person the customer asks for after `from`, with one word naming which between the article and them, past filler
 * only: "Can I get the area manager?", "Can I see the store manager?" (personAfter allows no unknown word there; not
 * "Can the store staff add a note?", "Can a second person travel on my pass?").
 */
function modifiedPerson(c: Clause, from: number): PersonAt | undefined {
  if (!I_SUBJECT.has(c.tokens[from] ?? '')) return undefined;
  const person = personAfter(c, from, 1, 5);
  return person && person.start - from >= 2 && DEFINITE.has(c.tokens[person.start - 2]!) && !(c.word(person.start - 1) & FILLER) ? person : undefined;
}

/** Deciding or the right to: "decide", "in charge", "entscheiden", "autoridad", "pouvoir de décision", "decisioni". */
const DECIDES = packSet('decides');
const DECIDES_FIRST = packFirstWords('decides');
/** Where a word of deciding that starts at k ends, or 0: "in charge", "con autoridad", "di decidere". */
const decidesEnd = (c: Clause, k: number) => phraseEnd(c.tokens, k, DECIDES, DECIDES_FIRST, 3);

/**
 * Whether a "who" and a word of deciding or acting are both in the clause, or a "who" right after "to" or "with": a talk
 * to whoever decides, or to whoever works on the customer's thing, may ask for them.
 */
function namesDecider(tokens: readonly string[]): boolean {
  const afterToOrWith = tokens.some((t, k) => k > 0 && WHO.has(t) && (TO.has(tokens[k - 1]!) || WITH.has(tokens[k - 1]!)));
  return afterToOrWith || (tokens.some((t) => WHO.has(t)) && tokens.some((t) => DECIDES_FIRST.has(t) || ACTS.has(t)));
}

/** Acting on a case: "resolve", "fix", "intervenire", "agir", "eingreifen". */
const ACTS = packSet('acts');

/**
 * Where whoever decides or can act ends, right after a talk or a handing on: "talk to whoever is in charge", "hablar
 * con quien tenga capacidad para decidir", "parlare con chi ha l'autorità di decidere", "passare la mia pratica a chi
 * può davvero intervenire", "pra quem realmente pode resolver", "à celui qui peut agir".
 */
function deciderAfter(c: Clause, from: number): number {
  const n = c.tokens.length;
  const who = firstWhere(from, Math.min(n, from + 3), (k) => WHO.has(c.tokens[k]!));
  if (who === undefined) return 0;
  for (let k = who + 1; k < Math.min(n, who + 7); k++) {
    const end = decidesEnd(c, k);
    if (end) return end;
  }
  const modal = firstWhere(who + 1, Math.min(n, who + 4), (k) => c.word(k) & MODAL);
  const acts = modal === undefined ? undefined : firstWhere(modal + 1, Math.min(n, modal + 4), (k) => ACTS.has(c.tokens[k]!));
  if (acts !== undefined) return acts + 1;
  // Or whoever works on the customer's thing, right after the talk: "talk to whoever is making my lenses", "falar
  // diretamente com quem monta as lentes".
  const right = c.tokens.slice(from, who).every((t, k) => TO.has(t) || WITH.has(t) || c.word(from + k) & FILLER);
  const thing = right ? firstWhere(who + 2, Math.min(n - 1, who + 6), (k) => MY.has(c.tokens[k]!) || ARTICLES.has(c.tokens[k]!)) : undefined;
  return thing === undefined ? 0 : thing + 2;
}

/** Urgency: "now", "asap", "sofort", "subito", "tout de suite", "ahora mismo", "agora". */
const URGENT = packSet('urgent');
const URGENT_FIRST = packFirstWords('urgent');

/** Where any "please"s from k end: "svp", "vi prego", "por favor, porfa". */
function pastPleas(c: Clause, k: number): number {
  let j = k;
  for (let end = c.phrase(j, PLEASE); end; end = c.phrase(j, PLEASE)) j = end;
  return j;
}

/**
 * Whether the words from k start something new after a terse request (past "please"): the customer ("I", "ich", "quero",
 * "no entiendo") or a thing ("my order", "l ordine", "this bot").
 */
function runsOn(c: Clause, k: number): boolean {
  const j = pastPleas(c, k);
  const token = c.tokens[j];
  if (token === undefined) return false;
  if (I_SUBJECT.has(token) || DEFINITE.has(token) || THAT.has(token) || c.phrase(j, WANT | NEGATION)) return true;
  return MY.has(token) && !(token === 'mi' && c.language === 'it');
}

/** A doctor's title, cut off from their name by its full stop ("¿la Dra. | Pérez trabaja este sábado?"): no terse request alone. */
const TITLES = new Set(['dr', 'dra', 'dre', 'dott']);

/** What one clause leaves for the next: "Mir wäre es lieber, | wenn das ein Kollege übernimmt". */
interface Carry {
  /** The clause ended on a wish ("lieber", "I'd rather"): a person early in the next clause completes it. */
  wish: boolean;
  /**
   * That wish is an ease or a preference ("Mir wäre wohler, |"): the person must be a human being or one who attends
   * or talks ("wenn sich eine Person … annimmt"), not a trade coming over ("wenn der Techniker vormittags kommt").
   */
  eased: boolean;
  /** The clause ended on "possible" ("Wäre es möglich,"): "a person" opening the next clause completes it. */
  possible: boolean;
  /** The clause ended on a rejection ("keine Lust mehr"): the bot in the next clause completes it. */
  rejection: boolean;
  /** The customer described themselves ("I'm a real person"): "not a robot" is then about them. */
  selfDescribed: boolean;
  /** A later clause says more than urgency or politeness ("Mensch, | das dauert", not "Mensch. | Jetzt."). */
  more: boolean;
  /**
   * The clause said only that there is no need ("Nicht nötig, | mich zu verbinden") or ended on someone
   * else's words ("Mein Sohn meinte, | ich soll 'Mitarbeiter' schreiben"): the next clause asks for nothing.
   */
  voidsNext: boolean;
  /** A clause came before in the message: an "if" clause after it may be the wish's condition (see supposed). */
  follows: boolean;
}

/** The customer's own: "my", "mi", "mon", "mein", "meu", "mio", "our". */
const MY = packSet('my');

/** What a clause carries when nothing before it does (the first clause's, and a part read alone). */
const NO_CARRY: Readonly<Carry> = { wish: false, eased: false, possible: false, rejection: false, selfDescribed: false, more: false, voidsNext: false, follows: false };

/** A short rejection's "no" ("no", "pas", "kein", "não", "sin"), unless "more" follows ("no more", "plus", "mehr", "più", "mais"). */
const WEAK_REJECTION_HEADS = packSet('weakRejectionHeads');
const WEAK_REJECTION_TAILS = packSet('weakRejectionTails');

function matchClause(c: Clause, carry: Carry, { available, spokenLanguages, chores, departments }: CompiledLexicon): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  if (n === 0) return undefined;
  // Without a person, a team or a request word, only "nobody available?" can ask for someone, or a talk to whoever
  // decides ("hablar con quien pueda decidir") or the case passed to whoever can act ("pass my case to whoever can fix it").
  if ((c.flags & TRIGGER) === 0 && !c.department && !((c.flags & TALK || c.tokens.some((t) => FORWARD.has(t))) && namesDecider(c.tokens))) return askedAvailable(c, available, true);
  // A question about the bot, a job, or someone else's words ("my friend wrote 'ask for a human'", not
  // "the tracking says delivered but nothing came, I want a person"). A job the customer wants to talk
  // about is the subject of a request ("a recruiter about the warehouse job"), not a vacancy for one.
  // (A job done is the work, no vacancy: "let me talk to the guy who did the job".)
  const jobDone = (i: number) => DID.has(c.tokens[i - 2] ?? '') && DEFINITE.has(c.tokens[i - 1]!);
  // (Not a talk the customer must have: "il faut que je parle à quelqu'un" is no "est-ce que je parle à un humain ?".)
  const owedTalk = (i: number) => c.tokens[i - 1] === 'que' && (MUST.has(c.tokens[i - 2] ?? '') || OBLIGE.has(c.tokens[i - 2] ?? ''));
  for (let i = 0; i < n; i++) if ((c.phrase(i, IDENTITY) && !owedTalk(i)) || (JOBS.has(c.tokens[i]!) && !aboutBefore(c, i) && !jobDone(i)) || (quotedFrom(c, i) && quotes(c, i))) return undefined;
  if (clienteleAsking(c) || thanksTo(c)) return undefined;
  const complaint = unreachable(c);
  if (complaint) return complaint;
  const askedNow = askedAvailable(c, available);
  if (askedNow) return askedNow;
  const judged = caseForPerson(c);
  if (judged) return judged;

  // Terse: nothing but person words and politeness ("agent!!", "human pls", "real person now").
  let personWord: PersonAt | undefined;
  let terse = true;
  for (let i = 0; i < n; ) {
    const person = personAt(c, i);
    if (person && !(person.indefinite && c.tokens[i] === 'personne') && !TITLES.has(c.tokens[person.end - 1]!)) {
      personWord ??= person;
      // All of a strong phrase: "una persona in carne e ossa".
      i = Math.max(person.end, c.phrase(i, STRONG));
      // And where the role works, after it: "le chef d'agence", "el jefe de tienda", "il responsabile del negozio";
      // or whose they are: "someone from the shop?", "alguien del personal".
      if (OF.has(c.tokens[i] ?? '') || AFFILIATION.has(c.tokens[i] ?? '')) {
        const at = DEFINITE.has(c.tokens[i + 1] ?? '') ? i + 2 : i + 1;
        if (isDepartment(c, i + 1, departments)) i += 2;
        else if (GOODS_PLACES.has(c.tokens[at] ?? '') || OFFICES.has(c.tokens[at] ?? '') || STAFF_BODY.has(c.tokens[at] ?? '')) i = at + 1;
      }
      continue;
    }
    // (A plea is politeness too: "agente humano por el amor de dios".)
    const fillerEnd = c.phrase(i, TERSE_FILLER | CONTRAST | PLEASE);
    if (fillerEnd) {
      i = fillerEnd;
      continue;
    }
    // Where the role works: "get me the store manager", "your shift supervisor pls".
    if (modifiesRole(c, i)) {
      i++;
      continue;
    }
    terse = false;
    break;
  }
  const teamAsked = terse && personWord ? undefined : terseDepartment(c, departments);
  if (teamAsked) return teamAsked;
  // "Mensch, das dauert…", "Gente, que produto bom": a lone "Mensch" or "gente" before more text is an
  // interjection ("Es reicht. Mensch. Jetzt." is a request: only urgency follows).
  const interjection = n === 1 && (c.tokens[0] === 'mensch' || c.tokens[0] === 'gente') && carry.more;
  if (terse && personWord && !interjection) return { form: 'terse', evidence: c.text(0, n), language: c.language };
  // Or terse first, the message running on without a stop: "operatore subito l ordine e tutto sbagliato", "agent now
  // I was charged twice", "Atendente agora mesmo quero cancelar" (one of the company's people opening it, then urgency,
  // then the customer or a thing; not what the person did or is: "Agent now claims…", "Operatore subito gentile",
  // "Operatore adesso mi ha risolto tutto", Italian "mi" being "me" there).
  const urgentEnd = personWord && personWord.start === 0 && !personWord.indefinite ? phraseEnd(c.tokens, personWord.end, URGENT, URGENT_FIRST, 3) : 0;
  if (urgentEnd && runsOn(c, urgentEnd)) return { form: 'terse', evidence: c.text(0, urgentEnd), language: c.language };
  // Or a plea for one opening it, then the bot or the customer: "xfavore un operatore umano il bot nn capisce", "por
  // favor un agente me han cobrado dos veces".
  const pleaEnd = pastPleas(c, 0);
  const pleaded = pleaEnd > 0 && !!personWord && !personWord.indefinite && personWord.start === pleaEnd + (ONE.has(c.tokens[pleaEnd]!) ? 1 : 0);
  const then = personWord ? personWord.end + (HUMANE.has(c.tokens[personWord.end] ?? '') ? 1 : 0) : 0;
  if (pleaded && personWord && (runsOn(c, then) || ME.has(c.tokens[then] ?? ''))) return { form: 'terse', evidence: c.text(0, personWord.end), language: c.language };

  if (carry.wish || carry.possible) {
    const person = personAfter(c, 0, 2, 5);
    // After "possible", one person ("Wäre es möglich, | einen Ansprechpartner zu bekommen?"), not people
    // in general ("Would it be possible? | Agents never answer"); never the subject of a report
    // ("Est-ce possible ? | Mon conseiller m'a dit que oui").
    // (Or someone said to be one: "Wäre es möglich, | dass sich das jemand aus Fleisch und Blut anschaut?")
    const qualifierEnd = person && person.indefinite ? c.phrase(person.end, QUALIFIER) : 0;
    const flesh = !!person && qualifierEnd - person.end >= 3 && !reportedBy(c, qualifierEnd);
    const dealtWith = (p: PersonAt) => HUMAN_BEINGS.has(c.tokens[p.end - 1]!) || firstWhere(p.end, n, (j) => c.phrase(j, ATTEND) || talkAt(c, j)) !== undefined;
    const wished = person && ((carry.wish && (!carry.eased || dealtWith(person))) || flesh || (!person.indefinite && c.tokens.slice(0, person.start).some((t) => ONE.has(t))));
    // Or someone taking it on: "Wäre es möglich, | dass sich das mal jemand aus der Praxis persönlich anschaut?", "…, | dass
    // sich jemand von Ihnen unsere Buchung anschaut?" (a phrase the lexicon lists as one person, opening on "jemand").
    // Or talking with the customer: "…, | dass sich jemand von Ihnen kurz persönlich mit mir austauscht?".
    // (Not someone else: "Ich möchte, dass jemand anderes meinen Handyvertrag übernimmt".)
    const takesItOn =
      !!person &&
      (person.indefinite || (c.word(person.start) & INDEFINITE) !== 0) &&
      !OTHER.has(c.tokens[person.end] ?? '') &&
      firstWhere(person.end, n, (j) => c.phrase(j, ATTEND) || (talkAt(c, j) > 0 && toCustomer(c, person.end, j + 1))) !== undefined;
    if (person && ((wished && qualified(c, person)) || takesItOn) && !reportedBy(c, person.end)) return { form: 'direct', evidence: c.text(0, person.end), language: c.language };
  }
  if (carry.rejection) {
    for (let j = 0; j < Math.min(n, 6); j++) {
      if (botAt(c, j)) return { form: 'reject_bot', evidence: c.text(0, j + 1), language: c.language };
    }
  }

  const welcome = welcomedEnd(c);
  if (welcome) return { form: 'indirect', evidence: c.text(0, welcome), language: c.language };

  const around = someoneAround(c, departments);
  if (around) return { form: 'indirect', evidence: c.text(0, around), language: c.language };

  for (let i = 0; i < n; i++) {
    const flags = c.word(i);

    // (Not someone there for a job: "¿Hay alguien del personal que acompañe a mi hijo…?", "c'è qualcuno che può tenere
    // d'occhio i bagagli?".)
    const presenceEnd = c.phrase(i, PRESENCE);
    if (presenceEnd && (onlyFillersAfter(c, presenceEnd) || !ASKED_LAST.has(c.tokens.slice(i, presenceEnd).join(' '))) && !choreFor(c, presenceEnd, chores) && !deedAsked(c, presenceEnd)) return { form: 'indirect', evidence: c.text(i, presenceEnd), language: c.language };

    const throughEnd = c.phrase(i, PUT_ME_THROUGH);
    // "Stell mich zu niemandem durch"; nor how a call already booked will come: "Will the doctor call me on video or
    // just phone for the appointment?".
    // (Nor French "se passer de", doing without: "Je vais me passer du service client".)
    // (Nor a transfer stopped: "Stop transferring me to the wrong department".)
    if (throughEnd && !negated(c, i) && !supposed(c, i, carry) && !callWhenDone(c, throughEnd) && !germanLetPerfect(c, i, throughEnd) && !ownCaller(c, i) && !(i > 0 && stopAt(c.tokens, i - 1)) && !doesWithout(c, throughEnd) && !(c.word(throughEnd + 1) & NEGATION && TO.has(c.tokens[throughEnd] ?? '')) && !channelAsked(c, i, throughEnd)) {
      // (Past any "please": "vous pouvez me rappeler svp c'est pour mon ordonnance", "chiamatemi subito vi prego".)
      const after = pastPleas(c, throughEnd);
      const next = c.tokens[after];
      // "put me back with Laura", "rimettimi con Laura": back with whoever it was, by name.
      const backWith = WITH.has(c.tokens[throughEnd - 1]!) && c.tokens.slice(i, throughEnd).some((t) => BACK.has(t));
      // (A call, then what it is for: "Call me back and explain the bill", "Rufen Sie mich bitte zurück und erklären Sie…".)
      const callFor = (CALL_ON.has(next ?? '') || AND.has(next ?? '')) && callsBack(c, i, throughEnd);
      // (Or who would call, in a passive: "Vorrei essere ricontattato dallo studio di Bologna".)
      const by = c.word(after) & BY && c.tokens.slice(i, throughEnd).some((t) => BE.has(t));
      // (A team only where it is one: "Me llama la atención que…" is no call from "atención al cliente"; and not the
      // customer's own: "Bitte leite das an unser eigenes Buchhaltungsteam weiter".)
      // (Or who is to do it, named after: "Llamadme vosotros, que por aquí no me aclaro".)
      if (next === undefined || backWith || by || YOU_ALL.has(next) || personAfter(c, throughEnd, 1, 3) || TO.has(next) || REASON.has(next) || callFor || onlyFillersAfter(c, throughEnd) || (departmentAfter(c, throughEnd, departments) && !c.covered(throughEnd, NOT_PERSON_PHRASE) && !mine(next))) {
        return { form: 'transfer', evidence: c.text(i, throughEnd + (next === undefined ? 0 : 1)), language: c.language };
      }
    }

    const forwardEnd = forwardedTo(c, i, departments);
    if (forwardEnd && !negated(c, i)) return { form: 'escalate', evidence: c.text(i, forwardEnd), language: c.language };

    // (Not a stopover: "O voo faz escala em Lisboa", "L'agent d'escale peut-il refuser mon bagage ?"; nor why it is, with
    // no "not" to make it a reproach: "Why are your premiums escalating every single year?", not "Why isn't this escalated?";
    // nor prices growing: "Die Preise eskalieren ja komplett".)
    const escalateEnd = c.phrase(i, ESCALATE);
    const rising = firstWhere(Math.max(0, i - 3), i, (k) => RISING.has(c.tokens[k]!) && firstWhere(k + 1, i, (j) => c.word(j) & (PLEASE | MODAL)) === undefined) !== undefined;
    // (Nor one done: "My case was forwarded to a manager back in March", "era stata inoltrata a un responsabile", "Ich habe
    // das schon an eine höhere Stelle weitergegeben", "J'ai déjà fait remonter le dossier à la direction".)
    const toldDone = escalateEnd > 0 && (germanPerfect(c, i, i, escalateEnd + 2) || firstWhere(Math.max(0, i - 3), i, (k) => c.word(k) & REPORTED) !== undefined);
    // (Nor "nothing" to escalate: "Passt schon, musst nichts eskalieren", "nothing to escalate, thanks".)
    if (escalateEnd && !rising && !negated(c, i) && !PAST_AUXILIARY.has(c.tokens[i - 1] ?? '') && !NOTHING.has(c.tokens[i - 1] ?? '') && !(NOTHING.has(c.tokens[i - 2] ?? '') && TO.has(c.tokens[i - 1]!)) && !toldDone && !deniedAfter(c, escalateEnd) && !(WHY_NOT.has(c.tokens[0]!) && !(c.flags & NEGATION)) && !phraseOpens(c.tokens, i - 1, STOPOVER, STOPOVER_FIRST, 2) && (!ESCALATE_TO.has(c.tokens[i]!) || escalatedTo(c, i, departments))) return { form: 'escalate', evidence: c.text(i, Math.min(n, escalateEnd + 2)), language: c.language };

    const talkEnd = talkAt(c, i);
    // (A talk had then is told: "Ich hatte gestern ein Gespräch mit Ihrer Werkstatt".)
    const had = talkEnd > 0 && firstWhere(Math.max(0, i - 2), i, (k) => hadThen(c, k)) !== undefined;
    // (Nor one of the family calling the customer: "I'd like my daughter to be able to ring me after school".)
    const kinCalls = talkEnd > 0 && kinBefore(c.tokens, i) && firstWhere(i, Math.min(n, talkEnd + 1), (k) => ME.has(c.tokens[k]!)) !== undefined;
    if (talkEnd && !had && !kinCalls && !negated(c, i) && !heldAppointment(c, i) && !talkedInPassive(c, i) && !doesWithout(c, talkEnd) && (!overThePhone(c, i, talkEnd) || wishful(c))) {
      const person = personAfter(c, talkEnd, 2);
      // "transfer the gift card to someone else": after a thing, "someone" is whoever receives it.
      // Nor the staff of someone of the customer's: "contact my landlord's property manager" (not "your company's manager").
      const between = person ? c.tokens.slice(talkEnd, person.start) : [];
      const theirs = between.includes('s') && between.some((t) => MY.has(t));
      // (Nor where a thing of the customer's comes from: "Can I transfer my prescription from another optician?".)
      const moved = !!person && firstWhere(talkEnd, person.start, (k) => movedFrom(c, k, person.start)) !== undefined;
      // (Nor what is preferred over: "I'd rather type here than talk to a person", "Lieber hier im Chat als mit einem Menschen".)
      // (Nor someone past a time gone by: "Fiquei na fila do chat ontem até uma moça me atender".)
      // (Nor a report between: "Last time I used this chat I asked for a human and got one".)
      // (Nor a talk not wanted, instead of another: "Prefiero seguir en el chat en vez de hablar con alguien".)
      const over =
        preferredOver(c, i) ||
        insteadBefore(c, i) ||
        between.some((_, k) => preferredBefore(c, talkEnd + k) || pastTimeAt(c, talkEnd + k) || c.word(talkEnd + k) & REPORTED || insteadEnd(c, talkEnd + k) > 0);
      // (Nor the person asked, verb first, what they speak: "Sprechen die Flugbegleiter auf der Strecke auch Deutsch?".)
      const speaks =
        !!person && i === 0 && !TO.has(c.tokens[talkEnd] ?? '') && !WITH.has(c.tokens[talkEnd] ?? '') && firstWhere(person.end, n, (k) => spokenAfter(c, k, spokenLanguages)) !== undefined;
      // (Nor a German perfect: "Meine Freundin hat im Chat nach einem Mitarbeiter gefragt und wurde weitergeleitet".)
      const done = !!person && germanPerfect(c, i, person.end, n);
      if (person && !theirs && !moved && !speaks && !over && !done && !(person.indefinite && unknownBetween(c, talkEnd, person.start)) && !unwelcomeAfter(c, person.end) && !othersMustCall(c, i)) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
      // A team of people: "speak to the billing department", "transferir al departamento de reclamaciones".
      // (Not where a transfer comes from: "Do you offer an airport transfer from the hotel in Palma?", "Gibt es einen
      // Transfer vom Hotel?", "Il transfer dall'hotel è incluso?".)
      const source = c.tokens[i]!.startsWith('transf') && (FROM_ONE.has(c.tokens[talkEnd] ?? '') || FROM_THE.has(c.tokens[talkEnd] ?? ''));
      // (Nor a team named by it, after "the": "Your colleague at the transfer desk rebooked me".)
      const itsName = DEFINITE.has(c.tokens[i - 1] ?? '') && isDepartment(c, talkEnd, departments);
      const found = source || itsName ? 0 : departmentAfter(c, talkEnd, departments);
      // (Nor a word of a thing of the customer's: "trasferire la mia cartella clinica dal mio vecchio dentista".)
      const department = found && firstWhere(talkEnd, found - 2, (k) => MY.has(c.tokens[k]!)) !== undefined ? 0 : found;
      // (Nor a counter gone to, French "passer" with no "me": "faut passer au comptoir ?", not "passez-moi l'accueil".)
      // (Or any place gone into: "Mio marito può passare in ufficio a firmare?", "passar na loja".)
      const goneTo = !!department && c.tokens[i]!.startsWith('pass') && !ME.has(c.tokens[i - 1] ?? '') && !ME.has(c.tokens[talkEnd] ?? '') && (COUNTERS.has(c.tokens[department - 1]!) || VISIT_INTO.has(c.tokens[talkEnd] ?? ''));
      // (Nor one named before a verb turned round: "L'expert va-t-il appeler l'agence ?"; nor a call someone else must
      // make: "Will the removal men have to call reception to get through the gate?".)
      if (department && !goneTo && !invertedAt(c, i - 2) && !othersMustCall(c, i)) return { form: 'direct', evidence: c.text(i, department), language: c.language };
      // Or its people, whatever the team is called: "hablar con los de contadores", "parler à ceux du service compteurs";
      // or a team by a word of its own: "talk to metering about my smart meter".
      const unknown = (k: number) => c.unlisted(k);
      const named = englishTeamAt(c.tokens, unknown, talkEnd - 1) ? talkEnd + 1 : englishTeamAt(c.tokens, unknown, talkEnd) ? talkEnd + 2 : 0;
      if (named) return { form: 'direct', evidence: c.text(i, named), language: c.language };
      const those = thoseOf(c, talkEnd, departments);
      if (those) return { form: 'direct', evidence: c.text(i, those), language: c.language };
      const decider = deciderAfter(c, talkEnd);
      if (decider) return { form: 'direct', evidence: c.text(i, decider), language: c.language };
    }

    // (German "holen" with its particle last is another verb: "Holt jemand vom Personal meinen Vater … ab?" picks up.)
    const wantEnd = c.phrase(i, WANT);
    // (Nor a call someone else must make, read as a need: "Will the delivery driver have to call reception?".)
    if (wantEnd && !hadThen(c, i) && !negated(c, i) && !lady(c, i) && !othersHave(c, i) && !preferredOver(c, i) && !(c.tokens[i]!.startsWith('hol') && WANT_PARTICLES.has(c.tokens[n - 1]!)) && !othersMustCall(c, phraseEnd(c.tokens, i, OTHERS_MUST, OTHERS_MUST_FIRST, 2))) {
      const person = personAfter(c, wantEnd, 0, 6, INSISTING);
      // German "will" is a wish ("ich will einen Menschen"); English "will the vet be in on Saturday?" asks about the
      // staff, as "will the engineer need to get into the loft?" does; and a named one's doing anything is what will
      // happen: "Will the hygienist talk me through what she's doing?".
      const next = person && c.tokens[person.end];
      const future = c.tokens[i] === 'will' && !!next && (WILL_THEY.has(next) || (foretold(c, wantEnd) && !(c.word(person.end) & PLEASE)));
      // (German opening on the verb asks what is needed: "Braucht es einen Menschen, der das Paket annimmt?")
      const wished = person && (!impersonalNeed(c, i, wantEnd) || (staffNeeded(c, person) && !(i === 0 && c.language === 'de')));
      if (wished && qualified(c, person) && !future && !choreFor(c, person.end, chores) && !deniedLast(c, person.end)) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
      // A team of people and nothing after it: "get me the complaints department" (not "I need the billing department's email";
      // nor a need opening the question, or someone else's, which asks what is needed: "¿necesita el servicio de
      // acompañamiento?", "¿Mi hija necesita el servicio…?", "Mio figlio ha bisogno del servizio…?").
      const asksNeed = i === 0 ? impersonalNeed(c, i, wantEnd) : firstWhere(Math.max(0, i - 3), i - 1, (k) => MY.has(c.tokens[k]!) && c.word(k + 1) === 0) !== undefined;
      // (Nor people counted there: "How many advisers do you have in the Manchester office?".)
      const counted = firstWhere(0, i, (k) => COUNT.has(c.tokens[k]!)) !== undefined;
      const department = asksNeed || counted ? 0 : departmentAfter(c, wantEnd, departments);
      const named = department && GENERIC_TEAM.has(c.tokens[department - 1]!) ? teamNameEnd(c, department) : department && teamKind(c, department) ? department + 1 : department;
      // Or what it is for after it, wished by the customer: "est-ce que je peux avoir le service technique pour la pompe
      // à chaleur", "I need the engineers' desk to rebook my slot" (not "Unsere Hausverwaltung möchte … wegen der …").
      // (A job only for a team known by its name, one word at most after it, and not the customer's: not "el servicio de
      // grúa para mover el coche", "my IT team to install it".)
      const job = (k: number) => k <= department + 1 && !c.tokens.slice(wantEnd, department).some((t) => MY.has(t)) && forAJob(c, k, chores);
      const forWhat = named && (i === 0 || c.tokens.slice(0, i).some((t) => I_SUBJECT.has(t))) ? firstWhere(department, named + 1, (k) => forAThing(c, k) || job(k)) : undefined;
      if (named && forWhat !== undefined && !choreFor(c, department, chores)) return { form: 'direct', evidence: c.text(i, forWhat), language: c.language };
      // (Nor a chore read as its name: "Kann das Team Decken mitbringen?")
      if (named && (onlyFillersAfter(c, named) || onTheLine(c, named)) && !choreFor(c, department, chores)) return { form: 'direct', evidence: c.text(i, named), language: c.language };
    }

    // (Not what is preferred over: "Je préfère rester avec le chat plutôt que d'avoir quelqu'un", "I'd rather stay in the
    // chat instead of talking to someone".)
    const contrastEnd = c.phrase(i, CONTRAST);
    const preferredThere = contrastEnd > 0 && (THAN.has(c.tokens[contrastEnd] ?? '') || OF.has(c.tokens[contrastEnd] ?? '')) && firstWhere(0, i, (k) => CUES.get(c.tokens[k]!) === PREFER_CUE) !== undefined;
    if (contrastEnd && !preferredThere) {
      const person = personAfter(c, contrastEnd, 0, 4);
      if (person) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
    }

    const existentialEnd = c.phrase(i, EXISTENTIAL);
    if (existentialEnd && !othersHave(c, i)) {
      // (Or someone past when and where, ending the clause: "Gibt es bei euch heute noch jemanden, | der …?"; not "Ist da
      // wirklich ein Mensch?", "Gibt es heute noch Menschen, die…".)
      // (Who they are may end it too: "Ist da vielleicht gerade jemand vom Personal, | der …?".)
      // (Still there: "Y a-t-il encore quelqu'un chez vous qui…?", "c'è ancora qualcuno che…?".)
      // (Or by chance: "Ist da zufällig jemand aus Fleisch und Blut, | der …?", "¿Hay por casualidad alguien…?".)
      const plain = personAfter(c, existentialEnd, 0, 5, STILL_OR_BY_CHANCE);
      const passed = plain ? undefined : personAfter(c, existentialEnd, 0, 5, AROUND);
      const last = (p: PersonAt) => p.end === n || whoTheyAreEnd(c, p) === n || (AFFILIATION.has(c.tokens[p.end] ?? '') && departmentAfter(c, p.end + 1, departments) === n);
      // (Or past a place: "Gibt es in Salzburg-Liefering jemanden, | an den ich mich direkt wenden kann?".)
      const placeAt = IN_PLACE.has(c.tokens[existentialEnd] ?? '') && !(c.word(existentialEnd) & NEGATION) && !negated(c, i);
      const placed = plain || passed || !placeAt ? undefined : personAfter(c, existentialEnd + 1, 2, 3);
      const person = plain ?? (passed?.indefinite && last(passed) ? passed : placed?.indefinite && last(placed) ? placed : undefined);
      if (person && (!person.indefinite || qualified(c, person) || last(person)) && !choreFor(c, person.end, chores) && !goneFromChat(c, i, person) && !staffAsked(c, person) && !deedAsked(c, person.end))
        return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
      // Nobody there to talk to, asked about: "il n'y a personne avec qui je pourrais parler ?" (French "personne" is a
      // person word too; English "no one" alone leaves a clause unparsed, so "is there no one I can talk to?" stays unread).
      const nobody = nobodyAt(c.tokens, existentialEnd) ? existentialEnd : nobodyAt(c.tokens, existentialEnd + 1) ? existentialEnd + 1 : 0;
      // (Or able to take it over: "il n'y a personne qui pourrait s'en occuper ?", not "… qui s'occupe des livraisons ?".)
      const able = (j: number) => c.phrase(j, ATTEND) && firstWhere(nobody + 1, j, (k) => c.word(k) & MODAL) !== undefined;
      const talked = nobody ? firstWhere(nobody + 1, Math.min(n, nobody + 7), (j) => talkAt(c, j) || able(j)) : undefined;
      if (talked !== undefined) return { form: 'indirect', evidence: c.text(i, talked + 1), language: c.language };
    }

    // "can a human look at this", "puede revisarlo un humano", "can someone who can see my account take a look?".
    if (flags & MODAL) {
      // (A chore's verb right after the modal is no person: French "on peut installer une parabole ?", not "installer".)
      const person = inTable(chores, c.ids[i + 1] ?? -1) ? undefined : (personAfter(c, i + 1, 0, 4) ?? modifiedPerson(c, i + 1));
      const chore = !!person && choreFor(c, person.end, chores);
      if (person && !person.indefinite && !callsOthers(c, person.end, departments) && !chore) {
        return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
      }
      // "can someone check my order?", "¿alguien puede revisar mi pedido?" (not "can someone else pick it up?").
      const checkEnd = !person || chore ? 0 : (person.start === i + 1 && someoneAttending(c, person)) || jemandLooksLast(c, person);
      if (checkEnd) return { form: 'indirect', evidence: c.text(i, checkEnd), language: c.language };
      const attendEnd = person ? describedAndAttending(c, person) : 0;
      if (attendEnd) return { form: 'indirect', evidence: c.text(i, attendEnd), language: c.language };
    }

    const person = personAt(c, i);
    if (person && !c.covered(i, REPORTED)) {
      // A line people answer: "is there a number where a person answers?", "¿hay un número donde me atienda alguien?".
      if (staffedLine(c, i)) return { form: 'indirect', evidence: c.text(Math.max(0, i - 4), person.end), language: c.language };
      // "Either a human sorts this out now, or I cancel", "Soit un humain s'occupe de moi, soit je résilie",
      // "O mi risponde una persona adesso o disdico".
      // (Opening "o" is Portuguese's article too: "o atendente fala espanhol?" has no "or" after it, and in Portuguese
      // none: "O pessoal do balcão de check-in pode imprimir o cartão…?".)
      // (Nor "or is it": "…, ou c'est votre technicien qui s'en charge ?" asks who does the job.)
      const orIsIt = c.tokens[1] === 'es' || c.tokens[1] === 'e' || (c.tokens[1] === 'c' && c.tokens[2] === 'est');
      if (!person.indefinite && i <= 5 && EITHER.has(c.tokens[0]!) && !orIsIt && (c.tokens[0] !== 'o' || (c.language !== 'pt' && c.tokens.includes('o', person.end)))) {
        for (let j = 1; j < Math.min(n, person.end + 4); j++) {
          const end = c.phrase(j, ATTEND) || talkAt(c, j);
          if (end) return { form: 'indirect', evidence: c.text(0, end), language: c.language };
        }
      }
      // "alguien que de verdad trabaje ahí me puede ayudar?": someone described, then able to attend to it.
      const attendEnd = describedAndAttending(c, person);
      if (attendEnd && c.tokens.slice(person.end, attendEnd).some((_, k) => c.word(person.end + k) & MODAL)) {
        return { form: 'indirect', evidence: c.text(i, attendEnd), language: c.language };
      }
      // "un humain peut regarder ?", "um humano pode ver isso?" (but not "outra pessoa pode receber");
      // "someone" only to talk to the customer: "quelqu'un de chez vous peut me rappeler ?", "qualcuno può richiamarmi?".
      const modalAt = firstWhere(person.end, Math.min(n, person.end + 4), (j) => c.word(j) & MODAL);
      // (Or able to, in the conditional: "Qualcuno sarebbe in grado di controllare il mio ordine?".)
      const opening = person.indefinite && (i === 0 || c.word(i - 1) === 0 || opensQuestion(c, i));
      const ableToEnd = opening ? phraseEnd(c.tokens, person.end, ABLE_TO, ABLE_TO_FIRST, 5) : 0;
      const ableEnd = ableToEnd ? someoneAttending(c, { ...person, end: ableToEnd }) : 0;
      if (ableEnd) return { form: 'indirect', evidence: c.text(i, ableEnd), language: c.language };
      // (Not one of the customer's own: "les courtiers de notre cabinet peuvent-ils voir les contrats ?".)
      if (modalAt !== undefined && !ofMine(c, person.end)) {
        // "quelqu'un peut regarder mon dossier ?", "qualcuno può verificare il mio ordine?": someone opening the question.
        const checkEnd = opening && modalAt === person.end ? someoneAttending(c, { ...person, end: modalAt + 1 }) : 0;
        if (checkEnd) return { form: 'indirect', evidence: c.text(i, checkEnd), language: c.language };
        // (Past a moment taken for it: "quelqu'un pourrait prendre un moment pour voir ça avec moi ?".)
        const from = momentFor(c, modalAt + 1);
        for (let j = from; j < Math.min(n, from + 3); j++) {
          const talkEnd = c.phrase(j, TALK);
          // (Not help with a chore: "Lo staff può aiutare a portare le valigie?".)
          const found = person.indefinite
            ? talkEnd && c.word(i - 1) === 0 && toCustomer(c, modalAt + 1, talkEnd)
            : (c.phrase(j, ATTEND) && !choreFor(c, j, chores)) || (!callsOthers(c, j, departments) && !passingBy(c, j) && talkEnd);
          if (found) return { form: 'indirect', evidence: c.text(i, Math.max(j + 1, talkEnd)), language: c.language };
        }
      }
      // A need told as an obligation, a person doing the looking: "das muss sich ein echter Mitarbeiter anschauen",
      // "esto lo tiene que mirar un empleado" (not a trade booked as the service: "tiene que mirarlo el técnico").
      const obligedEnd = obligedToAttend(c, i, person);
      if (obligedEnd) return { form: 'indirect', evidence: c.text(Math.max(0, i - 4), obligedEnd), language: c.language };
      // One of the company's people, then can or must do something: "quelqu'un de chez vous pourrait relancer
      // le transporteur ?", "qualcuno di voi può sollecitare il corriere?", "es muss jemand von euch die Gasuhr
      // ablesen", "precisa alguém de vcs conferir a leitura" (not "someone from your team called me").
      const yours = yoursEnd(c, person);
      if (yours && !negated(c, i) && !reportedBy(c, yours)) {
        const obligedBefore = OBLIGE.has(c.tokens[i - 1] ?? '') || (c.tokens[i - 1] === 'que' && OBLIGE.has(c.tokens[i - 2] ?? ''));
        let able = 0;
        for (let j = yours; j < Math.min(n, yours + 3) && !able; j++) if (c.word(j) & MODAL || OBLIGE.has(c.tokens[j]!)) able = j + 1;
        // Or asked first: "Could a technician or someone from your staff come to the house?", "¿Puede venir alguien de la empresa?".
        const from = Math.max(0, i - 6);
        let askedBefore = false;
        for (let k = from; k < i && !askedBefore; k++) askedBefore = (c.word(k) & MODAL) !== 0 && !negated(c, k) && !(c.word(k + 1) & NEGATION);
        const visit = askedBefore && c.tokens.slice(from, Math.min(n, yours + 3)).some((t) => COME.has(t));
        // Or asked possible, a talk or a look after (past a moment taken for it): "Serait-il possible que quelqu'un de chez
        // vous voie ça avec moi ?", "… prenne un moment pour voir ça avec moi ?" (not "Est-il possible que quelqu'un de
        // chez vous ait utilisé ma carte ?").
        const possibleBefore = i > 1 && ROMANCE_THAT.has(c.tokens[i - 1]!) && (c.word(i - 2) & POSSIBLE) !== 0;
        // (Past where they are, named: "quelqu'un de l'agence de Lyon Part-Dieu regarde ça avec moi ?".)
        const moment = momentFor(c, yours);
        let does = moment;
        while (does < Math.min(n, moment + 5) && (OF.has(c.tokens[does]!) || c.unlisted(does))) does++;
        if (possibleBefore && !able && firstWhere(does, Math.min(n, does + 2), (j) => talkAt(c, j) > 0 || c.phrase(j, ATTEND) > 0) !== undefined) able = yours;
        if ((obligedBefore || able || visit) && !(able && (c.word(able) & NEGATION || choreFor(c, able, chores) || passingBy(c, able)))) return { form: 'indirect', evidence: c.text(i, Math.max(yours, able)), language: c.language };
      }
      // "Is a live agent available?", "¿hay algún agente disponible?", "un conseiller est-il disponible ?",
      // "ist jemand vom Team online?": one person, now (not "are the operators available on Sundays?").
      if (!person.indefinite && ((i > 0 && ONE.has(c.tokens[i - 1]!)) || c.word(i) & INDEFINITE) && !negated(c, i)) {
        for (let j = person.end; j < Math.min(n, person.end + 3); j++) {
          // (Not one there for a job: "Is there a technician available to fit the tyres when I pick them up?".)
          if (availableAt(c, j, available) && !choreFor(c, j + 1, chores)) return { form: 'indirect', evidence: c.text(i, j + 1), language: c.language };
        }
      }
      // A moment of someone's for the customer: "Hätte vielleicht einer Ihrer Kollegen kurz Zeit für mich?".
      const spared = timeFor(c, person);
      if (spared) return { form: 'indirect', evidence: c.text(i, spared), language: c.language };
      // Person first, verb after: "a person I can talk to", "mit einem Menschen sprechen" (not the noun
      // in "l'operatrice del call center").
      // Someone from a team or place may name it first: "can someone in accounts ring me back", "qualcuno del servizio
      // clienti può telefonarmi", "dass sich jemand aus der Abrechnung bei mir meldet", "Quelqu'un du centre de
      // distribution de Laval peut me joindre ?".
      // So may what it is about, before a verb that comes last: "mit einem Mitarbeiter über die Rechnung zu sprechen".
      // Or who they are, before a talk to the customer: "Is it possible for the optician who did my test to contact me by
      // phone?", "Il tecnico che ha fatto il sopralluogo può ricontattarmi?" (not "des humains qui répondent sur ce chat").
      const affiliated = AFFILIATION.has(c.tokens[person.end] ?? '') || ABOUT.has(c.tokens[person.end] ?? '');
      const relative = !affiliated && RELATIVE.has(c.tokens[person.end] ?? '');
      // ("Be able to" does not count: "Would somebody be able to have a quick word with me about the refund?".)
      const reach = (affiliated ? 10 : relative ? 7 : 4) + (phraseEnd(c.tokens, person.end, ABLE_TO, ABLE_TO_FIRST, 5) || person.end) - person.end;
      // (Past the usual four words, the talk is to the customer: "contact me", "ricontattarmi".)
      const toMe = (j: number, end: number) => !relative || j < person.end + 4 || toCustomer(c, j, Math.min(n, end + 1));
      for (let j = person.end; j < Math.min(n, person.end + reach); j++) {
        // (Or calls the customer: "Is it possible for a person to give me a bell this morning?".)
        const callsMe = c.phrase(j, PUT_ME_THROUGH);
        const talked = talkAt(c, j) || (callsMe && c.tokens.slice(j, callsMe).some((t) => ME.has(t)) && !pastPurpose(c, j) ? callsMe : 0);
        // What the person speaks is asked about, not for: "does your agent speak Spanish?", "il personale parla inglese?"
        // (not "a person I can speak Spanish with": someone else talks there).
        if (talked && spokenAfter(c, talked, spokenLanguages) && !spokenBy(c, person.end, j)) break;
        // The chat as where the person was, before what they said: "votre conseiller sur le chat m'a dit d'attendre";
        // or as what they are of: "L'operatore della chat di ieri mi ha aperto una segnalazione", "um atendente do chat".
        // Nor are many chats talk now: "Qualcuno legge queste chat?"; nor the chat as the way they were reached: "Hablé
        // con un agente de ustedes por chat el finde".
        const ofTheChat = j === person.end + 1 && AFFILIATION.has(c.tokens[person.end]!);
        const toldThere =
          talked &&
          c.tokens[j] === 'chat' &&
          (ofTheChat ||
            PLURAL_DETERMINERS.has(c.tokens[j - 1]!) ||
            c.word(j - 1) & BY ||
            (CHAT_DETERMINERS.has(c.tokens[j - 1]!) && firstWhere(talked, talked + 4, (k) => SAID.has(c.tokens[k] ?? '') || c.covered(k, REPORTED)) !== undefined));
        // A German perfect, its participle last: "Beim letzten Mal hat mich der Chat an einen Mitarbeiter weitergeleitet",
        // "Ein Kollege von Ihnen hat mich gestern zurückgerufen und gesagt, …".
        // (Or the call a noun, its participle after it: "Der Stützpunktleiter hat mir vorige Woche einen Rückruf versprochen".)
        const done = talked && germanPerfect(c, j, j, j + 2);
        // (Nor what a named one will do: "Will the dentist explain the procedure before starting?".)
        // (Nor, in French, what they do asked by turning the verb round: "L'esthéticienne m'explique-t-elle les étapes ?".)
        // (Or turned round before the verb, the talk to someone else: "L'expert va-t-il appeler l'agence ?", not "Le
        // conseiller va-t-il me rappeler ?".)
        const turnedBefore = invertedAt(c, j - 2) && !c.tokens.slice(j, talked).some((t) => ME.has(t));
        const willDo = foretold(c, i - 1) || foretold(c, i) || callWhenDone(c, j + 1) || (talked > 0 && (invertedAt(c, talked) || turnedBefore));
        // (Nor someone instead of whom the chat stays: "Ich bleib lieber hier im Chat, | statt mit jemandem zu telefonieren".)
        const instead = insteadBefore(c, i) || (WITH.has(c.tokens[i - 1] ?? '') && insteadBefore(c, i - 1));
        // (Nor a talk with someone else the named one must have: "¿El técnico tendrá que hablar con el portero?", not
        // "El técnico tiene que hablar conmigo".)
        const theirDuty = talked > 0 && othersMustCall(c, j) && !toCustomer(c, j, Math.min(n, talked + 2));
        if (talked && toMe(j, talked) && !instead && !toldThere && !done && !willDo && !theirDuty && !supposed(c, i, carry) && !negated(c, j) && !negated(c, i) && !callsOthers(c, j, departments) && !passingBy(c, j) && !channelAsked(c, i, talked)) return { form: 'indirect', evidence: c.text(i, j + 1), language: c.language };
        // What the person said is theirs: "a moça do telefone falou pra eu usar este chat"; a job is no talk.
        if (c.word(j) & BOT || SAID.has(c.tokens[j]!) || inTable(chores, c.ids[j]!)) break;
      }
    }

    // A preference for a person: "I prefer doing this over the phone with someone", "lo bespreche ich lieber am
    // Telefon mit jemandem", "mi sentirei più tranquilla se ne parlassi con un operatore" (not "I prefer you to an
    // agent", nor "rather not": a negation right after decides, but Italian "ne" is "of it", not "nor").
    const cue = CUES.get(c.tokens[i]!);
    // (French "ne pas" after it does: "je préfère ne pas avoir quelqu'un au téléphone".)
    if (cue !== undefined && cue !== CHANNEL_CUE && prefers(c, i, cue) && !negated(c, i) && !(c.word(i + 1) & NEGATION && (c.tokens[i + 1] !== 'ne' || c.tokens[i + 2] === 'pas'))) {
      for (let j = i + 1; j < Math.min(n, i + 12); j++) {
        // (Nor when none of them is wanted: "Preferisco niente operatore", "prefiero ningún agente".)
        // (Nor what it is compared with: "It's easier with the app than with a real person".)
        // (Nor what is preferred over talking to one: "I'd rather type here than talk to a person", "prefiero escribir
        // aquí que hablar con alguien", "je préfère écrire ici que d'avoir un humain", not a wish's "that": "prefiero
        // mil veces que me llame una persona".)
        // (Nor what stays instead: "Prefiero seguir en el chat en vez de hablar con alguien".)
        // (Nor anything past an English or German "than", which is never "that": "I'd rather sort it here than sit on hold
        // waiting for someone".)
        if (c.word(j) & BOT || YOU.has(c.tokens[j]!) || NO_ONE_OF.has(c.tokens[j]!) || NOTHING.has(c.tokens[j]!) || comparedWith(c, j) || insteadEnd(c, j) > 0 || c.tokens[j] === 'than' || c.tokens[j] === 'als') break;
        const person = personAt(c, j);
        // (Nor a trade who comes: "Fico mais descansada sabendo que o técnico vem amanhã".)
        if (person && (qualified(c, person) || yoursEnd(c, person) || TO.has(c.tokens[j - 1]!)) && !reportedBy(c, person.end) && !COME.has(c.tokens[person.end] ?? '')) {
          return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
        }
      }
      // Or, the verb last, the person before it and the customer who prefers: "Ein Mensch wäre mir lieber", "Mir wär
      // ein echter Ansprechpartner ehrlich gesagt lieber" (a plain or a real one: not "Der Techniker wäre mir lieber").
      // One of them, close to it, and not a wish of the past or one person over another ("Mir wäre ein Mensch lieber
      // gewesen", "Mir wären zwei Mitarbeiter an der Rezeption lieber", "eine Mitarbeiterin … lieber als ein Trainer").
      if (cue === PREFER_CUE && c.tokens.slice(0, i).some((t) => ME.has(t)) && !c.tokens.slice(i + 1).some((t) => PAST_AUXILIARY.has(t))) {
        // (Over the bot is fine: "Mir wäre ein Mensch lieber als der Bot".)
        const overAnother = THAN.has(c.tokens[i + 1] ?? '') && firstWhere(i + 2, Math.min(n, i + 5), (k) => c.word(k) & BOT || YOU.has(c.tokens[k]!)) === undefined;
        for (let j = Math.max(0, i - 7); j < i && !overAnother; j++) {
          const person = personAt(c, j);
          const real = HUMANE.has(c.tokens[j - 1] ?? '');
          // (Not one offered, then the bot preferred: "Mi hai proposto di passarmi a una persona ma preferisco continuare con te".)
          if (!person || person.end > i || i - person.end > 2 || !ONE.has(c.tokens[real ? j - 2 : j - 1] ?? '') || BUT.has(c.tokens[person.end]!)) continue;
          const last = c.tokens[person.end - 1]!;
          if (real || person.end - person.start > 1 || HUMAN_BEINGS.has(last) || PLAIN_STAFF.has(last)) return { form: 'direct', evidence: c.text(j, i + 1), language: c.language };
        }
      }
    }

    // A way to reach the company's people: "is there a WhatsApp for your customer service team?", "vcs tem
    // whatsapp do atendimento?", "gibt's WhatsApp für den Kundenservice?".
    if (cue === CHANNEL_CUE && !negated(c, i)) {
      const staff = personAfter(c, i + 1, 2, 4);
      // (Not someone met there, the subject of what follows: "En el grupo de WhatsApp del barrio una señora contó que…",
      // not "¿Puedo seguir esto por WhatsApp con un agente?".)
      const one = !staff ? -1 : ONE.has(c.tokens[staff.start]!) ? staff.start : ONE.has(c.tokens[staff.start - 1]!) ? staff.start - 1 : -1;
      const met = one > 0 && !WITH.has(c.tokens[one - 1]!) && !TO.has(c.tokens[one - 1]!);
      if (staff && !staff.indefinite && !met) return { form: 'indirect', evidence: c.text(i, staff.end), language: c.language };
      const department = departmentAfter(c, i + 1, departments);
      if (department) return { form: 'indirect', evidence: c.text(i, department), language: c.language };
    }

    const germanTeam = c.tokens[i] === 'mit' ? germanTeamTalk(c, i) : 0;
    if (germanTeam) return { form: 'direct', evidence: c.text(i, germanTeam), language: c.language };

    // Department first, verb after: "Ich möchte mit der Rechtsabteilung sprechen".
    // (Not the customer's own, "our own" too: "an unser eigenes Einkaufsteam weiter".)
    if (c.department && isDepartment(c, i, departments) && (wishful(c) || mustTalk(c)) && !mine(c.tokens[i - 1]) && !(c.unlisted(i - 1) && mine(c.tokens[i - 2]))) {
      // (After its name or its place, too: "mit der Filiale Basel SBB telefonieren", "could the branch in Bristol get in touch".)
      // And a modal after it: "o setor de entregas pode entrar em contato comigo?".
      // (Or "of" its place: "pedir pra filial de Gramado me retornar a ligação".)
      const placed = (IN_PLACE.has(c.tokens[i + 1] ?? '') || (OF.has(c.tokens[i + 1] ?? '') && !ME.has(c.tokens[i + 2] ?? '') && !(c.word(i + 2) & (PERSON | INDEFINITE)))) && WORKSHOPS_AND_BRANCHES.has(c.tokens[i]!);
      const named = placed ? Math.max(i + 3, teamNameEnd(c, i + 2)) : teamNameEnd(c, i + 1);
      const verb = named + (c.word(named) & MODAL ? 1 : 0);
      // (German puts the verb last, however far, when the customer talks: "Könnte ich mit dem Fundbüro Ihres Hotels in
      // Zürich sprechen?", "Bitte mit der Abteilung für Ticket-Weiterverkauf verbinden", not "Unsere Hausverwaltung möchte
      // mit eurem Lieferteam wegen der Parkplätze sprechen".)
      const withTeam = WITH.has(c.tokens[i - 1] ?? '') || WITH.has(c.tokens[i - 2] ?? '');
      const asker = c.word(0) & PLEASE || c.tokens.slice(0, i).some((t) => I_SUBJECT.has(t) || ME.has(t));
      const last = withTeam && talkAt(c, n - 1) === n && asker ? n : 0;
      for (let j = i + 1; j < Math.min(n, Math.max(i + 3, verb + 1, last)); j++) {
        const talkEnd = talkAt(c, j);
        if (talkEnd && !negated(c, j) && !negated(c, i) && !passingBy(c, j) && !othersContacted(c, j, talkEnd, departments)) return { form: 'direct', evidence: c.text(i, j + 1), language: c.language };
      }
    }

    // "a real person", "echte Person", "persona vera" with any wish in the clause.
    const strongEnd = c.phrase(i, STRONG);
    if (strongEnd && wishful(c) && !negated(c, i) && personAt(c, i)) return { form: 'direct', evidence: c.text(i, strongEnd), language: c.language };

    // "human pls", "un humain svp, j'en ai marre", "una persona de carne y hueso por favor".
    if (i <= 2) {
      const person = personAt(c, i);
      // (Politeness may follow the whole of a strong phrase: "de carne y hueso por favor".)
      const end = !person || person.indefinite ? 0 : strongEnd > person.end && !c.phrase(person.end, PLEASE) ? strongEnd : person.end;
      const pleaseEnd = end ? c.phrase(end, PLEASE) : 0;
      // "Now" as a please ("técnico ya", "atendente já") ends the clause or nearly: "el técnico ya lo arregló",
      // "o técnico já consertou" tell what happened.
      const told = pleaseEnd && nowTells(c, end, pleaseEnd);
      if (pleaseEnd && !told && c.tokens.slice(0, i).every((_, k) => c.word(k) & (FILLER | TERSE_FILLER))) {
        return { form: 'terse', evidence: c.text(i, end + 1), language: c.language };
      }
    }

    // "Who's your team leader?", "Qui est le chef d'équipe ?"
    const whoEnd = c.phrase(i, WHO_IS);
    if (whoEnd) {
      const person = personAfter(c, whoEnd, 0, 3);
      if (person && !person.indefinite && ROLE.has(c.tokens[person.start]!)) return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    // "examined by a person", "atendido por uma pessoa", "la guardasse una persona".
    if (c.word(i) & BY && (wishful(c) || writtenBy(c, i)) && !negated(c, i) && !movedFrom(c, i, n)) {
      const person = personAfter(c, i + 1, 0, 3);
      // Someone only as one of the staff or a real one: "seguita da qualcuno del personale", "by someone real".
      if (person && (!person.indefinite || (qualified(c, person) && !ofMine(c, person.end)))) return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    // "¿Sería posible que me atienda una persona?", "¿Alguien de verdad me puede atender?", "could someone take over?"
    const attendEnd = c.phrase(i, ATTEND);
    // (Not right after a negation: "I'd rather not go through staff", not "Personne ne peut m'aider ?".)
    // Or what must be done, by a team, a role or someone ("El departamento de devoluciones tiene que revisar mi etiqueta",
    // "Esto lo tiene que ver un jefe"), not a trade ("tiene que mirarlo el técnico mañana").
    const wished = attendEnd && wishful(c);
    if (attendEnd && (wished || obligedAt(c, i)) && !(c.word(i - 1) & NEGATION) && !choreFor(c, i, chores)) {
      const obligedOne = (person: PersonAt) =>
        wished || person.indefinite || SOMEONE.has(c.tokens[person.start]!) || ROLE.has(c.tokens[person.end - 1]!) || PLAIN_STAFF.has(c.tokens[person.end - 1]!);
      // Someone right before the verb is who would do it, when nothing but politeness follows ("can someone take
      // over from here?", not "someone else should take over the account").
      // Or looked into with the customer: "could go over the booking with me", "pudiera revisar conmigo el diseño".
      // Or taking the customer's case in hand: "vorrei che qualcuno dell'ufficio prendesse in mano la situazione".
      const withMe = withCustomer(c, attendEnd);
      // (Past an article, a "my" or both: "guardasse la mia domanda", "analisar a minha reclamação".)
      let caseAt = attendEnd;
      while (caseAt < attendEnd + 2 && (DEFINITE.has(c.tokens[caseAt] ?? '') || MY.has(c.tokens[caseAt] ?? ''))) caseAt++;
      const onCase = CASE.has(c.tokens[caseAt] ?? '');
      const subjectEnds = withMe || onCase || onlyFillersAfter(c, attendEnd) || !!c.phrase(attendEnd, QUALIFIER) || LOOK_PREPOSITIONS.has(c.tokens[attendEnd] ?? '') ? i : -1;
      // Someone to go through it with, after the thing: "go through this with a tech person".
      const withAt = firstWhere(attendEnd, attendEnd + 3, (j) => WITH.has(c.tokens[j] ?? ''));
      // (Not a team: "check the order with the warehouse team".)
      const withSomeone = withAt !== undefined && !departmentAfter(c, withAt + 1, departments);
      // (Past "directly" after the verb: "che se ne occupasse direttamente un vostro addetto".)
      const reach = (withSomeone ? 7 : 5) + (DIRECTLY.has(c.tokens[attendEnd] ?? '') ? 2 : 0);
      // (Further back for someone long named, ending near: "somebody who actually works there to have a look".)
      const back = i - (withMe ? 7 : 5);
      for (let j = Math.max(0, back - 3); j < Math.min(n, i + reach); j++) {
        const found = personAt(c, j);
        const candidate = found && (j >= back || found.end >= i - 2) ? found : undefined;
        // (Not someone of the customer's: "¿Alguien de mi equipo puede ayudarme a usar la app?")
        // Right after the verb, with what for: "¿Me puede atender alguien para reactivar el acceso?".
        const inverted = !!candidate && candidate.start === attendEnd && PURPOSE.has(c.tokens[candidate.end] ?? '');
        // (Not someone seen after "que": "Dava para ver que a pessoa estava cansada".)
        const seenThat = !!candidate && candidate.start > attendEnd && ROMANCE_THAT.has(c.tokens[attendEnd]!);
        if (candidate && !seenThat && obligedOne(candidate) && !ofMine(c, candidate.end) && (qualified(c, candidate) || inverted || (subjectEnds >= 0 && subjectOf(c, yoursEnd(c, candidate) || candidate.end, subjectEnds))))
          return { form: 'indirect', evidence: c.text(Math.min(i, j), Math.max(attendEnd, candidate.end)), language: c.language };
      }
      const team = teamAttending(c, i, attendEnd, departments);
      if (team) return { form: 'indirect', evidence: c.text(Math.min(i, team[0]), Math.max(attendEnd, team[1])), language: c.language };
    }

    // (A comparison is no rejection: "you sound more human than the last chatbot I used", the bot praised over another:
    // "You're way better than the last chatbot I used", "you're faster than the last chatbot" (not "anything is better
    // than this bot"); someone better is wished: "I want someone more competent than this bot".)
    const compared =
      THAN.has(c.tokens[i]!) &&
      ((MORE.has(c.tokens[i - 2] ?? '') && !personAt(c, i - 3)) || (comparative(c.tokens[i - 1] ?? '') && firstWhere(Math.max(0, i - 6), i - 1, (k) => YOU.has(c.tokens[k]!)) !== undefined));
    const rejectEnd = compared ? 0 : c.phrase(i, REJECT_BOT);
    if (rejectEnd) {
      const weak = WEAK_REJECTION_HEADS.has(c.tokens[i]!) && rejectEnd - i <= 2 && !WEAK_REJECTION_TAILS.has(c.tokens[i + 1] ?? '');
      // "I'm a real person, not a robot" is about the customer, not a wish.
      if (!(weak && carry.selfDescribed)) {
        for (let j = rejectEnd; j < Math.min(n, rejectEnd + 5); j++) {
          if (weak && rejectEnd === i + 1 && ROMANCE_THAT.has(c.tokens[j]!)) break;
          // A judgement of the bot as one, no rejection: "t'es vraiment nul comme bot", "useless as a bot" (not "marre
          // comme toujours de ce bot").
          if (AS.has(c.tokens[j]!) && (botAt(c, j + 1) || (ARTICLES.has(c.tokens[j + 1] ?? '') && botAt(c, j + 2)))) break;
          if (botAt(c, j)) return { form: 'reject_bot', evidence: c.text(i, j + 1), language: c.language };
        }
      }
    }
  }
  return undefined;
}

/** The first position in [from, to) where `test` holds, or undefined. */
function firstWhere(from: number, to: number, test: (j: number) => unknown): number | undefined {
  for (let j = from; j < to; j++) if (test(j)) return j;
  return undefined;
}

/** Written by someone: "Envoyez-moi un mail, mais écrit par une personne", "escrito por uma pessoa". */
const WRITTEN = packSet('written');
/** "But" where it stays in its clause: the clause splitter drops "but", "pero", "aber" and "mais" (but Portuguese "mais", "more"). */
const BUT = new Set(['mas', 'ma', 'mais']);
/** "Written by" as the answer asked for, opening its clause ("…un mail, mais écrit par une personne") or after "but", not "was written by". */
const writtenBy = (c: Clause, i: number) => WRITTEN.has(c.tokens[i - 1] ?? '') && (i === 1 || BUT.has(c.tokens[i - 2]!));

/** French pronouns elided before "ai" (j'ai, l'ai, n'ai…), where "ai" is "have", not AI. */
const ELIDED = new Set(['j', 'l', 'n', 'm', 't', 's', 'qu']);

/** Whether a bot is named at j: "no more bots", "pas de robot"; not the verb of "pas de souci, je l'ai récupéré". */
function botAt(c: Clause, j: number): boolean {
  return c.phrase(j, BOT) !== 0 && !(c.tokens[j] === 'ai' && ELIDED.has(c.tokens[j - 1] ?? ''));
}

/** Words that tie someone to a team or a place: "someone from billing", "quelqu'un du service client", "jemand aus der Abrechnung". */
const AFFILIATION = packSet('affiliation');

/** The office and the shop, as the people in them ("could the store give me a call?", "alguém no escritório?"); not "my store". */
const PLACES = packSet('places');

/** A repair workshop and a branch, as shops name them: teams to talk to, and places goods are taken (GOODS_PLACES). */
const WORKSHOPS_AND_BRANCHES = packSet('workshopsAndBranches');
/** Rental and service counters; a bakery's or a dental lab's workroom: teams to talk to, and places goods are taken. */
const COUNTERS_AND_WORKROOMS = packSet('countersAndWorkrooms');

/**
 * Teams of people a customer asks to be put through to, also as hotels, clinics, airlines, insurers, carriers,
 * universities and security firms name them: front desks, bookings, sales, invoices and claims; dispatch and
 * after-sales; legal, logistics and fraud units ("la cellule fraude"); admissions and reservations; a clinic's
 * pharmacy and emergency desk; an alarm-monitoring centre.
 */
const DEPARTMENT = packSet('department', WORKSHOPS_AND_BRANCHES, PLACES, COUNTERS_AND_WORKROOMS);

/** What a callback is about: "Bitte um Rückruf wegen meiner Rechnung", "call me about the renewal", "llámenme sobre el pedido". */
const REASON = packSet('reason');

/** Whether "about" comes within four words before i: "about the job offer", "sobre la vacante de almacén". */
function aboutBefore(c: Clause, i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (ABOUT.has(c.tokens[j]!)) return true;
  return false;
}

/** "Talk about billing" is a subject, not a team to be put through to; "with someone about my bill" may put the verb further on. */
const ABOUT = packSet('about');

/**
 * A department by its vocabulary id, or a German compound of "Abteilung", "Service", "Schalter", "Betreuung",
 * "Management" or "Dienst" ("Reklamationsabteilung", "Entstördienst", "Forderungsmanagement").
 */
function departmentWord(token: string, id: number, departments: Uint8Array): boolean {
  return (
    inTable(departments, id) ||
    (token.length > 9 && (token.endsWith('abteilung') || token.endsWith('service') || token.endsWith('schalter') || token.endsWith('betreuung') || token.endsWith('sekretariat') || token.endsWith('technik'))) ||
    // "Skischule", "Sprachschule"; "Ernährungsteam".
    (token.length > 8 && (token.endsWith('schule') || token.endsWith('team'))) ||
    (token.length > 8 && (token.endsWith('buro') || token.endsWith('bueros'))) ||
    (token.length > 12 && token.endsWith('management')) ||
    (token.length > 8 && token.endsWith('dienst')) ||
    // An office: "Prüfungsamt", "Bürgeramt" (not "insgesamt", "verdammt").
    (token.length > 8 && token.endsWith('amt') && !token.endsWith('gesamt') && !token.endsWith('dammt'))
  );
}

/**
 * A team asked for by its name alone, with "please" or an opening "with": "billing department please",
 * "Abrechnungsabteilung bitte", "menschlicher Support bitte", "con el equipo de fraude por favor". Thanks are no ask
 * unless last ("gracias por la atención"), nor "au service marketing"; one word besides the team at most, as in "de fraude" (not
 * "mi equipo no enciende, por favor").
 */
function terseDepartment(c: Clause, departments: Uint8Array, pleaseAfter = false): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  if (n > 7) return undefined;
  let asked = pleaseAfter;
  let team = false;
  let named = false;
  let other = 0;
  for (let i = 0; i < n; ) {
    const token = c.tokens[i]!;
    if (i === 0 && WITH.has(token)) {
      asked = true;
      i++;
      continue;
    }
    // (Not a team of the customer's: "Avec l'équipe de mon entreprise".)
    if (team && MY.has(token)) return undefined;
    const pleaseEnd = c.phrase(i, PLEASE);
    const fillerEnd = pleaseEnd || c.phrase(i, TERSE_FILLER);
    if (fillerEnd) {
      // "Now" before more words tells what happened: "o setor de cobrança já me retornou".
      if (pleaseEnd && nowTells(c, i, pleaseEnd)) return undefined;
      // (Thanks last, after the team alone, ask as "please" does: "segreteria grazie".)
      if (pleaseEnd || (fillerEnd === n && i > 0 && THANKS.has(token))) asked = true;
      i = fillerEnd;
      continue;
    }
    // "Directly", last after the team, asks for it as "please" does: "service client direct", "Kundenservice direkt".
    if (team && i === n - 1 && DIRECTLY.has(token)) {
      asked = true;
      i++;
      continue;
    }
    if (isDepartment(c, i, departments)) team = true;
    // (Two words may name a team after its generic word: "le service crédit immobilier", "setor de crédito
    // imobiliário"; not with a verb: "the service is bad please".)
    else if (!ARTICLES.has(token) && !AFFILIATION.has(token) && !HUMANE.has(token)) {
      named &&= !COPULA.has(token) && !PAST_AUXILIARY.has(token);
      if (++other > (named ? 2 : 1)) return undefined;
    }
    named ||= GENERIC_TEAM.has(token) && other === 0;
    i++;
  }
  return team && asked ? { form: 'terse', evidence: c.text(0, n), language: c.language } : undefined;
}

/**
 * A team named alone, then "please" alone: "Le service facturation, s'il vous plaît, pour la caution", "O departamento
 * de faturação, por favor." (the comma makes two clauses of "billing department please").
 */
function teamThenPlease(compiledLexicon: CompiledLexicon, read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): ExplicitRequestMatch | undefined {
  const r = read[index]!;
  const next = read[index + 1];
  // (Not the customer's own: "Mi equipo, por favor, revisen por qué no enciende".)
  if (!r.department || !next || r.tokens.length > 7 || r.tokens.some((t) => MY.has(t))) return undefined;
  const please = new Clause(next);
  // (Or thanks, last: "Segreteria, grazie.")
  const thanked = next.tokens.length === 1 && THANKS.has(next.tokens[0]!) && index + 2 === read.length;
  if (please.phrase(0, PLEASE) !== next.tokens.length && !thanked) return undefined;
  const c = parsed[index] ?? parseClause(compiledLexicon, r);
  return c && terseDepartment(c, compiledLexicon.departments, true);
}

/**
 * A team asked for as one to talk to, is there one: "Is there a department I can talk to?", "Gibt es eine Abteilung für
 * Firmenkunden, | mit der ich sprechen kann?", "Vous avez un service entreprises | que je pourrais joindre ?", "¿Hay algún
 * departamento con el que pueda hablar?". The talk the customer's, after the team in its clause or in a relative clause
 * right after it, the customer its subject or "with" or "to" before it ("¿Tenéis un departamento de empresas al que pueda
 * llamar?"; not "Is there a department that handles refunds?", "Is there a team that talks to customers?", "Wie kann ich
 * das Fundbüro der Halle anrufen?").
 */
function teamToTalkTo(compiledLexicon: CompiledLexicon, read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): ExplicitRequestMatch | undefined {
  const r = read[index]!;
  if (!r.department) return undefined;
  const c = parsed[index] ?? parseClause(compiledLexicon, r);
  if (!c) return undefined;
  const opens = firstWhere(0, Math.min(2, c.tokens.length), (i) => c.phrase(i, EXISTENTIAL) > 0 && !negated(c, i));
  if (opens === undefined) return undefined;
  const team = departmentAfter(c, c.phrase(opens, EXISTENTIAL), compiledLexicon.departments);
  if (!team) return undefined;
  // The customer's talk: "I can talk to", "que je peux appeler", "con el que pueda hablar", "mit der ich sprechen kann".
  const customersTalk = (d: Clause, from: number) => {
    const talk = firstWhere(from, d.tokens.length, (k) => talkAt(d, k) > 0 || callsBack(d, k, k + 1));
    const whom = (k: number) => I_SUBJECT.has(d.tokens[k]!) || WITH.has(d.tokens[k]!) || (RELATIVE.has(d.tokens[k]!) && k > from && TO.has(d.tokens[k - 1]!));
    return talk !== undefined && talk - from <= 7 && firstWhere(from, talk, whom) !== undefined;
  };
  const next = read[index + 1];
  const relative = !!next && firstWhere(0, Math.min(2, next.tokens.length), (k) => RELATIVE.has(next.tokens[k]!)) !== undefined;
  const after = relative ? (parsed[index + 1] ?? new Clause(next)) : undefined;
  return customersTalk(c, team) || (after && customersTalk(after, 0)) ? { form: 'indirect', evidence: c.text(opens, team), language: c.language } : undefined;
}

/** "Human", as an adjective of a team: "menschlicher Support", "soporte humano". */
const HUMANE = packSet('humane');

function isDepartment(c: Clause, j: number, departments: Uint8Array): boolean {
  const token = c.tokens[j];
  return token !== undefined && departmentWord(token, c.ids[j]!, departments);
}

/**
 * Where a department named within five words from `from` ends, or 0: "to the billing department",
 * "mit der Reklamationsabteilung", "al departamento". Fillers (articles), prepositions and politeness
 * may come before it, and one word that names it ("billing").
 */
function departmentAfter(c: Clause, from: number, departments: Uint8Array): number {
  for (let j = from; j < Math.min(c.tokens.length, from + 5); j++) {
    if (isDepartment(c, j, departments)) {
      // Not a team: "lumbar support", "travel desk"; but a team is one whatever it does ("your delivery team").
      if (j > 0 && c.word(j - 1) & NOT_PERSON_BEFORE && !TEAM.has(c.tokens[j]!)) return 0;
      // Nor the customer's own: "Parlo con il mio team su Teams tutto il giorno".
      // (Nor an agency of the customer's own, named by its trade: "Prefiero hablar con mi agencia de viajes", not "con mi
      // sucursal de Madrid".)
      const agency = c.tokens[j]!.startsWith('agen') && OF.has(c.tokens[j + 1] ?? '') && c.word(j + 2) === 0;
      // (In English, nor a thing of theirs a team's word names: "Can I transfer my accounts to my wife?", not "my claims
      // handler".)
      if (MY.has(c.tokens[j - 1] ?? '') && (TEAM.has(c.tokens[j]!) || agency || (c.language === 'en' && !c.covered(j + 1, PERSON)))) return 0;
      // All of its name: "the complaints department".
      let end = j + 1;
      while (isDepartment(c, end, departments)) end++;
      // (Nor, in English, the customer's thing it names, a noun after it: "transfer my no-claims bonus", "my billing address";
      // or moved to one of theirs: "Can I transfer the service plan to my new car?".)
      const theirs = c.tokens.slice(from, j).some((t) => MY.has(t)) || (TO.has(c.tokens[end + 1] ?? '') && MY.has(c.tokens[end + 2] ?? ''));
      if (c.language === 'en' && theirs && namedThing(c, end)) return 0;
      return end;
    }
    const token = c.tokens[j]!;
    // (Nor one talked about: "Vorrei parlare del supporto per la bici"; a call from one is asked: "Rückruf vom Vertrieb".)
    // (Nor after "of the", unfused: "parler de la carrosserie", "hablar de la chapa del coche".)
    if (ABOUT.has(token) || ((OF_THE.has(token) || (OF.has(token) && DEFINITE.has(c.tokens[j + 1] ?? ''))) && c.word(j - 1) & TALK)) return 0;
    // Up to two words may name it first: "the Dublin Airport branch" (not "la mia pratica all'ufficio", nor a verb and
    // its article: "é que me faz as reservas").
    // (Nor things counted: "conectar las dos reservas", "collegare le due prenotazioni".)
    const namedBefore =
      (isDepartment(c, j + 1, departments) && !COUNTED.has(token)) ||
      (c.word(j + 1) === 0 && !CASE.has(token) && !TO.has(c.tokens[j + 1]!) && !ARTICLES.has(c.tokens[j + 1]!) && isDepartment(c, j + 2, departments));
    if (!(c.word(j) & (FILLER | PLEASE | TERSE_FILLER) || TO.has(token)) && !namedBefore) return j > from ? namedTeam(c, j) : 0;
  }
  return 0;
}

/** Into a place, after a verb of passing by: Italian "passare in ufficio", Portuguese "passar na loja". */
const VISIT_INTO = packSet('visitInto');
/** Counters and front desks one goes to: "passer au comptoir", "au guichet", "à l'accueil". */
const COUNTERS = new Set(['comptoir', 'guichet', 'accueil', 'caisse', 'agence', 'boutique', 'magasin']);

/**
 * Numbers that count things, not name a team: "the two bookings", "las dos reservas", "beide Buchungen"; or minutes:
 * "deux minutes".
 */
const COUNTED = new Set(['two', 'both', 'dos', 'ambas', 'ambos', 'deux', 'zwei', 'beide', 'beiden', 'due', 'entrambe', 'entrambi', 'duas', 'dois', 'five', 'cinq', 'cinque', 'cinco', 'funf', 'tres', 'trois', 'drei', 'tre', 'three']);

/** Whether a noun at k follows a team's name, which names a thing then ("billing address"), not a person, "please", "to" or "about". */
function namedThing(c: Clause, k: number): boolean {
  const token = c.tokens[k];
  return token !== undefined && !c.covered(k, PERSON) && !(c.word(k) & PLEASE) && !TO.has(token) && !ABOUT.has(token) && !REASON.has(token);
}

/** "On the line" or "on the phone" at k, ending the clause but for politeness: "get the sales team on the line". */
function onTheLine(c: Clause, k: number): boolean {
  if (!CALL_ON.has(c.tokens[k] ?? '')) return false;
  const line = DEFINITE.has(c.tokens[k + 1] ?? '') ? k + 2 : k + 1;
  return (LINE.has(c.tokens[line] ?? '') || PHONE.has(c.tokens[line] ?? '')) && (line + 1 === c.tokens.length || onlyFillersAfter(c, line + 1));
}

/** "For": "for", "para", "pour", "per", "für", "pra". */
const FOR = packSet('for');

/** Offices, which take cases, not goods ("oficina" is a workshop too). */
const OFFICES = packSet('offices');
/** "Whether", which asks what was done as "if" does. */
const WHETHER = new Set(['whether', 'ob']);

/**
 * A team that would do what the verb of attending at `verb` says to the customer's case, as its subject: "que le service
 * sinistres reprenne mon dossier", "il reparto sinistri può prendere in carico la pratica?", after a modal that opens
 * the question with the verb last ("Kann die Schadenabteilung meinen Fall übernehmen?", "…das übernehmen?"), or right
 * after the verb in a wish with "que" ("Quiero que lo vea el departamento de multas"). Where the team starts and ends,
 * or undefined. Not a shop or a workshop, which take goods ("Kann die Werkstatt den Reifenwechsel übernehmen?"), not
 * a thing other than the case ("Kann die Buchhaltung meine Bankdaten einsehen?"), not what a team did or was said to
 * do ("I want to know if the claims department looked at my case", "me dijo que el servicio puede revisarlo").
 */
function teamAttending(c: Clause, verb: number, verbEnd: number, departments: Uint8Array): [number, number] | undefined {
  const n = c.tokens.length;
  const last = onlyFillersAfter(c, verbEnd);
  const verbLast = last && c.word(0) & MODAL;
  const caseAfter = (from: number) => firstWhere(from, n, (k) => CASE.has(c.tokens[k]!)) !== undefined;
  for (let j = Math.max(0, verb - 5); j < verb; j++) {
    const token = c.tokens[j]!;
    // Not the customer's own: "¿nuestro departamento legal puede revisarlo?", "My company's IT department has to approve it".
    if (!isDepartment(c, j, departments) || goodsPlace(token) || (j > 0 && c.word(j - 1) & (NOT_PERSON_BEFORE | POSSESSIVE))) continue;
    if (firstWhere(Math.max(0, j - 4), j, (k) => mine(c.tokens[k])) !== undefined) continue;
    if (firstWhere(0, j, (k) => SAID.has(c.tokens[k]!) || c.covered(k, REPORTED)) !== undefined) return undefined;
    let end = j + 1;
    while (isDepartment(c, end, departments)) end++;
    // (Past what it does, named after "of": "El departamento de devoluciones tiene que…".)
    const obliged = !stepFirst(c) && firstWhere(end, Math.min(verb, end + 3), (k) => obligationEnd(c, k) === verb && c.tokens.slice(end, k).every((t, m) => OF.has(t) || c.word(end + m) === 0)) !== undefined;
    // (Not past the verb: "que le service indemnisation prenne mon dossier".)
    end = Math.min(teamNameEnd(c, end), verb);
    // Asked what the team did: "I want to know if the claims department looked at my case" (not "…if it could look").
    const done = c.tokens.slice(0, j).some((t) => IF.has(t) || WHETHER.has(t)) && !c.tokens.slice(end, verb).some((_, k) => c.word(end + k) & MODAL);
    // The case named after the team, or the verb last with at most a word for it before: "…das übernehmen?"; or
    // whatever it is, where the team must: "El departamento de devoluciones tiene que revisar mi etiqueta".
    // (Or what it is about first: "Kann sich die Schadensabteilung wegen meines zerbrochenen Spiegels melden?".)
    // (Or why something happened, right after the verb: "Necesito que el área de pagos revise por qué me rebotó el retiro".)
    const theCase = obliged || caseAfter(end) || whyAt(c, verbEnd) || (last && (verb - end <= 1 || ABOUT.has(c.tokens[end]!)));
    if (!done && theCase && (obliged || subjectOf(c, end, verb) || (verbLast && j <= 3))) return [j, end];
  }
  // A modal opening the question, the verb, the case and the team last: "Può prendere in carico il caso l'ufficio
  // contestazioni?", "¿Puede revisar mi reclamación el departamento de pagos?".
  const caseAt = c.word(0) & MODAL && verb === 1 ? firstWhere(verbEnd, Math.min(n, verbEnd + 3), (k) => CASE.has(c.tokens[k]!)) : undefined;
  if (caseAt !== undefined) {
    const teamAt = departmentAfter(c, caseAt + 1, departments);
    const teamLast = teamAt && teamNameEnd(c, teamAt);
    if (teamLast && onlyFillersAfter(c, teamLast) && !goodsPlace(c.tokens[teamLast - 1]!)) return [caseAt + 1, teamLast];
  }
  // "que lo vea el departamento…": the case as the pronoun before the verb; or the obligation opening the clause:
  // "Deve occuparsene l'ufficio resi", "Tiene que revisarlo el departamento de devoluciones".
  const obligedFirst = obligedAt(c, verb) && obligationEnd(c, 0) === verb;
  if (!obligedFirst && !ROMANCE_THAT.has(c.tokens[verb - 1]!) && !(ROMANCE_THAT.has(c.tokens[verb - 2]!) && CHAT_PRONOUNS.has(c.tokens[verb - 1]!))) return undefined;
  const end = departmentAfter(c, verbEnd, departments);
  return end && !goodsPlace(c.tokens[end - 1]!) ? [verbEnd, end] : undefined;
}

/** "Why", asked: "why", "warum", "pourquoi", "por qué", "perché". */
const WHY = packSet('why');
const WHY_FIRST = packFirstWords('why');
const whyAt = (c: Clause, k: number) => phraseOpens(c.tokens, k, WHY, WHY_FIRST, 2);

/** Whether a team's word names a place that takes goods (a shop, a workshop), not cases (an office). */
function goodsPlace(token: string): boolean {
  return GOODS_PLACES.has(token) && !OFFICES.has(token);
}

/** What opens a question whether someone is there: "is", "hay", "há", "tem", "ist", "c'è", "y a-t-il", and "today", "still". */
const THERE_ASKED = packSet('thereAsked');
const SOMEONE = packSet('someone');
/** "Still": "still", "noch", "encore", "todavía", "ancora", "ainda". */
const STILL = packSet('still');
/** "By chance", "zufällig", "par hasard", "por casualidad", "per caso", "por acaso": in a question, the asking softened. */
const STILL_OR_BY_CHANCE = packSet('byChance', STILL);
const BY_CHANCE = packSet('byChance');

/** Whether "by chance" starts at k: "zufällig", "par hasard", "per caso" (not "por" of "por favor"). */
function byChanceAt(tokens: readonly string[], k: number): boolean {
  const token = tokens[k] ?? '';
  return BY_CHANCE.has(token) && (token.length > 3 || BY_CHANCE.has(tokens[k + 1] ?? ''));
}

/** Where and when someone may be: "in", "around", "available", "today"; "quelqu'un" brings its "un". */
const IN_PLACE = packSet('inPlace');
const AROUND = packSet('around');

/**
 * "Is anyone in the office today?", "Há alguém no escritório hoje?", "Ist heute jemand im Büro erreichbar?",
 * "¿Hay alguien de soporte disponible?": whether someone of a team or an office is there, and nothing else asked
 * ("is anyone from the office coming to fix it?" asks about a visit). Or someone (or no one) there who could look
 * into it: "is anybody in the office who could check my slot?", "¿no hay nadie en la oficina que pueda mirarlo?",
 * "il n'y a personne au bureau qui pourrait vérifier ?" ("no hay nadie en la oficina los domingos" asks nothing).
 * Where it ends, or 0.
 */
function someoneAround(c: Clause, departments: Uint8Array): number {
  const n = c.tokens.length;
  if (n < 3 || n > 16) return 0;
  let p = 0;
  // (Past a softening after the verb: "Ist zufällig jemand von der Rezeption da?", "Ist gerade jemand vom Team da?".)
  while (p < n && (THERE_ASKED.has(c.tokens[p]!) || (p < 2 && NOT_THERE.has(c.tokens[p]!)) || (p > 0 && (STILL_OR_BY_CHANCE.has(c.tokens[p]!) || AROUND.has(c.tokens[p]!))))) p++;
  const nobody = nobodyAt(c.tokens, p);
  if (p === 0 || (!SOMEONE.has(c.tokens[p] ?? '') && !nobody)) return 0;
  let place = false;
  for (let j = p + 1; j < n; j++) {
    const token = c.tokens[j]!;
    if (IN_PLACE.has(token) && !place) {
      let k = j + 1;
      while (k < n && c.word(k) & FILLER) k++;
      if (!isDepartment(c, k, departments)) return 0;
      // All of its name: "in the billing department today".
      while (isDepartment(c, k + 1, departments)) k++;
      place = true;
      j = k;
    } else if (place && RELATIVE.has(token)) return ableToAttend(c, j + 1);
    // (Or there to look at it with the customer: "¿Habría alguien en la clínica mañana para ver el presupuesto conmigo?".)
    else if (place && PURPOSE.has(token)) return c.phrase(j + 1, ATTEND);
    else if (!AROUND.has(token) && !(c.word(j) & PLEASE)) return 0;
  }
  return place && !nobody && n <= 12 ? n : 0;
}

/** Saying something would be welcome: "would be great", "wäre gut", "me vendría bien", "serait top", "sarebbe utile", "dava jeito". */
const WELCOME = packSet('welcome');
const WELCOME_FIRST = packFirstWords('welcome');

/**
 * Where a clause saying one of the company's people, or a call, would be welcome ends, with nothing but politeness
 * after it: "A callback would be great", "Ein Rückruf wäre gut", "Un asesor me vendría bien"; or 0 ("A human would be
 * nice for complex issues" is feedback).
 */
function welcomedEnd(c: Clause): number {
  // (Most clauses say nothing is welcome: no person looked for then.)
  if (!c.tokens.some((t) => WELCOME_FIRST.has(t))) return 0;
  // (Past an article: "A callback…", "Ein Rückruf…", "Um atendente…".)
  let i = 0;
  let person = personAt(c, 0);
  while (!person && i < 2 && (ARTICLES.has(c.tokens[i]!) || ONE.has(c.tokens[i]!))) person = personAt(c, ++i);
  if (!person || person.indefinite) return 0;
  const end = phraseEnd(c.tokens, person.end, WELCOME, WELCOME_FIRST, 4);
  return end && onlyFillersAfter(c, end) ? end : 0;
}

/** The first word in [from, to) that names someone, not the customer's own ("my agent"), or undefined. */
function someoneNamed(c: Clause, from: number, to: number): number | undefined {
  const at = firstWhere(from, to, (k) => c.phrase(k, PERSON | INDEFINITE));
  return at === undefined || c.word(at - 1) & POSSESSIVE ? undefined : at;
}

/**
 * One of the company's people free, or with a moment, and thanks ahead for it: "If one of your negotiators is free, |
 * I'd really appreciate a word", "Se qualche vostro consulente ha cinque minuti, | gliene sarei grato", "Se algum
 * consultor tiver um minutinho, | eu agradeceria muito", "Si quelqu'un de l'équipe pouvait me consacrer cinq minutes, |
 * ça m'aiderait beaucoup".
 */
function freeIf(c: Clause, next: ReadClause | undefined, available: Uint8Array): ExplicitRequestMatch | undefined {
  if (!next || !IF.has(c.tokens[0]!) || !thanksAhead(next)) return undefined;
  // (The person's word alone: "agent is" names no one in personAt, as in "the agent is rude".)
  const n = c.tokens.length;
  const at = someoneNamed(c, 1, Math.min(n, 6));
  if (at === undefined || negated(c, at)) return undefined;
  const end = c.phrase(at, PERSON | INDEFINITE);
  const free = firstWhere(end, Math.min(n, end + 6), (k) => availableAt(c, k, available) || TIME.has(c.tokens[k]!));
  return free === undefined ? undefined : { form: 'indirect', evidence: c.text(0, free + 1), language: c.language };
}

/**
 * Whether a word of the clause from `from` on points back at someone named before: "them", "lui", "ihm"; an article
 * too only ending the clause ("hablar con él", not "por el chat").
 */
function pointsBack(read: ReadClause, from: number): boolean {
  const last = read.tokens.length - 1;
  return read.tokens.some((t, k) => k >= from && POINTERS.has(t) && (k === last || (!DEFINITE.has(t) && !ONE.has(t))));
}

/**
 * Thanks ahead, or a preference for someone pointed back at, in the clause after one of the company's people free (see
 * freeIf): "I'd really appreciate a word", "I'd rather explain the issue to them"; not for the chat: "I'd still prefer
 * to keep chatting here", "igual prefiero seguir por el chat", whose "el" is an article.
 */
function thanksAhead(next: ReadClause): boolean {
  const preferred = (k: number) => CUES.get(next.tokens[k]!) === PREFER_CUE && !(flagsOf(next, k + 1) & NEGATION) && pointsBack(next, k + 1);
  return next.tokens.some((_, k) => phraseOpens(next.tokens, k, WELCOME, WELCOME_FIRST, 4) || preferred(k));
}

/** "Even", before "if": "even if", "auch wenn", "même si", "anche se", "mesmo se", "aun si". */
const EVEN = packSet('even');

/**
 * One of the company's people there or free only as a condition, nothing asked of them: even if ("Auch wenn ein
 * Mitarbeiter frei ist, | mach ich lieber hier im Chat weiter", "Anche se c'è qualcuno disponibile, | non ho voglia di
 * parlare al telefono"), or if, then a preference pointing back at no one ("Si un agent est libre, | je préfère quand
 * même continuer ici"; not "…, | j'aimerais mieux en discuter avec lui", nor "…, | me podría atender?").
 */
function freeOnlyIf(c: Clause, next: ReadClause | undefined): boolean {
  if (c.flags & (MODAL | WANT | PLEASE | TALK | POSSIBLE)) return false;
  if (EVEN.has(c.tokens[0]!) && IF.has(c.tokens[1] ?? '')) return true;
  if (!next || !IF.has(c.tokens[0]!) || thanksAhead(next)) return false;
  return next.tokens.some((t) => CUES.get(t) === PREFER_CUE) && !next.tokens.some((_, k) => (flagsOf(next, k) & (WANT | TALK)) !== 0 && pointsBack(next, k + 1));
}

/**
 * Whether the words at i are only supposed, an "if" opening the message a few words before them and nothing asked: "Si
 * un asesor me llama y no contesto, ¿pierdo la plaza?", "Se um atendente me ligar…" (not "Si quelqu'un peut m'appeler",
 * nor the condition of a wish before it: "Es wäre super, | wenn mich ein Mitarbeiter zurückruft", "Sarebbe l'ideale, |
 * se un medico mi richiamasse").
 */
function supposed(c: Clause, i: number, carry: Carry): boolean {
  return i <= 3 && IF.has(c.tokens[0]!) && !(c.flags & (MODAL | WANT | PLEASE)) && !carry.follows;
}

/** Courtesy titles before a surname: "Mrs", "Frau", "Mme", "signora", "señora", "Sr". */
const COURTESY_TITLES = packSet('courtesyTitles');

/**
 * A talk with someone by name, then who they are in a clause of its own: "Vorrei essere messa in contatto con Giulia, | la
 * nostra wedding planner", "Transfira esta conversa para a Carla, | a nossa cerimonialista", "I'd like to speak with
 * Priya, | the manager at the Clapham branch", "Necesito hablar con Marta Gil, | la responsable de la planta", "Kann ich mit
 * Frau Becker sprechen, | der Leiterin der Filiale?". A name alone may be anyone's; the role after it makes them one of
 * the company's people. (Not what that person said after it: "I talked to Tom, | the manager, | he told me…".)
 */
function namedThenRole(c: Clause, read: readonly ReadClause[], index: number): ExplicitRequestMatch | undefined {
  const next = read[index + 1];
  if (!next || next.tokens.length > 9 || c.tokens.length < 2 || !roleNamed(next)) return undefined;
  const after = read[index + 2];
  if (after && firstWhere(0, Math.min(3, after.tokens.length), (k) => SAID.has(after.tokens[k]!) || flagsOf(after, k) & REPORTED) !== undefined) return undefined;
  // The name ends the clause, or comes just before a German talk that does ("mit Frau Becker sprechen").
  const verbLast = c.tokens.length > 3 && talkAt(c, c.tokens.length - 1) === c.tokens.length;
  const n = verbLast ? c.tokens.length - 1 : c.tokens.length;
  if (!c.unlisted(n - 1)) return undefined;
  // One word for it, or two: a first name and a surname, or a title and a surname ("Marta Gil", "Mme Lefèvre").
  const title = n > 3 && (COURTESY_TITLES.has(c.tokens[n - 2]!) || c.unlisted(n - 2)) && !DEFINITE.has(c.tokens[n - 2]!) ? 1 : 0;
  // "To" or "with" before the name (an article between at most: French "à" is Portuguese's "a"), and at most two words
  // between the talk and it.
  const linked = (k: number) => k >= 0 && (TO.has(c.tokens[k]!) || WITH.has(c.tokens[k]!) || FOR.has(c.tokens[k]!));
  // (first: the name's first word.)
  const first = n - title - 1;
  const article = DEFINITE.has(c.tokens[first - 1] ?? '');
  const to = article && linked(first - 2) ? first - 2 : linked(first - 1) ? first - 1 : -1;
  if (to < 0) {
    // Or a verb that takes the person straight after it: "Mi passate Giulia, | la responsabile del punto vendita?".
    const name = article ? first - 1 : first;
    const k = verbLast ? undefined : firstWhere(Math.max(0, name - 4), name, (j) => c.phrase(j, PUT_ME_THROUGH) === name && !negated(c, j));
    return k === undefined ? undefined : { form: 'transfer', evidence: c.text(k, n), language: c.language };
  }
  if (verbLast) return negated(c, n) ? undefined : { form: 'direct', evidence: c.text(to, n + 1), language: c.language };
  for (let k = Math.max(0, to - 4); k <= to; k++) {
    const end = talkAt(c, k) || c.phrase(k, PUT_ME_THROUGH);
    if (end && end <= to + 1 && end >= to - 2 && !negated(c, k)) return { form: 'direct', evidence: c.text(k, n), language: c.language };
  }
  return undefined;
}

/**
 * Whether a clause only says who someone is: a role after an article or a possessive ("the manager", "la nostra wedding
 * planner"), ending it or followed only by where they work ("the manager at the Clapham branch", "der Leiterin der
 * Filiale am Rotkreuzplatz", "la gérante du pressing de la rue Oberkampf").
 */
function roleNamed(next: ReadClause): boolean {
  const last = next.tokens.length - 1;
  // Where the words before the role (articles, possessives, fillers) end.
  const past = (k: number) => !DEFINITE.has(next.tokens[k]!) && !(flagsOf(next, k) & (POSSESSIVE | FILLER));
  // A role of several words ends the clause ("wedding planner").
  if (last > 0 && phraseFlagsAt(next.ids, next.words, last - 1, PERSON)) return firstWhere(0, last - 1, past) === undefined;
  const role = firstWhere(0, Math.min(3, last + 1), past);
  if (role === undefined || !(flagsOf(next, role) & PERSON)) return false;
  const place = next.tokens[role + 1];
  return place === undefined || AFFILIATION.has(place) || OF_THE.has(place) || DEFINITE.has(place);
}

/**
 * None there, asked, the clause ending on them: "Is there no human here?", "ya pas un humain ici ???", "gibt es keinen
 * Menschen hier?" (a complaint that asks for one; not "Is there no human who checks these?", "Gibt es keinen Menschen, |
 * der die Bewertungen prüft?").
 */
function noneThere(c: Clause, next: ReadClause | undefined): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  const i = firstWhere(0, Math.min(n, 3), (k) => c.phrase(k, EXISTENTIAL) > 0);
  const end = i === undefined ? 0 : c.phrase(i, EXISTENTIAL);
  if (i === undefined || !(c.word(end) & NEGATION) || (next && RELATIVE.has(next.tokens[0]!))) return undefined;
  const person = personAfter(c, end + 1, 0, 2);
  if (!person || person.indefinite) return undefined;
  // (Fillers after them, of one word or several: "here", "on this chat".)
  for (let k = person.end; k < n; ) {
    const fillerEnd = c.phrase(k, TERSE_FILLER);
    if (!fillerEnd) return undefined;
    k = fillerEnd;
  }
  return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
}

/** Kindness asked of someone: "kind enough to", "so nett", "la gentillesse de", "così gentile da", "tão gentil de", "tan amable de". */
const KIND = packSet('kind');
const KIND_FIRST = packFirstWords('kind');

/**
 * Someone asked to be so kind as to look or talk: "Would someone be kind enough to look at this?", "Quelqu'un aurait-il
 * la gentillesse de regarder mon dossier ?", "¿Alguien sería tan amable de revisar mi caso?"; German's infinitive in a
 * clause of its own: "Wäre jemand von Ihren Kollegen so freundlich, | sich das persönlich anzusehen?".
 */
function kindlyAsked(c: Clause, next: ReadClause | undefined, question: boolean): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  const at = firstWhere(1, n, (k) => KIND_FIRST.has(c.tokens[k]!) && phraseOpens(c.tokens, k, KIND, KIND_FIRST, 4));
  const person = at === undefined ? undefined : someoneNamed(c, 0, at);
  if (at === undefined || person === undefined || negated(c, at)) return undefined;
  // Asked, not told: "The agent was kind enough to look at it", "Der Mitarbeiter war so nett, mir alles zu erklären".
  if (!question && firstWhere(0, at, (k) => c.word(k) & MODAL) === undefined) return undefined;
  if (firstWhere(0, at, (k) => PAST_AUXILIARY.has(c.tokens[k]!) || c.covered(k, REPORTED)) !== undefined) return undefined;
  const end = phraseEnd(c.tokens, at, KIND, KIND_FIRST, 4);
  const done = end < n ? firstWhere(end, Math.min(n, end + 4), (k) => c.phrase(k, ATTEND | TALK | PUT_ME_THROUGH)) : undefined;
  // (The next clause only as the German infinitive it is: "…, sich das anzusehen", "…, mich zurückzurufen".)
  const infinitive = end === n && !!next && next.tokens.length <= 6 && (next.tokens[next.tokens.length - 2] === 'zu' || /^\w{2,5}zu\w{3,}en$/.test(next.tokens[next.tokens.length - 1]!));
  return done !== undefined || infinitive ? { form: 'indirect', evidence: c.text(person, done === undefined ? end : done + 1), language: c.language } : undefined;
}

/** Negations before "there is": "no hay", "non c'è", "não há", "il n'y a" (whose "il" THERE_ASKED holds). */
const NOT_THERE = new Set(['no', 'non', 'nao', 'n']);

/** "Can" after "que", "qui", "che": "que pueda", "qui puisse", "che possa", "que possa". */
const ABLE_SUBJUNCTIVE = packSet('ableSubjunctive');

/** Where "could check", "pueda mirar", "pourrait vérifier" ends within four words of i (a modal, then a verb of attending), or 0. */
function ableToAttend(c: Clause, i: number): number {
  let able = false;
  for (let k = i; k < Math.min(c.tokens.length, i + 4); k++) {
    if (c.word(k) & NEGATION) return 0;
    if (c.word(k) & MODAL || c.phrase(k, POSSIBLE) || ABLE_SUBJUNCTIVE.has(c.tokens[k]!)) able = true;
    // (Past "me": "que possa me ajudar", "qui pourrait m'aider".)
    else if (able && !ME.has(c.tokens[k]!)) return c.phrase(k, ATTEND);
  }
  return 0;
}

/**
 * What a customer wants of a team rather than the team, besides its LINE (number, e-mail, address): "the billing
 * department's hours", "l'ufficio reclami orari".
 */
const TEAM_DETAILS = packSet('teamDetails');
/** "Of": "of", "de", "di", "des", "du", "do", "da". */
const OF = packSet('of');
const PARTICIPLE = /(?:ed|ado|ada|ato|ata|ido|ida|ito|ita|ee)$/;

/** A trade right after a team, in Romance languages, is what kind of team it is: "el servicio técnico", "l'ufficio tecnico". */
function teamKind(c: Clause, k: number): boolean {
  const flags = c.word(k);
  return c.language !== 'en' && c.language !== 'de' && !!(flags & PERSON) && !(flags & ~(PERSON | FILLER));
}

/**
 * Where a team's name ends from `end`: the words that name it after "department" ("l'ufficio reclami", "el
 * departamento de garantías", "le service garantie"), at most two, none a detail of it. `end` itself when none.
 */
function teamNameEnd(c: Clause, end: number): number {
  let k = end;
  // (Two words, past any "of": "o setor de desembaraço aduaneiro", "le centre de distribution de Laval".)
  let words = 0;
  while (k < c.tokens.length && words < 2) {
    const token = c.tokens[k]!;
    const flags = c.word(k);
    // A flagless word, or "of" (which may be a filler too); not a state the team is wanted in: "I want the service
    // cancelled", "el servicio cancelado".
    // (And an article after it: "le service de la scolarité".)
    const of = (OF.has(token) || (k > end && OF.has(c.tokens[k - 1]!) && ARTICLES.has(token))) && (flags & ~(QUALIFIER | FILLER | TERSE_FILLER)) === 0;
    if (!(flags === 0 || of || (k === end && teamKind(c, k))) || TEAM_DETAILS.has(token) || ABOUT.has(token) || LINE.has(token) || hasDigit(token) || PARTICIPLE.test(token)) break;
    if (!of) words++;
    k++;
  }
  // Not a dangling "of" (or "of the"): "the complaints department of".
  while (k > end && (OF.has(c.tokens[k - 1]!) || ARTICLES.has(c.tokens[k - 1]!))) k--;
  return k;
}

/** "Team" and "department" themselves, which name a team whatever words come before them. */
const TEAM = packSet('team');
/** Words for a team that its name follows: "le service garantie", "l'ufficio reclami", "el área de cobranzas". */
const GENERIC_TEAM = packSet('genericTeam', TEAM);

/** Where "team" ends after up to three words naming it from j, past an article: "the trust and safety team", or 0. */
function namedTeam(c: Clause, j: number): number {
  for (let k = j + 1; k < Math.min(c.tokens.length, j + 4); k++) {
    if (TEAM.has(c.tokens[k]!)) return k + 1;
    // Words of its name only: not "an invoice for our team".
    const token = c.tokens[k]!;
    if (ABOUT.has(token) || TO.has(token) || AFFILIATION.has(token) || FOR.has(token) || c.word(k) & (PERSON | TALK | FILLER)) return 0;
  }
  return 0;
}

/**
 * Phone numbers and lines, and the words that make one "where" someone answers; addresses a person reads too
 * ("un correo donde conteste una persona", "eine E-Mail-Adresse wo ein Mensch antwortet").
 */
const LINE = packSet('line');
/** "Where": "where", "donde", "dove", "onde", "wo", "où". */
const WHERE = packSet('where');

/** Whether a line "where" someone answers comes shortly before the person at i: "a number where a human picks up". */
function staffedLine(c: Clause, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    if (WHERE.has(c.tokens[k]!)) return LINE.has(c.tokens[k - 1]!) || (k >= 2 && LINE.has(c.tokens[k - 2]!));
  }
  return false;
}

/** Whether everything from `from` to the clause's end is politeness or filler ("transfer me now please"), not a thing ("pass me the link"). */
function onlyFillersAfter(c: Clause, from: number): boolean {
  // And a phone number: "rappelez-moi au 06 12 34 56 78".
  for (let j = from; j < c.tokens.length; j++) {
    const token = c.tokens[j]!;
    if (!(c.word(j) & (QUALIFIER | TERSE_FILLER | PLEASE)) && !TO.has(token) && !/^\d+$/.test(token)) return false;
  }
  return true;
}

/** Whether a word outside the lexicon's fillers sits in [from, to) (a moment is none: "hablar un momento con alguien"). */
function unknownBetween(c: Clause, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!(c.word(j) & FILLER) && !TIME.has(c.tokens[j]!) && !countedTime(c, j)) return true;
  return false;
}

/** A count before a little time: "deux minutes", "two minutes", "5 minutos" ("échanger deux minutes avec quelqu'un"). */
function countedTime(c: Clause, j: number): boolean {
  return TIME.has(c.tokens[j + 1] ?? '') && (COUNTED.has(c.tokens[j]!) || hasDigit(c.tokens[j]!));
}

/** Plain words for one of the company's people, as opposed to a trade ("technician", "doctor") booked as a service. */
const PLAIN_STAFF = packSet('plainStaff');
/** A company's people as one: "staff", "Personal", "personnel", "personale", "pessoal". */
const STAFF_BODY = packSet('staffBody');

/**
 * The verb of a need nobody is said to have: "braucht" ("dafür braucht es"), "faut", "prend" ("ça prend"), "vuole"
 * ("ci vuole"), "serve", "precisa", "falta" ("hace falta").
 */
const TAKES = packSet('takes');

/**
 * Whether the wish from i to end is such a need, with no "me" or "us" in it or before it ("il me faut", "il nous faut"
 * are the customer's; the "ci" of "ci vuole" is nobody's).
 */
function impersonalNeed(c: Clause, i: number, end: number): boolean {
  let takes = false;
  for (let k = Math.max(0, i - 1); k < end; k++) {
    const token = c.tokens[k]!;
    if (ME.has(token) || (ROMANCE_ME.has(token) && k < i)) return false;
    takes ||= TAKES.has(token);
  }
  return takes;
}

/**
 * A person needed, nobody said by whom, asks for one when it is one of the staff with nothing after it but "for this"
 * or what to do with the case ("serve una persona per sbloccare la mia pratica"):
 * "Dafür braucht es einen Menschen", "Ça prend un humain pour régler ça", "Qui ci vuole una persona", "Isso precisa
 * de uma pessoa" (not what a job takes: "ci vuole un tecnico per il montaggio?", "ça prend une personne pour signer ?",
 * "ça prend un humain pour valider la commande ?", "hace falta una persona mayor de edad para recibirlo?").
 */
function staffNeeded(c: Clause, person: PersonAt): boolean {
  // (Or human eyes, a human look: "Este caso precisa de olhos humanos"; or someone with the authority to, whatever after:
  // "Esto necesita a alguien con autoridad para anular la decisión automática".)
  const noun = c.tokens[person.end - 1]!;
  if (firstWhere(person.end, Math.min(c.tokens.length, person.end + 2), (k) => decidesEnd(c, k)) !== undefined) return true;
  if (!PLAIN_STAFF.has(noun) && !HUMAN_BEINGS.has(noun) && !HUMANE.has(noun)) return false;
  const after = PURPOSE.has(c.tokens[person.end] ?? '') ? person.end + 1 : person.end;
  return onlyFillersAfter(c, person.end) || (after > person.end && firstWhere(after, Math.min(c.tokens.length, after + 4), (k) => CASE.has(c.tokens[k]!)) !== undefined);
}

/**
 * Where an obligation, then a plain person and a verb of attending, ends (0 when there is none): "muss sich ein
 * Mensch anschauen", "lo tiene que revisar una persona", "questo lo deve guardare un operatore". The obligation comes
 * at most four words before the person and the verb within four words of it, on either side.
 */
function obligedToAttend(c: Clause, i: number, person: PersonAt): number {
  if (person.indefinite) return someoneObliged(c, i, person);
  if ((!PLAIN_STAFF.has(c.tokens[person.end - 1]!) && !ROLE.has(c.tokens[person.end - 1]!)) || negated(c, i)) return 0;
  // Or after it: "Un conseiller doit voir ça", "a human needs to look at this", "A supervisor needs to check this".
  const after = obligationEnd(c, person.end);
  if (after > 0) return c.phrase(after, ATTEND);
  let oblige = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4) && oblige < 0; k--) if (OBLIGE.has(c.tokens[k]!) && !(c.word(k + 1) & NEGATION)) oblige = k;
  // "no tiene que revisarlo ningún empleado".
  if (oblige < 0 || negated(c, oblige)) return 0;
  for (let j = oblige + 1; j < Math.min(c.tokens.length, person.end + 4); j++) {
    if (j >= person.start && j < person.end) continue;
    const end = c.phrase(j, ATTEND);
    if (end) return Math.max(end, person.end);
  }
  return 0;
}

/** What may stand between an obligation and its verb: "needs to look", "has to check", "tiene que revisar", "tem que ver". */
const OBLIGE_LINK = packSet('obligeLink');

/**
 * Where an obligation starting at `from` ends: "needs to", "has to", "tiene que", "tem que", "doit", "deve", "muss"
 * (0 when there is none; -1 for a guess about the past: "someone must have looked at it by now").
 */
function obligationEnd(c: Clause, from: number): number {
  let end = from;
  let obliged = false;
  while (end < c.tokens.length && (OBLIGE_LINK.has(c.tokens[end]!) || OBLIGE.has(c.tokens[end]!))) {
    const token = c.tokens[end]!;
    if (token === 'have' && OBLIGE.has(c.tokens[end - 1]!)) return -1;
    obliged ||= OBLIGE.has(token) || token === 'has' || token === 'have' || token === 'tem';
    end++;
  }
  return obliged ? end : 0;
}

/**
 * Whether an obligation ends right before the verb at `verb`: "tiene que revisar", "deve occuparsene", "has to check"
 * (not one denied: "no tiene que revisarlo ningún empleado").
 */
function obligedAt(c: Clause, verb: number): boolean {
  let from = verb;
  while (from > 0 && (OBLIGE_LINK.has(c.tokens[from - 1]!) || OBLIGE.has(c.tokens[from - 1]!))) from--;
  return from < verb && obligationEnd(c, from) === verb && !negated(c, from) && !stepFirst(c);
}

/** Words of doing something first: "before", "first", "antes", "prima", "avant", "vorher", "zuerst", "primeiro". */
const FIRST = new Set(['before', 'first', 'antes', 'primero', 'prima', 'avant', 'abord', 'vorher', 'zuerst', 'primeiro']);

/**
 * Whether the clause tells a step that comes first, which an obligation then asks or tells about, no request: "¿El
 * departamento de devoluciones tiene que revisar el producto antes del reembolso?", "… has to approve the purchase first".
 */
function stepFirst(c: Clause): boolean {
  return c.tokens.some((t) => FIRST.has(t));
}

/**
 * Someone who must look into it: "someone needs to look at this", "alguien tiene que revisar esto", "qualcuno deve
 * controllare il mio ordine", "da muss jemand draufschauen", "esto lo tiene que mirar alguien" (not "someone else
 * has to sign", not "no one needs to call"). Where the verb ends, or 0.
 */
function someoneObliged(c: Clause, i: number, person: PersonAt): number {
  if (!SOMEONE.has(c.tokens[i]!) || negated(c, i)) return 0;
  for (let j = person.start; j < person.end + 1; j++) if (OTHER.has(c.tokens[j] ?? '')) return 0;
  // The obligation after "someone" ("someone needs to look") or before it ("muss jemand draufschauen").
  // (Past the team they are of: "Alguém da equipe tem que ver isso".)
  const after = obligationEnd(c, yoursEnd(c, person) || person.end);
  if (after < 0) return 0;
  if (after) return c.phrase(after, ATTEND);
  let obligedBefore = false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (OBLIGE.has(c.tokens[k]!) || (c.tokens[k] === 'que' && (c.tokens[k - 1] === 'tiene' || c.tokens[k - 1] === 'tem'))) obligedBefore = true;
  if (!obligedBefore) return 0;
  // Before: the verb right after "someone", or after what kind of someone ("muss jemand (Echtes) draufschauen"; not
  // "il me faut quelqu'un pour m'aider à porter l'armoire"), or just before it ("lo tiene que mirar alguien").
  const kind = c.phrase(person.end, QUALIFIER);
  const end = c.phrase(person.end, ATTEND) || (kind && c.phrase(kind, ATTEND));
  if (end) return end;
  for (let j = Math.max(0, i - 2); j < i; j++) if (c.phrase(j, ATTEND)) return person.end;
  return 0;
}

/** Forms of "to know" whose subject is the customer or a third party, not the company ("conozco", "kennt"). */
const KNOWS = packSet('knows');
const SUBJECT_OF_KNOW = new Set(['i', 'we', 'they']);

/** "One" standing for a person named before ("reps available? | need one", "Gibt es Mitarbeiter? | Ich brauche einen"). */
const ONE_POINTERS = packSet('onePointers');

/**
 * Pronouns that point back at a person or a team named before ("him", "ella", "eux", "ihm", "loro").
 * Those that are articles too ("den", "el") point back only right before a verb or at the end.
 */
const POINTERS = packSet('pointers', ONE_POINTERS);
/** Pointers that are other words as often ("el", "den", "ihr", "her", ONE_POINTERS): they point only at the end of the clause ("reps available? | need one"). */
const AMBIGUOUS_POINTERS = packSet('ambiguousPointers', ONE_POINTERS);

/** Verbs of asking a question: "ask", "fragen", "demander", "chiedere", "perguntar", "preguntar". */
const ASK_WHAT = packSet('askWhat');

/**
 * Whether the customer asks if they had better put their question to someone else: "Mein Makler kümmert sich um alles,
 * soll ich lieber ihn fragen?", "Di tutto si occupa il mio broker, devo chiedere a lui?". Advice on whom to ask.
 */
function askingWhomToAsk(c: Clause): boolean {
  return opensOn(c.tokens, NEEDED_ASKED, NEEDED_ASKED_FIRST, 5) && c.tokens.some((t) => ASK_WHAT.has(t));
}

/**
 * A verb of talking, transferring or wanting with a pronoun next to it, in a clause after one that
 * named someone: "Who's your supervisor? | I want to talk to him", "Mi gestora se llama Lucía. |
 * ¿Me puede comunicar con ella?", "C'est qui votre responsable ? | Je veux lui parler".
 */
function pointedBack(c: Clause, human: boolean, talkOnly = false): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  if (askingWhomToAsk(c)) return undefined;
  for (let i = 0; i < n; i++) {
    const talkEnd = c.phrase(i, TALK | PUT_ME_THROUGH);
    const verbEnd = talkEnd || (talkOnly ? 0 : c.phrase(i, WANT));
    if (!verbEnd) continue;
    // Wanting them right next to the verb ("Den brauche ich", "get them"), or after "one of" ("I'd like one of them
    // to take over", "quiero a uno de ellos") or insisting ("ich bräuchte nämlich einen", "I'd really need one").
    let near = verbEnd;
    while (near < n && near < verbEnd + 4 && (ONE_OF.has(c.tokens[near]!) || (human && INSISTING.has(c.tokens[near]!)))) near++;
    // The partitive pronoun before the verb: "j'en aurais bien besoin", "ne avrei bisogno" (Italian "ne" is no negation),
    // needed for nothing else ("j'en ai besoin pour un courrier" needs a name).
    let k = i - 1;
    while (k > 0 && k > i - 4 && HAVE_NEED.has(c.tokens[k]!)) k--;
    if (human && !talkEnd && k >= 0 && c.tokens[k] === PARTITIVE[c.language]) {
      if (negated(c, k) || !onlyFillersAfter(c, near)) continue;
      return { form: 'direct', evidence: c.text(k, verbEnd), language: c.language };
    }
    if (negated(c, i)) continue;
    // "devo riparlarci": the pronoun is part of the verb.
    if (talkEnd && CLITIC_TALK.has(c.tokens[i]!)) return { form: 'direct', evidence: c.text(i, talkEnd), language: c.language };
    // Talking to them within a few words ("comunicar con ella", "lui parler"; German's verb last: "Mit dem will ich reden").
    const [from, to] = talkEnd ? [Math.max(0, i - (c.language === 'de' ? 4 : 2)), Math.min(n, verbEnd + 3)] : [Math.max(0, i - 1), Math.min(n, near + 1)];
    for (let j = from; j < to; j++) {
      const token = c.tokens[j]!;
      // (Or "that person" talked to: "Je veux m'adresser directement à cette personne", not "I want that person back".)
      const thatPerson = THAT.has(token) && HUMAN_BEINGS.has(c.tokens[j + 1] ?? '');
      if (thatPerson && talkEnd && j >= verbEnd) return { form: 'direct', evidence: c.text(i, j + 2), language: c.language };
      if ((j >= i && j < verbEnd) || !POINTERS.has(token)) continue;
      // (A French pronoun before its verb is that verb's object: "Je peux leur laisser une note ?".)
      const clitic = !talkEnd && c.language === 'fr' && FRENCH_CLITICS.has(token);
      // (Only German puts one before its verb: "Den brauche ich", not "el chat me basta", "il lui faut quelle gamme ?".)
      if ((AMBIGUOUS_POINTERS.has(token) || clitic) && !(j === n - 1 || (c.language === 'de' && c.phrase(j + 1, TALK | WANT)) || onlyFillersAfter(c, j + 1))) continue;
      // ("Stell mich aufs Jahresabo um": German "um" is no Portuguese "one".)
      if (token === 'um' && c.language !== 'pt') continue;
      // (Nor thanks passed on to them: "richten Sie ihr bitte ein Danke aus", "tell him thanks from me".)
      if (firstWhere(j + 1, n, (k) => THANKS.has(c.tokens[k]!) && (k < n - 1 || ONE.has(c.tokens[k - 1]!))) !== undefined) continue;
      return { form: 'direct', evidence: c.text(Math.min(i, j), Math.max(verbEnd, j + 1)), language: c.language };
    }
  }
  return undefined;
}

/** "You" as a plural subject: "vosotros", "ustedes", "voi", "vous", "vocês". */
const YOU_ALL = new Set(['vosotros', 'vosotras', 'ustedes', 'voi', 'vous', 'voces', 'vcs']);

/** French object pronouns that come before their verb: "lui", "leur". */
const FRENCH_CLITICS = new Set(['lui', 'leur']);

/** Demonstratives, before a person pointed back at: "that person", "cette personne", "questa persona", "diese Person". */
const THAT = new Set(['this', 'that', 'cette', 'questa', 'quella', 'esta', 'esa', 'essa', 'aquela', 'diese', 'dieser', 'diesem']);

/** Whether a person is named at i, the customer's own included ("Meine Ansprechpartnerin ist Frau Schulz"), not a travel agent or human resources. */
function namesSomeone(c: Clause, i: number): boolean {
  return !!c.phrase(i, PERSON) && !(c.word(i - 1) & NOT_PERSON_BEFORE) && !c.covered(i, NOT_PERSON_PHRASE);
}

/**
 * Whether one of the two clauses before `index` names a human being ("liest das ein Mensch?", "un humain lit ça ?"):
 * only then may "one" come after insisting or as a partitive ("bräuchte nämlich einen", "j'en aurais besoin"), which
 * after "the technician mentioned a new router" want the router.
 */
function humanBefore(read: readonly ReadClause[], index: number): boolean {
  for (let k = Math.max(0, index - 2); k < index; k++) for (const token of read[k]!.tokens) if (HUMANE.has(token) || HUMAN_BEINGS.has(token)) return true;
  return false;
}
/** Human beings: "person", "people", "persona", "personne", "pessoa", "gente", "Mensch", "Menschen". */
const HUMAN_BEINGS = packSet('humanBeings');

/** Words that insist between wanting and "one": "really", "nämlich", "vraiment", "davvero"… */
const INSISTING = packSet('insisting');
/** The pronoun that stands for "some of them" before a verb: "j'en veux", "ne ho bisogno". */
const PARTITIVE: Partial<Record<Language, string>> = { fr: 'en', it: 'ne' };
const PARTITIVES: ReadonlySet<string> = new Set(Object.values(PARTITIVE));
/** What comes between that pronoun and "besoin" or "bisogno": "j'en ai bien besoin", "ne avrei proprio bisogno". */
const HAVE_NEED = packSet('haveNeed');

/** The words of "one of" before a pronoun: "one of them", "uno de ellos", "l'un d'eux", "um deles", "uno di loro". */
const ONE_OF = packSet('oneOf');

/** Whether a clause holds a pronoun that may point back ("him", "ella", "riparlarci"), or "that person". */
function points(r: ReadClause): boolean {
  const { tokens } = r;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (POINTERS.has(token) || CLITIC_TALK.has(token) || PARTITIVES.has(token) || (THAT.has(token) && HUMAN_BEINGS.has(tokens[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Verbs of talking with the pronoun fused on: "riparlarci", "parlargli". */
const CLITIC_TALK = packSet('cliticTalk');

/** Whether a "nothing" sits between from and to. */
function closedBefore(c: Clause, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (NOTHING.has(c.tokens[j]!)) return true;
  return false;
}

/** "nothing": the object that closes a negated phrase ("no recibí nada", "non ho ricevuto niente"). */
const NOTHING = packSet('nothing');

/** An ultimatum's first word: "unless", "either", "soit", "entweder", "o" (Italian "either… or"). */
const EITHER = packSet('either');

/** "You" and "your" in six languages: someone of yours is one of the company's people. */
const YOURS = packSet('yours');
/** "Your" in any of its forms, not "you" itself, which YOURS holds too: "your", "vos", "euer", "vostro". */
function yourWord(token: string): boolean {
  return YOURS.has(token) && !YOU.has(token);
}

/**
 * Must or needs to, before or after the someone who should do it: "il faut que quelqu'un…", "es muss jemand…",
 * "precisa alguém…"; and deserving it ("ça mériterait qu'un humain y jette un œil", "this deserves a human looking at it").
 */
const OBLIGE = packSet('oblige');

/**
 * Where "someone of yours" ends, or 0: the person phrase names "you" itself ("one of you", "jemand von euch"), or an
 * affiliation with "you" or "your" follows it within three words ("quelqu'un de chez vous", "alguien de vuestro equipo").
 */
function yoursEnd(c: Clause, person: PersonAt): number {
  for (let j = person.start; j < person.end; j++) if (YOURS.has(c.tokens[j]!)) return person.end;
  // (Or on your side: "someone on your end who can see the billing records".)
  if (c.tokens[person.end] === 'on' && YOURS.has(c.tokens[person.end + 1] ?? '')) return person.end + (SIDE.has(c.tokens[person.end + 2] ?? '') ? 3 : 2);
  // (Or over there: "Surely somebody over there can check my account by hand?".)
  if (c.tokens[person.end] === 'over' && c.tokens[person.end + 1] === 'there') return person.end + 2;
  if (!AFFILIATION.has(c.tokens[person.end] ?? '')) return 0;
  for (let j = person.end + 1; j < Math.min(c.tokens.length, person.end + 4); j++) {
    if (YOURS.has(c.tokens[j]!)) return DEPARTMENT.has(c.tokens[j + 1] ?? '') || c.word(j + 1) & PERSON ? j + 2 : j + 1;
  }
  // Someone from a team of the company's, named: "quelqu'un de la logistique", "alguém da logística", "someone from the
  // billing team" (someone only: a typo's "gente de réception" may be a "tente de réception").
  if (!person.indefinite) return 0;
  const team = DEFINITE.has(c.tokens[person.end + 1] ?? '') ? person.end + 2 : person.end + 1;
  if (!DEPARTMENT.has(c.tokens[team] ?? '')) return 0;
  let end = team + 1;
  while (DEPARTMENT.has(c.tokens[end] ?? '')) end++;
  return end;
}

/** A side, in "on your end", "on your side". */
const SIDE = new Set(['end', 'side']);

/** Words of preferring: "prefer", "rather", "lieber", "prefiero", "préfère", "prefiro", "preferirei". */
const PREFER = [
  'prefer', 'prefers', 'rather', 'prefiero', 'preferiria', 'preferia', 'prefere', 'prefererais', 'prefererait', 'lieber', 'prefiro', 'preferisco',
  'preferirei',
];
/**
 * Feeling safer or calmer, or finding it easier, after "more" or before "if": "more comfortable", "más tranquila", "mais
 * segura se", "più tranquilla", "mais fácil com alguém de verdade", "plus simple avec quelqu'un de chez vous", "plus à l'aise".
 */
const CALMER = [
  'comfortable', 'tranquila', 'tranquilo', 'tranquille', 'tranquilla', 'tranquillo', 'segura', 'seguro', 'rassure', 'rassuree', 'sicher', 'descansada',
  'descansado', 'facil', 'facile', 'simple', 'simples', 'semplice', 'sencillo', 'aise', 'comodo', 'comoda', 'confortavel',
  'confortable',
];
/** Calmer, easier or quicker already: "wohler", "sicherer", "easier", "simpler", "einfacher", "quicker", "schneller". */
const COMPARATIVE_CALMER = ['wohler', 'sicherer', 'easier', 'simpler', 'einfacher', 'quicker', 'schneller'];
/** "Better", before "with" ("mejor con una persona") or after feeling ("me sentiria melhor falando com alguém"). */
const BETTER = ['better', 'mejor', 'melhor', 'meglio', 'mieux'];
/** A comparative: "better", "faster", English "-er" ("quicker", "smarter"), but "rather" and "other", which reject. */
function comparative(word: string): boolean {
  return BETTER.includes(word) || COMPARATIVE.has(word) || (word.length > 4 && word.endsWith('er') && word !== 'rather' && word !== 'other');
}
/** Messaging channels a customer asks for to reach people. */
const CHANNEL = ['whatsapp', 'whatsap', 'watsapp', 'wsp', 'zap', 'telegram', 'signal', 'wechat', 'messenger', 'hotline'];
const PREFER_CUE = 1;
const CALMER_CUE = 2;
const BETTER_CUE = 3;
const CHANNEL_CUE = 4;
/** The words above by kind: one lookup per word of a clause finds them all. */
const CUES = new Map<string, number>([
  ...PREFER.map((word) => [word, PREFER_CUE] as const),
  ...CALMER.map((word) => [word, CALMER_CUE] as const),
  ...COMPARATIVE_CALMER.map((word) => [word, PREFER_CUE] as const),
  ...BETTER.map((word) => [word, BETTER_CUE] as const),
  ...CHANNEL.map((word) => [word, CHANNEL_CUE] as const),
]);
/** "More" before a calmer feeling: "more", "más", "mais", "più", "plus", "viel". */
const MORE = packSet('more');
/** "If": "if", "si", "se", "wenn". */
const IF = packSet('if');
/** Feeling: "feel", "sentiria", "sentirais", "sentirei", "siento". */
const FEEL = packSet('feel');

/** Words between "than" and a talk: "than to talk", "que d'avoir", "che di parlare". */
const THAN_LINKS = new Set(['to', 'd', 'de', 'di']);

/**
 * Whether the talk or wish at i is what something is preferred over: "I'd rather type here than talk to a person",
 * "prefiero escribir aquí que hablar con alguien", "je préfère écrire ici que d'avoir un humain" (not "nothing more
 * than to talk to a person", with no preference, nor a wish's "that": "prefiero que hablemos").
 */
function preferredOver(c: Clause, i: number): boolean {
  return preferredBefore(c, i - 1) || (THAN_LINKS.has(c.tokens[i - 1] ?? '') && preferredBefore(c, i - 2));
}

/** Whether the word at i is a "than" after a preference and something preferred: "rather type here than", "lieber hier im Chat als". */
function preferredBefore(c: Clause, i: number): boolean {
  if (!THAN.has(c.tokens[i] ?? '')) return false;
  return firstWhere(0, i - 1, (k) => {
    const cue = CUES.get(c.tokens[k]!);
    return cue === PREFER_CUE || cue === BETTER_CUE;
  }) !== undefined;
}

/** Whether the word at i is a "than" to a talk or a person: "than with a real person", "que hablar con alguien", "que d'avoir un humain". */
function comparedWith(c: Clause, i: number): boolean {
  if (!THAN.has(c.tokens[i]!)) return false;
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 3); k++) if (c.word(k) & (TALK | WANT) || WITH.has(c.tokens[k]!)) return true;
  return false;
}

/** Whether the word at i, a cue of the given kind, states a preference: "prefer", "more comfortable", "better with". */
function prefers(c: Clause, i: number, cue: number): boolean {
  if (cue === PREFER_CUE) return true;
  // (French "plus à l'aise" has its "more" before "à l'".)
  if (cue === CALMER_CUE) return MORE.has(c.tokens[i - 1] ?? '') || (c.tokens[i] === 'aise' && MORE.has(c.tokens[i - 3] ?? '')) || IF.has(c.tokens[i + 1] ?? '');
  // (Feeling better doing it with or to someone: "speaking with", "en parlant à"; not "I feel better now that the agent
  // called me".)
  const withSomeone = (k: number) => WITH.has(c.tokens[k] ?? '') || TO.has(c.tokens[k] ?? '');
  // (Past a verb's object too: "I'd feel better going over this with an actual person".)
  return TO.has(c.tokens[i + 1] ?? '') || (FEEL.has(c.tokens[i - 1] ?? '') && firstWhere(i + 2, i + 5, withSomeone) !== undefined) || betterAttended(c, i);
}

/**
 * Someone doing the looking right after "better", or after its "that": "não acha que era melhor uma pessoa ver?",
 * "Sarebbe meglio che un operatore guardasse la pratica", "Il vaudrait mieux qu'un conseiller regarde mon dossier".
 */
function betterAttended(c: Clause, i: number): boolean {
  const from = ROMANCE_THAT.has(c.tokens[i + 1] ?? '') ? i + 2 : i + 1;
  const person = personAt(c, from) ?? personAt(c, from + 1);
  // (The verb right after: "Sei meglio che un operatore che risponde dopo un'ora" compares.)
  return !!person && !person.indefinite && !!(c.phrase(person.end, ATTEND) || talkAt(c, person.end));
}

/** Verbs of coming over: a visit by the company's people is a person to deal with ("someone from your staff come to the house"). */
const COME = packSet('come');

/** "The assistant" is the bot customers chat with: "preferisco l'assistente", "schreib lieber mit dem Assistenten". */
const ASSISTANT = packSet('assistant');
/** Definite articles: "the", "der", "den", "l'", "il", "la", "o", "el", "le". */
const DEFINITE = packSet('definite');

/** The bot addressed: after a preference, what comes next is compared with it ("I prefer you to an agent"). */
const YOU = packSet('you');

/** The stems of verbs of calling: "call", "ring", "rappeler", "llamar", "marcar", "ligar", "chiamare", "anrufen". */
const CALL_STEMS = packSet('callStems');

/** "Before": "before", "avant", "prima", "antes". */
const BEFORE = packSet('before');
/** The shape of a French, Italian, Spanish or Portuguese infinitive: "commander", "ordinare", "pagar". */
const ROMANCE_INFINITIVE = /(?:ar|er|ir|re)$/;

/**
 * A call asked about as a step before something is done: "Will the technician call me before ordering the part?",
 * "Le technicien appelle-t-il avant de commander ?", "Il tecnico mi chiama prima di ordinare il pezzo?". How the work
 * goes, not a call asked for; a plea, a wish or a modal makes it one ("Please call me before ordering the part",
 * "Je voudrais qu'un technicien m'appelle avant de payer quoi que ce soit", "pode me ligar antes da instalação?").
 */
function callBeforeDeed(c: Clause): boolean {
  const n = c.tokens.length;
  if (c.flags & (PLEASE | MODAL | POSSIBLE) || firstWhere(0, n, (k) => !!c.phrase(k, WANT) && !englishWill(c, k)) !== undefined) return false;
  // (A verb and its object: not "before closing", "antes de las 6", "antes da visita".)
  const deed = (k: number) => (c.tokens[k + 1]!.endsWith('ing') && k + 2 < n) || (OF.has(c.tokens[k + 1]!) && ROMANCE_INFINITIVE.test(c.tokens[k + 2] ?? '') && k + 3 < n);
  const before = firstWhere(1, n - 1, (k) => BEFORE.has(c.tokens[k]!) && (deed(k) || (event(c, k) && namedCaller(c, k))));
  return before !== undefined && callsBack(c, Math.max(0, before - 4), before);
}

/**
 * "Of the", one word: "du", "del", "della", "do", "da", "vom". After a verb of talking, what the talk is about: "parlare
 * del", "hablar del", "parler du".
 */
const OF_THE = packSet('ofThe');
/** Ends and starts, times more than events: "end", "Ende", "fin", "fine", "fim", "final". */
const ENDS = packSet('ends');

/**
 * An event named after "before" at k: "before the test", "vor der Prüfung", "avant l'examen", "antes del examen", "antes
 * da aula" (not a time: "before the weekend", "antes de las 6", "avant la fin de la journée").
 */
function event(c: Clause, k: number): boolean {
  const article = c.tokens[k + 1]!;
  const at = DEFINITE.has(article) || OF_THE.has(article) ? k + 2 : OF.has(article) && DEFINITE.has(c.tokens[k + 2] ?? '') ? k + 3 : -1;
  const noun = c.tokens[at] ?? '';
  return at > 0 && /^[a-z]{3,}$/.test(noun) && !TIME.has(noun) && !DAY_PART.has(noun) && !WEEKDAY.has(noun) && !ENDS.has(noun);
}

/**
 * Someone named with an article before the call at k, not the customer nor the company addressed: "Will the examiner
 * call me before the test?", "Ruft mich der Prüfer vor der Prüfung an?", "¿El examinador me llamará antes del
 * examen?". Their part in how things go, asked about ("Will someone call me before the end of the day?" still asks).
 */
function namedCaller(c: Clause, k: number): boolean {
  for (let j = 0; j + 1 < k; j++) if (DEFINITE.has(c.tokens[j]!) && /^[a-z]{4,}$/.test(c.tokens[j + 1]!) && !DEFINITE.has(c.tokens[j + 1]!)) return true;
  return false;
}

/** Whether the words in [from, to) call the customer: "call me back", "llamarme", "me ligue" (not "schickt mir", "pásame"). */
function callsBack(c: Clause, from: number, to: number): boolean {
  for (let j = from; j < to; j++) for (const stem of CALL_STEMS) if (c.tokens[j]!.startsWith(stem)) return true;
  return false;
}

/**
 * What may follow "call me" and still be the call: where or when to call ("call me back on my mobile", "me
 * rappeler sur mon portable", "llamarme al fijo", "me ligue no celular"), "when" ("call me when someone's free",
 * "richiamatemi quando potete"), a time ("mi fate uno squillo dopo le 18"), or the next sentence run on without
 * a stop ("can u phone me asap im locked out"), or how ("essere ricontattato telefonicamente", "per Telefon"). Not
 * French "quand": "rappelez-moi quand est ma livraison" asks to be reminded.
 */
const CALL_ON = packSet('callOn');

/** Relative pronouns: "someone who…", "alguien que…", "jemand, der…" describe the one person wanted. */
const RELATIVE = packSet('relative');

/**
 * Where a verb of attending or talking ends after "someone" described by a relative clause ("someone
 * who can see my account | take a look"), or 0: such a someone is one particular person, not anybody.
 */
function describedAndAttending(c: Clause, person: PersonAt): number {
  if (!person.indefinite || !RELATIVE.has(c.tokens[person.end] ?? '')) return 0;
  for (let j = person.end + 2; j < c.tokens.length; j++) {
    const end = c.phrase(j, ATTEND) || c.phrase(j, TALK);
    if (end && !negated(c, j)) return end;
  }
  return 0;
}

/**
 * German "jemand" after a modal, and the verb of looking last: "Kann sich bitte jemand mein Konto anschauen?",
 * "Könnte jemand die Rechnung prüfen?". Where that verb ends (the clause's end), or 0; never for "jemand anderes".
 */
function jemandLooksLast(c: Clause, person: PersonAt): number {
  if (!c.tokens[person.start]!.startsWith('jemand') || OTHER.has(c.tokens[person.end] ?? '')) return 0;
  const n = c.tokens.length;
  for (let j = person.end + 1; j < Math.min(n, person.end + 5); j++) {
    if (c.word(j) & (NEGATION | BOT)) return 0;
    const end = c.phrase(j, ATTEND);
    if (end === n) return end;
  }
  return 0;
}

/** Prepositions before whom a call is for: "llamar a la destinataria", "ligar para a cliente". */
const CALLED = new Set(['a', 'para', 'pra', 'to']);

/**
 * A call within three words of `from` that is for someone else, named by an article: "can the florist
 * call the recipient?", "¿la florista puede llamar a la destinataria?", "la fiorista può chiamare la destinataria?".
 */
function callsOthers(c: Clause, from: number, departments: Uint8Array): boolean {
  for (let j = from; j < Math.min(c.tokens.length, from + 3); j++) {
    const end = talkAt(c, j);
    if (!end) continue;
    // (Or the company, French "vous" before the verb: "Le garagiste peut-il vous contacter directement ?".)
    if (withYou(c, end) || (c.tokens[j - 1] === 'vous' && !(c.word(j - 2) & MODAL))) return true;
    if (!callsBack(c, j, end)) return false;
    const k = CALLED.has(c.tokens[end] ?? '') && !CALLED.has(c.tokens[end - 1]!) ? end + 1 : end;
    // (Not the customer's own, whom Portuguese names with an article too: "ligar para o meu pai".)
    return c.tokens[k] !== 'i' && ARTICLES.has(c.tokens[k] ?? '') && !mine(c.tokens[k + 1]) && !(c.word(k + 1) & (PERSON | INDEFINITE)) && !isDepartment(c, k + 1, departments);
  }
  return false;
}

/**
 * A bare "pass" at j that is a visit, for something to fetch or do there, or with nothing after: "la squadra può
 * passare a prenderle?", "o pessoal de vocês pode passar lá para pegar?", "la squadra può passare?" (not "passare la
 * chiamata a un responsabile", "passar o caso", "mi può passare?").
 */
function passingBy(c: Clause, j: number): boolean {
  if (!FORWARD.has(c.tokens[j]!) || c.phrase(j, TALK) !== j + 1) return false;
  // Nothing after it, and not "mi può passare?".
  if (j + 1 === c.tokens.length) return !ME.has(c.tokens[j - 1] ?? '') && !ME.has(c.tokens[j - 2] ?? '');
  for (let k = j + 1; k < Math.min(c.tokens.length, j + 4); k++) {
    const token = c.tokens[k]!;
    // Someone or something passed on: a person, the customer, the case.
    if (c.word(k) & (PERSON | INDEFINITE) || ME.has(token) || CASE.has(token)) return false;
    if (PURPOSE.has(token) || (token === 'a' && FETCHING.test(c.tokens[k + 1] ?? ''))) return true;
    // Or somewhere, or without what it takes: "il tecnico deve passare anche dal vicino", "deixou um rapaz passar sem
    // bilhete" (not "me passa no setor").
    if ((IN_PLACE.has(token) || (k === j + 1 && c.word(k) & NEGATION)) && !ME.has(c.tokens[j - 1] ?? '') && !ME.has(c.tokens[j - 2] ?? '')) return true;
  }
  return false;
}
/** An infinitive, with its object joined on: "prendere", "prenderle", "pegar". */
const FETCHING = /(?:r|re|rl[aeio])$/;

/** Words of escalating that are other verbs too, so need to say where to: French "remonter" (beds are "remontés"). */
const ESCALATE_TO = packSet('escalateTo');
/** The particles that make "holen" another verb, last in the clause: "abholen", "nachholen", "zurückholen". */
const WANT_PARTICLES = packSet('wantParticles');
/** A flight's stopover, the word before and the noun: "faz escala", "d'escale", "sin escala". */
const STOPOVER = packSet('stopover');
const STOPOVER_FIRST = packFirstWords('stopover');
/** What grows when it escalates, its subject just before: "Prices escalate so fast", "Die Preise eskalieren", "Prezzi in escalation". */
const RISING = packSet('rising');

/**
 * Whether the escalating at i goes to someone, or is made to happen with nowhere said: "remontez mon dossier à un
 * responsable", "que ça remonte à la direction", "merci de faire remonter ma demande" (not "vous remontez les lits à
 * l'étage ?", "faites remonter les cartons au troisième étage").
 */
function escalatedTo(c: Clause, i: number, departments: Uint8Array): boolean {
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 6); k++) {
    if (TO.has(c.tokens[k]!)) return !!(personAfter(c, k + 1, 0, 3) || departmentAfter(c, k + 1, departments));
  }
  return FAIRE.has(c.tokens[i - 1] ?? '');
}

/**
 * Whether a team's talk from j to `end` is with someone else, named after it: "can the branch call the courier?",
 * "l'agence peut contacter mon assureur ?", "a filial pode ligar para a transportadora?" (not "call me", "get in touch
 * with me", "reach out to me", "speak with a manager", "call back today").
 */
function othersContacted(c: Clause, j: number, end: number, departments: Uint8Array): boolean {
  // ("Reach out to me", "get back to me".)
  if (toCustomer(c, j, Math.min(c.tokens.length, end + 3))) return false;
  if (withYou(c, end)) return true;
  let k = end;
  while (TO.has(c.tokens[k] ?? '') || ARTICLES.has(c.tokens[k] ?? '')) k++;
  const token = c.tokens[k];
  // Nothing named, or the customer, a person or a team: someone else only if it is the customer's own ("mon assureur").
  if (token === undefined || k === end || ME.has(token) || c.word(k) & (PERSON | INDEFINITE) || isDepartment(c, k, departments)) return mine(token);
  return true;
}

/** The company addressed as whom someone talks with: "you", "ustedes", "vous", "voi", "vocês", "Ihnen". */
const YOU_ADDRESSED = new Set([...YOU_ALL, 'you', 'u', 'ihnen', 'euch', 'vos', 'voce', 'vc']);

/**
 * Whether the talk that ends at `end` is with the company addressed, someone else's talk with it rather than with the
 * customer: "Can the mechanic talk to you directly?", "¿El taller puede hablar directamente con ustedes?", "A oficina
 * pode ligar-vos?", "Il carrozziere può contattarvi?" (the "you" typo correction keeps, see youToMe).
 */
function withYou(c: Clause, end: number): boolean {
  if (YOU_ENDINGS.has(c.tokens[end - 1]!.slice(-3))) return true;
  let k = end;
  while (TO.has(c.tokens[k] ?? '') || WITH.has(c.tokens[k] ?? '') || DIRECTLY.has(c.tokens[k] ?? '')) k++;
  return YOU_ADDRESSED.has(c.tokens[k] ?? '');
}

/** "Est-ce que" before the subject of a question. */
const opensQuestion = (c: Clause, i: number) => i === 3 && c.tokens[0] === 'est' && c.tokens[1] === 'ce' && (c.tokens[2] === 'que' || c.tokens[2] === 'qu');

/** "Else" and "other": "someone else", "quelqu'un d'autre", "otra persona", "jemand anderes", "qualcun altro". */
const OTHER = packSet('other');

/**
 * Someone, then the customer or "please" at most (past "be able to"), then a verb of looking into it: "someone check my order",
 * "alguien (me) puede revisar", "qualcuno verificare". Where that verb ends, or 0; never for "someone else".
 */
function someoneAttending(c: Clause, person: PersonAt): number {
  for (let j = person.start; j <= person.end; j++) if (OTHER.has(c.tokens[j] ?? '')) return 0;
  // (Past "be able to": "Would someone be able to look at this order?"; past a moment taken for it: "quelqu'un
  // pourrait prendre un moment pour voir ça avec moi ?".)
  const from = momentFor(c, phraseEnd(c.tokens, person.end, ABLE_TO, ABLE_TO_FIRST, 5) || person.end);
  for (let j = from; j < Math.min(c.tokens.length, from + 3); j++) {
    const end = c.phrase(j, ATTEND);
    if (end) return negated(c, j) ? 0 : end;
    if (!ME.has(c.tokens[j]!) && !(c.word(j) & PLEASE)) return 0;
  }
  return 0;
}

/** "Be able to", "être en mesure de", "essere in grado di": between someone and what they would do. */
const ABLE_TO = packSet('ableTo');
const ABLE_TO_FIRST = packFirstWords('ableTo');

/** "Have" as what a thing has. */
const HAS = new Set(['have', 'has', 'tem']);

/**
 * A thing named as what has it, or one of the staff as what needs it, not the customer wanting it: "Does the room have
 * a proper desk?", "O quarto tem secretária?", "Does the engineer need a person over 18 at home for the visit?".
 */
function othersHave(c: Clause, i: number): boolean {
  const before = c.tokens[i - 2] ?? '';
  // (Or the place opening the clause, named on: "A farmácia de Faro tem farmacêutico no serviço noturno?".)
  if (HAS.has(c.tokens[i]!)) return (DEFINITE.has(before) && c.unlisted(i - 1)) || (i <= 5 && DEFINITE.has(c.tokens[0]!) && c.unlisted(1) && OF.has(c.tokens[2] ?? ''));
  // ("Does your technician need someone at home?", "Your agent wants to speak to my wife".)
  return (DEFINITE.has(before) || yourWord(before)) && (c.word(i - 1) & (PERSON | INDEFINITE)) === PERSON;
}

/**
 * Whether a verb of talking that covers i is a transfer done, in the passive: "Fue transferido a un agente ayer", "Sono
 * stato messo in contatto con il personale ieri" (not "Vorrei essere messo in contatto con…").
 */
function talkedInPassive(c: Clause, i: number): boolean {
  return firstWhere(Math.max(1, i - 4), i + 1, (s) => PAST_AUXILIARY.has(c.tokens[s - 1]!) && c.phrase(s, TALK) > i) !== undefined;
}

/** A little time: "a minute", "Zeit", "deux minutes", "un rato", "un attimo", "um tempinho". */
const TIME = packSet('time');

/** Having a moment, asked or wished: "would … have", "hätte", "aurait", "tendría", "avrebbe", "teria". */
const SPARE = packSet('spare');

/**
 * Where a moment of the person's, had to spare, then the customer, ends: "Hätte vielleicht einer Ihrer Kollegen kurz
 * Zeit für mich?", "une personne de chez vous aurait deux minutes à me consacrer ?", "¿Algún compañero tuyo tendría un
 * rato para mirarlo conmigo?" (not a moment taken or had: "L'agent a pris le temps de m'expliquer", "Mi asesor siempre
 * tiene un rato para mí", "el agente no tuvo tiempo").
 */
function timeFor(c: Clause, person: PersonAt): number {
  const n = c.tokens.length;
  // (Past where they are: "Quelqu'un à l'accueil aurait-il un moment pour m'en parler ?".)
  const time = firstWhere(person.end, Math.min(n, person.end + 8), (k) => TIME.has(c.tokens[k]!));
  const spare = time === undefined ? undefined : firstWhere(0, time, (k) => SPARE.has(c.tokens[k]!));
  if (time === undefined || negated(c, time) || reportedBy(c, person.end) || spare === undefined || hadThen(c, spare)) return 0;
  // (Past what the time is for: "Zeit für ein kurzes Gespräch mit mir".)
  // (Or "me" on the verb: "per parlarmi", "per sentirmi al telefono".)
  const me = firstWhere(time + 1, Math.min(n, time + 7), (k) => ROMANCE_ME.has(c.tokens[k]!) || toCustomer(c, k, k + 1));
  return me === undefined ? 0 : me + 1;
}

/**
 * Where what a moment is taken for starts, the moment within three words from k, then its "for": "prendre un moment pour
 * | voir ça", "take a moment to | go through it", "tomarse un momento para | hablar"; k itself when none.
 */
function momentFor(c: Clause, k: number): number {
  const time = firstWhere(k, Math.min(c.tokens.length, k + 3), (j) => TIME.has(c.tokens[j]!));
  return time !== undefined && PURPOSE.has(c.tokens[time + 1] ?? '') ? time + 2 : k;
}

/** Indefinite articles and "any": "a live agent", "algún agente", "ein Mitarbeiter". */
const ONE = packSet('one');

/** First-person objects: "call me", "m'appeler", "richiamarmi". */
const ME = packSet('me');

/** Whether the words in [from, to) address the customer: a first-person object, or one attached to the verb. */
function toCustomer(c: Clause, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const token = c.tokens[j]!;
    if (ME.has(token) || (token.length > 5 && (token.endsWith('rmi') || token.endsWith('rme')))) return true;
  }
  return false;
}

const NO_PHRASES: ReadonlyArray<Pick<Entry, 'restIds'>> = [];

/** Whether a clause after `index` takes the request back ("…but I think you can help me", "never mind"). */
function retracted(lexicon: CompiledLexicon, read: readonly ReadClause[], index: number): boolean {
  const offer = read[index]!.tokens.some((t) => OFFERING.has(t));
  for (let k = index + 1; k < read.length; k++) if (holds(lexicon.retractions, read[k]!.ids) || (offer && noThanks(read, k))) return true;
  return false;
}

/**
 * "No" alone, then "thanks" opening the next clause, after an offer: "Me ofreces hablar con un agente: no, gracias, ya
 * está." (Not after the customer's own ask: "Can I talk to a human? No? Thanks for nothing.")
 */
function noThanks(read: readonly ReadClause[], k: number): boolean {
  const r = read[k]!;
  return r.tokens.length === 1 && (flagsOf(r, 0) & NEGATION) !== 0 && THANKS.has(read[k + 1]?.tokens[0] ?? '');
}

/**
 * Whether a request in this clause is for some time to come, not now: a condition or a maybe and a
 * future in it or the clause before ("if the reset doesn't fix it, | will I be able to talk to a
 * technician?", "Si mañana sigue igual, | pediré hablar con un encargado"). "If you can't help, | I
 * want a human" has no future, and stays a request.
 */
function later(lexicon: CompiledLexicon, read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): boolean {
  // (A maybe right after a moment asked for, verb first, only softens it: "Hätte vielleicht jemand aus dem Büro
  // irgendwann Zeit für mich?".)
  const softened = (k: number) => (k === index && SPARE.has(read[k]!.tokens[0] ?? '') ? 1 : -1);
  const conditioned = (k: number) => conditionIn(lexicon, read[k]!, parsed[k]?.language, softened(k));
  return (conditioned(index) || (index > 0 && conditioned(index - 1))) && (holds(lexicon.futures, read[index]!.ids) || (index > 0 && holds(lexicon.futures, read[index - 1]!.ids)));
}

/** A plan of the customer's own: "I'll", "I'm going to", "je vais", "voy a", "vou", "ich werde", "ich spreche". */
const PLAN = packSet('plan');
const PLAN_FIRST = packFirstWords('plan');
/** An occasion to come at which the customer will be there: "at the tasting", "beim Abholen", "na degustação", "en persona". */
const OCCASION = packSet('occasion');
const OCCASION_FIRST = packFirstWords('occasion');

/**
 * Whether the customer tells of a talk of their own to come, a plan opening the clause and a time or an occasion to come
 * in it: "Vou conversar com a professora de dança na saída amanhã", "I'm going to talk to the manager tomorrow", "Ich
 * sprech das mit dem Trainer beim Abholen selber an", "I'll talk to the chef at the tasting". (The time may open the
 * clause, the plan after it: "Na degustação de sexta eu mesma falo com o chef".) Not a wish or someone else between
 * ("I'll need someone to call me tomorrow"); nor without the time, where "ok, I'll talk to an agent" may take up an offer.
 */
function ownPlan(lexicon: CompiledLexicon, c: Clause): boolean {
  const n = c.tokens.length;
  const timeAt = (k: number) => startsPhrase(lexicon.futures, c.ids, k) || phraseOpens(c.tokens, k, OCCASION, OCCASION_FIRST, 5);
  const start = firstWhere(0, Math.min(n, timeAt(0) ? 7 : 3), (k) => phraseOpens(c.tokens, k, PLAN, PLAN_FIRST, 4));
  if (start === undefined) return false;
  const end = phraseEnd(c.tokens, start, PLAN, PLAN_FIRST, 4);
  // (The plan may hold the talk: "ich spreche", "hablo yo".)
  const talk = firstWhere(start, n, (k) => talkAt(c, k) > 0 || c.phrase(k, PUT_ME_THROUGH) > 0);
  // (The customer the one to talk: not "Vou precisar que alguém me ligue amanhã cedo"; German puts who is talked with
  // before its verb: "Ich werde das mit dem Friseur vor Ort besprechen".)
  const other = (k: number) => c.word(k) & WANT || (c.phrase(k, PERSON | INDEFINITE) && firstWhere(start + 1, k, (j) => WITH.has(c.tokens[j]!)) === undefined);
  if (talk === undefined || firstWhere(start + 1, talk, other) !== undefined) return false;
  return firstWhere(0, n, (k) => (k < start || k >= end) && timeAt(k)) !== undefined;
}

/** Someone else's talk to come: "is going to", "will", "wird", "va", "vai", "va a", "sta per". */
const THEY_WILL = packSet('theyWill');
const THEY_WILL_FIRST = packFirstWords('theyWill');

/**
 * Whether one of the customer's people, opening the clause, is to talk to the staff: a plan told, not a request ("My
 * friend is going to talk to the manager at the door, is that ok?", "Mi novio va a hablar con el de seguridad en la
 * puerta", "Mon mari va appeler l'accueil demain", "Mio marito va a parlare con il responsabile"). Not a wish or a need
 * between ("My husband will need someone to call him"); their wish alone is the household asking ("My husband wants to
 * speak to a manager").
 */
function theirPlan(c: Clause): boolean {
  const n = c.tokens.length;
  // (Not Italian "mi", "me": "Mi va a chiamare un responsabile?" asks.)
  const my = firstWhere(0, Math.min(n, 3), (k) => myAt(c, k) || KIN.has(c.tokens[k]!));
  if (my === undefined) return false;
  // (Or in the present, the talk right after who, in the third person: "Mein Mann spricht morgen mit dem Filialleiter",
  // "Mein Kumpel redet am Einlass mit dem Ordner", "Mi marido habla mañana con el director", "Mio marito parla domani
  // con il direttore", "O meu marido fala amanhã com o gerente", "Mon mari parle demain au directeur".)
  if (firstWhere(my + 1, Math.min(n, my + 3), (k) => thirdPersonPresent(c, k) && talkAt(c, k) > 0) !== undefined) return true;
  for (let will = my + 1; will < Math.min(n, my + 4); will++) {
    const end = phraseEnd(c.tokens, will, THEY_WILL, THEY_WILL_FIRST, 3);
    // (German "will" is a wish: "Mein Mann will mit dem Filialleiter sprechen".)
    if (end === 0 || (c.language === 'de' && c.tokens[will] === 'will')) continue;
    // Their talk right after, or past one word: "is going to call", "will probably call"; not "My contract will end soon,
    // connect me with sales". German puts it last: "Mein Mann wird morgen mit dem Filialleiter sprechen".
    if (c.language === 'de') return talkAt(c, n - 1) > 0;
    return firstWhere(end, Math.min(n, end + 2), (k) => talkAt(c, k) > 0 && (k === end || (!(c.word(k - 1) & WANT) && !BE.has(c.tokens[k - 1]!)))) !== undefined;
  }
  return false;
}

/**
 * Whether the verb at k has the ending of the third person's present: German "-t" ("spricht", "redet"), Spanish, Italian
 * and Portuguese "-a" ("habla", "parla", "fala"), French "-e" ("parle", "appelle"); not an infinitive ("parlare").
 */
function thirdPersonPresent(c: Clause, k: number): boolean {
  const verb = c.tokens[k]!;
  if (c.language === 'de') return verb.endsWith('t');
  if (c.language === 'fr') return verb.endsWith('e');
  return c.language !== 'en' && verb.endsWith('a');
}

/** "Who has", "qui a", "che ha", "que tenha", "que haya": someone asked about as the one who did something. */
const DEED = packSet('deed');
const DEED_FIRST = packFirstWords('deed');
/** A past participle's ending, after "who has": "found", "seen", "trovato", "visto", "encontrado" (French below). */
const DONE_PARTICIPLE = /(?:ed|en|wn|nd|st|ft|ght|one|[aiu]t[oaie]s?|tt[oaie]|[ai]d[oa]s?|[ie]sto|cho)$/;
const FRENCH_PARTICIPLE = /(?:[^aeiou]e|u|is|it)$/;

/**
 * Whether who is asked about, ending at `from` (or a word after it), is the one who did something: "C'è qualcuno che ha
 * trovato un ombrello?", "Is there anyone who has found a wallet?", "¿Hay alguien que haya visto mi bufanda?", "Y a-t-il
 * quelqu'un qui a trouvé des clés ?". No one is asked for: not "… che ha tempo per me?", "… who has a minute?".
 */
function deedAsked(c: Clause, from: number): boolean {
  const n = c.tokens.length;
  for (let k = from; k < Math.min(n, from + 2); k++) {
    const end = phraseEnd(c.tokens, k, DEED, DEED_FIRST, 2);
    const next = c.tokens[end];
    if (end && next !== undefined && !DEFINITE.has(next) && !ONE.has(next) && (c.language === 'fr' ? FRENCH_PARTICIPLE : DONE_PARTICIPLE).test(next)) return true;
  }
  return false;
}

/** "And get back to you", "und melde mich", "et je reviens vers vous", "e vi faccio sapere", "e te aviso", "y les digo". */
const GET_BACK = packSet('getBack');
const GET_BACK_FIRST = packFirstWords('getBack');

/**
 * Whether the customer will talk to someone and come back to the chat: "I'll speak to our planner and get back to you",
 * "Ich spreche mit meinem Berater und melde mich". Whoever they talk with, they ask for no one here.
 */
function backAfterTalk(c: Clause): boolean {
  const n = c.tokens.length;
  const talk = firstWhere(0, n, (k) => talkAt(c, k) > 0);
  return talk !== undefined && firstWhere(talk + 1, n, (k) => phraseOpens(c.tokens, k, GET_BACK, GET_BACK_FIRST, 6)) !== undefined;
}

/** Whether a clause holds a condition (but at `skip`); Portuguese "caso" after "o meu" is the case, not "in case": "passem o meu caso a um colaborador". */
function conditionIn(lexicon: CompiledLexicon, r: ReadClause, language?: Language, skip = -1): boolean {
  for (let i = 0; i < r.ids.length; i++) {
    if (i === skip) continue;
    // (Spanish "se" is no "if": "El cajero se ha tragado mi tarjeta".)
    if (r.tokens[i] === 'se' && language === 'es') continue;
    if (startsPhrase(lexicon.conditions, r.ids, i) && !(r.tokens[i] === 'caso' && CASE_WORDS.has(r.tokens[i - 1] ?? ''))) return true;
  }
  return false;
}

/**
 * Whether the clause is a German infinitive with "zu" ("…, mit einem Menschen zu sprechen") hanging
 * on a clause that only imagines it ("Euer Bot sollte früher anbieten, | mit einem Menschen zu
 * sprechen"): the comma German puts there does not make the infinitive a request of its own.
 */
function infinitiveOfHypothetical(lexicon: CompiledLexicon, read: readonly ReadClause[], index: number): boolean {
  const { tokens } = read[index]!;
  return index > 0 && tokens.length >= 2 && tokens[tokens.length - 2] === 'zu' && holds(lexicon.hypotheticals, read[index - 1]!.ids);
}

/** Text in quotation marks: double ones and guillemets, or single ones that are not apostrophes (no letter outside). */
const QUOTED = /["“”„«»‹›]([^"“”„«»‹›\n]+)["“”„«»‹›]|(?<![\p{L}\p{N}])['‘’]([^\n]+?)['‘’](?![\p{L}\p{N}])/gu;

/** Shops and the people who serve in them (not a bank's branch, where a customer may ask to see an advisor). */
const STORE = packSet('store');
/** "In" or "at" before a shop: "in", "en", "im", "nel", "na", "dans", "at". */
const IN_STORE = packSet('inStore');

/**
 * Whether the clause asks about people serving in a shop ("is there staff at the pickup counter?", "In
 * negozio c'è un addetto?", "En magasin, | les vendeuses peuvent conseiller ?"): a question about the
 * shop, not a request to be put through. The shop may stand alone in the clause before; a shop further
 * back is only where the customer is ("Estou na vossa loja… | Podem mandar alguém?").
 */
function inStore(read: readonly ReadClause[], index: number): boolean {
  return storeIn(read[index]!.tokens) || (index > 0 && read[index - 1]!.tokens.length <= 3 && storeIn(read[index - 1]!.tokens));
}

function storeIn(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (STORE.has(tokens[i]!) && (IN_STORE.has(tokens[i - 1]!) || (i > 1 && IN_STORE.has(tokens[i - 2]!)) || (i > 2 && IN_STORE.has(tokens[i - 3]!)))) return true;
  }
  return false;
}

/** Verbs that hand a case on: "forward", "transmettez", "encaminhem", "inoltrate", "leiten weiter". */
const FORWARD = packSet('forward');
/** Complaints, which an office takes: "ufficio reclami". */
const COMPLAINTS = packSet('complaints');
/** The customer as who hands on: "tengo que", "debo", "voy a", "puedo", "hay que", "preciso", "devo", "dois-je", "vou". */
const SELF_FORWARD = packSet('selfForward');
/** French "make" before "suivre" and "remonter": "faire", "faites", "fassiez". */
const FAIRE = packSet('faire');
/** German "give" of handing on, which needs its "weiter": "geben", "gebt", "gib". */
const GIVE = packSet('give');
/**
 * Verbs of a case arriving, after what arrives: "que esto llegue al responsable", "il mio caso venga portato al direttore",
 * "que a reclamação seja levada a um superior".
 */
const ARRIVE = packSet('arrive');
/** The subjunctive auxiliaries of a wished passive: "venga", "sia", "seja", "fosse"… */
const WISHED_AUXILIARY = packSet('wishedAuxiliary');
/** "needs to go", "has to go", "must go", "should go". */
const NEED_TO = new Set(['needs', 'need', 'has', 'have']);
const MUST_GO = new Set(['must', 'should']);
/** Words that ask or guess how a case goes rather than say that it must: "does", "why", "if", "will", "reckon"… */
const HOW_IT_GOES = new Set(['does', 'do', 'did', 'will', 'would', 'why', 'how', 'if', 'whether', 'when', 'reckon', 'hopefully', 'idea', 'guess', 'maybe', 'probably']);

function mustGo(c: Clause, i: number): boolean {
  if (!(c.tokens[i - 1] === 'to' && NEED_TO.has(c.tokens[i - 2]!)) && !MUST_GO.has(c.tokens[i - 1]!)) return false;
  for (const token of c.tokens) if (HOW_IT_GOES.has(token)) return false;
  return true;
}
/** What makes an arriving verb a past: "foi levada", "fue llevado", "è stato portato". */
const PAST_AUXILIARY = packSet('pastAuxiliary');
/** Words that name the case or a thing alike: "this", "isso", "cela", "pedido" (an order, or a request). */
const CASE_THING = packSet('caseThing');
/** The case handed on, never goods ("send it to the branch", "das Paket geht an die Filiale"). */
const CASE = packSet('case', CASE_THING);
/** Words around the case: "my", "the", "mon", "la", "mein"… */
const CASE_WORDS = packSet('caseWords');
/** Offices, shops, counters, branches and workrooms are teams to talk to, but where goods are taken, not cases. */
const GOODS_PLACES = packSet('places', COUNTERS_AND_WORKROOMS, WORKSHOPS_AND_BRANCHES);

/**
 * The customer's case handed on to a team or a manager: "Transmettez mon dossier au service sinistres",
 * "Encaminhem isto para o departamento de sinistros", "inoltrate la cosa a un supervisore", "que esto llegue al
 * responsable". Returns where the team or person ends, or 0. (German puts the verb last: "dass mein Fall an die
 * Leitung geht" is not read.)
 */
function forwardedTo(c: Clause, i: number, departments: Uint8Array): number {
  const token = c.tokens[i]!;
  const arrives = ARRIVE.has(token);
  if (!FORWARD.has(token) && !arrives) return 0;
  // French hands on with "faire suivre", German gives on with "weiter" at the end ("geben Sie meine Anfrage an … weiter").
  if (token === 'suivre' ? !FAIRE.has(c.tokens[i - 1]!) : GIVE.has(token) && !c.tokens.includes('weiter', i + 2)) return 0;
  // The customer's own handing on, done or to do: "tengo que mandar mi reclamo al…?", "je vais passer ma demande au…".
  for (let k = Math.max(0, i - 3); k < i; k++) if (I_SUBJECT.has(c.tokens[k]!) || SELF_FORWARD.has(c.tokens[k]!)) return 0;
  // The case: before a verb of arriving, after a verb of handing on (in three words at most, or in the verb: "giratela");
  // "faire suivre" names none ("Merci de faire suivre au service abonnements").
  let named = token.endsWith('la') || token.endsWith('lo') || token === 'suivre';
  // (A paper, no thing: "la pratica", "mi consulta", "a minha questão", not "isso" or "o pedido".)
  let paper = false;
  // (Not one that arrived: "Minha reclamação foi levada a um superior e já me responderam".)
  if (arrives && PAST_AUXILIARY.has(c.tokens[i - 1]!)) return 0;
  // "Go" only as a need, said, not asked or guessed: "this needs to go to a manager" (not "does this need to go to a
  // manager for approval?", "so this will go to a manager now?", "if this has to go to a manager, fine").
  if (token === 'go' && !mustGo(c, i)) return 0;
  // A participle only as wished: "que a reclamação seja levada", "che il reclamo venga inoltrato" (not "il reclamo viene
  // inoltrato entro 48 ore?", "risulta inoltrato").
  if (arrives && PARTICIPLE.test(token) && !WISHED_AUXILIARY.has(c.tokens[i - 1]!)) return 0;
  const isPaper = (token: string) => CASE.has(token) && !CASE_THING.has(token);
  if (arrives) for (let k = Math.max(0, i - 3); k < i && !named; k++) [named, paper] = [CASE.has(c.tokens[k]!), isPaper(c.tokens[k]!)];
  for (let j = i + 1; j < Math.min(c.tokens.length, i + 6); j++) {
    const word = c.tokens[j]!;
    if (!arrives && CASE.has(word)) [named, paper] = [true, paper || isPaper(word)];
    // (Portuguese "a" is "the" too: "encaminhem a minha reclamação para um superior".)
    const article = !named && TO.has(word) && CASE_WORDS.has(word) && (CASE.has(c.tokens[j + 1] ?? '') || CASE_WORDS.has(c.tokens[j + 1] ?? ''));
    if ((CASE.has(word) || CASE_WORDS.has(word)) && (!TO.has(word) || article)) continue;
    // "Geben Sie meine Anfrage bitte an…", "passe o meu caso, por favor, ao…".
    if (c.word(j) & PLEASE || word === 'sie') continue;
    // ("In front of" for "to": "get this in front of an actual person".)
    const to = word === 'in' && c.tokens[j + 1] === 'front' && c.tokens[j + 2] === 'of' ? j + 3 : j + 1;
    if (!named || (to === j + 1 && !TO.has(word) && !AFFILIATION.has(word) && word !== 'pro' && word !== 'para')) return 0;
    // (Not the customer's own: "this needs to go to our finance team".)
    if (mine(c.tokens[to])) return 0;
    const decider = deciderAfter(c, to);
    if (decider) return decider;
    const person = personAfter(c, to, 0, 3);
    // A manager, or any of the staff: "passem o meu caso a um colaborador", "forward this to an agent"; or someone
    // described: "girare la mia richiesta a qualcuno che ha accesso alla fatturazione", "to someone on your end who…".
    if (person && !person.indefinite) return person.end;
    const yours = person ? yoursEnd(c, person) : 0;
    if (person && (yours || RELATIVE.has(c.tokens[person.end] ?? ''))) return Math.max(person.end, yours);
    const team = departmentAfter(c, to, departments);
    // The customer's own team: "al departamento legal de mi empresa", "au service juridique de ma boîte".
    for (let k = team; team && k < Math.min(c.tokens.length, team + 4); k++) if (MY.has(c.tokens[k]!)) return 0;
    if (!team || !GOODS_PLACES.has(c.tokens[team - 1]!)) return team;
    // An office of a trade, or one that takes complaints, not goods: "all'ufficio tecnico", "all'ufficio reclami", "au
    // bureau des réclamations".
    if (teamKind(c, team)) return team + 1;
    // Or a paper handed to an office named after it, or in English before it: "girare la pratica all'ufficio borse di
    // studio", "deriven mi consulta a la oficina de becas", "pass my query on to the scholarships office" (not "levem o
    // pedido à loja do Chiado").
    const name = paper ? teamNameEnd(c, team) : team;
    if (name > team || (paper && c.language === 'en' && c.word(team - 2) === 0)) return name;
    const complaints = COMPLAINTS.has(c.tokens[team]!) ? team + 1 : c.word(team) & FILLER && COMPLAINTS.has(c.tokens[team + 1]!) ? team + 2 : 0;
    return complaints;
  }
  return 0;
}

/** A team's phone number or address, asked for: the customer will do the reaching. */
const CONTACT_DETAILS = packSet('contactDetails');

/** A name, an e-mail or an address, besides the numbers of CONTACT_DETAILS. */
const DETAILS = packSet('details', CONTACT_DETAILS);

/**
 * Who someone is, asked, then only their name or address: "Who's in charge of the block? | I just need his email
 * address", "Chi è il responsabile del condominio? | Mi basta sapere il nome" (not "… | I want to talk to them").
 */
function detailsAfterWho(c: Clause, next: ReadClause | undefined): boolean {
  return !!next && WHO.has(c.tokens[0]!) && next.tokens.some((t) => DETAILS.has(t)) && !next.tokens.some((_, k) => flagsOf(next, k) & (TALK | PUT_ME_THROUGH));
}

/**
 * The team named next to its phone number, asked whether there is one: "Is there a customer support phone number in
 * Australia or only the chat?", "Vous avez un numéro de service client au Québec ?".
 */
function teamsContact(c: Clause, departments: Uint8Array): boolean {
  for (let j = 0; j < c.tokens.length; j++) {
    if (!CONTACT_DETAILS.has(c.tokens[j]!)) continue;
    for (let k = Math.max(0, j - 3); k < Math.min(c.tokens.length, j + 4); k++) if (k !== j && isDepartment(c, k, departments)) return true;
  }
  return false;
}

/** Who brings the order. */
const DELIVERY = packSet('delivery');

/**
 * The one who brings the order, asked to call on the way: "Can the driver call me when he's outside?", "Le livreur
 * peut m'appeler quand il est en bas ?", "Il corriere può chiamarmi quando è sotto casa?". Nobody of the company's
 * support is asked for, unless someone else is named too ("the driver never came, put me through to a person").
 */
function deliveryCall(c: Clause, next: readonly string[] | undefined): boolean {
  const at = deliveryOnArrival(c.tokens, next);
  if (at < 0) return false;
  for (let j = 0; j < c.tokens.length; j++) if (j !== at && personAt(c, j)) return false;
  return true;
}

/** When they arrive: "when he's outside", "cuando esté abajo", "quand il est en bas", "wenn er unten ist", "al llegar". */
const ON_ARRIVAL = packSet('onArrival');

/**
 * Where who brings the order is named, with "when they arrive" after it (in the clause, or opening the next one), or -1:
 * their call on the way (see deliveryCall).
 */
function deliveryOnArrival(tokens: readonly string[], next: readonly string[] | undefined): number {
  const at = tokens.findIndex((token) => DELIVERY.has(token));
  if (at < 0) return -1;
  for (let j = at + 2; j < tokens.length; j++) if (ON_ARRIVAL.has(tokens[j]!)) return at;
  return ON_ARRIVAL.has(next?.[0] ?? '') ? at : -1;
}
/** A call asked for by its verb's shape, in a clause that names who brings the order on the way. */
const delivers = (tokens: readonly string[], next: readonly string[] | undefined) => deliveryOnArrival(tokens, next) >= 0;

/** Wishes in the third person: "wants", "veut", "quiere", "quer", "vuole" (not German "will", the English future too). */
const THEIR_WISH = packSet('theirWish');

/**
 * Someone of the customer's wants the talk, opening the clause: "My insurer wants to speak to your claims people",
 * "A minha seguradora quer falar com o vosso departamento": they are put in touch, not the customer handed to a person.
 */
function anothersWish(c: Clause, departments: Uint8Array): boolean {
  const wish = householdWish(c.tokens, THEIR_WISH);
  if (wish < 0) return false;
  // Only their opposite number, a team ("your claims people", "votre service sinistres"): "My husband wants to speak
  // to a manager" is the household asking; and not when the customer then asks too ("… e eu também quero falar").
  let team = false;
  for (let j = wish + 1; j < c.tokens.length; j++) {
    if (c.word(j) & SUBJECT) return false;
    if (isDepartment(c, j, departments)) team = true;
    // (A person named first, the team only where they work: "Mi mujer quiere hablar con el director de la sucursal"; not
    // someone: "Mi hermana quiere hablar con alguien de facturación".)
    else if (!team && personAt(c, j)?.indefinite === false) return false;
  }
  return team;
}

/** Spanish past talk of someone else, which folding reads as the customer's present: "habló", "llamó", "contactó". */
const PAST_AS_PRESENT = packSet('pastAsPresent');

/**
 * Someone who talked, opening the clause: "Mi cuñada habló con la agencia y le dijeron que…", "El repartidor habló con el
 * portero", "Mi gestor me contactó ayer". Folded, "habló" is "hablo" ("I talk"), which no one says after "mi cuñada" or
 * "el repartidor", and "contactó" is "contacto", which no one says after "me".
 */
function theirPastCall(c: Clause): boolean {
  // (Past "already" or "me": "Mi hermano ya habló con el encargado", "Un asesor me contactó".)
  let verb = 2;
  while (c.tokens[verb] === 'ya' || (c.tokens[verb] === 'me' && verb === 2)) verb++;
  const someone = MY.has(c.tokens[0]!) || ONE.has(c.tokens[0]!) ? c.word(1) === 0 || (verb > 2 && !!personAt(c, 1)) : DEFINITE.has(c.tokens[0]!) && !(c.word(1) & (TALK | WANT | MODAL | NEGATION));
  return someone && PAST_AS_PRESENT.has(c.tokens[verb] ?? '');
}

/** Habit: "always", "usually", "siempre", "toujours", "sempre", "immer". */
const ALWAYS = packSet('always');
/** Asking in the third person: "asks", "pide", "demande", "chiede", "pede", "verlangt". */
const THEY_ASK = packSet('theyAsk', THEIR_WISH);

/**
 * Someone else's habit of asking: "Mi cuñado dice que él siempre pide hablar con una persona", "he always asks to talk to
 * a person and it goes faster". A tip passed on, not the customer asking.
 */
function othersHabit(c: Clause): boolean {
  for (let k = 0; k < c.tokens.length; k++) {
    if (!ALWAYS.has(c.tokens[k]!)) continue;
    for (let j = Math.max(0, k - 2); j <= k + 2 && j < c.tokens.length; j++) if (THEY_ASK.has(c.tokens[j]!)) return true;
  }
  return false;
}

/** How someone gets in touch: a chat, a number, an email, an account, an address. */
const WAY_IN = packSet('wayIn');
/** Who else, as a subject: "he", "ella", "lui", "ele", "er"; "lhe" for "to him". (Not "el", "il", "le": articles too; not "sie": "Sie" too.) */
const THIRD_PERSON = packSet('thirdPerson');
/** Their wish, besides THEIR_WISH's: "möchte", "will", "needs", "necesita", "voudrait". */
const THEY_WANT = packSet('theyWant');

/**
 * Someone of the customer's who wants to talk, then how they are to get in touch: "Mi mamá quiere hablar con alguien
 * de la clínica, ¿le paso su número o escribe ella desde su cuenta?", "Meu marido quer falar com alguém sobre o plano,
 * ele tem que abrir um chat próprio?". The customer asks how to put them through ("My husband wants to speak to a
 * manager" alone is the household asking, and stays a request).
 */
function theirWayIn(question: boolean, read: readonly ReadClause[], index: number): boolean {
  if (!question) return false;
  if (householdWish(read[index]!.tokens, THEIR_WISH, THEY_WANT) < 0) return false;
  // No call asked of the company after it ("please call him on his number", "llámenla a su número" ask; "welche Nummer
  // soll er anrufen?" does not).
  for (let next = index + 1; next < read.length; next++) {
    const after = read[next]!.tokens;
    if (after.some((t, k) => (CALL_NOUNS.has(t) || callStem(t) !== undefined) && !(k > 0 && THIRD_PERSON.has(after[k - 1]!)))) return false;
  }
  // A question how they get in: about a way in, with them in it.
  for (let next = index + 1; next <= index + 2 && next < read.length; next++) {
    const after = read[next]!.tokens;
    if (after.some((t) => WAY_IN.has(t)) && after.some((t) => THIRD_PERSON.has(t))) return true;
  }
  return false;
}

/**
 * Where someone of the customer's, opening the clause, wants something: "my husband wants…", "mi mamá quiere…", "mio
 * marito vorrebbe…" (the wish two or three words after "my"), or -1.
 */
function householdWish(tokens: readonly string[], wishes: ReadonlySet<string>, more?: ReadonlySet<string>): number {
  const my = tokens.findIndex((t) => MY.has(t));
  if (my < 0 || my > 2) return -1;
  for (let k = my + 2; k <= my + 3 && k < tokens.length; k++) if (wishes.has(tokens[k]!) || more?.has(tokens[k]!)) return k;
  return -1;
}

/** What an outsider wants, needs or may do, around them: "my dentist wants…", "can my dentist…", "darf meine Hausärztin…". */
const OUTSIDERS_DO = packSet('outsidersDo', THEIR_WISH);
/** "my" in the genitive, as in "der Trainer meines Sohnes". */
const MY_GENITIVE = packSet('myGenitive', MY);

/**
 * Whether the clause's subject is someone the customer deals with outside the company and outside the household
 * (the packs' `outsider` lists: their dentist, their son's coach, their landlord), and the customer does not ask as
 * well. When one of them is to do the talking ("My son's coach wants to speak to someone about group tickets", "Can my
 * dentist talk to your orthodontist?", "Darf meine Hausärztin mit Ihrem Akustiker telefonieren?"), the customer asks
 * how to put them in touch, not for a person of their own. (The household asks for itself: "My husband wants to speak
 * to a manager" is a request.)
 */
function outsidersTalk(c: Clause, outsiders: Uint8Array): boolean {
  const n = Math.min(c.tokens.length, 7);
  for (let k = 0; k < n; k++) {
    if (!inTable(outsiders, c.ids[k]!)) continue;
    // "my dentist", "my son's coach", "l'entraîneur de mon fils", "der Trainer meines Sohnes".
    // (Italian "mi" is "me": "l'elettricista mi può chiamare?" asks the company's electrician.)
    const italian = c.language === 'it';
    let mine = false;
    for (let j = Math.max(0, k - 3); j <= k + 2 && j < c.tokens.length && !mine; j++) mine = myAt(c, j, MY_GENITIVE);
    if (!mine) return false;
    // They are the ones who want, need or may: "My coach never turned up, speak to a human" is the customer's ask.
    let theirs = false;
    for (let j = Math.max(0, k - 2); j <= k + 5 && j < c.tokens.length && !theirs; j++) theirs = OUTSIDERS_DO.has(c.tokens[j]!);
    if (!theirs) return false;
    // Not when the customer is the subject too: "… unter der ich wegen meiner Versicherung einen Menschen erreiche"
    // (Italian "i" is an article: "i biglietti"; and the company may be one: "Does my solicitor need to speak to the
    // lender or do you handle that?".)
    for (let j = 0; j < c.tokens.length; j++) {
      if (italian && c.tokens[j] === 'i') continue;
      if (I_SUBJECT.has(c.tokens[j]!) || (j > k && c.word(j) & SUBJECT && !YOU.has(c.tokens[j]!))) return false;
    }
    return true;
  }
  return false;
}

/** Words that, with "or", ask whether a process is automatic: "È un'IA o c'è qualcuno…?", "Is it automated or is there someone…?". */
const AUTOMATED = packSet('automated');
/** Copulas and pronouns that open "is it a bot…": "è", "es", "c'est", "ist das". */
const IS_IT = packSet('isIt');

/**
 * A person asked about as the other half of "a bot or a person", the bot first: "È un'IA o c'è qualcuno che scrive
 * davvero?", "Is it automated or does someone read these?". The customer asks how the service works. (With the bot
 * after, the question is often a request: "Y a-t-il moyen de parler à un humain, ou c'est des bots jusqu'au bout ?")
 */
function botOrPerson(c: Clause): boolean {
  for (let k = 1; k < Math.min(c.tokens.length, 4); k++) {
    if (!AUTOMATED.has(c.tokens[k]!) && !(c.word(k) & BOT)) continue;
    // (Or the chat named first: "Questa chat è automatica o c'è qualcuno che scrive?".)
    if (!IS_IT.has(c.tokens[0]!) && !IS_IT.has(c.tokens[k - 1]!)) continue;
    let or = -1;
    for (let j = k + 1; j <= k + 2 && j < c.tokens.length && or < 0; j++) if (OR_WORDS[c.language]?.includes(c.tokens[j]!)) or = j;
    if (or < 0) return false;
    // Someone who does the work, not someone for the customer to talk to: "ist das eine KI oder kann ich mit einem
    // Menschen sprechen?" and "esto es un bot o puedo hablar con alguien?" ask.
    let someone = false;
    for (let j = or + 1; j < c.tokens.length; j++) {
      if (I_SUBJECT.has(c.tokens[j]!) || c.word(j) & TALK) return false;
      if (j <= or + 3 && SOMEONE.has(c.tokens[j]!)) someone = true;
    }
    return someone;
  }
  return false;
}

/** Stopping an offer: "Stop offering to connect me to staff", "Arrêtez de me proposer un conseiller", "Hör auf, mir … anzubieten". */
const STOP = packSet('stop');
/** Romance stops, before "de" or "di": "deja de ofrecerme", "para de oferecer" (Spanish "para" alone is "for"). */
const STOP_OF = packSet('stopOf');
const stopAt = (tokens: readonly string[], k: number) => STOP.has(tokens[k]!) || (STOP_OF.has(tokens[k]!) && (tokens[k + 1] === 'de' || tokens[k + 1] === 'di'));
/** Offering, as a verb: an offer stopped ("stop offering"), or turned down ("Me ofreces un agente: no, gracias"). */
const OFFERING = packSet('offering');
function offerStopped(read: readonly ReadClause[], index: number): boolean {
  const tokens = read[index]!.tokens;
  const offer = tokens.findIndex((t) => OFFERING.has(t));
  if (offer < 0) return false;
  for (let k = Math.max(0, offer - 4); k < offer; k++) if (stopAt(tokens, k)) return true;
  // "Hör auf, mir ständig einen Berater anzubieten": the stop in a short clause of its own before.
  const before = read[index - 1]?.tokens;
  return !!before && before.length <= 3 && before.some((_, k) => stopAt(before, k));
}

/** A call that has just happened: "Me acaba de llamar alguien de planificación", "Quelqu'un du planning vient de m'appeler". */
const JUST = packSet('just');
function justCalled(c: Clause): boolean {
  for (let k = 0; k < c.tokens.length; k++) {
    // "acaba de", "vient de", "acabou de", "appena" ("se me acaba la paciencia, llámenme" is no call made).
    if (!JUST.has(c.tokens[k]!) || (c.tokens[k] !== 'appena' && c.tokens[k + 1] !== 'de')) continue;
    for (let j = k + 1; j <= k + 4 && j < c.tokens.length; j++) if (callStem(c.tokens[j]!)) return true;
  }
  return false;
}

/** Verbs that call something off: "annulez", "annullate", "cancelen", "stornieren". */
const CANCEL = packSet('cancel');

/** A request, as what is called off: "request", "solicitud", "petición", "pedido", "demande", "richiesta", "Anfrage". */
const REQUEST_NOUNS = new Set(['request', 'solicitud', 'peticion', 'pedido', 'demande', 'richiesta', 'anfrage']);

/**
 * The customer's request for a person called off, the verb at `cancel`: "scrap my request for a rep", "Cancela mi
 * solicitud de hablar con un asesor", "Annulla la mia richiesta di parlare con un consulente".
 */
function requestCalledOff(c: Clause, cancel: number): boolean {
  let request = false;
  for (let k = cancel + 1; k < Math.min(c.tokens.length, cancel + 6); k++) {
    const token = c.tokens[k]!;
    request ||= REQUEST_NOUNS.has(token);
    // (Not with a request of its own after it: "annulla la richiesta di richiamata e passami un operatore".)
    if (request && (talkAt(c, k) || personAt(c, k))) return !c.tokens.slice(k).some((t) => AND.has(t));
    if (!CALL_OFF_BETWEEN.has(token) && !REQUEST_NOUNS.has(token) && !MY.has(token) && !TO.has(token) && !FOR.has(token) && !OF.has(token)) return false;
  }
  return false;
}

/** What may stand between calling off and the call: "la demande de", "pure la richiesta di", "my", "bitte". */
const CALL_OFF_BETWEEN = packSet('callOffBetween');

/**
 * A call called off: "Annulez la demande de rappel, c'est réglé", "Annulla la richiesta di richiamata", "Bitte den Rückruf
 * stornieren". The call is what is cancelled, a noun next to the verb: "Cancel my order and call me back" asks for one.
 */
function cancelsCall(c: Clause): boolean {
  const cancel = c.tokens.findIndex((t) => CANCEL.has(t));
  // (Not a cancelling forbidden: "Die Weiterleitung an einen Mitarbeiter bitte nicht abbrechen!".)
  if (cancel < 0 || c.word(cancel - 1) & NEGATION) return false;
  if (requestCalledOff(c, cancel)) return true;
  // Or the transfer named first, the verb last: "Die Weiterleitung an einen Mitarbeiter können Sie stornieren".
  if (cancel === c.tokens.length - 1 && DEFINITE.has(c.tokens[0]!) && (c.phrase(1, TALK) || CALL_NOUNS.has(c.tokens[1]!))) return true;
  // The call may be a verb, being called back: "Potete annullare la richiesta di essere richiamato?", "cancel my
  // request to be called back".
  const beCalled = (k: number) => (BE.has(c.tokens[k]!) && k + 1 < c.tokens.length && callsBack(c, k + 1, k + 2) ? k + 2 : 0);
  // Not when a person is asked for too: "cancel my call back request and put me through to a live agent instead".
  for (let j = 0; j < c.tokens.length; j++) {
    const called = beCalled(j);
    if (called) j = called - 1;
    else if (CALL_NOUNS.has(c.tokens[j]!) || CALL_OFF_BETWEEN.has(c.tokens[j]!)) continue;
    else if (c.word(j) & (PERSON | WANT | TALK) && !(c.word(j) & PLEASE)) return false;
  }
  // After the verb, or before it (German puts the verb last: "den Rückruf bitte stornieren").
  for (let k = cancel + 1; k < c.tokens.length && k <= cancel + 6; k++) {
    if (CALL_NOUNS.has(c.tokens[k]!) || beCalled(k)) return true;
    if (!CALL_OFF_BETWEEN.has(c.tokens[k]!) && !TO.has(c.tokens[k]!)) break;
  }
  for (let k = cancel - 1; k >= 0 && k >= cancel - 3; k--) {
    if (CALL_NOUNS.has(c.tokens[k]!)) return true;
    if (!CALL_OFF_BETWEEN.has(c.tokens[k]!)) break;
  }
  return false;
}

/** "Be" before a passive infinitive: "to be called back", "d'être rappelé", "di essere richiamato", "de ser llamado". */
const BE = new Set(['be', 'etre', 'essere', 'ser']);

/** What a talk may cost: "Kostet es extra…", "Is it free to…", "Si paga un extra per…" (not "charges" and "fees", which customers complain of). */
const PRICE = packSet('price');
/** Paying, when someone has to ("hay que pagar", "faut-il payer", "si paga", "tem que pagar", "have to pay", "muss man zahlen"). */
const PAY = packSet('pay');
const ONE_HAS_TO = new Set(['que', 'il', 'si', 'to', 'man']);

/** What stands right before a talk that a price is asked for: "free to talk", "pour parler", "de parler", "per parlare". */
const TALK_OPENS = packSet('talkOpens');
/** Words between a price and the talk: "cuesta algo hablar", "does it cost anything to speak". */
const PRICE_FILLER = packSet('priceFiller');

/**
 * A question what talking to someone costs: "Is it free to talk to an agent?", "Faut-il payer un supplément pour parler à
 * un conseiller ?", "È gratuito parlare con un operatore?", "¿Para hablar con un humano hay que pagar algo extra?", and
 * German's infinitive after a comma, "Kostet es extra, mit einem Berater zu sprechen?". The talk is the price's: right
 * after it or after "to", "pour", "per"; nobody wants it before ("I'm on the free plan, can I talk to someone?", "there
 * is an extra charge on my bill can i talk to someone?" ask).
 */
function pricedTalk(question: boolean, c: Clause, read: readonly ReadClause[], index: number): boolean {
  if (!question) return false;
  const priceAt = (tokens: readonly string[], k: number) => PRICE.has(tokens[k]!) || (PAY.has(tokens[k]!) && k > 0 && ONE_HAS_TO.has(tokens[k - 1]!));
  const tokens = c.tokens;
  let talk = 0;
  while (talk < tokens.length && !c.phrase(talk, TALK)) talk++;
  if (talk === tokens.length) return false;
  // (Not "faut-il payer", whose "faut" is the price's.)
  for (let k = 0; k < talk; k++) if (I_SUBJECT.has(tokens[k]!) || (c.word(k) & WANT && tokens[k + 1] !== 'il' && !PAY.has(tokens[k + 1]!))) return false;
  // "Para hablar con un humano, ¿hay que pagar?": the talk as the purpose, the price after it.
  // Or the talk opening the question, the price after it: "Les rendez-vous avec un coiffeur senior coûtent-ils plus
  // cher ?", "Hablar con un asesor cuesta algo?".
  const purpose = talk === 1 && PURPOSE.has(tokens[0]!);
  if (purpose || talk === 0 || (talk === 1 && (ARTICLES.has(tokens[0]!) || ONE.has(tokens[0]!)))) {
    if (firstWhere(talk + 1, tokens.length, (k) => priceAt(tokens, k)) !== undefined) return true;
    if (purpose) return false;
  }
  // "Kostet es extra, | mit einem Berater zu sprechen?".
  const before = read[index - 1]?.tokens;
  if (tokens[talk - 1] === 'zu' && talk === tokens.length - 1 && before && before.length <= 4) return before.some((_, k) => priceAt(before, k));
  // The price, then the talk: right after it, past "algo", "anything", or after a word that opens it ("free to talk").
  let k = talk - 1;
  if (k >= 0 && TALK_OPENS.has(tokens[k]!)) k--;
  while (k >= 0 && PRICE_FILLER.has(tokens[k]!) && !priceAt(tokens, k)) k--;
  // ("Feel free to transfer me" is no price, nor someone free: "Any chance a pharmacist is free to chat?", "Would
  // somebody at the office be free to talk to me?", where only a place or "be" comes between, no other subject.)
  const someoneFree = (j: number) =>
    firstWhere(Math.max(0, j - 6), j, (m) => {
      const end = personAt(c, m)?.end;
      return end !== undefined && end <= j && firstWhere(end, j, (x) => (c.word(x) & SUBJECT) !== 0) === undefined;
    }) !== undefined;
  for (let j = k; j >= Math.max(0, k - 3); j--) if (priceAt(tokens, j) && tokens[j - 1] !== 'feel' && !someoneFree(j)) return true;
  return false;
}

/**
 * A role between a name and what that person said or promised: "Marta, la coordinadora, nos dijo que…", "Tom, the
 * manager, told me…", "Marta, de atención al cliente, quedó en escalarlo"; or a role, then a name, then more about
 * them: "O rapaz da receção, o Tiago, foi impecável connosco". The role names someone; it asks for no one.
 */
function apposition(read: readonly ReadClause[], index: number): boolean {
  const next = read[index + 1];
  // (Nor one pleaded for, then what they are to say: "Bitte einen Menschen, | der mir sagt, ob ich einen Termin brauche".)
  if (!next || flagsOf(read[index]!, 0) & PLEASE) return false;
  // (Not after the customer's own need: "Ich brauche einen Mitarbeiter. | Die ÖGK sagt, | …".)
  if (index === 0) return read[index + 2] !== undefined && !read[0]!.tokens.some((t) => I_SUBJECT.has(t)) && next.tokens.length <= 3 && next.words.some((w) => w === null) && next.tokens.every((t, k) => next.words[k] === null || DEFINITE.has(t));
  // (After a name alone, a report of what they promised too: "Marta, de atención al cliente, quedó en escalarlo".)
  const named = read[index - 1]!.tokens.length === 1 && read[index - 1]!.words[0] === null;
  for (let k = 0; k < Math.min(3, next.tokens.length); k++) if (SAID.has(next.tokens[k]!) || (named && phraseFlagsAt(next.ids, next.words, k, REPORTED))) return true;
  return false;
}

/**
 * A person named between a question and a guess at the bot: "Sind Sie Frau Berger, | meine Beraterin, | oder ein
 * Computer?", "Vous êtes Mme Lambert, | ma conseillère, | ou un programme ?". Who the assistant is, asked.
 */
function guessedWho(c: Clause, read: readonly ReadClause[], index: number): boolean {
  const next = read[index + 1];
  // (Not one pleaded for or wanted: "Hallo, einen Menschen bitte, oder einen Bot, der funktioniert", "Oi, quero um humano,
  // ou um robô que funcione".)
  return index > 0 && !!next && OR.has(next.tokens[0]!) && !(c.flags & (PLEASE | WANT | TALK)) && botGuessed(next.tokens, (k) => flagsOf(next, k), 0);
}

/** What a word means, asked: "what is that", "c'est quoi", "was ist das", "cos'è", "o que é", "qué es". */
const WHAT_IS_IT = packSet('whatIsIt');
const WHAT_IS_IT_FIRST = packFirstWords('whatIsIt');

/** A role named, then what it is asked: "Un courtier, | c'est quoi exactement ?", "Ein Makler, | was ist das?". */
function definitionAsked(read: readonly ReadClause[], index: number): boolean {
  const next = read[index + 1];
  return !!next && phraseOpens(next.tokens, 0, WHAT_IS_IT, WHAT_IS_IT_FIRST, 5);
}

/** The assistant called by its name after something else: "Qual o seu nome, assistente?", "Obrigado, assistente!". */
function addressed(read: readonly ReadClause[], index: number): boolean {
  const tokens = read[index]!.tokens;
  return index > 0 && tokens.length === 1 && ASSISTANT.has(tokens[0]!);
}

/** Menu options and buttons, whose labels customers quote to choose them (a control described is labelsControl's). */
const OPTION = packSet('option', BUTTONS);

/**
 * Whether a request found in the message stands inside quotation marks after other words: somebody
 * else's words, an advert's or a song's ("My grandma asked 'can I speak to a real person?'", "Auf eurem
 * Plakat steht 'Bei uns sprechen Sie mit echten Menschen'", "hay que pedir 'un supervisor'"). `at` is the
 * request's last token in the message, `words` its length. Looked for only once a request is found.
 */
function quoted(folded: string, at: number, words: number): boolean {
  if (!/["“”„«»‹›'‘’]/u.test(folded)) return false;
  for (const m of folded.matchAll(QUOTED)) {
    if (m.index === 0) continue;
    const before = analyze(folded.slice(0, m.index)).tokens;
    const start = before.length;
    // A menu option named by its label is chosen, not quoted: "L'option « parler à un conseiller », celle-là".
    if (OPTION.has(before[start - 1] ?? '') || OPTION.has(before[start - 2] ?? '')) continue;
    // The request's last words quoted: the whole request, or its end after someone else's words ("my boss
    // says you have to ask for 'a supervisor'") or as a printed field and its value ("Sur mon ticket il y a
    // 'Responsable magasin : S. Martin'"); not the customer's own emphasis ("I want 'a real person'").
    const inside = (m[1] ?? m[2])!;
    const end = start + analyze(inside).tokens.length;
    // (The speech verb may come after, German's last: "hab ich im Chat dreimal 'Mitarbeiter' getippt".)
    const saidAfter = () => SAID.has(analyze(folded.slice(m.index + m[0].length)).tokens[0] ?? '');
    if (at >= start && at < end && (at - words + 1 >= start || before.some((token) => SAID.has(token)) || /\S\s*:\s*\S/.test(inside) || saidAfter())) return true;
  }
  return false;
}

/** Whether the evidence of a request found in clause `c` (which starts at token `clauseStart` of the message) stands in quotation marks. */
function quotedEvidence(folded: string, c: Clause, clauseStart: number, evidence: string): boolean {
  const text = c.text(0, c.tokens.length);
  const from = text.indexOf(evidence);
  if (from < 0) return false;
  // Its last token, counted in the message's tokens.
  let spaces = 0;
  for (let k = 0; k < from + evidence.length; k++) if (text[k] === ' ') spaces++;
  return quoted(folded, clauseStart + spaces, evidence.split(' ').length);
}

/** The "if" of an ultimatum: IF, "falls" and "como" ("como" only opening the clause: "como no me atienda un humano…"). */
const ULTIMATUM_IF = packSet('ultimatumIf', IF);

/** "Unless" at k, which needs no negation of its own: "unless", "sofern", "a menos que", "a meno che", "à moins que", "a não ser que", "salvo que". */
function unlessAt(c: Clause, k: number): boolean {
  const token = c.tokens[k]!;
  if (token === 'unless' || token === 'sofern') return true;
  if (token === 'menos' || token === 'meno' || token === 'moins') return c.tokens[k - 1] === 'a';
  if (token === 'nao') return c.tokens[k - 1] === 'a' && c.tokens[k + 1] === 'ser';
  return token === 'salvo' && c.tokens[k + 1] === 'que';
}

/** Said not to be needed right after: "eskalieren ist nicht nötig", "escalating is not necessary", "escalader n'est pas utile". */
function deniedAfter(c: Clause, end: number): boolean {
  return (COPULA.has(c.tokens[end] ?? '') && (c.word(end + 1) & NEGATION) !== 0) || ((c.word(end) & NEGATION) !== 0 && COPULA.has(c.tokens[end + 1] ?? ''));
}

/** Not liked, right after: "di parlare con qualcuno non mi va", "hablar con alguien no me apetece". */
function unwelcomeAfter(c: Clause, end: number): boolean {
  return (c.word(end) & NEGATION) !== 0 && ROMANCE_ME.has(c.tokens[end + 1] ?? '') && LIKED.has(c.tokens[end + 2] ?? '');
}

/** Verbs of liking after "me": "non mi va", "no me apetece", "non mi interessa", "não me apetece". */
const LIKED = new Set(['va', 'apetece', 'interessa', 'interesa', 'gusta', 'piace']);

/**
 * Whether the word at k is English "will", which foretells ("Will the engineer call me before…?"), where German "will"
 * (in the same `want` list, the packs being one set) wishes: "ich will einen Menschen".
 */
function englishWill(c: Clause, k: number): boolean {
  return c.language === 'en' && c.tokens[k] === 'will';
}

/**
 * Whether one of the customer's own opens the clause before the call at i, whoever they are a word of no list for:
 * "Mon frère va me donner un coup de fil ce soir", "Meu irmão vai me ligar mais tarde", "My brother's going to give me
 * a call" (Italian "mi" is "me": not "Mi chiamerà qualcuno?"); or one of the family comes before it (see kinBefore).
 */
function ownCaller(c: Clause, i: number): boolean {
  const opener = myOpener(c);
  return (myAt(c, opener) && c.word(opener + 1) === 0 && i > opener + 1 && i <= opener + 6) || kinBefore(c.tokens, i);
}

/** Family: "son", "Tochter", "enfants", "nonna", "filhos", "hijos". Never the company's staff, whoever they call. */
const KIN = packSet('kin');

/**
 * Whether one of the customer's family comes in the six words before `verb`, as who calls: "I'd like my son to be
 * able to ring me at lunchtime", "¿Los chicos pueden llevar celular para llamarnos…?" (not who works somewhere: "los
 * chicos de soporte").
 */
function kinBefore(tokens: readonly string[], verb: number): boolean {
  return firstWhere(Math.max(0, verb - 6), verb, (k) => KIN.has(tokens[k]!) && !AFFILIATION.has(tokens[k + 1] ?? '')) !== undefined;
}

/** A call asked about as what will come when something is done: "Will someone call me when the car is ready?". */
function callWhenDone(c: Clause, from: number): boolean {
  return englishWill(c, 0) && firstWhere(from, c.tokens.length, (k) => WHEN.has(c.tokens[k]!)) !== undefined;
}

/** Whether English "will" comes right before the determiner at i: "Will the hygienist talk me through…?", "Will a nurse…?". */
function foretold(c: Clause, i: number): boolean {
  return englishWill(c, i - 1) && DEFINITE.has(c.tokens[i] ?? '');
}

/**
 * What follows "will <person>" in a question about the staff, not a wish: "will the vet be in", "will the engineer
 * need…", "will a member of staff read my statement?".
 */
const WILL_THEY = new Set(['be', 'need', 'have', 'bring', 'come', 'arrive', 'call', 'know', 'take', 'do', 'read', 'assess', 'mark', 'grade', 'screen']);

/** Wanting is no ultimatum: "if I don't need a person…", "wenn du keinen Menschen brauchst…". */
const WANTING = packSet('wanting');

/**
 * An ultimatum whose condition is the person: "if I don't get a real person today I'm cancelling",
 * "unless someone from your team calls me by Friday…", "como no me atienda un humano…", "wenn ich heute
 * keinen Menschen ans Telefon kriege…", "either a human picks this up or…". Not a threat for next
 * time, whose person comes after it ("if it happens again, I'll ask for a manager").
 */
function ultimatum(lexicon: CompiledLexicon, c: Clause, first: boolean): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  for (let k = 0; k < Math.min(n, 4); k++) {
    const token = c.tokens[k]!;
    // ("o", "ou": "either" only where they open the message; Portuguese "o" is "the", Spanish "o sea" is "so".)
    const either = EITHER.has(token) && (token.length > 2 || (first && k === 0 && !personAt(c, 1) && !(token === 'o' && (c.language === 'pt' || c.tokens[1] === 'sea'))));
    const unless = unlessAt(c, k);
    const condition = ULTIMATUM_IF.has(token) && (token !== 'como' || k === 0);
    if (!either && !unless && !condition) continue;
    let negation = either || unless;
    for (let j = k + 1; j < Math.min(n, k + 12); j++) {
      const t = c.tokens[j]!;
      // Not wanting; not a maybe ("se eu não conseguir, talvez peça um técnico"); not a consequence with a
      // subject of its own ("if I don't hear back I'll ask for a manager").
      if (WANTING.has(t) || (j > k + 1 && startsPhrase(lexicon.conditions, c.ids, j)) || (negation && I_SUBJECT.has(t))) return undefined;
      // "Nobody" is its own negation: "si personne de chez vous ne m'appelle", "wenn mich niemand von euch anruft".
      const nobody = nobodyAt(c.tokens, j);
      if (c.word(j) & NEGATION || nobody) negation = true;
      const person = negation ? personAt(c, j) ?? (c.phrase(j, INDEFINITE) ? { start: j, end: c.phrase(j, INDEFINITE), indefinite: true } : nobody ? { start: j, end: j + 1, indefinite: true } : undefined) : undefined;
      if (!person) continue;
      // Someone of the company: a person named, or "someone" qualified ("someone from your team", "jemand aus eurem Team").
      if (person.indefinite && !(c.word(person.end) & QUALIFIER || AFFILIATION.has(c.tokens[person.end] ?? ''))) continue;
      // "If you don't have a human, fine…" is no demand: a person the company has or not.
      const yours = c.tokens.slice(k + 1, person.start).some((t) => YOU.has(t));
      // The verb near the person, or after the team that qualifies "someone" ("somebody from your team calls me").
      for (let m = either ? k + 1 : Math.max(k + 1, person.start - 4); m < Math.min(n, person.end + (person.indefinite ? 6 : 3)); m++) {
        if (m >= person.start && m < person.end) continue;
        const verb = c.phrase(m, TALK | PUT_ME_THROUGH | ATTEND) || (GET.has(c.tokens[m]!) && !yours ? m + 1 : 0);
        if (verb) return { form: 'direct', evidence: c.text(k, Math.max(person.end, verb)), language: c.language };
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * A demand followed by "or" and what the customer will do otherwise: "un conseiller MAINTENANT ou vous fermez mon
 * compte", "a manager calls me by Friday or I go to the ombudsman". The part before "or" is read as a clause of its
 * own; a person who should call is a demand there ("ein Verantwortlicher ruft mich bis Freitag an oder…").
 */
function orElse(lexicon: CompiledLexicon, r: ReadClause): ExplicitRequestMatch | undefined {
  const n = r.tokens.length;
  for (let p = 1; p < n - 1; p++) {
    if (!OR.has(r.tokens[p]!)) continue;
    const left = { ...r, tokens: r.tokens.slice(0, p), ids: r.ids.slice(0, p), words: r.words.slice(0, p) };
    left.triggers = triggersIn(left.ids, left.words);
    const c = left.triggers ? parseClause(lexicon, left) : undefined;
    // (A question after it is no threat: "… or can I do it in the app?", "… or do you handle that?".)
    const asks = (flagsOf(r, p + 1) & MODAL && I_SUBJECT.has(r.tokens[p + 2] ?? '')) || (DO_ASKS.has(r.tokens[p + 1] ?? '') && (I_SUBJECT.has(r.tokens[p + 2] ?? '') || YOU.has(r.tokens[p + 2] ?? '')));
    if (!c || !OR_WORDS[c.language]?.includes(r.tokens[p]!) || asks || !threatens(r.tokens, p + 1, c.language)) continue;
    const match = matchClause(c, NO_CARRY, lexicon);
    if (match) return match;
    // Someone who should call: a person first, then a verb of getting in touch and "me".
    for (let j = 0; j < Math.min(p, 3); j++) {
      const person = personAt(c, j);
      if (!person) continue;
      for (let m = person.end; m < Math.min(p, person.end + 3); m++) {
        if (GET.has(c.tokens[m]!) && c.tokens.slice(person.end, m + 2).some((t) => ME.has(t))) return { form: 'direct', evidence: c.text(person.start, m + 1), language: c.language };
      }
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Whether the clause asks whether one of the staff, named with "the", must do something: how the work is done, not a
 * request ("Does the team leader have to approve a fee waiver?", "Muss der Teamleiter die Gebührenerstattung
 * freigeben?", "Est-ce que le responsable d'agence doit valider le remboursement ?"). Not someone unnamed ("das muss
 * sich ein Mitarbeiter anschauen"), nor what they may do ("Can the manager approve it?"), nor a talk to the customer.
 */
function dutyAsked(c: Clause, next: ReadClause | undefined): boolean {
  const n = c.tokens.length;
  const duty = (k: number) => OBLIGE.has(c.tokens[k] ?? '') || (HAS.has(c.tokens[k] ?? '') && c.tokens[k + 1] === 'to');
  const named = (d: number) => d >= 0 && DEFINITE.has(c.tokens[d]!) && !ONE.has(c.tokens[d]!);
  // "Or" and a word of deciding after it: "… o decide tutto la sede?", "| or is that decided centrally?".
  const decides = (tokens: readonly string[], j: number) => OR.has(tokens[j]!) && firstWhere(j + 1, tokens.length, (d) => phraseOpens(tokens, d, DECIDES, DECIDES_FIRST, 3)) !== undefined;
  for (let k = 1; k < Math.min(n, 5); k++) {
    // (One word may stand between: "the store manager".)
    const person = named(k - 1) || (named(k - 2) && !(c.word(k - 1) & (MODAL | TALK | WANT))) ? personAt(c, k) : undefined;
    if (!person) continue;
    // (Past where they are: "le responsable d'agence doit…".)
    const of = OF.has(c.tokens[person.end] ?? '') || AFFILIATION.has(c.tokens[person.end] ?? '');
    const must = duty(k - 2) || duty(person.end) || (of && firstWhere(person.end + 1, Math.min(n, person.end + 4), (j) => duty(j) && !I_SUBJECT.has(c.tokens[j - 1]!)) !== undefined);
    // (Or what they may do, asked against who else decides: "Il responsabile del negozio può approvare un rimborso o
    // decide tutto la sede?", "Can the store manager approve it, or does head office decide?".)
    const decidedElsewhere = firstWhere(person.end + 1, n, (j) => decides(c.tokens, j)) !== undefined || (!!next && decides(next.tokens, 0));
    return (must || decidedElsewhere) && !person.indefinite && !toCustomer(c, person.end, n);
  }
  return false;
}

/** Someone else's duty, right before their verb: "have to", "doivent", "dovranno", "tienen que", "precisa de". */
const OTHERS_MUST = packSet('othersMust');
const OTHERS_MUST_FIRST = packFirstWords('othersMust');

/**
 * Whether someone named before the verb at `i` with an article, not the customer nor the company, must make the call
 * or the talk: how a visit works, not a request ("Will the removal men have to call reception to get through the
 * gate?", "Les déménageurs devront appeler l'accueil ?", "¿El fontanero tiene que hablar con el administrador?"). The
 * customer's own duty stays the customer's ("¿Tengo que llamar a recepción?"), and so does the household's, unless
 * asked verb first ("Mio marito deve parlare con qualcuno dell'ufficio sinistri", "A minha mãe tem de falar com o
 * gerente" ask; "Does my brother need to call the office to collect the key?" does not).
 */
function othersMustCall(c: Clause, i: number): boolean {
  const must = firstWhere(Math.max(1, i - 2), i, (k) => phraseEnd(c.tokens, k, OTHERS_MUST, OTHERS_MUST_FIRST, 2) === i);
  if (must === undefined) return false;
  const asked = DO_ASKS.has(c.tokens[0]!) || englishWill(c, 0);
  let named = false;
  for (let k = 0; k < must; k++) {
    const token = c.tokens[k]!;
    // (Italian "i" is an article: "i traslocatori devono chiamare…".)
    if (c.language === 'it' && token === 'i') named = true;
    else if (I_SUBJECT.has(token) || c.word(k) & SUBJECT || (MY.has(token) && !asked)) return false;
    else named ||= ARTICLES.has(token) || MY.has(token);
  }
  return named;
}

/** English "do" asking a question: "do", "does", "did". */
const DO_ASKS = packSet('doAsks');

/** "Or" and "otherwise" by language (Portuguese "o" is "the"). */
const OR_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['or', 'otherwise'],
  es: ['o', 'sino'],
  fr: ['ou', 'sinon'],
  de: ['oder', 'sonst'],
  pt: ['ou', 'senao'],
  it: ['o', 'oppure', 'altrimenti'],
};
const OR = new Set(Object.values(OR_WORDS).flat());

/** What a customer will do if the demand is not met, in the three words from `from`: "I cancel", "vous fermez", "konto schließen". */
function threatens(tokens: readonly string[], from: number, language: string): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    const token = tokens[j]!;
    // (English "i" is Italian "the": "o ci sono i locker?")
    if (THREAT.has(token) || (I_SUBJECT.has(token) && (token !== 'i' || language === 'en'))) return true;
  }
  return false;
}

/** Verbs of leaving, cancelling or complaining, and "you" doing something about it, after "or". */
const THREAT = packSet('threat');

/** "Nobody from your team", in an ultimatum: "unless…" and "sofern sich niemand aus Ihrem Team meldet". */
const NOBODY = packSet('nobody');

/** Whether the token at i says "nobody" (or ends "no one"). */
function nobodyAt(tokens: readonly string[], i: number): boolean {
  return NOBODY.has(tokens[i]!) || (tokens[i] === 'one' && tokens[i - 1] === 'no');
}

/** Verbs of getting hold of someone, in an ultimatum: "if I don't get a person", "keinen Menschen kriege". */
const GET = packSet('get');

/** "With me" within five words of `from`: "go over the booking with me", "revisar conmigo", "mit mir durchgehen". */
function withCustomer(c: Clause, from: number): boolean {
  for (let j = from; j < Math.min(c.tokens.length, from + 5); j++) {
    const token = c.tokens[j]!;
    if (token === 'conmigo' || token === 'comigo' || (WITH.has(token) && (c.tokens[j + 1] === 'me' || c.tokens[j + 1] === 'moi' || c.tokens[j + 1] === 'mir'))) return true;
  }
  return false;
}

/** What English verbs of looking take before their object: "have someone look into it", "someone to go through my claim". */
const LOOK_PREPOSITIONS = new Set(['into', 'over', 'through']);

/** Whether the clause voices a wish or a request at all (a modal, a wish verb, "possible", "mi farebbe piacere"). */
function wishful(c: Clause): boolean {
  for (let i = 0; i < c.tokens.length; i++) {
    if (c.phrase(i, MODAL | POSSIBLE) || phraseOpens(c.tokens, i, WELCOME, WELCOME_FIRST, 4)) return true;
    // (English "will" foretells, "Will an actual member of staff read my statement?", unless "will you" asks.)
    const wantEnd = englishWill(c, i) && c.tokens[i + 1] !== 'you' ? 0 : c.phrase(i, WANT);
    if (wantEnd && !negated(c, i) && !takenForAJob(c, i, wantEnd)) return true;
  }
  return false;
}

/** A person needed, nobody said by whom, to do a job: "ça prend un humain pour valider la commande ?" (see staffNeeded). */
function takenForAJob(c: Clause, i: number, wantEnd: number): boolean {
  const person = impersonalNeed(c, i, wantEnd) ? personAfter(c, wantEnd, 0) : undefined;
  return !!person && PURPOSE.has(c.tokens[person.end] ?? '') && !staffNeeded(c, person);
}

const TO = packSet('to');

/** Whether the customer describes themselves in this clause ("I'm a real person", "I am not a bot"). */
function describesSelf(c: Clause): boolean {
  if ((c.flags & SELF) === 0) return false;
  const n = c.tokens.length;
  for (let i = 0; i < n; i++) {
    const selfEnd = c.phrase(i, SELF);
    if (!selfEnd) continue;
    if (personAfter(c, selfEnd, 0, 3)) return true;
    for (let j = selfEnd; j < Math.min(n, selfEnd + 4); j++) if (c.word(j) & NEGATION && c.phrase(j + 1, BOT) || c.phrase(j + 2, BOT)) return true;
  }
  return false;
}

/** What this clause leaves for the next one. */
function carryFrom(c: Clause, previous: Carry): Carry {
  const n = c.tokens.length;
  const last = n - 1;
  const selfDescribed = previous.selfDescribed || describesSelf(c);
  // A wish, or a clause that only turns from the bot ("not you, | someone who works there"), or a preference or ease
  // to come ("Mir wäre wohler, | wenn sich eine Person … meiner Sache annimmt").
  const cue = n > 0 ? CUES.get(c.tokens[last]!) : undefined;
  const preferred = cue !== undefined && cue !== CHANNEL_CUE && cue !== BETTER_CUE && prefers(c, last, cue) && !negated(c, last);
  const wished = n > 0 && ((!!(c.word(last) & WANT || c.covered(last, WANT)) && !negated(c, last)) || c.phrase(0, CONTRAST) === n);
  // Or welcome, the clause ending in it ("Es wäre mir lieb, | wenn sich eine reale Person meiner Sache annimmt"), which
  // eases as a preference does.
  const welcomed = !wished && firstWhere(Math.max(0, n - 4), n, (k) => phraseEnd(c.tokens, k, WELCOME, WELCOME_FIRST, 4) === n && !negated(c, k)) !== undefined;
  // A wish carries past "if possible" ("J'aimerais bien, | si c'est possible, | qu'une personne reprenne la conversation").
  const aside = n > 0 && ifPossible(c.tokens, c.word(last));
  const wish = wished || preferred || welcomed || (aside && previous.wish);
  const possible = n > 0 && c.covered(last, POSSIBLE) && !negated(c, last);
  let rejection = false;
  // Not a person refused: "Kein Mitarbeiter nötig, | der Bot reicht mir", "No necesito un asesor, | con el bot me alcanza",
  // "Ich möchte nicht mit dem Personal sprechen, | der Bot reicht mir".
  // Nor a call refused: "Non voglio essere richiamato, | mandatemi solo il programma".
  for (let i = Math.max(0, n - 4); i < n; i++) {
    if (c.covered(i, REJECT_BOT) && c.word(i) & ~NEGATION && !personAt(c, i) && !personAfter(c, c.phrase(i + 1, WANT) || i + 1, 0, 2) && !c.phrase(i + 1, PUT_ME_THROUGH)) rejection = true;
  }
  // A negation of two words or more, and nothing else ("no need", "nicht nötig", "pas la peine"), or a speech verb last.
  const voidsNext = (n >= 2 && c.phrase(0, NEGATION) === n) || (n > 0 && quotedFrom(c, last));
  const eased = aside ? previous.eased : (preferred || welcomed) && !wished;
  return { wish, eased, possible: possible && !aside, rejection, selfDescribed, more: previous.more, voidsNext, follows: true };
}

/**
 * Whether a German team is named at i by a long word no list holds, after "mit" and its article, with an office's
 * ending: "mit dem Messstellenbetrieb", "mit der Montageplanung" (not "mit dem WLAN", "mit dem Heimnetzwerk").
 */
function germanTeamAt(tokens: readonly string[], unknown: (k: number) => boolean, i: number): boolean {
  if (tokens[i] !== 'mit' || !DEFINITE.has(tokens[i + 1] ?? '')) return false;
  // Or the office itself, whatever it is for: "mit der Stelle für Einsprüche", "mit der zuständigen Stelle".
  const office = tokens[i + 2] === 'zustandigen' || tokens[i + 2] === 'richtigen' ? i + 3 : i + 2;
  if (tokens[office] === 'stelle') return true;
  // (After a short word of what it is for: "mit der Kfz-Schadenregulierung".)
  const at = (tokens[i + 2]?.length ?? 9) <= 4 && unknown(i + 2) ? i + 3 : i + 2;
  const name = tokens[at] ?? '';
  return name.length >= 9 && unknown(at) && GERMAN_UNIT.test(name);
}
/** How the name of a German team or office ends: "-planung", "-verwaltung", "-stelle", "-betrieb", "-annahme", "-zentrum" (not "-netzwerk", "-portal"). */
const GERMAN_UNIT = /(?:ung|stelle|betrieb|annahme|zentrum)$/;

/** Whether an English team is named after "to" at i by an "-ing" word no list holds: "talk to metering about…", "to catering". */
function englishTeamAt(tokens: readonly string[], unknown: (k: number) => boolean, i: number): boolean {
  if (tokens[i] !== 'to') return false;
  const name = tokens[i + 1] ?? '';
  // Last, or before what it is about or "please" (not "roofing contractors", "hearing from you", "accounting at my company").
  const after = tokens[i + 2];
  return name.length >= 7 && name.endsWith('ing') && unknown(i + 1) && (after === undefined || ABOUT.has(after) || after === 'please' || after === 'pls');
}

/**
 * A German team named by a word of its own, the verb of talking last, with a wish or "mich mit": "Ich möchte mit
 * dem Messstellenbetrieb sprechen", "Können Sie mich mit der Montageplanung für die PV-Anlage verbinden?".
 */
function germanTeamTalk(c: Clause, i: number): number {
  const n = c.tokens.length;
  if (!germanTeamAt(c.tokens, (k) => c.unlisted(k), i) || talkAt(c, n - 1) !== n) return 0;
  // (Not "weder mit einer Lehrkraft noch mit der Koordination sprechen".)
  if (firstWhere(0, n, (k) => c.word(k) & NEGATION) !== undefined) return 0;
  // Connecting is someone putting the customer through ("Können Sie mich mit der Montageplanung verbinden?"), not the
  // customer connecting a device ("Ich möchte die App mit der Heizung verbinden").
  if (c.tokens[n - 1]!.startsWith('verbind')) return c.covered(i, PUT_ME_THROUGH) && !c.tokens.slice(0, i).includes('ich') ? n : 0;
  return wishful(c) ? n : 0;
}

/** "About", "for" or "because of" at k, then a thing: "pour la pompe", "about my stay", "para mi factura". */
function forAThing(c: Clause, k: number): boolean {
  const token = c.tokens[k] ?? '';
  return (ABOUT.has(token) || REASON.has(token) || PURPOSE.has(token)) && (ARTICLES.has(c.tokens[k + 1] ?? '') || mine(c.tokens[k + 1]));
}

/**
 * A job for them, the verb at k + 1: "the engineers' desk to rebook…", "al área técnica para cambiar…", "pour déplacer".
 * (Not a chore: "the delivery team to carry the sofa upstairs".)
 */
function forAJob(c: Clause, k: number, chores: Uint8Array): boolean {
  const verb = c.tokens[k + 1];
  if (!PURPOSE.has(c.tokens[k] ?? '') || !verb || c.word(k + 1) !== 0 || inTable(chores, c.ids[k + 1]!)) return false;
  return c.language === 'en' ? !ARTICLES.has(verb) && !mine(verb) : INFINITIVE.test(verb);
}

/**
 * Questions of presence that ask for someone only when nothing but politeness follows: "Wer ist hier verantwortlich?",
 * "Quem manda aqui?" (not "Wer ist hier zuständig für Rückerstattungen?", "Quem manda aqui o boleto?", "manda" sends).
 * compile() adds them to the presence phrases, so that no pack lists them twice.
 */
const ASKED_LAST = packSet('askedLast');

/** How a German wish that was not had ends: "… reden wollen", "… gebraucht", "… gewollt". */
const GERMAN_WANTED = new Set(['wollen', 'gebraucht', 'gewollt']);

/** A wish that was not had, opening a clause: "if I'd wanted", "si j'avais voulu", "se volevo", "si hubiera querido". */
const COUNTERFACTUAL = packSet('counterfactual');
const COUNTERFACTUAL_FIRST = packFirstWords('counterfactual');

/**
 * Whether the clause opens on a wish that was not had, so that what is wished in it is what the customer did not want:
 * "Hätte ich mit einem Menschen reden wollen, wär ich zum Schalter gegangen", "Se volevo parlare con qualcuno andavo in
 * biglietteria", "If I'd wanted to talk to a person I'd have phoned".
 */
function counterfactual(tokens: readonly string[]): boolean {
  // German puts the verb first or last: "Hätte ich … wollen", "Wenn ich … hätte reden wollen".
  if ((tokens[0] === 'hatte' || tokens[0] === 'wenn') && tokens[1] === 'ich') return GERMAN_WANTED.has(tokens[tokens.length - 1]!) && tokens.includes('hatte');
  return phraseOpens(tokens, 0, COUNTERFACTUAL, COUNTERFACTUAL_FIRST, 5);
}

/**
 * Whether one of `phrases` (one to `longest` words, listed as one string each; `first` holds their first words) starts
 * at `start`: a cheap test of the first word, then the phrase grown a word at a time.
 */
function phraseOpens(tokens: readonly string[], start: number, phrases: ReadonlySet<string>, first: ReadonlySet<string>, longest: number): boolean {
  return phraseEnd(tokens, start, phrases, first, longest) > 0;
}

/** Where the longest of `phrases` that starts at `start` ends ("agora mesmo", not "agora"), or 0 (see phraseOpens). */
function phraseEnd(tokens: readonly string[], start: number, phrases: ReadonlySet<string>, first: ReadonlySet<string>, longest: number): number {
  if (!first.has(tokens[start] ?? '')) return 0;
  let phrase = tokens[start]!;
  let end = phrases.has(phrase) ? start + 1 : 0;
  for (let k = start + 1; k < Math.min(tokens.length, start + longest); k++) {
    phrase += ` ${tokens[k]}`;
    if (phrases.has(phrase)) end = k + 1;
  }
  return end;
}

/** Whether one of `phrases` opens the clause, or follows its first word ("et qui s'occupe…", "Ok, fino a che ora…"). */
function opensOn(tokens: readonly string[], phrases: ReadonlySet<string>, first: ReadonlySet<string>, longest: number): boolean {
  return phraseOpens(tokens, 0, phrases, first, longest) || phraseOpens(tokens, 1, phrases, first, longest);
}

/** Who handles something, asked: "who handles complaints?", "qui s'occupe des réclamations ?", "chi si occupa dei reclami?". */
const WHO_HANDLES = packSet('whoHandles');
const WHO_HANDLES_FIRST = packFirstWords('whoHandles');

/**
 * Whether the clause asks who handles something, opening on it (after one word at most: "et qui s'occupe…"): someone
 * is named all the same, whom the next clause may point back at ("Chi si occupa dei reclami? Voglio parlare con lui.").
 */
function asksWhoHandles(tokens: readonly string[]): boolean {
  return opensOn(tokens, WHO_HANDLES, WHO_HANDLES_FIRST, 6);
}

/** What the customer may ask they must do: "do I need to", "hace falta", "faut-il", "devo", "preciso", "muss ich". */
const NEEDED_ASKED = packSet('neededAsked');
const NEEDED_ASKED_FIRST = packFirstWords('neededAsked');

/** Where what the customer asks they must do opens, in the first four words ("Sorry, do I need to…"), if it does. */
function neededAt(tokens: readonly string[]): number | undefined {
  return firstWhere(0, Math.min(tokens.length, 4), (k) => phraseOpens(tokens, k, NEEDED_ASKED, NEEDED_ASKED_FIRST, 5));
}

/**
 * Whether the customer asks if they must make the contact themselves, and offers another way after it: "Do I need to
 * call the hotel to confirm the pickup or is the booking enough?", "¿Hace falta llamar al hotel si llegamos tarde o con
 * avisar en la reserva vale?", "Devo chiamare qualcuno per staccare la caldaia o lo fate voi?". Not an ultimatum ("I
 * need to talk to someone or I cancel") nor a second person ("tengo que hablar con un agente o con su jefe"). In a
 * question, the customer doing it is the other way: "Tenho de ligar para alguém … ou faço isso na app?".
 */
function neededOrElse(c: Clause, next: ReadClause | undefined, question: boolean): boolean {
  const tokens = c.tokens;
  const need = neededAt(tokens);
  if (need === undefined) return false;
  // (Nor "or do you want me to cancel?": "ou vous voulez que je résilie ?", "o volete che disdica?".)
  const threat = (after: readonly string[], at: number) => {
    const wants = firstWhere(at + 1, Math.min(after.length, at + 4), (j) => WANTS_THAT.has(after[j]!));
    return wants !== undefined && after.slice(wants + 1).some((t) => THREAT.has(t) && !YOU.has(t));
  };
  const alternative = (after: readonly string[], at: number) =>
    !ELSE.has(after[at + 1] ?? '') && !threat(after, at) && (question || (!I_SUBJECT.has(after[at + 1] ?? '') && !ME.has(after[at + 1] ?? '') && !THREAT.has(after[at + 1] ?? '')));
  // (In the clause's language: Portuguese "o" is "the". Nor when what follows asks for someone or to be put through:
  // "… ou à son responsable", "… or can you connect me to them?", "…, o posso avere un numero da chiamare?".)
  const or = OR_WORDS[c.language] ?? [];
  const asks = (k: number) => firstWhere(k, tokens.length, (j) => c.phrase(j, PERSON | INDEFINITE | TALK | PUT_ME_THROUGH)) !== undefined;
  for (let k = need + 2; k < tokens.length; k++) {
    if (or.includes(tokens[k]!)) return alternative(tokens, k) && !asks(k + 1);
  }
  return !!next && or.includes(next.tokens[0]!) && alternative(next.tokens, 0) && !next.words.some((w) => w && w.singleFlags & (TRIGGER | TALK));
}

/**
 * Whether the customer asks if they must get in an outsider of their own, named with "a": advice, not a request for the
 * company's people ("¿tengo que llamar a un electricista antes de firmar?", "Muss ich einen Elektriker anrufen?").
 */
function tradeNeeded(c: Clause, outsiders: Uint8Array): boolean {
  const need = neededAt(c.tokens);
  return need !== undefined && firstWhere(need + 1, c.tokens.length, (k) => inTable(outsiders, c.ids[k]!) && ONE.has(c.tokens[k - 1]!)) !== undefined;
}

/** "You want" before what the customer would do: "do you want (me to)", "voulez", "volete", "querem", "queréis". */
const WANTS_THAT = packSet('wantsThat');

/** A time asked: "until what time", "hasta qué hora", "jusqu'à quelle heure", "fino a che ora", "até que horas", "bis wann". */
const WHAT_TIME = packSet('whatTime');
const WHAT_TIME_FIRST = packFirstWords('whatTime');

/**
 * Whether the clause opens on asking a time and nobody is to reach the customer: opening hours, not a request ("Fino
 * a che ora c'è qualcuno alla reception?", "Bis wann ist jemand an der Rezeption?"; not "a che ora mi richiama qualcuno?",
 * "Fino a che ora potete richiamarmi?").
 */
function hoursAsked(c: Clause): boolean {
  return opensOn(c.tokens, WHAT_TIME, WHAT_TIME_FIRST, 6) && !toCustomer(c, 0, c.tokens.length);
}

/** Days of the week, weekends and holidays: "sunday", "dimanche", "Wochenende", "domenica", "fim de semana", "feira". */
const WEEKDAY = packSet('weekday');
const WEEKDAY_FIRST = packFirstWords('weekday');

/**
 * Whether someone's being there is asked for a day of the week: when the staff are in, not a request ("Il y a du
 * personnel sur place le dimanche ?", "Is anyone there on Sundays?", "¿Hay alguien en recepción los domingos?"). Not a
 * talk or a call asked for that day ("Is there someone I can talk to on Saturday?", "Can someone call me on Monday?"),
 * nor someone asked to come ("Could the installer who came last Thursday come back out?").
 */
function weekdayAsked(c: Clause): boolean {
  const n = c.tokens.length;
  return (c.flags & (EXISTENTIAL | PRESENCE)) !== 0 && !(c.flags & (TALK | ATTEND)) && firstWhere(0, n, (k) => phraseOpens(c.tokens, k, WEEKDAY, WEEKDAY_FIRST, 3)) !== undefined && !toCustomer(c, 0, n);
}

/** A case "for" someone, two words each: "one for", "a case for", "un cas pour", "coisa pra", "cosa para", "ein Fall für". */
const CASE_FOR = packSet('caseFor');
const CASE_FOR_FIRST = packFirstWords('caseFor');
/** "Is": "is", "est", "es", "é", "è", "ist" (and "would be", not "was": "Das war ein Fall für einen Menschen, aber…"). */
const COPULA = packSet('copula');

/**
 * The case judged one for a human: "I think this is one for a real person to handle", "Là, c'est un cas pour un humain",
 * "Acho que isso é coisa pra um atendente resolver", "Das ist ein Fall für einen Menschen". Said of this case ("this is",
 * "c'est", "isso é"; not "Yoga is a thing for people…"), of one of the company's people or one real human (not "a
 * thing for one person", "cosa per persone anziane"), with nothing more about them but what they would do or a word
 * against the bot (not "pour une personne ou pour un couple ?", "coisa pra uma pessoa só?").
 */
function caseForPerson(c: Clause): ExplicitRequestMatch | undefined {
  const tokens = c.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!phraseOpens(tokens, k, CASE_FOR, CASE_FOR_FIRST, 2)) continue;
    // (Past an article, and a word before it: "c'est un cas pour", "das ist ein Fall für", "c'est clairement un cas".)
    const article = ONE.has(tokens[k - 1]!) || ARTICLES.has(tokens[k - 1]!);
    const copula = COPULA.has(tokens[k - 1]!) ? k - 1 : !article ? -1 : COPULA.has(tokens[k - 2] ?? '') ? k - 2 : COPULA.has(tokens[k - 3] ?? '') ? k - 3 : -1;
    if (copula < 1 || !IS_IT.has(tokens[copula - 1]!) || negated(c, k)) return undefined;
    const person = personAfter(c, k + 2, 0, 2);
    if (!person || !oneHuman(c, person)) return undefined;
    const next = person.end + (TO.has(tokens[person.end] ?? '') || PURPOSE.has(tokens[person.end] ?? '') ? 1 : 0);
    if (person.end < tokens.length && !c.phrase(next, ATTEND | TALK | NEGATION | CONTRAST)) return undefined;
    return { form: 'indirect', evidence: c.text(k, person.end), language: c.language };
  }
  return undefined;
}

/**
 * One of the company's people, or one human being, after "a": "an agent", "um atendente", "einen Menschen"; a bare
 * "person" only when real ("a real person", "uma pessoa de verdade"), for "une personne" is one as much as a human.
 */
function oneHuman(c: Clause, person: PersonAt): boolean {
  if (!ONE.has(c.tokens[person.start - 1] ?? '') && !ONE.has(c.tokens[person.start]!)) return false;
  const last = c.tokens[person.end - 1]!;
  const staff = PLAIN_STAFF.has(last);
  const human = HUMAN_BEINGS.has(last);
  // (Both is the bare "person": "person", "personne", "persona", "pessoa".)
  if (!(staff && human)) return staff || human;
  return HUMANE.has(c.tokens[person.end - 2] ?? '') || !!c.phrase(person.end, QUALIFIER);
}

/** "The ones from": "los de", "quelli del", "ceux du", "denen von", "os da", "the guys in". */
const THOSE_OF = packSet('thoseOf');
const THOSE = packFirstWords('thoseOf');

/** Whether "the ones from" is at i (no string is built unless its first word is one of them). */
function thoseAt(tokens: readonly string[], i: number): boolean {
  return THOSE.has(tokens[i]!) && i + 1 < tokens.length && THOSE_OF.has(`${tokens[i]} ${tokens[i + 1]}`);
}

/**
 * Where the people of a team end, named as "the ones from" it, within two words of `from` (past "with", "to" or
 * "the"): "con los de contadores", "con quelli dei contatori", "ceux du service compteurs" (not "los de mi familia",
 * "the guys at work": a word a list holds that is no department).
 */
function thoseOf(c: Clause, from: number, departments: Uint8Array): number {
  for (let j = from; j < Math.min(c.tokens.length - 2, from + 3); j++) {
    // The team's own name, a word no list holds or a department's (not "the folks at home", "ceux d'à côté").
    // (Nor a place named further: "los del piso de arriba", "os do andar de cima".)
    if (thoseAt(c.tokens, j)) {
      // (Past an article: "ceux de la maintenance".)
      const name = c.tokens[j + 1] === 'de' && DEFINITE.has(c.tokens[j + 2] ?? '') ? j + 3 : j + 2;
      if (isDepartment(c, name, departments)) return Math.max(name + 1, teamNameEnd(c, name));
      const next = c.tokens[name + 1] ?? '';
      // (What it is of may follow, not a side of the building: "los del curso de formación vial", not "los del piso de
      // arriba", "ceux du dessus".)
      const placed = SIDES.has(c.tokens[name]!) || (OF.has(next) ? name + 2 >= c.tokens.length || SIDES.has(c.tokens[name + 2]!) || DEFINITE.has(c.tokens[name + 2]!) : IN_PLACE.has(next) || AFFILIATION.has(next));
      return c.unlisted(name) && !placed ? name + 1 : 0;
    }
    if (!WITH.has(c.tokens[j]!) && !TO.has(c.tokens[j]!) && !DEFINITE.has(c.tokens[j]!)) return 0;
  }
  return 0;
}

/** Sides of a building, one word each (the list is read a token at a time): "upstairs", "arriba", "cima", "nebenan". */
const SIDES = packSet('sides');

/** The phone of "over the phone with", "telefonisch mit", "al telefono con". */
const PHONE = packSet('phone');
/** A video call: "video", "videollamada", "visio". */
const VIDEO = packSet('video');

/**
 * Whether a call by someone named before it (from `from` on, "the doctor") is asked to come one way or another, after
 * the verb ending at `end`: "Will the doctor call me on video or just phone?", "¿el doctor me llama por video o por
 * teléfono?", "il dottore mi chiama in video o al telefono?". Which way, not a call asked for.
 */
function channelAsked(c: Clause, from: number, end: number): boolean {
  const way = (k: number) => PHONE.has(c.tokens[k]!) || VIDEO.has(c.tokens[k]!);
  const or = OR_WORDS[c.language] ?? [];
  const first = firstWhere(end, Math.min(c.tokens.length, end + 3), way);
  const orAt = first === undefined ? undefined : firstWhere(first + 1, Math.min(c.tokens.length, first + 3), (k) => or.includes(c.tokens[k]!));
  if (orAt === undefined || firstWhere(orAt + 1, Math.min(c.tokens.length, orAt + 4), way) === undefined) return false;
  return firstWhere(Math.max(0, from - 3), from + 1, (k) => DEFINITE.has(c.tokens[k - 1] ?? '') && !!personAt(c, k)) !== undefined;
}

/**
 * Whether the verb of talking in [from, to) is a phone line with someone ("over the phone with", "par
 * téléphone avec"): a request only with a wish ("can we do this over the phone with one of you?"), not
 * on its own ("I was on the phone with an agent yesterday").
 */
function overThePhone(c: Clause, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (PHONE.has(c.tokens[j]!)) return true;
  return false;
}

/** "call center": a verb of talking that is half a noun. */
const CENTRE = new Set(['center', 'centre', 'centro']);

/** German "ich muss" before a team and a verb of talking: "Ich muss mit dem Prüfungsbüro sprechen". */
function mustTalk(c: Clause): boolean {
  for (let i = 1; i < c.tokens.length; i++) if (c.tokens[i] === 'muss' && c.tokens[i - 1] === 'ich') return true;
  return false;
}

/** Spanish "dame" (give me) is French "dame" (lady) in a French clause: "une dame du service client m'a écrit". */
function lady(c: Clause, i: number): boolean {
  return c.tokens[i] === 'dame' && c.language !== 'es';
}

/** Where a verb of talking at i ends, or 0; not the "call" of "call centre staff", "l'operatrice del call center". */
function talkAt(c: Clause, i: number): number {
  if (CENTRE.has(c.tokens[i + 1] ?? '') || chatNamed(c, i) || naming(c, i) || doneToMe(c, i) || callWhen(c, i) || talkedThrough(c, i)) return 0;
  if (lady(c, i) || pastPurpose(c, i) || judgedCall(c, i)) return 0;
  const end = c.phrase(i, TALK);
  // (Not a thing sent: "email me the form".)
  return end && LINE.has(c.tokens[i]!) && sentThing(c, end) ? 0 : end;
}

/**
 * Whether the word at k, a "from" (or "by"), tells where a thing of the customer's moves from, after a verb of moving
 * it and nowhere it goes named before `end`: "Can I transfer my prescription from another optician to my account?",
 * "trasferire la mia prescrizione da un altro ottico" (not "transfer my case from Anna to a manager").
 */
function movedFrom(c: Clause, k: number, end: number): boolean {
  const token = c.tokens[k]!;
  if (!FROM_ONE.has(token) && !FROM_THE.has(token)) return false;
  const own = firstWhere(Math.max(0, k - 3), k, (m) => MY.has(c.tokens[m]!));
  if (own === undefined || firstWhere(Math.max(0, own - 3), own, (m) => { const e = c.phrase(m, TALK); return e > 0 && e <= own; }) === undefined) return false;
  return firstWhere(k + 1, end, (m) => TO.has(c.tokens[m]!)) === undefined;
}

/** French subject pronouns turned after their verb with "-t-": "explique-t-elle", "rappelle-t-il", "parle-t-on". */
const INVERTED = new Set(['il', 'elle', 'on']);

/**
 * Whether a French verb ending at k is turned round its subject pronoun by "-t-": a question of what is done. (Only with
 * the "t": chat drops the commas, and a pronoun after a verb may start a clause of its own: "rappelez-moi il y a un
 * souci".)
 */
function invertedAt(c: Clause, k: number): boolean {
  return c.language === 'fr' && c.tokens[k] === 't' && INVERTED.has(c.tokens[k + 1] ?? '');
}

/** What makes English "call" a choice: "a good call", "the right call", "a judgement call". */
const JUDGED = new Set(['good', 'bad', 'right', 'wrong', 'tough', 'hard', 'close', 'smart', 'wise', 'great', 'judgement', 'judgment']);

/** English "call" as a choice, not a phone call: "Is the anti-fatigue lens a good call for someone who codes all day?". */
function judgedCall(c: Clause, i: number): boolean {
  return c.tokens[i] === 'call' && JUDGED.has(c.tokens[i - 1] ?? '');
}

/** "So that", before a purpose: "para que", "pra que", "perché", "affinché". */
const SO_THAT = new Set(['para', 'pra', 'perche', 'affinche']);

/**
 * Whether the verb at i (or the "me" before it) is a purpose of the past, in the past subjunctive after "so that": "El
 * lunes dejé un mensaje para que me llamara el farmacéutico", "lasciai un messaggio perché mi richiamasse". One of today
 * takes the present: "para que me llame", "perché mi richiami".
 */
function pastPurpose(c: Clause, i: number): boolean {
  // (The phrase may hold the "me" before its verb: "me llamara".)
  const verb = ME.has(c.tokens[i]!) ? i + 1 : i;
  return firstWhere(Math.max(0, verb - 5), verb, (k) => SO_THAT.has(c.tokens[k]!)) !== undefined && /(?:ara|iera|asse|esse|isse|..ase|iese)$/.test(c.tokens[verb] ?? '');
}

/**
 * An English past tense with the customer as its object, a report: "the chatbot transferred me to an agent", "you
 * connected me to the wrong team" (a request is "get me transferred", "I want to be connected").
 */
function doneToMe(c: Clause, i: number): boolean {
  const token = c.tokens[i]!;
  return token.length > 4 && token.endsWith('ed') && ME.has(c.tokens[i + 1] ?? '') && c.language === 'en';
}

/** English "talk me through", explained step by step: "Will the hygienist talk me through what she's doing?". */
function talkedThrough(c: Clause, i: number): boolean {
  return c.tokens[i + 2] === 'through' && ME.has(c.tokens[i + 1] ?? '') && c.language === 'en';
}

/** "And": "and", "und", "et", "y", "e". */
const AND = packSet('and');

/** "When": "when", "quand", "wenn", "cuando", "quando". */
const WHEN = packSet('when');

/**
 * The customer's own call or talk, told as when something happens: "When I call someone in Belgium, is it counted as
 * international?", "Quand j'appelle un conseiller, ça coûte combien ?" (a request is "when can I talk to someone?").
 */
function callWhen(c: Clause, i: number): boolean {
  return I_SUBJECT.has(c.tokens[i - 1] ?? '') && WHEN.has(c.tokens[i - 2] ?? '');
}

/** Reflexive pronouns before a verb of calling that make it naming: "Como se chama o gerente?", "Comment s'appelle…". */
const NAMED_AS = new Set(['se', 'si', 's']);

/**
 * A name asked or told, not a call: "se chama", "si chiama", "s'appelle" (not "que se llame al encargado", "Exijo
 * que se llame a un supervisor": someone to be called, its "a" after).
 */
function naming(c: Clause, i: number): boolean {
  return NAMED_AS.has(c.tokens[i - 1] ?? '') && callStem(c.tokens[i]!) !== undefined && c.tokens[i - 2] !== 'que' && !TO.has(c.tokens[i + 1] ?? '');
}

/** Whether a thing follows at k, as what is sent: "email me the form", "email me my invoice". */
function sentThing(c: Clause, k: number): boolean {
  return ARTICLES.has(c.tokens[k] ?? '') || MY.has(c.tokens[k] ?? '');
}

/**
 * A job staff do, with no talking or looking before it, from `from` on: "can the technician install the SSD?",
 * "un de vos pâtissiers peut écrire le prénom ?", "kann der Techniker die SSD einbauen?" book the job, not the person.
 */
function choreFor(c: Clause, from: number, chores: Uint8Array): boolean {
  // (Spanish "mi" before a noun is "my": "que acompañe a mi hijo", "que pueda imprimir mi tarjeta".)
  const me = (k: number) => ME.has(c.tokens[k] ?? '') && !(MY.has(c.tokens[k]!) && k + 1 < c.tokens.length && !(c.word(k + 1) & (FILLER | PLEASE)));
  // A job done alongside their work is a job: "Can a mechanic check the tyre pressures during the service?", "O técnico
  // consegue ver também o ar-condicionado enquanto faz a revisão?" (not a talk, nor "while I wait", nor "help me").
  // (Told before them too: "Durante il tagliando un meccanico può controllare anche le gomme?", "Kann der Mechaniker
  // beim Service gleich die Scheibenwischer tauschen?".)
  // (Or when they come to do another: "Le mécano peut reprendre l'ancienne batterie quand il livre la nouvelle ?".)
  const whenThey = (k: number) => WHEN.has(c.tokens[k]!) && (THIRD_PERSON.has(c.tokens[k + 1] ?? '') || THEY_COME.has(c.tokens[k + 1] ?? ''));
  const during = firstWhere(0, c.tokens.length, (k) => (phraseOpens(c.tokens, k, DURING, DURING_FIRST, 3) && !I_SUBJECT.has(c.tokens[k + 1] ?? '') && !ME.has(c.tokens[k + 1] ?? '')) || whenThey(k));
  if (during !== undefined && firstWhere(from, c.tokens.length, (k) => talkAt(c, k) > 0 || ME.has(c.tokens[k]!)) === undefined) return true;
  for (let j = from; j < c.tokens.length; j++) {
    // What the customer would do with the person ("un interlocuteur pour monter ça") is theirs, not a job.
    // (Unless the help is the job: "Can staff help carry luggage up to the room?".)
    const attends = c.phrase(j, ATTEND);
    if (attends && inTable(chores, c.ids[attends + (TO.has(c.tokens[attends] ?? '') || ME.has(c.tokens[attends] ?? '') ? 1 : 0)] ?? -1)) return true;
    // A purpose is the customer's ("est-ce que je peux avoir un interlocuteur humain pour monter ça ?"), unless a job
    // for whoever is there, with no "I" wishing: "¿habrá alguien del personal para ajustármelas?" (not one written to:
    // "someone to write to").
    if (PURPOSE.has(c.tokens[j]!)) {
      const writtenTo = j + 3 === c.tokens.length && (TO.has(c.tokens[j + 2]!) || WITH.has(c.tokens[j + 2]!));
      const job = inTable(chores, c.ids[j + 1] ?? -1) && !me(j + 2) && !writtenTo;
      return job && firstWhere(0, j, (k) => I_SUBJECT.has(c.tokens[k]!)) === undefined;
    }
    if (attends || talkAt(c, j)) return false;
    // Done to or for the customer is talk or a request: "que me escriba un correo", "can an agent write (to) me",
    // "Können Sie mich zu einem Menschen bringen?", "Kann ein Techniker mir den Router einbauen?".
    if (ME.has(c.tokens[j]!)) return false;
    // So is one written to or with: "c'è qualcuno con cui posso scrivere?", "un umano a cui scrivere su whatsapp".
    if ((WITH.has(c.tokens[j]!) || TO.has(c.tokens[j]!)) && c.phrase(j, QUALIFIER) === j + 2) return false;
    if (inTable(chores, c.ids[j]!)) return !me(j + 1) && !(TO.has(c.tokens[j + 1] ?? '') && me(j + 2));
  }
  return false;
}
/** "During", "while": "during", "pendant", "während", "beim Service", "durante", "enquanto", "mientras". */
const DURING = packSet('during');
const DURING_FIRST = packFirstWords('during');
/** Who comes to do a job, besides the packs' third persons (French "il" is impersonal in "il y a", so not theirs). */
const THEY_COME = new Set(['il', 'they']);
/** "To", "in order to": "to", "pour", "para", "pra", "per", "um". */
const PURPOSE = packSet('purpose');

/** The German perfect's auxiliary: "hat", "habe", "haben" (not "hätte", which folds to "hatte"). */
const PERFECT = packSet('perfect');
/** A German past participle: "weitergeleitet", "angerufen", "kontaktiert", and the promised call's "versprochen", "vereinbart". */
const GERMAN_PARTICIPLE = /ge\w*(?:t|en)$|iert$|^versprochen$|^vereinbart$/;

/**
 * Whether a German perfect tells what was done, not asks: its auxiliary before `verb`, its participle in [from, to),
 * last in the clause or before "und".
 */
function germanPerfect(c: Clause, verb: number, from: number, to: number): boolean {
  const n = c.tokens.length;
  const last = (k: number) => GERMAN_PARTICIPLE.test(c.tokens[k]!) && (k === n - 1 || AND.has(c.tokens[k + 1]!));
  return firstWhere(from, Math.min(n, to), last) !== undefined && perfectBefore(c, verb);
}

/** Whether the German perfect's auxiliary ("hat", "habe", "haben"…) comes before `verb`. */
function perfectBefore(c: Clause, verb: number): boolean {
  return c.tokens.slice(0, verb).some((t) => PERFECT.has(t));
}

/**
 * Whether a German perfect with "lassen" for its participle ends the call at `end`, its auxiliary before `verb`: "Mein
 * Kollege hat sich letzten Dienstag telefonisch zurückrufen lassen".
 */
function germanLetPerfect(c: Clause, verb: number, end: number): boolean {
  return c.tokens[end - 1] === 'lassen' && perfectBefore(c, verb);
}

/** Booking words: "book", "appointment", "Termin", "rendez-vous", "prenotare", "marcar", "cita". */
const BOOKING = packSet('booking');
/** Needs and musts, which ask what it takes: "need", "muss", "faut", "bisogna", "preciso", "hay (que)". */
const MUST = packSet('must');

/**
 * Whether the talk is asked about as what a booking is needed for, not asked for: "Do I need to book to see the
 * advisers?", "Muss ich einen Termin buchen, | um mit einem Berater zu sprechen?", "Faut-il prendre rendez-vous pour
 * voir un conseiller ?", "¿Hay que pedir cita para ver a un asesor?" (not "Can I book an appointment to see an
 * adviser?", nor a need told: "Preciso marcar horário pra falar com um consultor.", "I need to book to see an adviser,
 * can you do that?"). The need opens the question, "I" not before it.
 */
function bookingNeeded(c: Clause, before: ReadClause | undefined, question: boolean): boolean {
  if (!question) return false;
  const tokens = before && PURPOSE.has(c.tokens[0]!) ? [...before.tokens, ...c.tokens] : c.tokens;
  const must = firstWhere(0, Math.min(tokens.length, 3), (k) => MUST.has(tokens[k]!));
  const booking = must === undefined || I_SUBJECT.has(tokens[0]!) ? undefined : firstWhere(must + 1, Math.min(tokens.length, must + 6), (k) => BOOKING.has(tokens[k]!));
  return booking !== undefined && firstWhere(booking + 1, Math.min(tokens.length, booking + 4), (k) => PURPOSE.has(tokens[k]!)) !== undefined;
}

/** A German participle with an unstressed prefix and no "ge-": "verlangt", "bestanden", "versucht", "erbeten". */
const GERMAN_PREFIXED_PARTICIPLE = /^(?:be|ver|er|ent|zer|emp)\w+(?:t|en)$/;

/**
 * A German infinitive with "zu" whose asking was done before, the perfect ending the clause before it: "Meine Frau hat
 * letzte Woche darauf bestanden, | den Filialleiter zu sprechen", "Ich hatte verlangt, | …", "Ich habe versucht, |
 * jemanden zu erreichen" (as English "I have asked to speak to a manager"), not "Ich bestehe darauf, | …".
 */
function askedBefore(read: readonly ReadClause[], index: number): boolean {
  const before = read[index - 1]?.tokens;
  const tokens = read[index]!.tokens;
  if (!before || !tokens.includes('zu') || tokens.some((t) => I_SUBJECT.has(t))) return false;
  const last = before[before.length - 1]!;
  return (GERMAN_PARTICIPLE.test(last) || GERMAN_PREFIXED_PARTICIPLE.test(last)) && before.some((t) => PERFECT.has(t));
}

/** Determiners before the noun "chat": "is this chat answered by humans?", "wird der Chat nachts von Menschen betreut?". */
const CHAT_DETERMINERS = packSet('chatDeterminers');
/** The chat and what is written in it: "chat", "conversations", "messages", "Nachrichten", "mensagens". */
const CHAT_LOGS = packSet('chatLogs');
/** Determiners of many: "these", "queste", "estos", "ces", "diese". */
const PLURAL_DETERMINERS = packSet('pluralDeterminers');
/** Object pronouns that take up "the chat" before its verb: "este chat lo atienden…", "questa chat la gestiscono…". */
const CHAT_PRONOUNS = new Set(['lo', 'la', 'li', 'le']);

/** Nouns "chat" names before: "do humans read these chat logs?", "der Chatverlauf", "l'historique du chat" aside. */
const CHAT_RECORDS = new Set(['logs', 'log', 'history', 'transcript', 'transcripts', 'verlauf', 'protokoll']);

/**
 * The chat itself, asked about as a thing done by people ("answered by humans", "von Menschen betreut") or doing
 * something to the customer ("the chat passed me to an agent"), not "chat with someone" asked for; or a noun by what
 * comes next to it: a possessive ("mit eurem Chat-Support geschrieben", "mon chat est un vrai agent de destruction",
 * the cat; "mon chat avec le conseiller a coupé hier"), unless with whom or to whom follows in a request ("I want to
 * continue my chat with the agent", "please pass my chat to an agent"), or its records after it ("these chat logs").
 */
function chatNamed(c: Clause, i: number): boolean {
  if (c.tokens[i] !== 'chat') return false;
  const before = c.tokens[i - 1] ?? '';
  const next = c.tokens[i + 1] ?? '';
  const withWhom = TO.has(next) || WITH.has(next);
  if (((MY.has(before) || yourWord(before)) && !(withWhom && (wishful(c) || c.flags & PLEASE))) || CHAT_RECORDS.has(next)) return true;
  if (!CHAT_DETERMINERS.has(before)) return false;
  // The chat doing something to the customer, its subject: "the chat passed me to an agent", "la chat mi ha passato
  // a un operatore", "hat mich der Chat an einen Mitarbeiter weitergeleitet".
  // (Not the chat had with the customer: "get on the chat with me".)
  if (ME.has(next) || (ME.has(c.tokens[i + 2] ?? '') && !withWhom) || ME.has(c.tokens[i - 2] ?? '')) return true;
  // Its object pronoun, then who does it: "¿este chat lo atienden personas?", "questa chat la gestiscono persone?".
  if (CHAT_PRONOUNS.has(c.tokens[i + 1] ?? '')) return true;
  for (let j = i + 1; j < Math.min(c.tokens.length, i + 4); j++) if (c.word(j) & BY) return true;
  return false;
}

/**
 * A talk named as a thing with its article, then asked about in the next clause: "Le rendez-vous avec le concepteur
 * cuisine, | c'est gratuit ?", "Der Termin mit dem Berater, | ist der verbindlich?".
 */
function talkAskedAbout(c: Clause, next: ReadClause | undefined): boolean {
  // (Not whether it can be had: "a call with a manager, | is that possible today?" asks for one.)
  return !!next && DEFINITE.has(c.tokens[0]!) && !!c.phrase(1, TALK) && IS_IT.has(next.tokens[0]!) && !next.tokens.some((_, k) => flagsOf(next, k) & POSSIBLE);
}

/** "Who am I talking to", answered with a guess at the bot: "¿con quién hablo, con una IA?", "who's this, a bot?". */
function whoThenBot(c: Clause, next: ReadClause | undefined): boolean {
  // The question opens the clause ("con quién", "who"), and the guess is all of the next one.
  if (!next || next.tokens.length > 3 || !(WHO_ASKED.has(c.tokens[0]!) || WHO_ASKED.has(c.tokens[1] ?? ''))) return false;
  for (let j = 0; j < next.tokens.length; j++) if (flagsOf(next, j) & BOT) return true;
  return false;
}

/** "No longer", before the negation: Spanish "ya (no hay)", Portuguese "já (não há)". */
const NO_LONGER = packSet('noLonger');

/**
 * Whether people are asked to be gone from the chat now: "¿O sea que ya no hay gente en el chat?", "Então já não há
 * pessoas no chat?". How the service works now, not a complaint that nobody answers ("¿No hay nadie?").
 */
function goneFromChat(c: Clause, i: number, person: PersonAt): boolean {
  // (Read from "no hay" or from "hay".)
  const before = c.word(i - 1) & NEGATION ? i - 2 : i - 1;
  if (!NO_LONGER.has(c.tokens[before] ?? '') || !HUMAN_BEINGS.has(c.tokens[person.end - 1]!)) return false;
  return firstWhere(person.end, Math.min(c.tokens.length, person.end + 3), (k) => CHAT_LOGS.has(c.tokens[k]!)) !== undefined;
}

/** A belief of the past: "thought", "dachte", "pensais", "pensavo", "pensaba", "achei". */
const BELIEVED = packSet('believed');

/**
 * Whether the customer only thought they were talking with a human, in this clause or one just before it: "Witzig, ich
 * dachte kurz, ich schreibe mit einem echten Menschen", "per un attimo pensavo di parlare con una persona vera". About
 * the bot, not a request (nor one who could, or would like to: "pensavo di poter parlare con una persona").
 */
function thoughtHuman(c: Clause, previous: ReadClause | undefined): boolean {
  const n = c.tokens.length;
  const believed = c.tokens.some((t) => BELIEVED.has(t)) || (!!previous && previous.tokens.length <= 6 && previous.tokens.some((t) => BELIEVED.has(t)));
  if (!believed) return false;
  if (firstWhere(0, n, (k) => c.word(k) & (MODAL | ABILITY | WANT)) !== undefined) return false;
  return firstWhere(0, n, (k) => HUMAN_BEINGS.has(c.tokens[k]!) || HUMANE.has(c.tokens[k]!)) !== undefined;
}

/** Where people would be, or what they would do, about the chat: "behind", "detrás de", "dietro", "reading", "lendo". */
const AT_THE_CHAT = packSet('atTheChat');

/**
 * Whether anyone is behind or reading the chat, asked about: "¿Detrás de este chat hay personas reales o todo es
 * automático?", "Ci sono persone vere dietro questa chat?", "Are there humans reading these conversations?", "Do you have actual
 * people working on this chat?". How the service works, not a person asked for (who wants one talks: "is there a
 * person behind this chat I can talk to?").
 */
function peopleAtChat(c: Clause): boolean {
  const chat = c.tokens.findIndex((t) => CHAT_LOGS.has(t));
  if (chat < 1 || !CHAT_DETERMINERS.has(c.tokens[chat - 1]!)) return false;
  let at = false;
  for (let k = Math.max(0, chat - 4); k < chat - 1 && !at; k++) at = AT_THE_CHAT.has(c.tokens[k]!);
  if (!at) return false;
  // Asked whether there are any, not wanted ("quiero una persona real detrás de este chat", "get a human behind this chat").
  if (!PEOPLE_ASKED.has(c.tokens[0]!) && !AT_THE_CHAT.has(c.tokens[0]!)) return false;
  // ("Do you have actual people…?" asks whether they have any.)
  for (let j = 0; j < c.tokens.length; j++) {
    if (I_SUBJECT.has(c.tokens[j]!) || (c.word(j) & WANT && c.tokens[j - 1] !== 'you') || (j !== chat && c.word(j) & TALK)) return false;
  }
  return true;
}

/**
 * Whether someone doing the work is there, asked with the bot guessed as the other half: "Is there a human behind you
 * reading all this, or is it fully automated?", "C'è una persona che legge o è tutto automatico?", "Gibt es einen
 * Menschen, der das liest, oder ist alles automatisch?". How the service works, the person first (botOrPerson has the
 * bot first). Someone just there is asked for ("is there actually anyone there or is this all automated?", "¿Hay algún
 * humano disponible o solo contestan máquinas?"), and so is someone to talk to ("Is there a human I can talk to, or is
 * it all bots?").
 */
function personThenBot(c: Clause, read: readonly ReadClause[], index: number): boolean {
  // (Or opening on what they would do: "Liest hier irgendwer mit oder ist das komplett automatisch?".)
  // (Past a few words: "¿Todavía tienen gente…?", "Vocês ainda têm gente…?", "Ma da voi ci sono ancora persone…?".)
  const reads = AT_THE_CHAT.has(c.tokens[0]!);
  const asked = firstWhere(0, 5, (j) => PEOPLE_ASKED.has(c.tokens[j] ?? ''));
  if (asked === undefined && !reads) return false;
  const or = OR_WORDS[c.language] ?? [];
  const guessedIn = (r: ReadClause) => or.includes(r.tokens[0]!) && botGuessed(r.tokens, (k) => flagsOf(r, k), 0);
  // What they do: "behind", "reading", "a human who checks", "una persona che legge" (not "raggiungibili da qui"); or
  // that the firm has them: "Do you actually have human staff or is it all AI now?", "Vocês ainda têm atendentes…?"
  // (not someone just there: "Vocês têm alguém aí ou é tudo robô?").
  const yours = (j: number) => firstWhere(Math.max(0, j - 2), j, (k) => YOU.has(c.tokens[k]!) || YOU_ALL.has(c.tokens[k]!)) !== undefined;
  let working = reads;
  let owned = asked !== undefined && yours(asked);
  for (let j = (asked ?? 0) + 1; j < c.tokens.length; j++) {
    if (c.word(j) & INDEFINITE) owned = false;
    const have = c.word(j) & WANT && yours(j);
    if (have) owned = true;
    // (Or still has them, whoever they are: "ci sono ancora persone o fa tutto l'IA?", "Ma c'è ancora qualcuno in carne e
    // ossa in questa azienda o fate tutto con l'intelligenza artificiale?".)
    else if (STILL.has(c.tokens[j]!) && asked !== undefined && j <= asked + 2) working = true;
    else if (I_SUBJECT.has(c.tokens[j]!) || c.word(j) & (TALK | WANT)) return false;
    if (j > 1 && or.includes(c.tokens[j]!)) return (working || owned) && botGuessed(c.tokens, (k) => c.word(k), j);
    working ||= AT_THE_CHAT.has(c.tokens[j]!) || (RELATIVE.has(c.tokens[j]!) && !!(c.word(j - 1) & (PERSON | INDEFINITE)));
  }
  // The guess in a clause of its own, maybe past one saying what they do: "…, der das liest, oder ist alles automatisch?".
  const next = read[index + 1];
  if (!next) return false;
  if (or.includes(next.tokens[0]!)) return (working || owned) && guessedIn(next);
  const after = read[index + 2];
  return RELATIVE.has(next.tokens[0]!) && !next.triggers && !!after && guessedIn(after);
}

/** The bot guessed in the six words after the "or" at `from`: "or has everything been replaced by bots?". */
function botGuessed(tokens: readonly string[], flags: (j: number) => number, from: number): boolean {
  for (let j = from + 1; j <= from + 6 && j < tokens.length; j++) if (AUTOMATED.has(tokens[j]!) || flags(j) & BOT) return true;
  return false;
}

/** What opens a question whether there are people: "are there", "do you have", "hay", "tem", "ci sono", "y a-t-il", "gibt es". */
const PEOPLE_ASKED = packSet('peopleAsked');

const IN_LANGUAGE = new Set(['in', 'en', 'em', 'auf']);

/** A language after a verb of speaking that ends at `end`: "speak Spanish", "parla inglese", "spricht auf Englisch". */
function spokenAfter(c: Clause, end: number, languages: Uint8Array): boolean {
  return inTable(languages, c.ids[IN_LANGUAGE.has(c.tokens[end] ?? '') ? end + 1 : end] ?? -1);
}

/** Someone else speaks between a person and the verb: "a person I can speak Spanish with", "alguien con quien hablar en inglés". */
function spokenBy(c: Clause, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (I_SUBJECT.has(c.tokens[k]!) || WITH.has(c.tokens[k]!)) return true;
  return false;
}

/** Thanks end an interjection ("Mensch, danke!"), not a request. */
const THANKS = packSet('thanks');

/** Thanks to someone, at the start of the clause: "mil gracias a la persona del chat de antes", "danke an den Menschen im Chat". */
function thanksTo(c: Clause): boolean {
  for (let i = 0; i < Math.min(3, c.tokens.length - 1); i++) if (THANKS.has(c.tokens[i]!)) return TO.has(c.tokens[i + 1]!) || (c.tokens[i + 1] === 'you' && c.tokens[i + 2] === 'to');
  return false;
}

/** A clause parsed for phrases, or none when it states a need that may come some day. */
function parseClause(compiledLexicon: CompiledLexicon, r: ReadClause): Clause | undefined {
  return holds(compiledLexicon.hypotheticals, r.ids) ? undefined : new Clause(r);
}

/** German "call": "rufen Sie mich … an", "ruf mich … zurück". */
const RUF = packSet('ruf');
/** Who is to be called, and the particle that ends the call: "mich", "uns"; "an", "zurück". */
const RUF_ME = packSet('rufMe');
const RUF_PARTICLE = packSet('rufParticle');
/** Words between "mich" and the particle that forbid the call: "rufen Sie mich nicht mehr an". */
const RUF_NOT = packSet('rufNot');

/**
 * German "call me" with its particle at the end and words between, which no phrase can list: "Bitte rufen Sie
 * mich schnellstmöglich an", "ruf mich heute noch zurück", "Bitte ruft mich heute Nachmittag jemand aufs Handy an". At most six words between, none a "not", and nothing
 * after the particle but "please" or "now".
 */
function callMeSplit(read: ReadClause): ExplicitRequestMatch | undefined {
  const tokens = read.tokens;
  const n = tokens.length;
  if (n < 4 || n > 12) return undefined;
  let end = n;
  while (end > 0 && (tokens[end - 1] === 'bitte' || tokens[end - 1] === 'sofort' || tokens[end - 1] === 'dringend')) end--;
  if (!RUF_PARTICLE.has(tokens[end - 1] ?? '')) return undefined;
  // The imperative opens the clause ("Sie rufen mich immer an" tells, "rufen Sie mich nicht mehr an" forbids).
  const k = tokens[0] === 'bitte' ? 1 : 0;
  if (!RUF.has(tokens[k]!)) return undefined;
  const me = RUF_ME.has(tokens[k + 1]!) ? k + 1 : RUF_ME.has(tokens[k + 2]!) && (tokens[k + 1] === 'sie' || tokens[k + 1] === 'ihr') ? k + 2 : -1;
  if (me < 0 || end - 1 - me > 7) return undefined;
  // (Someone named with an article after "mich" asks what they will do, unless a plea asks for it: "Ruft mich der
  // Prüfer vor der Prüfung an?", not "Bitte ruft mich der Techniker heute an".)
  if (k === 0 && DEFINITE.has(tokens[me + 1]!) && !tokens.includes('bitte')) return undefined;
  for (let j = me + 1; j < end - 1; j++) if (RUF_NOT.has(tokens[j]!)) return undefined;
  return { form: 'transfer', evidence: tokens.slice(k, end).join(' '), language: 'de' };
}

/** German verbs of calling at the end of their clause: "… mich morgen anrufen", "… mich zurückruft", "… telefonisch kontaktieren". */
const DE_CALL = packSet('deCall');
/** German verbs of getting in touch, with "bei mir": "meldet euch telefonisch bei mir", "soll sich bitte bei mir melden". */
const DE_MELDEN = packSet('deMelden');
/** German modals of asking: "können Sie mich … anrufen?", "der Monteur soll mich … anrufen", "… anrufen könnte". */
const DE_MODAL = packSet('deModal');
/** A wish before a "dass" clause: "ich möchte, | dass mein Berater mich anruft". */
const DE_WISH = packSet('deWish');
/**
 * Words that make a German call something other than a request now: negations, a call that came or keeps
 * coming ("hat mich gestern angerufen", "ruft mich ständig an"), and how or why questions.
 */
const DE_NOT_ASKED = packSet('deNotAsked');
/** How or why, opening the clause ("Wie kann mich der Techniker erreichen?"); "so schnell wie möglich" asks. */
const DE_HOW = packSet('deHow');

/**
 * German "call me" with the verb at the end and any words between, which no phrase can list: "Können Sie mich
 * unter 0171 2345678 zurückrufen?", "Der Heizungsmonteur soll mich bitte eine halbe Stunde vorher anrufen",
 * "… wenn mich ein Mitarbeiter baldmöglichst anrufen könnte", "(ich möchte,) dass mein Berater mich anruft",
 * "Bitte meldet euch telefonisch bei mir". A modal, a wish or "bitte" must ask for it.
 */
function germanCall(read: ReadClause, before: ReadClause | undefined): ExplicitRequestMatch | undefined {
  const tokens = read.tokens;
  const n = tokens.length;
  if (n < 3 || n > 16) return undefined;
  // What it is about may follow the verb: "… bei mir melden wegen der Besichtigung".
  const about = tokens.findIndex((t, k) => k > 2 && REASON.has(t) && (DE_MELDEN.has(tokens[k - 1]!) || DE_CALL.has(tokens[k - 1]!)));
  let end = about > 0 ? about : n;
  while (end > 0 && (tokens[end - 1] === 'bitte' || tokens[end - 1] === 'danke' || DE_MODAL.has(tokens[end - 1]!))) end--;
  const verb = tokens[end - 1]!;
  const melden = DE_MELDEN.has(verb) || DE_MELDEN.has(tokens[tokens[0] === 'bitte' ? 1 : 0]!);
  if (!melden && !DE_CALL.has(verb) && !(RUF.has(verb) && RUF_PARTICLE.has(tokens[end - 2] ?? ''))) return undefined;
  let me = -1;
  let modal = false;
  // "Bitte …", "Meldet euch …", "Melden Sie sich …" (not the question "Meldet sich jemand …?"), or a wish before "dass".
  const k = tokens[0] === 'bitte' ? 1 : 0;
  const imperative = DE_MELDEN.has(tokens[k]!) && (tokens[k + 1] === 'euch' || tokens[k + 1] === 'dich' || (tokens[k + 1] === 'sie' && tokens[k + 2] === 'sich'));
  let asked = k === 1 || imperative || (tokens[0] === 'dass' && !!before && before.tokens.some((t) => DE_WISH.has(t)));
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (DE_NOT_ASKED.has(t)) return undefined;
    if (DE_MODAL.has(t)) modal = true;
    else if (t === 'bitte') asked = true;
    else if (me < 0 && (melden ? t === 'bei' && (tokens[i + 1] === 'mir' || tokens[i + 1] === 'uns') : RUF_ME.has(t) || CALLED_ME.has(t))) me = i;
  }
  // (The dative, as many write it and as Swiss German says it ("Chönd Sie mir bitte aalüte?"), only where the customer
  // does nothing: not "Können Sie mir sagen, ob ich anrufen soll?".)
  if (CALLED_ME.has(tokens[me] ?? '') && tokens.includes('ich')) return undefined;
  if (me < 0 || !(modal || asked) || DE_HOW.has(tokens[0]!)) return undefined;
  // (Nor one of the family who calls: "Mein Sohn soll mich in der Mittagspause anrufen können".)
  if (kinBefore(tokens, me)) return undefined;
  // "Ich will nicht, | dass Sie mich anrufen".
  if (tokens[0] === 'dass' && before?.tokens.some((t) => DE_NOT_ASKED.has(t) && (t === 'nicht' || t === 'kein' || t === 'keine'))) return undefined;
  // "Wenn" only with a would or could at the end ("… wenn mich jemand anrufen könnte"): "wenn Sie mich anrufen" is a condition.
  if (tokens.includes('wenn') && !DE_MODAL.has(tokens[n - 1]!)) return undefined;
  return { form: 'transfer', evidence: tokens.join(' '), language: 'de' };
}

/** "Me" as the dative and the Swiss "mi", called all the same: "Können Sie mir anrufen?", "Chönd Sie mi aalüte?". */
const CALLED_ME = new Set(['mir', 'mi']);

/** Stems of Spanish, Portuguese, French and Italian verbs of calling: "llamar", "marcar", "ligar", "chamar", "appeler", "chiamare", "contactar". */
const ROMANCE_CALL = ['llam', 'marc', 'lig', 'cham', 'telefon', 'telephon', 'contact', 'contat', 'ricontatt', 'recontact', 'chiam', 'richiam', 'rappel', 'appel', 'retorn'];
const ITALIAN_CALL = new Set(['chiam', 'richiam', 'telefon', 'contat', 'ricontatt']);
const PORTUGUESE_CALL = new Set(['lig', 'cham', 'telefon', 'retorn']);
/** The customer as the object: "me", "m'", "mi", "moi", and "us". */
const ROMANCE_ME = packSet('romanceMe');
/** Modals of asking, never in the first person: "¿me pueden llamar?", "pode me ligar?", "peut-il m'appeler ?", "potete chiamarmi?". */
const ROMANCE_MODAL = packSet('romanceModal');
/** "Que", "che": before a wished call in the subjunctive ("quiero que me llamen", "para que me contacten", "che mi richiamino"). */
const ROMANCE_THAT = new Set(['que', 'qu', 'che']);
/** Endings of the present and past subjunctive of verbs of calling: "llamen", "ligue", "telefonasse", "richiamino", "rappelle". */
const SUBJUNCTIVE = /(?:e|en|eis|em|ent|i|ino|assem|assero|ara|aran|asen)$/;
/** Endings of an infinitive, bare or with the customer attached: "llamar", "ligar", "appeler", "chiamare", "llamarme", "chiamarmi". */
const INFINITIVE = /(?:r|re|rme|rmi|rnos|rci)$/;
/** Past forms of a Romance call, a report rather than a request: "me ligou", "me llamaron", "mi ha chiamato", "me llamaba". */
const PAST_CALL = /(?:ou|aram|eram|aron|ieron|ato|ata|ado|ada|ava|avam|aba|aban|avano|ei)$/;
/** The present plural of a call, a habit rather than a request: "me ligam", "me llaman", "mi chiamano". */
const PLURAL_NOW = /(?:am|an|ano)$/;
/**
 * Words that stop a Romance call from being asked for now: a negation, a stop, a habit, a why, a past ("por qué"
 * too), another way instead ("prefiero que me escriban en vez de que me llamen").
 */
const ROMANCE_NOT_ASKED = packSet('romanceNotAsked');
/** Why, opening the clause: "¿Por qué me siguen llamando?", "pourquoi m'appeler", "perché mi chiamate?" (later, "perché" is a purpose). */
const ROMANCE_WHY = packSet('romanceWhy');
/** "Why" before a negation that asks ("porque" is "because" as often: not here). */
const WHY_NOT = packSet('whyNot');
/** What comes after a French "rappeler" that reminds rather than calls back: "rappelez-moi le prix", "me rappeler quand". */
const REMINDED = packSet('reminded');

/** What a Spanish "marcar" that marks takes: "marcar el pedido", "marcarlo como urgente". */
const MARKED = packSet('marked');

/** Wishes, needs and purposes a "que" may follow: "quiero que", "j'aimerais que", "vorrei che", "para que", "pour qu'". */
const ROMANCE_WISH = packSet('romanceWish');
/** A wish denied: "Não quero que a oficina me ligue", "no quiero que me llamen", "Plus besoin qu'on me rappelle". */
const ROMANCE_NOT = new Set(['no', 'nao', 'non', 'nn', 'ne', 'n', 'pas', 'plus']);
/** Auxiliaries that make a wish one of the past: "J'ai demandé qu'on me rappelle", "ho chiesto che mi richiamassero". */
const ROMANCE_HAVE = new Set(['ai', 'avais', 'avait', 'avons', 'avez', 'ont', 'ho', 'hai', 'abbiamo', 'avevo', 'he', 'hemos', 'habia', 'tinha', 'tinhamos']);
const wishes = (tokens: readonly string[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (ROMANCE_WISH.has(tokens[k]!) && !ROMANCE_NOT.has(tokens[k - 1] ?? '') && !ROMANCE_HAVE.has(tokens[k - 1] ?? '')) return true;
  return false;
};
/** "Directly": "me pueden contactar directo", "podem me contatar direto", "peuvent me contacter directement". */
const DIRECTLY = packSet('directly');

/** The stems by their first two letters, as one number: most words are ruled out by a map lookup. */
const CALL_BY_START = new Map<number, string[]>();
for (const stem of ROMANCE_CALL) {
  const key = stem.charCodeAt(0) * 65536 + stem.charCodeAt(1);
  CALL_BY_START.set(key, [...(CALL_BY_START.get(key) ?? []), stem]);
}
function callStem(token: string): string | undefined {
  const stems = token.length > 3 ? CALL_BY_START.get(token.charCodeAt(0) * 65536 + token.charCodeAt(1)) : undefined;
  return stems?.find((stem) => token.startsWith(stem) && token.length > stem.length);
}

/** The verb as spelt by ear: "yame" for "llame", "kiama" for "chiama" ("q me yame alguien", "qualcuno mi kiama"). */
function spelledCall(token: string): string {
  if (token.charCodeAt(0) === 0x79 /* y */ && callStem(`ll${token.slice(1)}`)) return `ll${token.slice(1)}`;
  if (token.charCodeAt(0) === 0x6b /* k */ && callStem(`ch${token.slice(1)}`)) return `ch${token.slice(1)}`;
  return token;
}

/**
 * Spanish, Portuguese, French and Italian "call me", read by the verb's shape instead of listed phrase by phrase:
 * after a modal ("¿me podrían marcar?", "alguém me pode telefonar", "peut-il m'appeler ?", "potete chiamarmi?"),
 * in the subjunctive after "que" ("para que me contacten", "que o responsável me telefonasse", "che mi richiamino"),
 * or opening the clause ("Márquenme cuando puedan", "Me liga quem puder", "rappelez-moi").
 */
function romanceCall(read: ReadClause, previous: ReadClause | undefined): ExplicitRequestMatch | undefined {
  const tokens = read.tokens;
  const n = tokens.length;
  if (n < 2 || n > 24) return undefined;
  for (let v = 0; v < n; v++) {
    const verb = spelledCall(tokens[v]!);
    const stem = callStem(verb);
    if (!stem) continue;
    // (Not "my name is", a past call, a habit in the present plural ("me ligam sem parar"), or English "contacting".)
    if ((stem === 'cham' && (verb === 'chamo' || verb.startsWith('chamad'))) || PAST_CALL.test(verb) || PLURAL_NOW.test(verb) || verb.endsWith('ing')) continue;
    // (Three letters past the stem at least: "llamame", "chiamarmi", not "llame" or "richiami".)
    const attached = verb.length >= stem.length + 3 && (verb.endsWith('me') || verb.endsWith('mi') || verb.endsWith('nos') || verb.endsWith('ci'));
    // Spanish "mi" is "my" ("mi llamada", "mi marca"): only an Italian verb takes it as "me".
    const before = ROMANCE_ME.has(tokens[v - 1] ?? '') && (tokens[v - 1] !== 'mi' || ITALIAN_CALL.has(stem));
    // (Or Portuguese "pra mim", "para mim": "liga pra mim", "ligue para mim".)
    const toMe = (tokens[v + 1] === 'pra' || tokens[v + 1] === 'para') && tokens[v + 2] === 'mim';
    const after = toMe || tokens[v + 1] === 'me' || tokens[v + 1] === 'moi' || tokens[v + 1] === 'nous';
    let shape = 0;
    // After a modal, up to four words before: "me pueden llamar", "peut il m appeler", "alguem me pode telefonar".
    for (let j = Math.max(0, v - 4); j < v && !shape; j++) {
      if (ROMANCE_MODAL.has(tokens[j]!) && INFINITIVE.test(verb) && (attached || before || after || ROMANCE_ME.has(tokens[j - 1] ?? ''))) shape = 1;
    }
    // The subjunctive after "que", up to six words of subject between, that a wish, a purpose or nothing comes
    // before: "J'aimerais que le technicien me rappelle", "para que me contacten", "Que me llamen ya", "Quero que liguem
    // para mim" (not "c'est normal que le livreur m'appelle en numéro masqué ?").
    if (!shape && (before || toMe) && SUBJUNCTIVE.test(verb)) {
      for (let j = Math.max(0, v - 8); j < (before ? v - 1 : v) && !shape; j++) {
        if (!ROMANCE_THAT.has(tokens[j]!)) continue;
        // The wish in the four words before "que", or, for a "que" opening the clause, anywhere in the clause before.
        if (j === 0 ? !previous || wishes(previous.tokens, 0, previous.tokens.length) : wishes(tokens, Math.max(0, j - 4), j)) shape = 2;
      }
    }
    // Opening the clause: "Márquenme", "chiamatemi", "ligue-me", "rappelez-moi", and with the pronoun first only in
    // Portuguese and Italian ("me liga", "alguém me liga", "mi richiami"): Mexican "me marca error" is what a screen shows.
    if (!shape && !INFINITIVE.test(verb) && !verb.endsWith('o')) {
      const opens = v === 1 || (v === 2 && SOMEONE.has(tokens[0]!));
      if ((v === 0 && (attached || after)) || (opens && before && (PORTUGUESE_CALL.has(stem) || ITALIAN_CALL.has(stem)))) shape = 3;
    }
    if (!shape || kinBefore(tokens, v)) continue;
    const next = v + (toMe ? 3 : after ? 2 : 1);
    // Brazilian "não" after it refuses: "Ligue para mim não, prefiro email".
    // ("No" after it is "in the": "Me chama no WhatsApp".)
    if (tokens[next] === 'nao') return undefined;
    // "Rappeler" that reminds, "marcar" that marks: "me rappeler le prix", "me pueden marcar el pedido como urgente".
    if ((stem === 'rappel' && REMINDED.has(tokens[next] ?? '')) || (stem === 'marc' && MARKED.has(tokens[next] ?? ''))) return undefined;
    // "Retornar" returns a call ("que me retornassem a ligação", "me retornem"), not money ("me pueden retornar el dinero").
    if (stem === 'retorn' && next < n && !(tokens[next] === 'a' && (tokens[next + 1] === 'ligacao' || tokens[next + 1] === 'chamada'))) return undefined;
    // A name after it names the customer: "¿me pueden llamar Pili?", "podem me chamar de Bia", "llámame pesada".
    const named = next + (tokens[next] === 'de' ? 1 : 0);
    // (Texting's "xq", "xke" for "because" are no names.)
    if (named < n && read.ids[named]! < 0 && !/^[\dx]/.test(tokens[named]!)) return undefined;
    // Others calling directly ask how it works: "las empresas me pueden contactar directo?" ("¿me pueden llamar
    // directamente?", with no one named before it, asks for the call).
    // (A wish before "que" asks all the same: "Je voudrais que l'atelier de Lyon me contacte directement"; so does a
    // team of the company's: "La delegación de Valencia me puede contactar directamente".)
    if (shape !== 2 && DIRECTLY.has(tokens[next] ?? '') && v > 2 && !read.department && !ROMANCE_MODAL.has(tokens[0]!) && !ROMANCE_ME.has(tokens[0]!)) return undefined;
    if (ROMANCE_WHY.has(tokens[0]!) || (tokens[0] === 'por' && tokens[1] === 'que')) return undefined;
    for (let k = 0; k < v; k++) if (ROMANCE_NOT_ASKED.has(tokens[k]!)) return undefined;
    const from = shape === 3 ? 0 : Math.max(0, v - 3);
    return { form: 'transfer', evidence: tokens.slice(from, Math.min(n, v + (toMe ? 3 : 2))).join(' '), language: romanceLanguage(stem, verb, before ? tokens[v - 1]! : after ? tokens[v + 1]! : '') };
  }
  return undefined;
}

/** The language of a Romance call, from its verb and the customer's pronoun before or after it ('' for none). */
function romanceLanguage(stem: string, verb: string, me: string): Language {
  if (stem === 'rappel' || stem === 'appel' || stem === 'telephon' || stem === 'recontact' || me === 'm' || me === 'moi' || me === 'nous' || (stem === 'contact' && verb.endsWith('er'))) return 'fr';
  if (stem === 'chiam' || stem === 'richiam' || stem === 'ricontatt' || verb.startsWith('contatt') || me === 'mi' || me === 'ci' || verb.endsWith('mi') || verb.endsWith('are')) return 'it';
  if (PORTUGUESE_CALL.has(stem) && (stem !== 'telefon' || !verb.startsWith('telefone'))) return 'pt';
  if (stem === 'contat') return 'pt';
  return 'es';
}

/**
 * A call asked for by its verb's shape, in German or a Romance language, where no phrase matched; never a need that
 * may come some day.
 */
function callByShape(lexicon: CompiledLexicon, read: readonly ReadClause[], index: number): ExplicitRequestMatch | undefined {
  const r = read[index]!;
  const asked = germanCall(r, read[index - 1]) ?? romanceCall(r, read[index - 1]) ?? callWanted(r, lexicon.departments);
  // ("Olvida lo que te dije de que me llamaran": taken back in the same breath. "Le livreur peut m'appeler quand il
  // est en bas ?": who brings the order, calling on the way.)
  return asked && !holds(lexicon.hypotheticals, r.ids) && !holds(lexicon.retractions, r.ids) && !delivers(r.tokens, read[index + 1]?.tokens) ? asked : undefined;
}

/** Calls as nouns, and the language each names. */
const CALL_NOUNS = new Map<string, Language>([
  ['call', 'en'], ['callback', 'en'], ['llamada', 'es'], ['rappel', 'fr'], ['appel', 'fr'], ['telefonema', 'pt'], ['ruckruf', 'de'], ['anruf', 'de'], ['retorno', 'pt'], ['ligacao', 'pt'],
  ['chamada', 'pt'], ['chiamata', 'it'], ['richiamata', 'it'], ['telefonata', 'it'], ['contacto', 'es'], ['contato', 'pt'], ['contatto', 'it'],
]);
/** Wanting, asking for or needing (not ROMANCE_WISH's purposes: "para una llamada" is what something is for). */
const CALL_WISH = packSet('callWish');
/** What French "se passer" takes for doing without: "me passer du service client", "de vos conseillers". */
const DO_WITHOUT = new Set(['du', 'de', 'des', 'd']);

/** Whether the verb ending at `end` is French "(se) passer de", doing without: "Je vais me passer du service client". */
function doesWithout(c: Clause, end: number): boolean {
  return c.language === 'fr' && c.tokens[end - 1] === 'passer' && DO_WITHOUT.has(c.tokens[end] ?? '');
}
/** What kind of call, before it: "a quick call", "ein telefonischer Rückruf". */
const CALL_KIND = new Set(['phone', 'quick', 'telephone', 'telefonischer', 'telefonische', 'kurzer']);
/** Negations before a wished call: "no", "not", "don't", "never", "ne … pas", "não", "non", "nunca", "jamais", "mai". */
const NOT_WANTED = packSet('notWanted');
/** A call's own words after it: back, by phone, please ("una llamada de vuelta", "un rappel par téléphone, svp"). */
const CALL_TAIL = packSet('callTail');
/** Before who calls or how: "de un asesor", "from someone", "by phone", "per telefono". */
const FROM_ONE = packSet('fromOne');
/** "From the", before a team: "do apoio ao cliente", "du service client", "dall'assistenza", "del servicio". */
const FROM_THE = packSet('fromThe');

/**
 * A call asked for as a noun: "je demande un rappel", "solicito una llamada de un asesor", "quero um retorno por
 * telefone", "vorrei una chiamata domani", "I want a phone call". Only with nothing after it but when, how or
 * from whom: "un rappel de ma facture" reminds, "una chiamata gratuita verso l'estero" is a phone plan.
 */
function callWanted(read: ReadClause, departments: Uint8Array): ExplicitRequestMatch | undefined {
  const tokens = read.tokens;
  const n = tokens.length;
  const terse = terseCall(tokens);
  if (terse) return terse;
  for (let k = 0; k < n; k++) {
    const language = CALL_NOUNS.get(tokens[k]!);
    if (!language) continue;
    // (Past a kind or two: "a quick phone callback".)
    const kinds = CALL_KIND.has(tokens[k - 1] ?? '') ? (CALL_KIND.has(tokens[k - 2] ?? '') ? 2 : 1) : 0;
    const article = k - 1 - kinds;
    const one = ONE.has(tokens[article] ?? '');
    // Asked whether it is possible, after it: "Wäre ein Rückruf morgen zwischen 12 und 13 Uhr möglich?", "Un rappel
    // serait-il possible ?", "Rückruf möglich?" (not "… n'est pas possible", nor a call somewhere: "Is a call to Spain
    // possible on this plan?", "una chiamata verso l'estero"; nor one in the past: "Was a callback possible last week?").
    if (one || k === 0) {
      const possible = firstWhere(k + 1, Math.min(n, k + 10), (j) => flagsOf(read, j) & (POSSIBLE | NEGATION) || TO.has(tokens[j]!) || tokens[j] === 'verso' || tokens[j] === 'nach');
      const past = possible !== undefined && tokens.slice(0, possible).some((t) => PAST_AUXILIARY.has(t));
      if (possible !== undefined && flagsOf(read, possible) & POSSIBLE && !NOT_WANTED.has(tokens[article - 1] ?? '') && !past) {
        return { form: 'transfer', evidence: tokens.slice(Math.max(0, article), possible + 1).join(' '), language };
      }
    }
    // (Or no article, the wish right before: "Aguardo contacto telefónico de alguém do salão".)
    const bare = !one && CALL_WISH.has(tokens[article] ?? '');
    if (!one && !bare) continue;
    // The wish right before it, or one word before ("gostaria de uma ligação", "I'd really like a call"), or "possible"
    // ("¿Sería posible una llamada de vuelta?", "È possibile una richiamata domani?").
    const wish = bare ? article : CALL_WISH.has(tokens[article - 1] ?? '') || flagsOf(read, article - 1) & POSSIBLE ? article - 1 : CALL_WISH.has(tokens[article - 2] ?? '') ? article - 2 : -1;
    if (wish < 0) continue;
    let negated = false;
    // (Nor a wait told as past: "Estava à espera de uma chamada mas já me ligaram".)
    // (Portuguese "no" is "in the": "Fico no aguardo de uma ligação".)
    for (let j = Math.max(0, wish - 3); j < wish; j++) if ((NOT_WANTED.has(tokens[j]!) && !(tokens[j] === 'no' && language === 'pt')) || PAST_AUXILIARY.has(tokens[j]!)) negated = true;
    if (negated) continue;
    let next = k + 1;
    for (;;) {
      if (CALL_TAIL.has(tokens[next] ?? '')) next++;
      // ("por favor", "de vuelta", "by phone", "par téléphone", "per telefono")
      else if (next + 1 < n && (CALL_TAIL.has(tokens[next + 1]!) || PHONE.has(tokens[next + 1]!)) && FROM_ONE.has(tokens[next]!)) next += 2;
      else break;
    }
    // From whom: "de un asesor", "from someone", "d'un conseiller", or from a team: "de atención al cliente", "do apoio
    // ao cliente", "dall'assistenza".
    // (Or from "you", "da parte vostra": "Fico no aguardo de uma ligação de vocês".)
    const who = tokens[next + 1] ?? '';
    const from = next < n && (FROM_ONE.has(tokens[next]!) || FROM_THE.has(tokens[next]!)) && (ONE.has(who) || SOMEONE.has(who) || YOU_ALL.has(who) || YOU.has(who) || who === 'parte' || teamAt(read, next + 1, departments));
    // (Or what it is about, the wish the customer's own, opening the clause: "Ich warte auf einen Rückruf wegen meiner
    // Stromrechnung", not "You said I would receive a call about my refund".)
    const about = REASON.has(tokens[next] ?? '') && (wish === 0 || (wish === 1 && I_SUBJECT.has(tokens[0]!)));
    if (next < n && !from && !CALL_ON.has(tokens[next]!) && !about) continue;
    return { form: 'transfer', evidence: tokens.slice(wish, Math.min(n, k + 2)).join(' '), language };
  }
  return undefined;
}

/** A team named at `k`, an article before it or not: "customer service", "la logistique", "l'assistenza". */
function teamAt(read: ReadClause, k: number, departments: Uint8Array): boolean {
  const at = (j: number) => j < read.tokens.length && departmentWord(read.tokens[j]!, read.ids[j]!, departments);
  return at(k) || ((ONE.has(read.tokens[k] ?? '') || DEFINITE.has(read.tokens[k] ?? '')) && at(k + 1));
}

/** A call asked for with "requested" after it: "rappel souhaité", "Rückruf erwünscht", "callback requested". */
const WISHED = packSet('wished');
/** A request for, before the noun: "pedido de chamada de volta", "demande de rappel", "req callback", "Bitte um Rückruf". */
const REQUEST_FOR = packSet('requestFor');

/** When in the day, words of a call asked for in a few words: "tomorrow", "morning", "demain", "matin", "domattina". */
const DAY_PART = packSet('dayPart');

/**
 * A call asked for in a few words, the noun first: "callback pls", "Rappel souhaité svp", "Retorno por telefone pfv",
 * "Pedido de chamada de volta", "Rückruf bitte". Nothing but a request for it, how, when in the day ("Rappel
 * téléphonique demain matin svp") and please around the noun.
 */
function terseCall(tokens: readonly string[]): ExplicitRequestMatch | undefined {
  const n = tokens.length;
  if (n < 2 || n > 7) return undefined;
  let k = 0;
  while (k < n && REQUEST_FOR.has(tokens[k]!)) k++;
  const language = CALL_NOUNS.get(tokens[k] ?? '');
  if (!language) return undefined;
  // Asked by the words before it ("req", "pedido de"), not by an article alone ("a callback").
  let asked = k > 0 && !ONE.has(tokens[0]!);
  for (let j = k + 1; j < n; j++) {
    const token = tokens[j]!;
    if (WISHED.has(token) || NOW.has(token) || (CALL_TAIL.has(token) && token !== 'back' && token !== 'vuelta')) asked = true;
    else if (!CALL_TAIL.has(token) && !PHONE.has(token) && !FROM_ONE.has(token) && !DAY_PART.has(token) && token !== 'volta') return undefined;
  }
  return asked ? { form: 'transfer', evidence: tokens.join(' '), language } : undefined;
}

const WHO_CAN = packSet('whoCan');
/** What may end "who can?": "who can then?", "wer kann das?", "qui peut alors ?", "chi sa allora?". */
const WHO_CAN_TAIL = packSet('whoCanTail');

/**
 * "Who can?" right after the bot (or "you") could not: "bot can't help me. who can?", "il chatbot non sa
 * rispondere, chi sa?", "Das kann der Chatbot nicht beantworten. Wer kann das?". Asked alone, or after
 * anything else ("it might rain, who knows?"), it asks for no one.
 */
function whoCan(lexicon: CompiledLexicon, read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): ExplicitRequestMatch | undefined {
  const tokens = read[index]!.tokens;
  if (!whoCanHelp(tokens)) {
    if (tokens.length < 2 || tokens.length > 4 || !WHO.has(tokens[0]!) || !WHO_CAN.has(tokens[1]!)) return undefined;
    for (let k = 2; k < tokens.length; k++) if (!WHO_CAN_TAIL.has(tokens[k]!)) return undefined;
  }
  const before = parsed[index - 1] ?? parseClause(lexicon, read[index - 1]!);
  if (!before) return undefined;
  let bot = false;
  let negation = false;
  for (let i = 0; i < before.tokens.length; i++) {
    const token = before.tokens[i]!;
    // (And the assistant, which fails: "L'assistant ne comprend pas", "The assistant keeps misunderstanding me".)
    if (before.word(i) & BOT || YOU.has(token) || ASSISTANT.has(token)) bot = true;
    if (before.word(i) & NEGATION || token.startsWith('misunderst')) negation = true;
  }
  if (!bot || !negation) return undefined;
  return { form: 'reject_bot', evidence: `${before.text(0, before.tokens.length)} ${tokens.join(' ')}`, language: before.language };
}

/**
 * Nobody there asked about, then who would talk or take over, after a comma as German writes it: "gibt's da niemanden,
 * | der das übernehmen kann?", "Gibt es niemanden, | mit dem ich sprechen kann?".
 */
function nobodyWho(lexicon: CompiledLexicon, read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): ExplicitRequestMatch | undefined {
  const tokens = read[index]!.tokens;
  const relative = RELATIVE.has(tokens[0]!) ? 1 : WITH.has(tokens[0]!) && (RELATIVE.has(tokens[1] ?? '') || DEFINITE.has(tokens[1] ?? '')) ? 2 : 0;
  const previous = read[index - 1]!.tokens;
  if (!relative || !nobodyAt(previous, previous.length - 1)) return undefined;
  // Asked, opening on it ("Gibt es niemanden, …?"), not told ("Zu Hause gibt es niemanden, der mir helfen kann").
  const before = parsed[index - 1] ?? parseClause(lexicon, read[index - 1]!);
  if (!before || !before.phrase(0, EXISTENTIAL)) return undefined;
  // Someone to talk to, or able to take it over ("der das übernehmen kann", not "der die Kosten übernimmt").
  const c = parsed[index] ?? parseClause(lexicon, read[index]!);
  const verb = c && firstWhere(relative, tokens.length, (j) => talkAt(c, j) || (c.phrase(j, ATTEND) && c.tokens.some((_, k) => c.word(k) & MODAL)));
  if (verb === undefined || negated(c!, verb)) return undefined;
  return { form: 'indirect', evidence: `${before.text(0, previous.length)} ${c!.text(0, verb + 1)}`, language: before.language };
}

/** "Then" before "who": "Então quem me pode ajudar?", "Allora chi mi può aiutare?". */
const THEN = packSet('then');
const HELP = packSet('help');

/** "Who can help me (with) …": "¿Quién me puede ayudar entonces a cambiar…?", "qui peut m'aider à…", "Wer kann mir dann helfen, …". */
function whoCanHelp(tokens: readonly string[]): boolean {
  const w = THEN.has(tokens[0]!) ? 1 : 0;
  if (!WHO.has(tokens[w] ?? '')) return false;
  for (let k = w + 1; k < Math.min(tokens.length, w + 5); k++) {
    if (HELP.has(tokens[k]!)) return tokens.slice(w + 1, k).some((t) => WHO_CAN.has(t));
    if (!WHO_CAN.has(tokens[k]!) && !ME.has(tokens[k]!) && !THEN.has(tokens[k]!)) return false;
  }
  return false;
}

/**
 * A request that points back at someone named just before ("Den brauche ich", "comunicar con ella"), or at whoever
 * handles what was just asked about, talked to and wished for ("Chi si occupa dei reclami? | Voglio parlare con lui",
 * not "Qui s'occupe des livraisons ? | Je veux leur laisser un mot", nor "… | Ya le escribí a ella el lunes").
 */
function pointedAt(read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, names: Array<boolean | undefined>, index: number, c: Clause): ExplicitRequestMatch | undefined {
  if (!points(read[index]!)) return undefined;
  if (named(read, parsed, names, index)) return pointedBack(c, humanBefore(read, index));
  return handledBefore(read, index) && (wishful(c) || c.tokens.some((t) => OBLIGE.has(t))) ? pointedBack(c, false, true) : undefined;
}

/** Whether one of the two clauses before `index` asks who handles something (see asksWhoHandles). */
function handledBefore(read: readonly ReadClause[], index: number): boolean {
  return (index >= 1 && asksWhoHandles(read[index - 1]!.tokens)) || (index >= 2 && asksWhoHandles(read[index - 2]!.tokens));
}

/** Does one of the two clauses before `index` name someone (or a department) a pointer can point back at? */
function named(read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, names: Array<boolean | undefined>, index: number): boolean {
  return mayName(read, parsed, index) && (namesAt(read, parsed, names, index - 1) || namesAt(read, parsed, names, index - 2));
}

/** Could one of the two clauses before `index` name someone? (Cheap: parsed, a department, or who handles something asked.) */
function mayName(read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, index: number): boolean {
  // (k may be -1 or -2: checked first, as an array read there is a slow property lookup.)
  for (let k = index - 1; k >= index - 2 && k >= 0; k--) if (parsed[k] !== undefined || read[k]!.department || asksWhoHandles(read[k]!.tokens)) return true;
  return false;
}

function namesAt(read: readonly ReadClause[], parsed: ReadonlyArray<Clause | undefined>, names: Array<boolean | undefined>, k: number): boolean {
  if (k < 0) return false;
  if (read[k]!.department) return true;
  const c = parsed[k];
  return !!c && (names[k] ??= c.tokens.some((_, i) => namesSomeone(c, i)));
}

/** Whether a clause only says "if possible": "si c'est possible", "wenn möglich", "se possibile" (see carryFrom). */
function ifPossible(tokens: readonly string[], lastFlags: number): boolean {
  return tokens.length <= 4 && IF.has(tokens[0]!) && (lastFlags & POSSIBLE) !== 0;
}

/** The index of the last clause that says more than urgency or politeness ("jetzt", "please"); -1 for none. */
function lastSubstantial(read: readonly ReadClause[]): number {
  for (let k = read.length - 1; k >= 0; k--) {
    const r = read[k]!;
    for (let i = 0; i < r.words.length; i++) {
      if ((flagsOf(r, i) & (TERSE_FILLER | PLEASE)) === 0 || THANKS.has(r.tokens[i]!)) return k;
    }
  }
  return -1;
}

/**
 * Does the customer ask for a person? Works across English, Spanish, French, German, Portuguese
 * and Italian at once (customers switch languages), tolerates typos and terse or indirect forms,
 * and stays quiet on "human resources", "travel agent", "I don't need a human" and the like.
 */
export function detectExplicitRequest(input: string | AnalyzedText): ExplicitRequestMatch | undefined {
  const analyzed = typeof input === 'string' ? analyze(input) : input;
  let carry: Carry = { ...NO_CARRY };
  // The lexicon first: compiling it may add words to the vocabulary the ids come from.
  const compiledLexicon = lexicon();
  const ids = idsOf(analyzed);
  const read: ReadClause[] = [];
  // Clauses hold the message's tokens in order: a clause's hashes start where the previous one's end.
  let offset = 0;
  for (const tokens of analyzed.clauses) {
    read.push(readClause(compiledLexicon, tokens, analyzed.tokens, ids, offset));
    offset += tokens.length;
  }
  // Phrases are matched only where they can matter: a clause with a phrase that names a person, a
  // department or a bot (or describes the customer), and the clause before it, whose wish or rejection
  // it may complete. Without such a phrase matchClause finds nothing, whatever the previous clause left.
  // A need that may come some day ("if I ever need to speak to someone later") asks for nothing now. A team that must
  // do something is parsed too ("El departamento de devoluciones tiene que revisar mi etiqueta"), and one something is
  // handed on to ("Giralo all'ufficio rimborsi").
  // A clause that points back ("I want to talk to him") at someone or a department named in one of the
  // two before it ("Who's your supervisor?") is parsed too.
  const parsed = read.map((r, index) =>
    r.triggers || (r.department && (r.hint || r.tokens.some((t) => OBLIGE.has(t) || FORWARD.has(t)) || (WITH.has(r.tokens[0]!) && r.tokens.length <= 7))) || r.nobody || (r.hint && namesDecider(r.tokens)) || (read[index + 1]?.triggers ?? 0) & TRIGGER || ((read[index + 2]?.triggers ?? 0) & TRIGGER && ifPossible(read[index + 1]!.tokens, flagsOf(read[index + 1]!, read[index + 1]!.tokens.length - 1))) ? parseClause(compiledLexicon, r) : undefined,
  );
  // Worked out only for a clause that has a parsed one before it: most messages never ask.
  const names: Array<boolean | undefined> = [];
  for (let index = 0; index < read.length; index++) {
    if (parsed[index] || !mayName(read, parsed, index)) continue;
    if (points(read[index]!) && (named(read, parsed, names, index) || handledBefore(read, index))) parsed[index] = parseClause(compiledLexicon, read[index]!);
  }
  // Self-descriptions count across the whole message, whichever clause holds them.
  for (const c of parsed) if (c && !carry.selfDescribed && describesSelf(c)) carry.selfDescribed = true;
  const substantial = lastSubstantial(read);
  // The clause that named one of the company's people only as a condition (see freeOnlyIf), if any.
  let conditionAt = -1;
  const question = analyzed.text.includes('?');
  for (let index = 0; index < parsed.length; index++) {
    const c = parsed[index];
    carry.more = index < substantial;
    const asked = (index > 0 ? (whoCan(compiledLexicon, read, parsed, index) ?? nobodyWho(compiledLexicon, read, parsed, index)) : undefined) ?? callMeSplit(read[index]!);
    if (asked) return retracted(compiledLexicon, read, index) ? undefined : asked;
    const team = teamThenPlease(compiledLexicon, read, parsed, index) ?? teamToTalkTo(compiledLexicon, read, parsed, index);
    if (team) return retracted(compiledLexicon, read, index) ? undefined : team;
    if (!c) {
      const shaped = callByShape(compiledLexicon, read, index);
      if (shaped) return retracted(compiledLexicon, read, index) ? undefined : shaped;
      carry = { ...NO_CARRY, selfDescribed: carry.selfDescribed, more: carry.more, follows: true };
      continue;
    }
    // A control's label is no request: "o botão 'Fale com um especialista' fica cortado".
    const voided = carry.voidsNext || labelsControl(c, compiledLexicon.departments);
    // (Nobody is pointed back at who was named only as a condition: "Si hay un agente libre, | igual prefiero seguir por
    // el chat".)
    const match = voided ? undefined : (matchClause(c, carry, compiledLexicon) ?? (conditionAt === index - 1 ? undefined : pointedAt(read, parsed, names, index, c)) ?? freeIf(c, read[index + 1], compiledLexicon.available) ?? kindlyAsked(c, read[index + 1], question) ?? namedThenRole(c, read, index) ?? noneThere(c, read[index + 1]));
    const theirs = !!match && anothersWish(c, compiledLexicon.departments);
    const onlyIf = match?.form === 'indirect' && freeOnlyIf(c, read[index + 1]);
    if (onlyIf) conditionAt = index;
    // Whether they must make the contact themselves, another way offered: no demand either (see neededOrElse).
    const offered = !!match && neededOrElse(c, read[index + 1], question);
    // Not for now, someone else's words, or a question about a shop: the message may still ask further on.
    const aside =
      !match ||
      // (A job asked of one of them is a request all the same: "Könnte jemand im Laden meine Bestellung prüfen?")
      (match.form === 'indirect' && inStore(read, index) && !(c.flags & MODAL && c.flags & ATTEND && c.tokens.some((t) => SOMEONE.has(t)))) ||
      (match.form === 'terse' && (apposition(read, index) || addressed(read, index) || guessedWho(c, read, index) || definitionAsked(read, index))) ||
      theirs ||
      theirPastCall(c) ||
      askedBefore(read, index) ||
      bookingNeeded(c, read[index - 1], question) ||
      (match.form !== 'escalate' && callBeforeDeed(c)) ||
      onlyIf ||
      othersHabit(c) ||
      theirPlan(c) ||
      outsidersTalk(c, compiledLexicon.outsiders) ||
      (question && tradeNeeded(c, compiledLexicon.outsiders)) ||
      theirWayIn(question, read, index) ||
      botOrPerson(c) ||
      whoThenBot(c, read[index + 1]) ||
      talkAskedAbout(c, read[index + 1]) ||
      peopleAtChat(c) ||
      thoughtHuman(c, read[index - 1]) ||
      personThenBot(c, read, index) ||
      offerStopped(read, index) ||
      justCalled(c) ||
      cancelsCall(c) ||
      (match.form === 'indirect' && question && dutyAsked(c, read[index + 1])) ||
      (match.form !== 'escalate' && pricedTalk(question, c, read, index)) ||
      (match.form === 'indirect' && (teamsContact(c, compiledLexicon.departments) || detailsAfterWho(c, read[index + 1]))) ||
      (match.form !== 'escalate' && match.form !== 'reject_bot' && deliveryCall(c, read[index + 1]?.tokens)) ||
      later(compiledLexicon, read, parsed, index) ||
      counterfactual(c.tokens) ||
      (match.form !== 'escalate' && ownPlan(compiledLexicon, c)) ||
      (match.form !== 'escalate' && backAfterTalk(c)) ||
      offered ||
      hoursAsked(c) ||
      (match.form === 'indirect' && weekdayAsked(c)) ||
      infinitiveOfHypothetical(compiledLexicon, read, index) ||
      quotedEvidence(analyzed.folded, c, read[index]!.start, match.evidence);
    if (!aside) return retracted(compiledLexicon, read, index) ? undefined : match;
    // An ultimatum carries its own time ("… by Friday, or I leave"): no later() for it.
    const demanded = voided || offered ? undefined : (ultimatum(compiledLexicon, c, index === 0) ?? orElse(compiledLexicon, read[index]!));
    if (demanded && !quotedEvidence(analyzed.folded, c, read[index]!.start, demanded.evidence)) return retracted(compiledLexicon, read, index) ? undefined : demanded;
    // A call the phrases missed, where they found nothing at all (an aside stays one).
    const called = match ? undefined : callByShape(compiledLexicon, read, index);
    if (called) return retracted(compiledLexicon, read, index) ? undefined : called;
    carry = carryFrom(c, carry);
    // Their talk, then how to reach them: "My insurer wants to speak to your claims people | what email should I give them?"
    if (theirs) carry.voidsNext = true;
  }
  return undefined;
}
