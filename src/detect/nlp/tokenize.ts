import { foldKey } from './fold.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** foldKey(text) for words, the text itself otherwise. */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A line break lies between this token and the previous one (or it is the first token). */
  lineStart: boolean;
}

// Initialisms first ("S.A", "U.S.A", "C.P") so the dots stay inside; then words with inner apostrophes or hyphens
// ("O'Brien", "Castilla-La"), digit runs, and any other single visible character as punctuation.
const TOKEN =
  /(?:\p{L}\.){1,4}\p{L}(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;
const LETTER_START = /^\p{L}/u;
const DIGIT_START = /^\p{Nd}/u;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const kind: TokenKind = LETTER_START.test(value) ? 'word' : DIGIT_START.test(value) ? 'number' : 'punct';
    const gap = text.slice(previousEnd, start);
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      key: kind === 'word' ? foldKey(value) : value,
      kind: kind,
      cap: kind === 'word' && UPPER_START.test(value),
      lineStart: tokens.length === 0 || gap.includes('\n'),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

/** True when the token opens a sentence, a line or a list item, where capitals say nothing about names. */
export function atSentenceStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.lineStart) return true;
  for (let i = index - 1; i >= 0; i--) {
    const prev = tokens[i]!;
    if (prev.kind !== 'punct') return false;
    if ('.!?¡¿:;•*-–—"“«(>#'.includes(prev.text)) return true;
    if (prev.lineStart) return true;
  }
  return true;
}
