// Misspelled copies of messages, the same on every run: scripts/golden.ts fingerprints the detectors
// on them, and test/language-packs.test.ts measures the language guess on text it was not fitted to.

/** A seeded generator of numbers in [0, 1]: the same sequence for the same seed. */
export function seededRandom(seed = 7): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
}

/** Three misspellings of a message: two letters swapped, one dropped, one doubled, or "zq" slipped in. */
export function misspellings(text: string, random: () => number): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const chars = [...text];
    const i = Math.floor(random() * Math.max(1, chars.length - 1));
    const op = Math.floor(random() * 4);
    if (op === 0) [chars[i], chars[i + 1]] = [chars[i + 1] ?? '', chars[i]!];
    else if (op === 1) chars.splice(i, 1);
    else if (op === 2) chars.splice(i, 0, chars[i] ?? 'x', chars[i] ?? 'x');
    else chars.splice(i, 0, 'zq');
    out.push(chars.join(''));
  }
  return out;
}
