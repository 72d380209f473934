// match() takes shortcuts (first rule only, phrases indexed by their second word, one combined regex
// before the patterns); it must name the same rule and evidence as the plain scan in matchAll().
import './all-languages.js';
import { readFileSync } from 'node:fs';
import type { TopicRule } from '@baton/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, compileTopics, defaultPolicy } from '../src/index.js';

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
