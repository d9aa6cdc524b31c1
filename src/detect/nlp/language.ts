import { cueWords, type Token } from './tokenize.js';

export type Language = 'en' | 'es';

// Short function words that are frequent in one language and rare in the other.
const ENGLISH = ['the', 'and', 'of', 'is', 'to', 'was', 'with', 'for', 'my', 'this', 'that', 'are', 'i', 'you'];
const SPANISH = ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'se'];
const ENGLISH_WORD = cueWords(ENGLISH);
const SPANISH_WORD = cueWords(SPANISH);

// The NLP and medical detectors ask about the same tokenised segment in turn: the last answer is kept (token arrays
// are never changed once read; a reader that rewrites tokens copies the array first).
let lastTokens: readonly Token[] | undefined;
let lastLanguage: Language = 'en';

/** Guess the language from the first few hundred words; ties go to English (compromise's language). */
export function guessLanguage(tokens: readonly Token[]): Language {
  if (tokens !== lastTokens) {
    lastLanguage = countLanguage(tokens);
    lastTokens = tokens;
  }
  return lastLanguage;
}

function countLanguage(tokens: readonly Token[]): Language {
  let en = 0;
  let es = 0;
  let seen = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if ((token.cues & ENGLISH_WORD) !== 0) en++;
    else if ((token.cues & SPANISH_WORD) !== 0) es++;
    if (++seen >= 400) break;
  }
  return es > en ? 'es' : 'en';
}
