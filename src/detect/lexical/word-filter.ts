/**
 * A set of words that answers "surely absent" or "perhaps present" from one bit per hash of a word's code units (a
 * Bloom filter with one hash). The word-list detectors ask it before their memo of word facts: most words of a text
 * are in none of their lists, and for those a few multiplications and one read of a table small enough to stay in
 * the processor's cache replace the probe of a map of tens of thousands of words, which misses that cache on most
 * lookups. A word the filter lets through is looked up as before, so answers never change.
 */
export class WordFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;

  /** log2Bits: the table's size; about ten bits per word keep the words let through in vain near one in ten. */
  constructor(words: Iterable<string>, log2Bits: number) {
    this.bits = new Int32Array(1 << (log2Bits - 5));
    this.shift = 32 - log2Bits;
    for (const w of words) {
      const slot = this.slotOf(wordHash(w));
      this.bits[slot >>> 5]! |= 1 << (slot & 31);
    }
  }

  /** Whether a word whose wordHash is h may be in the set (never false for a word in it). */
  mayHold(h: number): boolean {
    const slot = this.slotOf(h);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }

  private slotOf(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }
}

/** One code unit added to a running wordHash (which starts at 0). */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** The hash WordFilter files a word under: hashStep over its code units from 0. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
