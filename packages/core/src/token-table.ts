import { wordHash } from './text.js';

/** Set on every stored hash, so an empty slot (0) never looks like a word's hash (which may be 0). */
const USED = 1 << 30;

/**
 * A string-keyed table for lexicon lookups, keyed by the token hashes analyze() already computed:
 * a Map would hash each freshly cut token string again, and most tokens are in no lexicon, which an
 * empty slot answers at once. Open addressing, at most half full.
 */
export class TokenTable<T> {
  private hashes: Int32Array;
  private keys: string[];
  private values: T[];
  private count = 0;

  constructor(capacity = 8) {
    let size = 2;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string>(size);
    this.values = new Array<T>(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, whose wordHash() is `hash`. */
  get(key: string, hash: number): T | undefined {
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    const stored = hash | USED;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const h = hashes[slot]!;
      if (h === 0) return undefined;
      if (h === stored && this.keys[slot] === key) return this.values[slot];
    }
  }

  /**
   * The value of the key that `token` starts with, for tables keyed by prefixes of one length whose
   * wordHash() over that length is `hash`.
   */
  getPrefixOf(token: string, hash: number): T | undefined {
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    const stored = hash | USED;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const h = hashes[slot]!;
      if (h === 0) return undefined;
      if (h === stored && token.startsWith(this.keys[slot]!)) return this.values[slot];
    }
  }

  lookUp(key: string): T | undefined {
    return this.get(key, wordHash(key));
  }

  set(key: string, value: T, hash = wordHash(key)): void {
    if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    const stored = hash | USED;
    let slot = hash & mask;
    for (; hashes[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashes[slot] === stored && this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
    }
    hashes[slot] = stored;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.count++;
  }

  *entries(): IterableIterator<[string, T]> {
    for (let slot = 0; slot < this.hashes.length; slot++) if (this.hashes[slot] !== 0) yield [this.keys[slot]!, this.values[slot]!];
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.keys = new Array<string>(hashes.length * 2);
    this.values = new Array<T>(hashes.length * 2);
    this.count = 0;
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.set(keys[slot]!, values[slot]!, hashes[slot]! & ~USED);
  }
}
