/**
 * What the medical readings that open on a few gate words (clinical-readings.ts, leave-and-follow-up.ts,
 * health-statements.ts) share once their gates are found (gate-scan.ts): the sentence before a match.
 */

/**
 * The sentence before `at`, looked for within 120 characters: back to the last match of `back`, the caller's idea of
 * a sentence end (a regex anchored to the end of the slice with a lookahead).
 */
export function sentenceBefore(text: string, at: number, back: RegExp): string {
  const before = text.slice(Math.max(0, at - 120), at);
  const cut = back.exec(before);
  return cut ? before.slice(cut.index + 1) : before;
}
