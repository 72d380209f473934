// Every warning lintTopicRule() gives is checked against the real matcher: the entry it flags really
// never matches (or fires on everything, or adds nothing), and the clean spelling next to it does.
import './all-languages.js';
import type { Language, TopicRule } from '@baton/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTopics, defaultPolicy, effectiveTopicRules, fold } from '../src/index.js';
import { lintTopicRule } from '../src/topic-lint.js';

const rule = (lists: { keywords?: Partial<Record<Language, string[]>>; patterns?: Partial<Record<Language, string[]>> }): TopicRule => ({
  id: 'cancel',
  enabled: true,
  ...lists,
});

/** The rule id that fires on `message` with just this keyword or pattern, through the real matcher. */
function fires(kind: 'keywords' | 'patterns', entry: string, message: string, languages: Language[] = ['de']): boolean {
  const matcher = compileTopics([rule({ [kind]: { [languages[0]!]: [entry] } })], languages);
  const first = matcher.match(message);
  expect(first, 'match() and matchAll() agree').toEqual(matcher.matchAll(message)[0]);
  return first?.rule === 'cancel';
}

const warningsFor = (kind: 'keywords' | 'patterns', entries: string[], languages: Language[] = ['de']) =>
  lintTopicRule(rule({ [kind]: { de: entries } }), languages);

describe('lintTopicRule: patterns that never match the folded message', () => {
  it.each([
    // pattern, a message holding exactly what the pattern spells, what the warning names
    ['Kündigung!!', 'Meine Kündigung!!', /never contains "K" or "ü"; write "kundigung!!"$/],
    ['\\bStraße\\b', 'Welche Straße?', /never contains "S" or "ß"; write "\\bstrasse\\b"$/],
    ['don’t', 'I don’t want this', /never contains "’"; write "don't"$/],
    ['\\u00FCbel', 'mir ist übel', /never contains "ü"; write "ubel"$/],
    ['Ab?c', 'ABC', /never contains "A"; write "ab\?c"$/],
    ['[A-Z]{3}', 'DHL', /never contains a character of \[A-Z\]$/],
    ['helllo', 'helllo there', /folding cuts a letter repeated three or more times to one .* never contains "lll"$/],
    ['hel{3}o', 'helllo there', /never contains "lll"$/],
    ['\\b(?:É|Ü)', 'Über', /never contains "É" or "Ü"/],
  ])('%s: flagged, and the matcher never matches it', (pattern, message, why) => {
    const [warning, ...more] = warningsFor('patterns', [pattern]);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ field: 'patterns', language: 'de', index: 0, entry: pattern });
    expect(warning!.problem).toMatch(/^never matches: /);
    expect(warning!.problem).toMatch(why);
    expect(fires('patterns', pattern, message)).toBe(false);
    // Where the warning suggests a spelling, that spelling matches the same message and is clean.
    const fix = /; write "(.*)"$/.exec(warning!.problem)?.[1];
    if (fix !== undefined) {
      expect(fires('patterns', fix, message)).toBe(true);
      expect(warningsFor('patterns', [fix])).toEqual([]);
    }
  });

  it.each([
    ['kundigung!!', 'Meine Kündigung!!'],
    ['\\bstrasse\\b', 'Welche Straße?'],
    ["don't", 'I don’t want this'],
    ['ubel', 'mir ist übel'],
    ['[a-z]{3}', 'DHL'],
    ['hel+o', 'helllo there'],
    ['hello', 'hello there'],
    // Folded text keeps what has no lowercase form, such as "ϒ" (an uppercase letter): no warning.
    ['\\p{Lu}', 'ϒ'],
    ['(?!Ü)\\bx', 'x'],
  ])('%s: not flagged, and the matcher matches it', (pattern, message) => {
    expect(warningsFor('patterns', [pattern])).toEqual([]);
    expect(fires('patterns', pattern, message)).toBe(true);
  });

  it('names an alternative that never matches inside a pattern that does', () => {
    const pattern = '\\b(?:Kündigung|kundigung)\\b';
    const [warning] = warningsFor('patterns', [pattern]);
    expect(warning!.problem).toMatch(/^its alternative "Kündigung" never matches: .* never contains "K" or "ü"$/);
    expect(fires('patterns', pattern, 'Kündigung')).toBe(true);
    expect(fires('patterns', '\\b(?:Kündigung)\\b', 'Kündigung')).toBe(false);
  });

  it.each(['', 'x?', '(?:abc)*', '^', '$|foo'])('%j matches the empty string: flagged, and it fires on an unrelated message', (pattern) => {
    const [warning] = warningsFor('patterns', [pattern]);
    expect(warning!.problem).toBe('matches the empty string, so it fires on every message');
    expect(fires('patterns', pattern, 'wo ist mein Paket?')).toBe(true);
  });

  it('does not call a pattern empty that matches the empty string only where the text says so', () => {
    for (const pattern of ['^$', '^\\s*$', '(?=\\bklage)']) {
      expect(warningsFor('patterns', [pattern])).toEqual([]);
      expect(fires('patterns', pattern, 'wo ist mein Paket?')).toBe(false);
    }
  });

  it('flags a repeated pattern: the first one is always the evidence', () => {
    const matcher = compileTopics([rule({ patterns: { de: ['\\bklage\\w*', 'x', '\\bklage\\w*'] } })], ['de']);
    expect(matcher.match('ich klage')?.evidence).toBe('klage');
    expect(warningsFor('patterns', ['\\bklage\\w*', 'x', '\\bklage\\w*'])).toEqual([
      { field: 'patterns', language: 'de', index: 2, entry: '\\bklage\\w*', problem: 'the same as patterns.de.0, so it adds nothing' },
    ]);
  });
});

describe('lintTopicRule: character classes', () => {
  /** Whether some code point, alone, matches the class and comes out of folding unchanged: one test per code point. */
  const matchesFoldedText = (set: string) => {
    const regex = new RegExp(`^(?:${set})$`, 'u');
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      if (regex.test(char) && fold(char) === char) return true;
    }
    return false;
  };
  const neverMatches = (set: string) => `never matches: patterns run on the folded message (lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as '), which never contains a character of ${set}`;

  it.each([
    '[A-Z]',
    '[A-ZÀ-Ö]',
    '[À-Þ]',
    '\\p{Lu}',
    '\\p{Lt}',
    '\\P{Ll}',
    '[\\u{10400}-\\u{10427}]',
    '[\\u{10400}-\\u{10428}]',
    '[\\u{1F600}]',
    '[\\u{10FFFF}]',
    // Lone surrogates, each one code point of its own; two escapes in a row are one astral character.
    '[\\uD800]',
    '[\\uDBFF]',
    '[\\uDC00-\\uDFFF]',
    '[\\uDBFF\\uDC00]',
    '[^\\0-\\u{10FFFF}]',
  ])('%s: flagged exactly when no character folded text holds matches it', (set) => {
    const problem = warningsFor('patterns', [set])[0]?.problem;
    if (matchesFoldedText(set)) expect(problem).toBeUndefined();
    else expect(problem).toBe(neverMatches(set));
  });

  it('names each of 200 distinct classes that match only characters folding changes', () => {
    const changed = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ'];
    const n = changed.length;
    const sets = Array.from({ length: 200 }, (_, i) => `[${changed[i % n]}${changed[(i + 1 + Math.floor(i / n)) % n]}]`);
    expect(new Set(sets).size).toBe(200);
    const warnings = warningsFor('patterns', sets);
    expect(warnings.map((w) => w.index)).toEqual(sets.map((_, i) => i));
    expect(warnings.map((w) => w.problem)).toEqual(sets.map(neverMatches));
  });
});

describe('lintTopicRule: deeply nested patterns', () => {
  const nested = (depth: number, open = '(?:') => `${open.repeat(depth)}klage${')'.repeat(depth)}`;

  it('checks a pattern whose groups nest 100 deep', () => {
    expect(warningsFor('patterns', [nested(100)])).toEqual([]);
    expect(warningsFor('patterns', [nested(100, '(')])).toEqual([]);
    expect(warningsFor('patterns', [`${'(?:'.repeat(100)}Klage${')'.repeat(100)}`])[0]!.problem).toMatch(/^never matches: /);
  });

  it.each([101, 1250, 100_000])('says it cannot check a pattern nested %i deep instead of overflowing the stack', (depth) => {
    for (const pattern of [nested(depth), nested(depth, '(?=')]) {
      expect(warningsFor('patterns', [pattern])).toEqual([
        { field: 'patterns', language: 'de', index: 0, entry: pattern, problem: 'too deeply nested to check: its groups nest more than 100 deep, so lint cannot tell whether it ever matches' },
      ]);
    }
    // The matcher runs it all the same.
    expect(fires('patterns', nested(depth), 'ich klage')).toBe(true);
  });
});

describe('lintTopicRule: patterns built at random', () => {
  // Pieces that fold differently (case, accents, ß, ’), runs of a letter, classes, assertions.
  const PIECES = ['a', 'A', 'ü', 'Ü', 'ß', 'ss', '’', "'", '!', '\\b', '\\B', '^', '$', '.', '[a-z]', '[A-Z]', '[^a-z]', '\\w', '\\W', '\\p{Lu}', '\\p{L}', '\\u00FC', '\\x41', 'o', 'oo', 'O', '\\.', '\\s', ' '];
  const { pattern } = fc.letrec<{ pattern: string; sequence: string; choice: string; group: string; repeat: string }>((tie) => ({
    pattern: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...PIECES), tie('sequence'), tie('choice'), tie('group'), tie('repeat')),
    sequence: fc.array(tie('pattern'), { maxLength: 4 }).map((parts) => parts.join('')),
    choice: fc.array(tie('pattern'), { minLength: 2, maxLength: 3 }).map((parts) => `(?:${parts.join('|')})`),
    group: fc.tuple(fc.constantFrom('(', '(?:', '(?=', '(?!', '(?<=', '(?<!'), tie('pattern')).map(([open, body]) => `${open}${body})`),
    repeat: fc.tuple(fc.constantFrom('a', 'o', 'Ü', '(?:ab)', '[A-Z]'), fc.constantFrom('*', '+', '?', '{2}', '{3}', '{0,2}', '{1,}')).map(([atom, q]) => atom + q),
  }));
  const message = fc.array(fc.constantFrom('a', 'A', 'ü', 'Ü', 'ß', 's', '’', "'", '!', ' ', 'o', 'O', 'ooo', 'b', 'x', '.', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));

  it('never calls a pattern dead that matches a message, or empty that misses one', () => {
    const seen = { dead: 0, empty: 0 };
    fc.assert(
      fc.property(pattern, fc.array(message, { minLength: 10, maxLength: 10 }), (source, messages) => {
        try {
          new RegExp(source, 'u');
        } catch {
          return; // the schema refuses it
        }
        const problem = warningsFor('patterns', [source])[0]?.problem ?? '';
        const dead = problem.startsWith('never matches');
        const empty = problem.startsWith('matches the empty string');
        seen.dead += Number(dead);
        seen.empty += Number(empty);
        for (const text of messages) {
          if (dead) expect(fires('patterns', source, text), `${source} on ${text}`).toBe(false);
          if (empty) expect(fires('patterns', source, text), `${source} on ${text}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both kinds of warning.
    expect(seen.dead).toBeGreaterThan(0);
    expect(seen.empty).toBeGreaterThan(0);
  });
});

describe('lintTopicRule: keywords', () => {
  it('does not flag case, accents or punctuation: keywords are folded like the message', () => {
    for (const keyword of ['Kündigung', 'KÜNDIGUNG!', 'e-mail', 'rechtsanwält*']) {
      expect(warningsFor('keywords', [keyword])).toEqual([]);
    }
    expect(fires('keywords', 'KÜNDIGUNG!', 'meine kundigung')).toBe(true);
    expect(fires('keywords', 'rechtsanwält*', 'Rechtsanwältinnen')).toBe(true);
  });

  it.each(['!!!', '*', '’…'])('%j folds to no words: flagged, and it never matches', (keyword) => {
    const [warning] = warningsFor('keywords', [keyword]);
    expect(warning!.problem).toMatch(/^has no letters or digits once folded .* so it never matches$/);
    expect(fires('keywords', keyword, `ja ${keyword} nein`)).toBe(false);
  });

  it('flags a "*" after fewer than 4 letters: it matches only the word itself', () => {
    const [warning] = warningsFor('keywords', ['ab*']);
    expect(warning!.problem).toBe('the "*" after "ab" is ignored: a first word needs at least 4 letters before its "*", so it matches only "ab"');
    expect(fires('keywords', 'ab*', 'ab')).toBe(true);
    expect(fires('keywords', 'ab*', 'abmahnung')).toBe(false);
    // Four letters are enough.
    expect(warningsFor('keywords', ['abma*'])).toEqual([]);
    expect(fires('keywords', 'abma*', 'abmahnung')).toBe(true);
  });

  it('flags a leading "*": it matches only the word after it', () => {
    const [warning] = warningsFor('keywords', ['*betrug']);
    expect(warning!.problem).toBe('a leading "*" is ignored: keywords match words from their start, so it matches only "betrug"');
    expect(fires('keywords', '*betrug', 'das ist anlagebetrug')).toBe(false);
    expect(fires('keywords', '*betrug', 'das ist betrug')).toBe(true);
  });

  it('flags a "*" inside a word: it splits the word in two', () => {
    const [warning] = warningsFor('keywords', ['kündi*gung']);
    expect(warning!.problem).toBe('the "*" inside a word splits it in two: it matches "kundi* gung", never one word like "kündigung"');
    expect(fires('keywords', 'kündi*gung', 'meine Kündigung')).toBe(false);
  });

  it('flags a letter repeated three times: folding cuts it to one, so "bbb" would match every "b"', () => {
    const [warning] = warningsFor('keywords', ['bbb complaint']);
    expect(warning!.problem).toBe('folding cuts a letter repeated three or more times to one (as in "sooo"), so "bbb" matches the word "b": it matches "b complaint"');
    expect(fires('keywords', 'bbb complaint', 'plan b complaint')).toBe(true);
    // Inside a longer word the cut is harmless: the message folds the same way.
    expect(warningsFor('keywords', ['abbey', 'schifffahrt'])).toEqual([]);
    expect(fires('keywords', 'schifffahrt', 'die Schifffahrt')).toBe(true);
    expect(warningsFor('keywords', ['aaa membership'])).toHaveLength(1);
  });

  it('flags a keyword that folds to the words of an earlier one: the earlier one is always the evidence', () => {
    const keywords = ['Kündigung', 'kundigung!', 'widerruf'];
    const matcher = compileTopics([rule({ keywords: { de: keywords } })], ['de']);
    expect(matcher.match('meine kundigung')?.evidence).toBe('Kündigung');
    expect(warningsFor('keywords', keywords)).toEqual([
      { field: 'keywords', language: 'de', index: 1, entry: 'kundigung!', problem: 'the same as keywords.de.0 ("Kündigung") once folded, so it adds nothing' },
    ]);
  });
});

describe('lintTopicRule: exceptions', () => {
  it('flags an exception that shares no word with a keyword: it can never void a match', () => {
    const topic: TopicRule = { id: 'legal', enabled: true, keywords: { en: ['lawyer', 'solicitor*'] }, exceptions: { en: ['is a lawyer', 'for solicitors', 'is an attorney', 'Lawyer friend*'] } };
    expect(lintTopicRule(topic, ['en'])).toEqual([
      { field: 'exceptions', language: 'en', index: 2, entry: 'is an attorney', problem: "shares no word with the rule's keywords, so it never voids a match (exceptions void the keywords and pattern matches they overlap, and this rule has no patterns)" },
    ]);
    // It really voids nothing: the rule matches the same with or without it. The others do void.
    const matcher = compileTopics([topic], ['en']);
    const without = compileTopics([{ ...topic, exceptions: { en: topic.exceptions!.en!.filter((e) => e !== 'is an attorney') } }], ['en']);
    for (const text of ['she is an attorney', 'my lawyer is an attorney', 'is an attorney a solicitor?']) expect(matcher.match(text), text).toEqual(without.match(text));
    expect(matcher.match('my lawyer is an attorney')?.rule).toBe('legal');
    expect(matcher.match('she is a lawyer')).toBeUndefined();
  });

  it('flags an exception the way it flags a keyword: a "*" inside a word, a duplicate once folded', () => {
    const topic: TopicRule = { id: 'legal', enabled: true, keywords: { en: ['lawyer'] }, exceptions: { en: ['law*yer friend', 'Lawyer Friend', 'lawyer friend!'] } };
    expect(lintTopicRule(topic, ['en']).map((w) => [w.index, w.problem.split(':')[0]!.split(',')[0]])).toEqual([
      [0, 'the "*" inside a word splits it in two'],
      [2, 'the same as exceptions.en.1 ("Lawyer Friend") once folded'],
    ]);
  });
});

describe('lintTopicRule: the rule as a whole', () => {
  it('flags words for a language the policy does not list: the matcher never reads them', () => {
    const topic = rule({ keywords: { de: ['kündigung'], fr: ['résiliation', 'resilier'] } });
    expect(lintTopicRule(topic, ['de', 'en'])).toEqual([
      { field: 'keywords', language: 'fr', problem: '"fr" is not among the policy\'s languages (de, en), so these 2 keywords never match' },
    ]);
    expect(compileTopics([topic], ['de', 'en']).match('résiliation')).toBeUndefined();
    expect(compileTopics([topic], ['de', 'fr']).match('résiliation')?.rule).toBe('cancel');
  });

  it('leaves out what the default rule it layers over holds', () => {
    const defaultLegal = effectiveTopicRules(defaultPolicy).find((r) => r.id === 'legal')!;
    const copied = { ...defaultLegal, keywords: { ...defaultLegal.keywords, en: [...defaultLegal.keywords!.en!, 'K*', 'K*'] } };
    expect(lintTopicRule(copied, defaultPolicy.languages, defaultLegal).map((w) => [w.index, w.entry])).toEqual([
      [defaultLegal.keywords!.en!.length, 'K*'],
      [defaultLegal.keywords!.en!.length + 1, 'K*'],
    ]);
  });

  it('finds no keyword or pattern of the default rules that never matches, in any language', () => {
    const rules = effectiveTopicRules(defaultPolicy);
    expect(rules.flatMap((r) => Object.values(r.patterns ?? {}).flat()).length).toBeGreaterThan(0);
    const warnings = rules.flatMap((r) => lintTopicRule(r, defaultPolicy.languages).map((w) => ({ rule: r.id, ...w })));
    expect(warnings).toEqual([]);
  });
});
