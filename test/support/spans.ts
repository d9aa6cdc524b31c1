import type { Finding, TextDetector } from '../../src/detect/types.js';

/** The findings of `detector` on `text` with at least `minScore`, in the detector's order. */
function scored(detector: TextDetector, text: string, minScore: number): Finding[] {
  return detector.detect(text).filter((f) => f.score >= minScore);
}

/** The text of each finding with one of `labels` and at least `minScore`, in the detector's order. */
export function spansOf(detector: TextDetector, text: string, labels: readonly string[], minScore = 0): string[] {
  return scored(detector, text, minScore)
    .filter((f) => labels.includes(f.label))
    .map((f) => text.slice(f.start, f.end));
}

/** The text of every finding with at least `minScore`, whatever its label. */
export function allSpansOf(detector: TextDetector, text: string, minScore = 0): string[] {
  return scored(detector, text, minScore).map((f) => text.slice(f.start, f.end));
}

/** [text, label] of every finding with at least `minScore`. */
export function labelledSpansOf(detector: TextDetector, text: string, minScore = 0): Array<[string, string]> {
  return scored(detector, text, minScore).map((f) => [text.slice(f.start, f.end), f.label]);
}

/** [text, type] of every finding with at least `minScore` (the type says which kind of value it is). */
export function typedSpansOf(detector: TextDetector, text: string, minScore = 0): Array<[string, string]> {
  return scored(detector, text, minScore).map((f) => [text.slice(f.start, f.end), f.type]);
}

/** "LABEL:text" of every finding with at least `minScore`, for one-line comparisons. */
export function taggedSpansOf(detector: TextDetector, text: string, minScore = 0): string[] {
  return scored(detector, text, minScore).map((f) => `${f.label}:${text.slice(f.start, f.end)}`);
}
