// The text pipeline's fast paths against the plain definitions they replace: a message must read
// the same to every detector whichever path it takes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clauses, fold, FuzzyIndex, hashesOf, tokenize, withinOneEdit } from '../src/text.js';

/** fold() as defined: Unicode lowercasing, ligatures written out, NFD, accents and elongations removed. */
const foldReference = (text: string) =>
  /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase().replace(/([a-z])\1{2,}/g, '$1')
    : text
        .toLowerCase()
        .replace(/ß/g, 'ss')
        .replace(/œ/g, 'oe')
        .replace(/æ/g, 'ae')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2019\u2018\u02bc`´]/g, "'")
        .replace(/(\p{L})\1{2,}/gu, '$1');

/** Optimal string alignment distance, capped at max + 1 (the fuzzy matcher's first definition). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return Math.min(d[a.length]![b.length]!, max + 1);
}

/** Strings built from pieces that exercise clause breaks, contractions, elongations and accents. */
const PIECES = [
  ' ', '  ', '\n', '\t', '.', '!', '?', ',', ';', ':', '(', ')', ' - ', '-', '_', "'", '’', '`', '´', '0', '7',
  'a', 'e', 'i', 'o', 'b', 't', 'n', 'x', 'A', 'É', 'é', 'è', 'ß', 'ñ', 'ç', 'ø', 'œ', 'İ', 'Σ', '€', '…', '–', '—', '¿', '¡',
  'but', 'pero', 'mais', 'aber', 'however', 'though', 'butter', 'abut', 'can', "can't", "won't", "don't", "isn't", "i'd", "we'm",
  "you'd", "they'm", 'agent', 'aaagent', 'huuuman', 'HUMAN', 'l’agent', "l'agent", 'quelqu', 'un', 'not', 'xn', "n't", '😀',
  'ж', 'Ж', 'ש', 'क', 'ि', '²', '½', '\u00a0', '\u2003', '\u2028', '«', '»', '\u0301', 'ǅ', 'Ⱥ', ' – ', ' — ', '\u00a0-\u00a0',
  '😅', '❤', '\ufe0f', '✔', '™', 'ℓ', '\u212a', '≠', '\u20d7', '𝐀', '🄁', '🇪🇸', '\ud83d', '\ude00',
];
const message = (ascii: boolean) =>
  fc
    .array(fc.constantFrom(...PIECES.filter((p) => !ascii || /^[\x00-\x7f]*$/.test(p))), { maxLength: 24 })
    .map((parts) => parts.join(''));

describe('fold', () => {
  it('equals its definition on mixed-script text', () => {
    fc.assert(fc.property(message(false), (text) => fold(text) === foldReference(text)), { numRuns: 5000 });
  });

  it('equals its definition on every character below U+2C00, alone and repeated', () => {
    for (let code = 0; code < 0x2c00; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const text of [char, `${char}${char}${char}x`, `a${char.toUpperCase()}${char}${char}`]) {
        expect(fold(text), `U+${code.toString(16)}`).toBe(foldReference(text));
      }
    }
  });

  it('equals its definition around every emoji and astral character it meets', () => {
    for (let code = 0x1f000; code < 0x1fc00; code++) {
      const char = String.fromCodePoint(code);
      for (const text of [`Agent ${char}${char}${char} ÉTÉ`, `${char}huuuman`]) {
        expect(fold(text), `U+${code.toString(16)}`).toBe(foldReference(text));
        const analyzed = analyze(text);
        expect(analyzed.clauses, `U+${code.toString(16)}`).toEqual(clauses(analyzed.folded).map(tokenize));
      }
    }
  });
});

describe('analyze', () => {
  for (const ascii of [true, false]) {
    it(`splits ${ascii ? 'ASCII' : 'any'} text into the same clauses and tokens as clauses() and tokenize()`, () => {
      fc.assert(
        fc.property(message(ascii), (text) => {
          const folded = fold(text);
          const parts = clauses(folded).map(tokenize);
          const analyzed = analyze(text);
          expect(analyzed.folded).toBe(folded);
          expect(analyzed.clauses).toEqual(parts);
          expect(analyzed.tokens).toEqual(parts.flat());
          // Hashes computed during the scan equal those computed from the tokens afterwards.
          expect(hashesOf({ ...analyzed, hashes: undefined })).toEqual(hashesOf(analyzed));
        }),
        { numRuns: 5000 },
      );
    });
  }
});

/** The symmetric-delete lookup as first written: string keys, every candidate measured. */
function lookupReference(words: readonly string[], swapsOnly: ReadonlySet<string>, token: string): string | undefined {
  if (token.length < 4) return undefined;
  const deletions = (w: string) => [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))];
  const keys = new Map<string, string[]>();
  for (const word of words) for (const key of deletions(word)) keys.set(key, [...(keys.get(key) ?? []), word]);
  const allowed = token.length >= 9 ? 2 : 1;
  const transposed = (a: string, b: string) => {
    if (a.length !== b.length) return false;
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  };
  let best: { word: string; distance: number } | undefined;
  for (const key of deletions(token)) {
    for (const word of keys.get(key) ?? []) {
      if ((token.length === 4 || swapsOnly.has(word)) && !transposed(token, word)) continue;
      const distance = editDistance(token, word, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word, distance };
    }
  }
  return best?.word;
}

describe('withinOneEdit', () => {
  it('is editDistance(a, b, 1) <= 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === editDistance(a, b, 1) <= 1), { numRuns: 20_000 });
  });
});

describe('FuzzyIndex', () => {
  const words = ['agent', 'human', 'person', 'representative', 'supervisor', 'speak', 'talk', 'operator', 'mensch', 'persona', 'humano', 'atendente', 'conseiller', 'conseillere', 'conseillers', 'responsable', 'reponses', 'rappeler', 'rappelle'];
  const swapsOnly = new Set(['talk', 'speak']);
  const index = new FuzzyIndex(words.map((w) => [w, w] as [string, string]), swapsOnly);

  it('finds what the plain symmetric-delete search finds, typo by typo', () => {
    const typo = fc
      .tuple(fc.constantFrom(...words), fc.array(fc.tuple(fc.nat(20), fc.constantFrom('del', 'ins', 'sub', 'swap'), fc.constantFrom(...'aehnoprstx')), { maxLength: 2 }))
      .map(([word, edits]) => {
        let text = word;
        for (const [at, op, char] of edits) {
          const i = at % (text.length + 1);
          if (op === 'del') text = text.slice(0, i) + text.slice(i + 1);
          else if (op === 'ins') text = text.slice(0, i) + char + text.slice(i);
          else if (op === 'sub') text = text.slice(0, i) + char + text.slice(i + 1);
          else if (i + 1 < text.length) text = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        }
        return text;
      });
    fc.assert(fc.property(typo, (token) => index.lookup(token)?.word === lookupReference(words, swapsOnly, token)), { numRuns: 5000 });
  });
});
