import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';

interface Node<V> {
  /** Value of the phrase that ends at this node, if one does. */
  value?: V;
  next?: Map<string, Node<V>>;
}

/**
 * Multi-word phrases as a trie of folded tokens, so matching costs one hash lookup per token read and only compares
 * whole tokens (never substrings: "lic" never matches inside "public"). A first word shared by thousands of places
 * ("San", "Saint") costs no more than any other.
 */
export class PhraseIndex<V> {
  private readonly root = new Map<string, Node<V>>();
  private count = 0;

  add(phrase: string, value: V): void {
    const keys = tokenize(phrase).map((t) => t.key);
    if (keys.length === 0) return;
    let level = this.root;
    let node: Node<V> | undefined;
    for (const key of keys) {
      node = level.get(key);
      if (!node) {
        node = {};
        level.set(key, node);
      }
      if (!node.next) node.next = new Map();
      level = node.next;
    }
    if (!node || node.value !== undefined) return;
    node.value = value;
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  hasFirst(key: string): boolean {
    return this.root.has(key);
  }

  /** A one-word phrase equal to key (not merely a longer phrase that starts with it: "James" vs "James Bay"). */
  hasExact(key: string): boolean {
    return this.root.get(key)?.value !== undefined;
  }

  /** Longest phrase starting at tokens[index]: how many tokens it spans and its value. */
  matchAt(tokens: readonly Token[], index: number): { length: number; value: V } | undefined {
    let level: Map<string, Node<V>> | undefined = this.root;
    let best: { length: number; value: V } | undefined;
    for (let i = index; level !== undefined && i < tokens.length; i++) {
      const node = level.get(tokens[i]!.key);
      if (!node) break;
      if (node.value !== undefined) best = { length: i - index + 1, value: node.value };
      level = node.next;
    }
    return best;
  }

  /** Longest phrase that ends right before tokens[index] (for cues such as "my name is"), at most maxLength tokens. */
  endsBefore(tokens: readonly Token[], index: number, maxLength = 5): { length: number; value: V } | undefined {
    for (let start = Math.max(0, index - maxLength); start < index; start++) {
      let level: Map<string, Node<V>> | undefined = this.root;
      for (let i = start; level !== undefined && i < index; i++) {
        const node = level.get(tokens[i]!.key);
        if (!node) break;
        if (i === index - 1 && node.value !== undefined) return { length: index - start, value: node.value };
        level = node.next;
      }
    }
    return undefined;
  }
}
