import type { Finding } from './types.js';

/** Labels that only the word detectors (names, places, organisations) report from ordinary words. */
const WORD_LABELS = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);
const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;

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
  while (start > 0 && IDENTIFIER_CHAR.test(text[start - 1] as string)) start--;
  while (end < text.length && IDENTIFIER_CHAR.test(text[end] as string)) end++;
  const word = text.slice(start, end);
  return word.includes('_') && !/[a-z]/.test(word) && /[A-Z]/.test(word);
}
