import type { Finding } from './types.js';

/** Labels that only the word detectors (names, places, organisations) report from ordinary words. */
const WORD_LABELS = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);

/** A character of [A-Za-z0-9_], by code. */
const isIdentifierChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * Whether a word finding sits inside an upper-case identifier joined by underscores (`DB_PASSWORD`,
 * `MAX_RETRIES`, `AUSTIN_REGION_ID`): the names of environment variables and constants in code and config,
 * which the word detectors otherwise read as a name or a place ("DB", "AUSTIN"). A value written in such an
 * identifier is never the identifier itself, so nothing sensitive is dropped this way.
 */
export function insideConstantName(text: string, f: Finding): boolean {
  if (!WORD_LABELS.has(f.label)) return false;
  let start = f.start;
  let end = f.end;
  // Read by character code: this runs for every word finding, where a regex test per character and a copy of the
  // identifier cost more than the rest of the check.
  while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
  // The identifier holds an underscore and an upper-case ASCII letter, and no lower-case one.
  let underscore = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c === 0x5f) underscore = true;
    else if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return underscore && upper;
}
