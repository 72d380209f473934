import { LANGUAGES } from '@baton/protocol/vocabulary';
import type { Language } from '@baton/protocol';
import { EXPLICIT_LEXICON, type ExplicitLexicon } from '../lexicon/explicit-request.lexicon.js';
import { analyze, fold, hashesOf, tokenize, wordHash, FuzzyIndex, type AnalyzedText } from '../text.js';

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

const FIELD_FLAGS: ReadonlyArray<[keyof ExplicitLexicon, number]> = [
  ['person', PERSON],
  ['indefinite', INDEFINITE],
  ['talk', TALK],
  ['want', WANT],
  ['filler', FILLER],
  ['negation', NEGATION],
  ['ability', ABILITY],
  ['possessive', POSSESSIVE],
  ['notAPersonBefore', NOT_PERSON_BEFORE],
  ['notAPersonAfter', NOT_PERSON_AFTER],
  ['notAPersonPhrases', NOT_PERSON_PHRASE],
  ['bot', BOT],
  ['rejectBot', REJECT_BOT],
  ['existential', EXISTENTIAL],
  ['modal', MODAL],
  ['escalate', ESCALATE],
  ['terseFiller', TERSE_FILLER],
  ['putMeThrough', PUT_ME_THROUGH],
];

/** Every form matchClause knows needs one of these: a person, a bot, or a phrase that asks for a transfer on its own. */
const TRIGGER = PERSON | INDEFINITE | BOT | PRESENCE | PUT_ME_THROUGH | ESCALATE;

/** Word classes that make a clause worth correcting for typos. */
const HINT = PERSON | INDEFINITE | TALK | WANT | BOT | PLEASE | ESCALATE | PUT_ME_THROUGH | MODAL | EXISTENTIAL;

/** Words shared by all languages that steer the patterns rather than name anyone. */
const SHARED: ReadonlyArray<[string[], number]> = [
  [['i am', 'i m', 'im', 'soy', 'je suis', 'ich bin', 'sou', 'eu sou', 'sono'], SELF],
  [
    [
      'help', 'assist', 'attend', 'serve', 'look', 'check', 'review', 'handle', 'deal', 'resolve', 'sort', 'ayudar', 'ayude', 'atender',
      'atienda', 'atiendan', 'revisar', 'revise', 'revisarlo', 'mirar', 'mire', 'ver', 'vea', 'resolver', 'aider', 'aide', 'regarder',
      'regarde', 'traiter', 'voir', 'occuper', 'helfen', 'hilft', 'anschauen', 'ansehen', 'prufen', 'kummern', 'ubernehmen', 'ubernimmt',
      'ajudar', 'ajude', 'olhar', 'olhe', 'analisar', 'atenda', 'atendam', 'aiutare', 'aiuti', 'guardare', 'guardi', 'guardarlo',
      'controllare', 'gestire', 'occuparsi', 'vedere', 'seguire', 'guardasse', 'vedesse', 'controllasse', 'gestisse', 'atendiera',
      'atendieran', 'revisara', 'viera', 'examine', 'examinee', 'examinar', 'examiner', 'pruft', 'ansieht', 'anschaut', 'visse', 'visto',
      'vista', 'atendido', 'atendida', 'atendesse', 'analisasse', 'olhasse', 'traite', 'traitee', 'regarde', 'handled', 'checked', 'reviewed',
      'looked', 'seen', 'dealt',
    ],
    ATTEND | FILLER,
  ],
  // Questions about who is answering ("am I talking to a human?") are not requests.
  [
    [
      'am i talking', 'am i speaking', 'am i chatting', 'is this a', 'are you a', 'are you an', 'are you human', 'are you real', 'is that a real',
      'eres un', 'eres una', 'eres humano', 'estoy hablando', 'es usted', 'es tu', 'etes vous', 'je parle a', 'je parle avec', 'suis je',
      'bist du', 'sind sie ein', 'spreche ich', 'rede ich', 'schreibe ich', 'chatte ich', 'voce e', 'estou falando', 'estou a falar',
      'sei un', 'sei una', 'sto parlando', 'e un bot', 'e un robot',
    ],
    IDENTITY,
  ],
  // "another person" is a third party (someone signing for a parcel), not someone to take over.
  [['another', 'other', 'otra', 'otro', 'autre', 'andere', 'anderen', 'anderer', 'outra', 'outro', 'altra', 'altro'], THIRD_PARTY],
  [
    [
      'real person', 'real human', 'real people', 'real humans', 'human being', 'live agent', 'live person', 'actual person', 'actual human',
      'persona real', 'persona de verdad', 'ser humano', 'vraie personne', 'personne reelle', 'vrai humain', 'etre humain', 'echte person',
      'echten menschen', 'echter mensch', 'echte menschen', 'pessoa real', 'pessoa de verdade', 'ser humano', 'persona vera', 'persona reale',
      'essere umano',
    ],
    STRONG,
  ],
  [['please', 'pls', 'plz', 'plis', 'svp', 'stp', 's il vous plait', 'bitte', 'por favor', 'porfa', 'porfavor', 'pfv', 'per favore', 'perfavore', 'x favore', 'asap', 'now', 'ya', 'maintenant', 'sofort', 'ja', 'subito', 'agora'], PLEASE],
  [['who is', 'who s', 'whos', 'qui est', 'quien es', 'wer ist', 'quem e', 'chi e', 'who s in charge'], WHO_IS],
  [['by', 'por', 'par', 'von', 'da', 'durch', 'dal', 'dalla', 'pela', 'pelo'], BY],
  [['tem como', 'ha como', 'is it possible', 'es posible', 'est il possible', 'ist es moglich', 'e possivel', 'e possibile', 'si puo', 'se puede', 'on peut', 'kann man', 'da para'], POSSIBLE],
  [['possible', 'posible', 'possivel', 'possibile', 'moglich', 'moeglich', 'would it be possible', 'seria posible', 'serait il possible'], POSSIBLE],
  [['can', 'could', 'puede', 'podria', 'peut', 'pourrait', 'kann', 'konnte', 'pode', 'poderia', 'puo', 'potrebbe', 'possono', 'pueden', 'podem'], MODAL],
  [['who can i talk to', 'who can i speak to', 'who do i talk to', 'who do i speak to', 'who is in charge', 'who s in charge', 'con quien puedo hablar', 'con quien hablo', 'quien manda', 'a qui puis je parler', 'a qui parler', 'qui est le responsable', 'mit wem kann ich', 'mit wem spreche', 'com quem posso falar', 'com quem falo', 'con chi posso parlare', 'con chi parlo', 'anyone there', 'anybody there', 'anyone home', 'someone there', 'somebody there', 'hello anyone', 'alguien ahi', 'hay alguien', 'quelqu un la', 'y a quelqu un', 'ist da jemand', 'jemand da', 'alguem ai', 'tem alguem ai', 'c e qualcuno', 'qualcuno li', 'ce qualcuno'], PRESENCE],
  [['asked', 'requested', 'was told', 'pedi', 'demande', 'gefragt', 'verlangt', 'chiesto', 'had', 'spoke', 'talked', 'already'], REPORTED],
  [['i', 'we', 'you', 'yo', 'je', 'j', 'ich', 'eu', 'io', 'nos', 'wir', 'noi', 'nous'], SUBJECT],
  [
    ['real', 'human', 'who', 'that', 'qui', 'que', 'che', 'der', 'die', 'de verdad', 'humano', 'humain', 'reel', 'reale', 'echtes', 'echten', 'from', 'de', 'da', 'di', 'aus', 'in charge', 'who can', 'to talk', 'to speak', 'to help', 'to call', 'to assist', 'para hablar', 'pour parler', 'zum reden', 'para falar', 'per parlare', 'con quien', 'avec qui', 'com quem', 'con cui', 'a qui', 'please', 'pls', 'now', 'help', 'helfen', 'ayudar', 'aider', 'ajudar', 'aiutare', 'else', 'mit dem', 'con quien hablar', 'i can', 'on the phone', 'at', 'au telephone', 'al telefono', 'am telefon', 'ao telefone', 'por telefono', 'de votre', 'de su', 'da vossa', 'del vostro', 'von ihnen', 'du', 'del', 'do', 'vom', 'dal', 'della', 'dalla', 'on your', 'of your'],
    QUALIFIER,
  ],
  [['sondern', 'sino', 'bensi', 'plutot', 'instead', 'rather', 'mas sim', 'preferably'], CONTRAST],
];

/**
 * Real words one edit away from a lexicon word; the fuzzy matcher must not "correct" them
 * ("managed" is not a typo of "manager").
 */
const KNOWN_WORDS = new Set([
  'managed', 'manage', 'manages', 'managing', 'prison', 'parson', 'humor', 'humour', 'humid', 'humane', 'humanity', 'agenda', 'urgent',
  'speaks', 'talks', 'calls', 'called', 'connected', 'connects', 'contacts', 'contacted', 'personal', 'personally', 'personnel',
  'persons', 'personas', 'personal', 'transfers', 'transferred', 'reaches', 'reached', 'staffs', 'stuff', 'stiff', 'chats', 'chatted',
  'cheat', 'chart', 'sperm', 'spear', 'speck', 'spent', 'spell', 'speed', 'steak', 'sneak', 'break', 'bread', 'speech', 'agents',
  'argent', 'gente', 'gent', 'agence', 'agency', 'magnet', 'reagent', 'someones', 'operate', 'operated', 'operation', 'supervise',
  'supervised', 'represent', 'representation', 'presentative', 'human', 'women', 'woman', 'roman', 'romans', 'hablan', 'hablas',
  'hablaba', 'hablado', 'parlez', 'parlait', 'parlant', 'sprach', 'sprachen', 'sprache', 'falou', 'falta', 'parlato', 'parlava',
  'passer', 'passare', 'password', 'passe', 'passed', 'manger', 'danger', 'ranger', 'stranger', 'agente', 'agents', 'robots',
  'robust', 'bother', 'persone', 'persona', 'personne', 'personen', 'mensch', 'menschen', 'perso', 'perdu', 'person', 'pessoas',
  'stopped', 'pessoal', 'passe', 'passes', 'hable', 'hablamos', 'hablaron', 'parle', 'parlee', 'parles', 'parlais', 'parlait', 'falei', 'falamos', 'parlai', 'parlammo',
  'geredet', 'gesprochen', 'spoke', 'spoken', 'talked', 'kasse', 'masse', 'klasse', 'contract', 'contacto', 'contato', 'contatto', 'kontakt', 'support', 'sport', 'reporter', 'operating', 'escalator',
]);

interface Entry {
  /** The tokens after the first one, for phrases. */
  rest: string[];
  flags: number;
  /** Bit i set: the phrase belongs to LANGUAGES[i]'s lexicon. 0 for shared words, which do not vote. */
  languages: number;
  /** How many languages: the bits of `languages`. */
  count: number;
}

/** The lexicon entries that start with one word. */
interface WordEntries {
  list: Entry[];
  /** Whether one of them has a HINT flag: a clause holding the word is worth correcting for typos. */
  hint: boolean;
  /** All their flags. */
  flags: number;
}

interface CompiledLexicon {
  entries: Map<string, WordEntries>;
  /**
   * The flags of the words whose wordHash() falls in each slot: most tokens find 0 there and need no
   * lookup, and a clause's possible flags are known before any.
   */
  flagsByHash: Int32Array;
  fuzzy: FuzzyIndex<string>;
}

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

function compile(): CompiledLexicon {
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
    } else list.push({ rest, flags, languages: bit, count: 0 });
    byFirst.set(first, list);
  };
  const fuzzyWords = new Map<string, string>();
  const swapsOnly = new Set<string>();
  for (const language of LANGUAGES) {
    const lexicon = EXPLICIT_LEXICON[language];
    for (const [field, flag] of FIELD_FLAGS) {
      for (const phrase of lexicon[field]) {
        add(phrase, flag, language);
        // Typos are corrected towards the words that carry a request, never towards short ones.
        // Short verbs ("speak", "falar") are one edit from many real words: only swapped letters count.
        if (flag & (PERSON | TALK | BOT | WANT)) {
          for (const word of tokenize(fold(phrase))) {
            if (word.length < 4) continue;
            fuzzyWords.set(word, word);
            if (flag & (WANT | TALK) && word.length < 6) swapsOnly.add(word);
            if (flag & (PERSON | BOT) && word.length < 5) swapsOnly.add(word);
          }
        }
      }
    }
  }
  for (const [phrases, flag] of SHARED) for (const phrase of phrases) add(phrase, flag, null);
  const entries = new Map<string, WordEntries>();
  for (const [first, list] of byFirst) {
    for (const entry of list) entry.count = popcount(entry.languages);
    entries.set(first, { list, hint: list.some((e) => e.flags & HINT), flags: list.reduce((all, e) => all | e.flags, 0) });
  }
  const flagsByHash = new Int32Array(FLAG_SLOTS_MASK + 1);
  for (const [word, { flags }] of entries) flagsByHash[wordHash(word) & FLAG_SLOTS_MASK]! |= flags;
  return { entries, flagsByHash, fuzzy: new FuzzyIndex(fuzzyWords, swapsOnly) };
}

const FLAG_SLOTS_MASK = (1 << 15) - 1;

let compiled: CompiledLexicon | undefined;
const lexicon = () => (compiled ??= compile());

/**
 * Builds the explicit-request lexicon (word classes, typo index) now rather than on the first
 * message, so no customer message pays for it on a browser's main thread. `compilePolicy` calls it.
 */
export function prepareExplicitRequest(): void {
  lexicon();
}

interface Found {
  flags: number;
  end: number;
  entry: Entry;
}

const NONE: readonly Found[] = [];
const votes = new Float64Array(LANGUAGES.length);

/** A clause as matched tokens: at each position, the phrases starting there (flags, end, language). */
class Clause {
  readonly tokens: string[];
  readonly starts: Array<readonly Found[]>;
  /** Flags of the single word at each position (phrases of one token), precomputed for word(). */
  private readonly single: number[];
  /** Flags of every phrase starting at each position: most questions are answered "none" by it alone. */
  private readonly any: number[];
  /** Flags of every phrase in the clause. */
  readonly flags: number;
  private votedLanguage: Language | undefined;

  constructor(read: ReadClause) {
    const tokens = (this.tokens = read.tokens);
    const n = tokens.length;
    this.single = new Array<number>(n);
    this.any = new Array<number>(n);
    this.starts = new Array<readonly Found[]>(n);
    let all = 0;
    for (let i = 0; i < n; i++) {
      const list = read.lookUp(i);
      let single = 0;
      let any = 0;
      let found: Found[] | undefined;
      if (list) {
        for (const entry of list) {
          const rest = entry.rest;
          let k = 0;
          while (k < rest.length && tokens[i + 1 + k] === rest[k]) k++;
          if (k !== rest.length) continue;
          (found ??= []).push({ flags: entry.flags, end: i + 1 + k, entry });
          any |= entry.flags;
          if (k === 0) single |= entry.flags;
        }
      }
      this.starts[i] = found ?? NONE;
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
      for (const { entry } of list) {
        // Words found in every language's list ("a", "agent") say nothing; rarer ones weigh more.
        const count = entry.count;
        if (count > 0 && count < LANGUAGES.length) {
          for (let l = 0; l < LANGUAGES.length; l++) if (entry.languages & (1 << l)) votes[l]! += (1 + entry.rest.length) / count;
        }
      }
    }
    let best = 0;
    for (let l = 1; l < LANGUAGES.length; l++) if (votes[l]! > votes[best]!) best = l;
    return (this.votedLanguage = LANGUAGES[best]!);
  }

  /** Flags of the single word at i (phrases of one token). */
  word(i: number): number {
    return i >= 0 && i < this.single.length ? this.single[i]! : 0;
  }

  /** The longest phrase with `flag` starting at i, or undefined. */
  phrase(i: number, flag: number): Found | undefined {
    if (i < 0 || i >= this.any.length || (this.any[i]! & flag) === 0) return undefined;
    let best: Found | undefined;
    for (const m of this.starts[i]!) if (m.flags & flag && (!best || m.end > best.end)) best = m;
    return best;
  }

  /** Whether a phrase with `flag` covers position i (started at or before it). */
  covered(i: number, flag: number): boolean {
    for (let s = Math.max(0, i - 4); s <= i && s < this.any.length; s++) {
      if ((this.any[s]! & flag) === 0) continue;
      for (const m of this.starts[s]!) if (m.flags & flag && m.end > i) return true;
    }
    return false;
  }

  text(from: number, to: number): string {
    return this.tokens.slice(from, to).join(' ');
  }
}

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** A clause's tokens (typos corrected), before phrases are matched. */
class ReadClause {
  constructor(
    readonly tokens: string[],
    /** Each token's lexicon entries: null for none, undefined until looked up. */
    private readonly lists: Array<Entry[] | null | undefined>,
    /** Every flag an entry of these words could contribute: a superset of the clause's flags. */
    readonly possible: number,
  ) {}

  /** The entries of token i, looked up on first need. */
  lookUp(i: number): Entry[] | null {
    return (this.lists[i] ??= lexicon().entries.get(this.tokens[i]!)?.list ?? null);
  }
}

/**
 * Reads one clause: looks each token up once (`all[offset…]` are the same tokens with their hashes,
 * unless a caller built the clauses itself), and replaces likely typos of lexicon words ("agnet",
 * "humna") by the word, leaving real words alone.
 */
function readClause(tokens: string[], all: readonly string[], hashes: readonly number[], offset: number): ReadClause {
  const { entries, flagsByHash, fuzzy } = lexicon();
  const n = tokens.length;
  // Per token: the flags its hash slot allows (0: certainly no entry), and its entries once looked up.
  const maybe = new Array<number>(n);
  const lists = new Array<Entry[] | null | undefined>(n);
  let hint = false;
  let possible = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const flags = flagsByHash[(all[offset + i] === token ? hashes[offset + i]! : wordHash(token)) & FLAG_SLOTS_MASK]!;
    maybe[i] = flags;
    if (flags === 0) {
      lists[i] = null;
      continue;
    }
    possible |= flags;
    // Whether to correct typos must be exact: look up words that may carry a hint until one does.
    if (!hint && flags & HINT) {
      const known = entries.get(token);
      lists[i] = known?.list ?? null;
      if (known?.hint) hint = true;
    }
  }
  // Typo correction costs a few lookups per word: spend it only on short clauses (terse requests)
  // and on clauses that already hold a word of the request vocabulary.
  if (n > 4 && !hint) return new ReadClause(tokens, lists, possible);
  let corrected: string[] | undefined;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    if (token.length < 4 || KNOWN_WORDS.has(token) || hasDigit(token)) continue;
    if (maybe[i] !== 0 && (lists[i] ??= entries.get(token)?.list ?? null)) continue;
    const word = personSuffix(token) ?? fuzzy.lookup(token)?.word;
    if (word === undefined || word === token) continue;
    (corrected ??= tokens.slice())[i] = word;
    const known = entries.get(word);
    lists[i] = known?.list ?? null;
    possible |= known?.flags ?? 0;
  }
  return new ReadClause(corrected ?? tokens, lists, possible);
}

function personSuffix(token: string): string | undefined {
  // The shortest suffix has six letters and needs three more before it.
  if (token.length < 9) return undefined;
  for (const suffix of PERSON_SUFFIXES) if (token.length > suffix.length + 2 && token.endsWith(suffix)) return suffix;
  return undefined;
}

interface PersonAt {
  start: number;
  end: number;
  indefinite: boolean;
}

/** Roles people ask for by title: "who is your manager?" */
const ROLE = new Set([
  'manager', 'supervisor', 'team', 'lead', 'leader', 'boss', 'chef', 'responsable', 'encargado', 'encargada', 'gerente', 'jefe', 'superieur',
  'vorgesetzte', 'vorgesetzter', 'leiter', 'teamleiter', 'responsavel', 'responsabile', 'capo', 'direttore', 'directeur', 'supervisore',
  'supervisora', 'superviseur', 'chefin',
]);

/** Words for "a person" in general, which "another" turns into a third party. */
const GENERIC_PERSON = new Set([
  'person', 'persona', 'pessoa', 'personne', 'people', 'gente', 'personas', 'pessoas', 'persone',
  // "another operator" is a phone carrier someone switches from.
  'operator', 'operatore', 'operadora', 'operador', 'operateur', 'operatrice',
]);

/** Advisors are the company's people even when the customer says "my advisor". */
const OWN_ADVISOR = new Set(['advisor', 'adviser', 'conseiller', 'conseillere', 'consulente', 'asesor', 'asesora', 'berater', 'beraterin', 'consultor', 'consultora', 'gestor', 'gestora', 'account']);

/** Compound nouns ending in a person word ("Filialleiter", "Kundendienstmitarbeiter") count as that word. */
const PERSON_SUFFIXES = ['leiter', 'leiterin', 'mitarbeiter', 'mitarbeiterin', 'berater', 'beraterin', 'betreuer', 'betreuerin'];

/** A person named at i that could take over: not "my manager", not "travel agent", not "human resources". */
function personAt(c: Clause, i: number): PersonAt | undefined {
  const match = c.phrase(i, PERSON | INDEFINITE);
  if (!match) return undefined;
  if (c.covered(i, NOT_PERSON_PHRASE)) return undefined;
  const own = c.word(i - 1) & POSSESSIVE || c.word(i - 2) & POSSESSIVE;
  if (c.word(i - 1) & NOT_PERSON_BEFORE || (own && !OWN_ADVISOR.has(c.tokens[i]!))) return undefined;
  if (c.word(i - 1) & THIRD_PARTY && GENERIC_PERSON.has(c.tokens[i]!)) return undefined;
  if (c.phrase(match.end, NOT_PERSON_AFTER)) return undefined;
  const indefinite = !(c.phrase(i, PERSON)) && !!c.phrase(i, INDEFINITE);
  return { start: i, end: match.end, indefinite };
}

/** An indefinite pronoun ("someone") counts when it ends the clause or is qualified ("someone real", "someone to talk to"). */
function qualified(c: Clause, person: PersonAt): boolean {
  if (!person.indefinite) return true;
  if (person.end >= c.tokens.length) return true;
  return !!c.phrase(person.end, QUALIFIER | TALK | PERSON | TERSE_FILLER);
}

/** Whether the wish at i is negated ("I don't need a human"), as opposed to a complaint ("I can't reach a human"). */
function negated(c: Clause, i: number): boolean {
  if (c.tokens[0] === 'why' || c.tokens[0] === 'warum' || c.tokens[0] === 'pourquoi' || c.tokens[0] === 'perche') return false;
  // Multi-word negations ("no need", "plus besoin", "no hace falta") that end at or just before i.
  for (let k = Math.max(0, i - 6); k <= i; k++) {
    for (const m of c.starts[k] ?? []) if (m.flags & NEGATION && m.end - k >= 2 && m.end <= i + 1) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const flags = c.word(k);
    if (flags & REPORTED && k >= i - 3) return true;
    if (!(flags & NEGATION)) continue;
    if (c.word(k - 1) & ABILITY || c.word(k + 1) & ABILITY) continue;
    // "no, I want…" / "no I want…": an interjection, not a negation of the wish.
    if (k === 0 && c.word(k + 1) & SUBJECT && c.tokens[k] !== 'not') continue;
    if (c.word(k + 1) & SUBJECT && c.tokens[k] === 'not') continue; // "can't I just talk to…"
    return true;
  }
  return false;
}

/** Finds a person after position `from`, allowing filler words and a few unknown ones in between. */
function personAfter(c: Clause, from: number, maxUnknown: number, maxGap = 6): PersonAt | undefined {
  let unknown = 0;
  for (let j = from; j < c.tokens.length && j - from <= maxGap; j++) {
    const person = personAt(c, j);
    if (person) return person;
    const flags = c.word(j);
    if (flags & (BOT | NEGATION) && !(flags & FILLER)) return undefined;
    if (!(flags & FILLER)) unknown++;
    if (unknown > maxUnknown) return undefined;
  }
  return undefined;
}

/** What one clause leaves for the next: "Mir wäre es lieber, | wenn das ein Kollege übernimmt". */
interface Carry {
  /** The clause ended on a wish ("lieber", "I'd rather"): a person early in the next clause completes it. */
  wish: boolean;
  /** The clause ended on a rejection ("keine Lust mehr"): the bot in the next clause completes it. */
  rejection: boolean;
  /** The customer described themselves ("I'm a real person"): "not a robot" is then about them. */
  selfDescribed: boolean;
  /** More clauses follow this one. */
  more: boolean;
}

const WEAK_REJECTION_HEADS = new Set(['no', 'not', 'pas', 'kein', 'keine', 'keinen', 'nao', 'non', 'sin', 'sem']);
const WEAK_REJECTION_TAILS = new Set(['more', 'mas', 'plus', 'mehr', 'piu', 'mais']);

function matchClause(c: Clause, carry: Carry): ExplicitRequestMatch | undefined {
  const n = c.tokens.length;
  if (n === 0) return undefined;
  if ((c.flags & TRIGGER) === 0) return undefined;
  for (let i = 0; i < n; i++) if (c.phrase(i, IDENTITY)) return undefined;

  // Terse: nothing but person words and politeness ("agent!!", "human pls", "real person now").
  let personWord: PersonAt | undefined;
  let terse = true;
  for (let i = 0; i < n; ) {
    const person = personAt(c, i);
    if (person && !(person.indefinite && c.tokens[i] === 'personne')) {
      personWord ??= person;
      i = person.end;
      continue;
    }
    const filler = c.phrase(i, TERSE_FILLER | CONTRAST);
    if (filler) {
      i = filler.end;
      continue;
    }
    terse = false;
    break;
  }
  // "Mensch, das dauert…": a lone "Mensch" before more text is a German interjection.
  const interjection = n === 1 && c.tokens[0] === 'mensch' && carry.more;
  if (terse && personWord && !interjection) return { form: 'terse', evidence: c.text(0, n), language: c.language };

  if (carry.wish) {
    const person = personAfter(c, 0, 2, 5);
    if (person && qualified(c, person)) return { form: 'direct', evidence: c.text(0, person.end), language: c.language };
  }
  if (carry.rejection) {
    for (let j = 0; j < Math.min(n, 6); j++) {
      if (c.phrase(j, BOT)) return { form: 'reject_bot', evidence: c.text(0, j + 1), language: c.language };
    }
  }

  for (let i = 0; i < n; i++) {
    const flags = c.word(i);

    const presence = c.phrase(i, PRESENCE);
    if (presence) return { form: 'indirect', evidence: c.text(i, presence.end), language: c.language };

    const through = c.phrase(i, PUT_ME_THROUGH);
    if (through && !negated(c, i)) {
      const next = c.tokens[through.end];
      const nextFlags = next === undefined ? 0 : c.word(through.end);
      if (next === undefined || personAfter(c, through.end, 1, 3) || nextFlags & (QUALIFIER | TERSE_FILLER) || TO.has(next)) {
        return { form: 'transfer', evidence: c.text(i, through.end + (next === undefined ? 0 : 1)), language: c.language };
      }
    }

    const escalate = c.phrase(i, ESCALATE);
    if (escalate && !negated(c, i)) return { form: 'escalate', evidence: c.text(i, Math.min(n, escalate.end + 2)), language: c.language };

    const talk = c.phrase(i, TALK);
    if (talk && !negated(c, i)) {
      const person = personAfter(c, talk.end, 2);
      if (person) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
    }

    const want = c.phrase(i, WANT);
    if (want && !negated(c, i)) {
      const person = personAfter(c, want.end, 0);
      if (person && qualified(c, person)) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
    }

    const contrast = c.phrase(i, CONTRAST);
    if (contrast) {
      const person = personAfter(c, contrast.end, 0, 4);
      if (person) return { form: 'direct', evidence: c.text(i, person.end), language: c.language };
    }

    const existential = c.phrase(i, EXISTENTIAL);
    if (existential) {
      const person = personAfter(c, existential.end, 0, 5);
      if (person && (!person.indefinite || qualified(c, person) || person.end === n))
        return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    // "can a human look at this", "puede revisarlo un humano".
    if (flags & MODAL) {
      const person = personAfter(c, i + 1, 0, 4);
      if (person && !person.indefinite) return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    const person = personAt(c, i);
    if (person && !c.covered(i, REPORTED)) {
      // "un humain peut regarder ?", "um humano pode ver isso?" (but not "outra pessoa pode receber").
      const modalAt = [0, 1, 2, 3].map((d) => person.end + d).find((j) => j < n && c.word(j) & MODAL);
      if (!person.indefinite && modalAt !== undefined) {
        for (let j = modalAt + 1; j < Math.min(n, modalAt + 4); j++) {
          if (c.word(j) & ATTEND || c.phrase(j, TALK)) return { form: 'indirect', evidence: c.text(i, j + 1), language: c.language };
        }
      }
      // Person first, verb after: "a person I can talk to", "mit einem Menschen sprechen".
      for (let j = person.end; j < Math.min(n, person.end + 4); j++) {
        if (c.phrase(j, TALK) && !negated(c, j) && !negated(c, i)) return { form: 'indirect', evidence: c.text(i, j + 1), language: c.language };
        if (c.word(j) & BOT) break;
      }
    }

    // "a real person", "echte Person", "persona vera" with any wish in the clause.
    const strong = c.phrase(i, STRONG);
    if (strong && wishful(c) && !negated(c, i) && personAt(c, i)) return { form: 'direct', evidence: c.text(i, strong.end), language: c.language };

    // "human pls", "un humain svp, j'en ai marre".
    if (i <= 2) {
      const person = personAt(c, i);
      if (person && !person.indefinite && c.word(person.end) & PLEASE && c.tokens.slice(0, i).every((_, k) => c.word(k) & (FILLER | TERSE_FILLER))) {
        return { form: 'terse', evidence: c.text(i, person.end + 1), language: c.language };
      }
    }

    // "Who's your team leader?", "Qui est le chef d'équipe ?"
    const who = c.phrase(i, WHO_IS);
    if (who) {
      const person = personAfter(c, who.end, 0, 3);
      if (person && !person.indefinite && ROLE.has(c.tokens[person.start]!)) return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    // "examined by a person", "atendido por uma pessoa", "la guardasse una persona".
    if (c.word(i) & BY && wishful(c)) {
      const person = personAfter(c, i + 1, 0, 3);
      if (person && !person.indefinite) return { form: 'indirect', evidence: c.text(i, person.end), language: c.language };
    }

    // "¿Sería posible que me atienda una persona?", "¿Alguien de verdad me puede atender?"
    if (flags & ATTEND && wishful(c)) {
      for (let j = Math.max(0, i - 5); j < Math.min(n, i + 5); j++) {
        const candidate = personAt(c, j);
        if (candidate && qualified(c, candidate)) return { form: 'indirect', evidence: c.text(Math.min(i, j), Math.max(i + 1, candidate.end)), language: c.language };
      }
    }

    const reject = c.phrase(i, REJECT_BOT);
    if (reject) {
      const weak = WEAK_REJECTION_HEADS.has(c.tokens[i]!) && reject.end - i <= 2 && !WEAK_REJECTION_TAILS.has(c.tokens[i + 1] ?? '');
      // "I'm a real person, not a robot" is about the customer, not a wish.
      if (!(weak && carry.selfDescribed)) {
        for (let j = reject.end; j < Math.min(n, reject.end + 5); j++) {
          if (c.phrase(j, BOT)) return { form: 'reject_bot', evidence: c.text(i, j + 1), language: c.language };
        }
      }
    }
  }
  return undefined;
}

/** Whether the clause voices a wish or a request at all (a modal, a wish verb, "possible"). */
function wishful(c: Clause): boolean {
  for (let i = 0; i < c.tokens.length; i++) {
    if (c.phrase(i, MODAL | POSSIBLE) || (c.phrase(i, WANT) && !negated(c, i))) return true;
  }
  return false;
}

const TO = new Set(['to', 'with', 'a', 'al', 'con', 'mit', 'com', 'avec', 'au', 'an', 'zu', 'ao', 'alla', 'pra', 'para']);

/** Whether the customer describes themselves in this clause ("I'm a real person", "I am not a bot"). */
function describesSelf(c: Clause): boolean {
  if ((c.flags & SELF) === 0) return false;
  const n = c.tokens.length;
  for (let i = 0; i < n; i++) {
    const self = c.phrase(i, SELF);
    if (!self) continue;
    if (personAfter(c, self.end, 0, 3)) return true;
    for (let j = self.end; j < Math.min(n, self.end + 4); j++) if (c.word(j) & NEGATION && c.phrase(j + 1, BOT) || c.phrase(j + 2, BOT)) return true;
  }
  return false;
}

/** What this clause leaves for the next one. */
function carryFrom(c: Clause, previous: Carry): Carry {
  const n = c.tokens.length;
  const last = n - 1;
  const selfDescribed = previous.selfDescribed || describesSelf(c);
  const wish = n > 0 && !!(c.word(last) & WANT || c.covered(last, WANT)) && !negated(c, last);
  let rejection = false;
  for (let i = Math.max(0, n - 4); i < n; i++) if (c.covered(i, REJECT_BOT) && c.word(i) & ~NEGATION) rejection = true;
  return { wish, rejection, selfDescribed, more: previous.more };
}

/**
 * Does the customer ask for a person? Works across English, Spanish, French, German, Portuguese
 * and Italian at once (customers switch languages), tolerates typos and terse or indirect forms,
 * and stays quiet on "human resources", "travel agent", "I don't need a human" and the like.
 */
export function detectExplicitRequest(input: string | AnalyzedText): ExplicitRequestMatch | undefined {
  const analyzed = typeof input === 'string' ? analyze(input) : input;
  let carry: Carry = { wish: false, rejection: false, selfDescribed: false, more: false };
  const hashes = hashesOf(analyzed).whole;
  const read: ReadClause[] = [];
  // Clauses hold the message's tokens in order: a clause's hashes start where the previous one's end.
  let offset = 0;
  for (const tokens of analyzed.clauses) {
    read.push(readClause(tokens, analyzed.tokens, hashes, offset));
    offset += tokens.length;
  }
  // Phrases are matched only where they can matter: a clause that could name a person or a bot
  // (or describe the customer), and the clause before it, whose wish or rejection it may complete.
  // Without those words matchClause finds nothing, whatever the previous clause left.
  const parsed = read.map((r, index) =>
    r.possible & (TRIGGER | SELF) || (read[index + 1]?.possible ?? 0) & TRIGGER ? new Clause(r) : undefined,
  );
  // Self-descriptions count across the whole message, whichever clause holds them.
  for (const c of parsed) if (c && !carry.selfDescribed && describesSelf(c)) carry.selfDescribed = true;
  for (let index = 0; index < parsed.length; index++) {
    const c = parsed[index];
    carry.more = index < parsed.length - 1;
    if (!c) {
      carry = { wish: false, rejection: false, selfDescribed: carry.selfDescribed, more: carry.more };
      continue;
    }
    const match = matchClause(c, carry);
    if (match) return match;
    carry = carryFrom(c, carry);
  }
  return undefined;
}
