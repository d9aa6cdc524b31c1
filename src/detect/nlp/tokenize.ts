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
  /** A tab lies between this token and the previous one: the next cell of a pasted table row. */
  cellStart: boolean;
}

// Initialisms first ("S.A", "U.S.A", "C.P") so the dots stay inside; then words with inner apostrophes or hyphens
// ("O'Brien", "Castilla-La"), digit runs, and any other single visible character as punctuation.
const TOKEN =
  /(?:\p{L}\.){1,4}\p{L}(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;
const LETTER_START = /^\p{L}/u;
const DIGIT_START = /^\p{Nd}/u;
const UPPER_START = /^\p{Lu}/u;

function kindOf(value: string): TokenKind {
  const c = value.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c >= 48 && c <= 57) return 'number';
  if (c < 128) return 'punct';
  return LETTER_START.test(value) ? 'word' : DIGIT_START.test(value) ? 'number' : 'punct';
}

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  let nextNewline = text.indexOf('\n');
  let nextTab = text.indexOf('\t');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const kind = kindOf(value);
    let lineStart = tokens.length === 0;
    if (nextNewline >= 0 && nextNewline < start) {
      lineStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    let cellStart = false;
    if (nextTab >= 0 && nextTab < start) {
      cellStart = true;
      nextTab = text.indexOf('\t', start);
    }
    const c = value.charCodeAt(0);
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      key: kind === 'word' ? foldKey(value) : value,
      kind,
      cap: kind === 'word' && (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(value)),
      lineStart,
      cellStart,
    });
  }
  return tokens;
}

// The NLP and medical detectors run one after the other on the same segment: the last result is kept so the text is
// tokenised once. Tokens are never mutated by their readers, so sharing them is safe.
let lastText: string | undefined;
let lastTokens: Token[] = [];

export function tokenize(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenizeUncached(text);
    lastText = text;
  }
  return lastTokens;
}

// Prepositions, conjunctions and articles: a line that ends with one is continued on the next.
const CONTINUING = new Set(
  'to and or with from by for of the a an at than as cc y o con de del para por el la los las al que'.split(' '),
);

/** True when the token opens a sentence, a line or a list item, where capitals say nothing about names. */
export function atSentenceStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (token.lineStart) {
    // A line broken after a comma or a word that cannot end a sentence goes on with the same sentence ("send it
    // to\nMark Delaney"); after other words it may be a heading ("Release notes\nGrace Period").
    const prev = tokens[index - 1];
    return !prev || !(prev.text === ',' || (prev.kind === 'word' && !prev.cap && CONTINUING.has(prev.key)));
  }
  for (let i = index - 1; i >= 0; i--) {
    const prev = tokens[i]!;
    if (prev.kind !== 'punct') return false;
    if ('.!?¡¿:;•*-–—"“«(>#'.includes(prev.text)) return true;
    if (prev.lineStart) return true;
  }
  return true;
}
