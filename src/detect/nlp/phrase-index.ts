import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';

/**
 * Multi-word phrases keyed by their first folded token, so matching costs one hash lookup per token of the text and
 * only compares whole tokens (never substrings: "lic" never matches inside "public").
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Array<{ keys: string[]; value: V }>>();
  private count = 0;

  add(phrase: string, value: V): void {
    const keys = tokenize(phrase).map((t) => t.key);
    if (keys.length === 0) return;
    const first = keys[0]!;
    let bucket = this.byFirst.get(first);
    if (!bucket) {
      bucket = [];
      this.byFirst.set(first, bucket);
    }
    if (bucket.some((e) => e.keys.join(' ') === keys.join(' '))) return;
    bucket.push({ keys, value });
    // Longest first, so the first hit in matchAt is the longest phrase.
    bucket.sort((a, b) => b.keys.length - a.keys.length);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  hasFirst(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** A one-word phrase equal to key (not merely a longer phrase that starts with it: "James" vs "James Bay"). */
  hasExact(key: string): boolean {
    return this.byFirst.get(key)?.some((e) => e.keys.length === 1) ?? false;
  }

  /** Longest phrase starting at tokens[index]: how many tokens it spans and its value. */
  matchAt(tokens: readonly Token[], index: number): { length: number; value: V } | undefined {
    const first = tokens[index];
    if (!first) return undefined;
    const bucket = this.byFirst.get(first.key);
    if (!bucket) return undefined;
    for (const entry of bucket) {
      if (index + entry.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < entry.keys.length; k++) {
        if (tokens[index + k]!.key !== entry.keys[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { length: entry.keys.length, value: entry.value };
    }
    return undefined;
  }

  /** Longest phrase that ends right before tokens[index] (for cues such as "my name is"), at most maxLength tokens. */
  endsBefore(tokens: readonly Token[], index: number, maxLength = 5): { length: number; value: V } | undefined {
    let best: { length: number; value: V } | undefined;
    for (let start = Math.max(0, index - maxLength); start < index; start++) {
      const hit = this.matchAt(tokens, start);
      if (hit && start + hit.length === index && (!best || hit.length > best.length)) best = hit;
    }
    return best;
  }
}
