import { hashesOf, wordHash, type AnalyzedText } from './text.js';
import { TokenTable } from './token-table.js';

/**
 * One index of every word a detector knows, shared by all of them: each token of a message is
 * looked up once (idsOf), and each detector finds what it knows about the word in an array by its
 * id. Ids never change; the index only grows, as lexicons and policies are compiled.
 */
const index = new TokenTable<number>(8192);

/** The id of `word`, which joins the index if it is new. For compiling lexicons. */
export function wordId(word: string): number {
  const hash = wordHash(word);
  let id = index.get(word, hash);
  if (id === undefined) index.set(word, (id = index.size), hash);
  return id;
}

/** The id of a word, or -1 when no lexicon holds it. */
export function knownWordId(word: string, hash = wordHash(word)): number {
  return index.get(word, hash) ?? -1;
}

/** The id of each token of an analysed text (-1 for words no lexicon holds), looked up on first use and kept with it. */
export function idsOf(analyzed: AnalyzedText): readonly number[] {
  // Kept while the index is the same size: a lexicon compiled since may have added a token.
  if (analyzed.ids && analyzed.ids.indexSize === index.size) return analyzed.ids.of;
  const { tokens } = analyzed;
  const hashes = hashesOf(analyzed).whole;
  const of: number[] = [];
  for (let i = 0; i < tokens.length; i++) of.push(index.get(tokens[i]!, hashes[i]!) ?? -1);
  analyzed.ids = { indexSize: index.size, of };
  return of;
}
