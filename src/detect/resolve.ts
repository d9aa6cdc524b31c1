import type { Finding } from './types.js';

export interface Candidate extends Finding {
  specificity: number;
}

/**
 * One span per region: candidates are ranked by score, then specificity (validator-backed beats pattern-only
 * beats vocabulary), then length, then position and detector id so the outcome never depends on the order
 * detectors ran in; each is kept when it overlaps nothing already kept.
 */
export function resolveOverlaps(candidates: Candidate[]): Finding[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      b.specificity - a.specificity ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0),
  );
  return keepFirstOfOverlaps(ranked).map(({ specificity: _s, ...f }) => f);
}

/**
 * Walks spans best first and keeps each one that overlaps nothing kept before it; the result is sorted by start.
 * Kept spans stay sorted, so each overlap test is a binary search for the two neighbours: n log n, where comparing
 * each with every kept one grew with the square of a dense text's findings.
 */
export function keepFirstOfOverlaps<T extends { start: number; end: number }>(ranked: readonly T[]): T[] {
  const kept: T[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
