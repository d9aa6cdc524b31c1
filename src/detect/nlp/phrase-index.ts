import type { Token } from './tokenize.js';
import { tokenizePhrase } from './tokenize.js';

const SHAPE_SLOTS = 1024;
/** A slot for a key's first two code units (a missing one reads as NaN, which bit operations take as 0). */
const shapeSlot = (key: string) => ((key.charCodeAt(0) << 5) ^ key.charCodeAt(1)) & (SHAPE_SLOTS - 1);
const PAIR_SLOTS = 8192;
/** A slot for the first two tokens of a phrase, from their first two and last code units. */
const pairSlot = (a: string, b: string) =>
  ((shapeSlot(a) << 3) ^ shapeSlot(b) ^ (b.charCodeAt(b.length - 1) << 6)) & (PAIR_SLOTS - 1);
const pairBit = (a: string, b: string) => 1 << ((a.length + 5 * b.length) & 31);

/**
 * Phrases of folded tokens ("san sebastian", "my name is"), matched on whole tokens only (never substrings: "lic"
 * never matches inside "public"). Phrases live in one flat map keyed by their tokens joined with spaces, and each first
 * token records which phrase lengths start with it, so a lookup costs one hash probe per candidate length and no
 * per-node maps are kept (the town list has 100k entries).
 */
export class PhraseIndex<V> {
  private readonly phrases = new Map<string, V>();
  /** Phrase lengths (in tokens) that start with a first token, longest first. */
  private readonly lengths = new Map<string, number[]>();
  /**
   * The first tokens' shapes: bit (length % 32) of the slot of their first two code units (shapeSlot) is set for
   * each. Most words asked about start no phrase, and a small index rules most of them out here, before a hash
   * lookup (matchAt is asked at nearly every capitalised word, by a dozen indexes).
   */
  private readonly firstShapes = new Int32Array(SHAPE_SLOTS);
  /**
   * The same for the first two tokens of the phrases of two tokens or more (pairSlot, pairBit): a longer phrase is
   * only joined up and looked for when its first two tokens may open one, since most do not ("New" is the first
   * token of many places, "New customers" opens none).
   */
  private readonly pairShapes = new Int32Array(PAIR_SLOTS);
  /**
   * The last tokens' shapes, as firstShapes holds the first ones': a phrase that ends right before a token ends in the
   * token before it, so endsBefore asks nothing more where that token ends no phrase (nearly everywhere).
   */
  private readonly lastShapes = new Int32Array(SHAPE_SLOTS);

  /** Whether some phrase of two tokens or more may open with a, b (never false when one does). */
  private mayPair(a: string, b: string): boolean {
    return (this.pairShapes[pairSlot(a, b)]! & pairBit(a, b)) !== 0;
  }

  /** Whether some first token has the shape of `key` (never false for a first token; see firstShapes). */
  private mayStart(key: string): boolean {
    return (this.firstShapes[shapeSlot(key)]! & (1 << (key.length & 31))) !== 0;
  }

  add(phrase: string, value: V): void {
    const keys = tokenizePhrase(phrase).map((t) => t.key);
    if (keys.length === 0) return;
    const joined = keys.join(' ');
    if (this.phrases.has(joined)) return;
    this.phrases.set(joined, value);
    const first = keys[0]!;
    this.firstShapes[shapeSlot(first)]! |= 1 << (first.length & 31);
    const last = keys[keys.length - 1]!;
    this.lastShapes[shapeSlot(last)]! |= 1 << (last.length & 31);
    if (keys.length > 1) this.pairShapes[pairSlot(first, keys[1]!)]! |= pairBit(first, keys[1]!);
    const lengths = this.lengths.get(first);
    if (!lengths) this.lengths.set(first, [keys.length]);
    else if (!lengths.includes(keys.length)) {
      lengths.push(keys.length);
      lengths.sort((a, b) => b - a);
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  hasFirst(key: string): boolean {
    return this.mayStart(key) && this.lengths.has(key);
  }

  /** A one-word phrase equal to key (not merely a longer phrase that starts with it: "James" vs "James Bay"). */
  hasExact(key: string): boolean {
    return this.phrases.has(key);
  }

  /** Longest phrase starting at tokens[index]: how many tokens it spans and its value. */
  matchAt(tokens: readonly Token[], index: number): { length: number; value: V } | undefined {
    const first = tokens[index];
    if (!first || !this.mayStart(first.key)) return undefined;
    const lengths = this.lengths.get(first.key);
    if (!lengths) return undefined;
    // Lengths run longest first: the test of the first two tokens is made once, at the first length over one.
    let pair = 0; // 0 not tested, 1 may open a phrase, 2 opens none
    for (const length of lengths) {
      if (index + length > tokens.length) continue;
      if (length > 1) {
        if (pair === 0) pair = this.mayPair(first.key, tokens[index + 1]!.key) ? 1 : 2;
        if (pair === 2) continue;
      }
      let joined = first.key;
      for (let k = 1; k < length; k++) joined += ` ${tokens[index + k]!.key}`;
      const value = this.phrases.get(joined);
      if (value !== undefined) return { length, value };
    }
    return undefined;
  }

  /** Longest phrase that ends right before tokens[index] (for cues such as "my name is"), at most maxLength tokens. */
  endsBefore(tokens: readonly Token[], index: number, maxLength = 5): { length: number; value: V } | undefined {
    const end = tokens[index - 1];
    if (end === undefined || (this.lastShapes[shapeSlot(end.key)]! & (1 << (end.key.length & 31))) === 0)
      return undefined;
    for (let start = Math.max(0, index - maxLength); start < index; start++) {
      const key = tokens[start]!.key;
      if (!this.mayStart(key)) continue;
      const lengths = this.lengths.get(key);
      if (!lengths?.includes(index - start)) continue;
      if (index - start > 1 && !this.mayPair(key, tokens[start + 1]!.key)) continue;
      let joined = tokens[start]!.key;
      for (let k = start + 1; k < index; k++) joined += ` ${tokens[k]!.key}`;
      const value = this.phrases.get(joined);
      if (value !== undefined) return { length: index - start, value };
    }
    return undefined;
  }
}
