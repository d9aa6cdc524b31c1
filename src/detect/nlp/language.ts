import type { Token } from './tokenize.js';

export type Language = 'en' | 'es';

// Short function words that are frequent in one language and rare in the other.
const ENGLISH = [
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
];
const SPANISH = ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'se'];
/** Each function word's language: one lookup per word instead of one per list. */
const LANGUAGE_OF = new Map<string, Language>([
  ...ENGLISH.map((w): [string, Language] => [w, 'en']),
  ...SPANISH.map((w): [string, Language] => [w, 'es']),
]);

/** Guess the language from the first few hundred words; ties go to English (compromise's language). */
export function guessLanguage(tokens: readonly Token[]): Language {
  let en = 0;
  let es = 0;
  let seen = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const language = LANGUAGE_OF.get(token.key);
    if (language === 'en') en++;
    else if (language === 'es') es++;
    if (++seen >= 400) break;
  }
  return es > en ? 'es' : 'en';
}
