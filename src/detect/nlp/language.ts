import type { Token } from './tokenize.js';

export type Language = 'en' | 'es';

// Short function words that are frequent in one language and rare in the other.
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'is',
  'to',
  'was',
  'with',
  'for',
  'my',
  'this',
  'that',
  'are',
  'i',
  'you',
]);
const SPANISH = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'se']);

/** Guess the language from the first few hundred words; ties go to English (compromise's language). */
export function guessLanguage(tokens: readonly Token[]): Language {
  let en = 0;
  let es = 0;
  let seen = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (ENGLISH.has(token.key)) en++;
    else if (SPANISH.has(token.key)) es++;
    if (++seen >= 400) break;
  }
  return es > en ? 'es' : 'en';
}
