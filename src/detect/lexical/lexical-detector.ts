import { keepFirstOfOverlaps } from '../resolve.js';
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
    return keepBest(found);
  }

  /** Appends the findings in text to found (overlaps allowed: detect() resolves them). */
  protected abstract collect(text: string, found: Finding[]): void;
}

/**
 * One finding per region, sorted by start: higher score first, then the longer span, then the earlier one (equal
 * findings keep their collection order); the engine's resolveOverlaps keeps spans the same way.
 */
export function keepBest(findings: readonly Finding[]): Finding[] {
  const ranked = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  return keepFirstOfOverlaps(ranked);
}
