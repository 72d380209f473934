// match() takes shortcuts (first rule only, phrases indexed by their second word, one combined regex
// before the patterns); it must name the same rule and evidence as the plain scan in matchAll().
import './all-languages.js';
import { readFileSync } from 'node:fs';
import { policySchema, type TopicRule } from '@baton/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinePatterns, laterStems, patternStems } from '../src/detectors/topic.js';
import { compilePolicy, compileTopics, defaultPolicy, fold } from '../src/index.js';

const corpus = ['topics.jsonl', 'explicit-request.jsonl', 'explicit-request.blind.jsonl'].flatMap((f) =>
  readFileSync(new URL(`./corpus/${f}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('topic match()', () => {
  it('names the rule and evidence matchAll() lists first, on every corpus utterance', () => {
    const { topics } = compilePolicy(defaultPolicy);
    let matched = 0;
    for (const text of corpus) {
      const all = topics.matchAll(text);
      expect(topics.match(text), text).toEqual(all[0]);
      if (all.length > 0) matched++;
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('breaks ties like matchAll() when phrases of several rules share words and prefixes', () => {
    const rules: TopicRule[] = [
      { id: 'a', enabled: true, label: 'A', severity: 'high', transfer: 'warm', keywords: { en: ['card stolen', 'card*', 'stolen card', 'my card was'] }, patterns: { en: ['\\bwas (?:taken|lost)\\b'] } },
      { id: 'b', enabled: true, label: 'B', severity: 'low', transfer: 'cold', keywords: { en: ['card', 'card was*', 'card st*', 'my*', 'stolen'] }, patterns: { en: ['\\bcard\\b'] } },
      { id: 'c', enabled: true, label: 'C', severity: 'medium', transfer: 'warm', keywords: { en: ['my', 'my card', 'was lost', 'lost'] }, patterns: {} },
    ];
    const matcher = compileTopics(rules, ['en']);
    const words = fc.constantFrom('my', 'card', 'cards', 'was', 'stolen', 'stole', 'lost', 'taken', 'the', 'mystery', 'st', 'carding');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        expect(matcher.match(text)).toEqual(matcher.matchAll(text)[0]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('topic exceptions', () => {
  const rules: TopicRule[] = [
    { id: 'legal', enabled: true, keywords: { en: ['lawyer', 'solicitor*'], fr: ['avocat*'] }, exceptions: { en: ['is a lawyer', 'lawyer friend*', 'for solicitors'], fr: ['avocats bio'] } },
    { id: 'fruit', enabled: true, keywords: { fr: ['avocats'] } },
  ];
  const matcher = compileTopics(rules, ['en', 'fr']);

  it('void a keyword they overlap, before, after or on it, and nothing else', () => {
    for (const text of ['my sister is a lawyer', 'a gift for my lawyer friends', 'do you do discounts for solicitors?']) {
      expect(matcher.match(text), text).toBeUndefined();
      expect(matcher.matchAll(text), text).toEqual([]);
    }
    expect(matcher.match('I need a lawyer')?.evidence).toBe('lawyer');
    expect(matcher.match('my solicitors will write to you')?.evidence).toBe('solicitor*');
    // The same sentence with the keyword again, outside the exception.
    expect(matcher.match('my sister is a lawyer, and my lawyer says no')?.rule).toBe('legal');
  });

  it("void a pattern's match they overlap, and not one elsewhere in the message", () => {
    const taxes = compileTopics([{ id: 'finance', enabled: true, patterns: { es: ['\\bdeclaracion\\b.{0,25}\\brenta\\b'] }, exceptions: { es: ['factura para la declaracion'] } }], ['es']);
    expect(taxes.match('quiero descargar la factura para la declaracion de la renta')).toBeUndefined();
    expect(taxes.matchAll('quiero descargar la factura para la declaracion de la renta')).toEqual([]);
    // After a word the clauses split at ("pero"), which the analysed tokens leave out.
    expect(taxes.match('vale, pero y la factura para la declaracion de la renta')).toBeUndefined();
    expect(taxes.match('no sé cómo hacer la declaración de la renta este año')?.rule).toBe('finance');
    // The exception earlier in the message, the pattern's match later: it still counts.
    expect(taxes.match('la factura para la declaracion ya la tengo. y la declaracion de la renta, me ayudan?')?.evidence).toBe('declaracion de la renta');
  });

  it('void only their own rule\'s keywords', () => {
    expect(matcher.match('des avocats bio pourris')).toMatchObject({ rule: 'fruit', evidence: 'avocats' });
    expect(matcher.matchAll('des avocats bio pourris').map((m) => m.rule)).toEqual(['fruit']);
  });

  it('layer over the default rules like keywords, and keep the default ones', () => {
    const policy = policySchema.parse({ version: 1, topics: [{ id: 'legal', exceptions: { en: ['lawyer up'] } }] });
    const { topics } = compilePolicy(policy);
    expect(topics.match("I'm going to lawyer up")).toBeUndefined();
    expect(topics.match('My sister is a lawyer and she loves your products')).toBeUndefined();
    expect(topics.match('my lawyer will contact you')?.rule).toBe('legal');
  });

  it('agree between match() and matchAll() whatever the words around them', () => {
    const words = fc.constantFrom('my', 'is', 'a', 'lawyer', 'friend', 'friends', 'for', 'solicitors', 'solicitor', 'avocats', 'bio', 'need');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        expect(matcher.match(text)).toEqual(matcher.matchAll(text)[0]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the combined pattern match() and matchAll() try before the patterns', () => {
  it('does not put a top-level alternative after a leading \\b behind the boundary: "\\bfoo|bar" matches "crowbar"', () => {
    for (const patterns of [['\\bfoo|bar'], ['\\bfoo|bar', '\\bqux\\b']]) {
      const matcher = compileTopics([{ id: 'tools', enabled: true, patterns: { en: patterns } }], ['en']);
      expect(matcher.match('crowbar'), patterns.join(', ')).toMatchObject({ rule: 'tools', evidence: 'bar' });
      expect(matcher.matchAll('crowbar').map((m) => m.rule), patterns.join(', ')).toEqual(['tools']);
    }
    expect(combinePatterns(['\\bfoo|bar', '\\bqux\\b'])!.test('crowbar')).toBe(true);
    expect(combinePatterns(['\\bfoo|bar', '\\bqux\\b'])!.test('crowfoo')).toBe(false);
  });

  // Patterns that put "|" where a careless split goes wrong: inside groups, classes and escapes,
  // after a leading \b or \B, and at the top level.
  const ATOMS = ['a', 'b', ' ', '.', '\\w', '\\|', '\\(', '\\)', '[|]', '[(|a]', '[^)]', '[\\]|]', '^', '$'];
  const { pattern } = fc.letrec<{ pattern: string; sequence: string; term: string; group: string }>((tie) => ({
    pattern: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.join('|')),
    sequence: fc
      .tuple(fc.constantFrom('', '\\b', '\\b', '\\B'), fc.array(tie('term'), { maxLength: 3 }))
      .map(([assertion, terms]) => assertion + terms.join('')),
    term: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...ATOMS),
      fc.tuple(fc.constantFrom('a', 'b', '[|]', '\\|'), fc.constantFrom('?', '*', '+')).map(([atom, q]) => atom + q),
      tie('group'),
    ),
    group: fc.oneof(
      fc.tuple(fc.constantFrom('(?:', '('), tie('pattern'), fc.constantFrom('', '?', '*')).map(([open, body, q]) => `${open}${body})${q}`),
      fc.tuple(fc.constantFrom('(?=', '(?!', '(?<='), tie('pattern')).map(([open, body]) => `${open}${body})`),
    ),
  }));
  const text = fc.array(fc.constantFrom('a', 'b', 'ab', ' ', '|', '(', ')', ']', 'x'), { maxLength: 6 }).map((parts) => parts.join(''));

  it('matches a text exactly when one of the patterns alone does', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 2, maxLength: 4 }), fc.array(text, { minLength: 10, maxLength: 10 }), (sources, texts) => {
        const combined = combinePatterns(sources);
        expect(combined, sources.join(' , ')).toBeDefined();
        const alone = sources.map((source) => new RegExp(source, 'u'));
        for (const t of texts) expect(combined!.test(t), `${sources.join(' , ')} on ${JSON.stringify(t)}`).toBe(alone.some((regex) => regex.test(t)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('patterns run only on a message with the word they start with', () => {
  it('finds the words of the default patterns, and leaves out only what it cannot read', () => {
    expect(patternStems('\\b(?:charges?|debits?)\\b.{0,60}\\bnot mine')).toEqual(['charge', 'debit']);
    expect(patternStems('\\bstol(?:en|e)\\b|\\bnicked\\b')).toEqual(['stol', 'nicked']);
    expect(patternStems('\\b(?:ware|war) ich\\b')).toEqual(['ware', 'war']);
    expect(patternStems('\\bmedic[oa]s?\\b')).toEqual(['medic']);
    expect(patternStems('\\bfooo{0,2}bar')).toEqual(['foo']);
    // No leading \b, an optional group, a lookaround first, a stem too short to index: the combined scan decides.
    for (const source of ['(?:kredit|darlehen)\\b', '\\b(?:foo)?bar', '\\b(?=x)foo', '\\bab?c', '\\b\\d{4}', 'foo|\\bbar']) {
      expect(patternStems(source), source).toBeUndefined();
    }
  });

  it('finds the later word every match holds, and none where a match can do without it', () => {
    expect(laterStems('\\b(?:charges?|debits?)\\b.{0,60}\\bnot mine')).toEqual(['not mine']);
    expect(laterStems('\\bbatter(?:y|ies)\\b.{0,30}\\b(?:swell|swoll|bulg|puff)')).toEqual(['swell', 'swoll', 'bulg', 'puff']);
    // A top-level alternative, an optional word, a word inside a group or a lookahead, no later \b.
    for (const source of ['\\bfoo\\b.{0,9}\\bbar|\\bqux', '\\bfoo\\b.{0,9}\\b(?:bar)?', '\\bfoo(?:.{0,9}\\bbar)', '\\bfoo(?=.{0,9}\\bbar)', '\\bfoo bar']) {
      expect(laterStems(source), source).toBeUndefined();
    }
  });

  const word = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 5 }).map((letters) => letters.join(''));
  const { pattern } = fc.letrec<{ pattern: string; sequence: string; term: string }>((tie) => ({
    pattern: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.join('|')),
    sequence: fc.tuple(fc.constantFrom('', '\\b', '\\b', '\\b'), fc.array(tie('term'), { minLength: 1, maxLength: 3 })).map(([b, terms]) => b + terms.join('')),
    term: fc.oneof(
      { depthSize: 'small' },
      word,
      fc.tuple(word, fc.constantFrom('?', '*', '+', '{0,2}', '{1,2}')).map(([w, q]) => w + q),
      fc.constantFrom('[ab]', '\\w', '.', ' ', '\\b', '(?=a)', '(?<=b)'),
      fc.tuple(fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '?')).map(([alternatives, q]) => `(?:${alternatives.join('|')})${q}`),
      // A repeated group holds one plain word: a repetition of alternatives or quantifiers nested in it
      // ("(?:a|aa)*", "(?:a+)*") backtracks exponentially in the regular expressions themselves.
      word.map((w) => `(?:${w})*`),
    ),
  }));
  const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '-', '_', "'", '', '  ')), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

  /**
   * Compiles the patterns as one rule and checks each text against a scan of the whole folded message by
   * each pattern alone ("aaa" folds to "a"): match() reports the first of those matches, and matchAll()
   * (when `all`) finds one exactly when a pattern matches.
   */
  function expectWholeTextScan(sources: readonly string[], texts: readonly string[], all: boolean) {
    const matcher = compileTopics([{ id: 't', enabled: true, patterns: { en: [...sources] } }], ['en']);
    const alone = sources.map((source) => new RegExp(source, 'u'));
    for (const t of texts) {
      const first = alone.map((regex) => regex.exec(fold(t))).find((m) => m !== null);
      expect(matcher.match(t)?.evidence, `${sources.join(' , ')} on ${JSON.stringify(t)}`).toBe(first?.[0]);
      if (all) expect(matcher.matchAll(t).length > 0).toBe(first !== undefined);
    }
  }

  // A pattern with a known word is tried only where that word starts: its evidence must still be
  // the first match a scan of the whole message finds, even when the word occurs earlier unmatched.
  it('never leaves out a pattern that matches, and reports the match a whole-text scan finds first', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 10, maxLength: 10 }), (sources, texts) =>
        expectWholeTextScan(sources, texts, true),
      ),
      { numRuns: 3000 },
    );
  });

  // Patterns with a later word run only on a message that holds it too.
  const later = fc
    .tuple(word, fc.constantFrom(' ', '.', '.{0,4}', '\\W+', ' (?:c )?', '[ _-]'), fc.oneof(word, fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => `(?:${words.join('|')})`)))
    .chain(([first, gap, second]) => fc.constantFrom('', '?', 's?', '\\b', '\\w*').map((end) => `\\b${first}${gap}\\b${second}${end}`));
  it('never leaves out a pattern that matches where its later word is', () => {
    fc.assert(
      fc.property(fc.array(later, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 10, maxLength: 10 }), (sources, texts) =>
        expectWholeTextScan(sources, texts, false),
      ),
      { numRuns: 3000 },
    );
  });
});
