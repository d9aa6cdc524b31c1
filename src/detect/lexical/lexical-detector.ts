import { resolveOverlaps } from '../nlp/nlp-detector.js';
import type { Finding, TextDetector } from '../types.js';

/**
 * What every word-list detector does around its own search: refuse non-text, collect findings, and keep the best of
 * overlapping ones. A subclass supplies only collect().
 */
export abstract class LexicalDetector implements TextDetector {
  abstract readonly id: string;

  detect(text: string): Finding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    // No catch here: a failure must fail the whole inspection (the gateway then forwards nothing), not pass
    // on a partial result that silently misses what the rest of the text holds.
    const found: Finding[] = [];
    this.collect(text, found);
    return resolveOverlaps(found);
  }

  /** Appends the findings in text to found (overlaps allowed: detect() resolves them). */
  protected abstract collect(text: string, found: Finding[]): void;
}
