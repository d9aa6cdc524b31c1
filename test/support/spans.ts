import type { TextDetector } from '../../src/detect/types.js';

/** The text of each finding with one of `labels` and at least `minScore`, in the detector's order. */
export function spansOf(detector: TextDetector, text: string, labels: readonly string[], minScore = 0): string[] {
  return detector
    .detect(text)
    .filter((f) => labels.includes(f.label) && f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}
