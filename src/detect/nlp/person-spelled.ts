import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/**
 * "it's Colm Brennan, B-R-E-N-N-A-N", "my surname is K O W A L S K I", "Pardo, se escribe P-A-R-D-O": a name spelt
 * out letter by letter on a call or in a chat identifies the person as well as the name does. Capital letters
 * joined by hyphens (one token) or standing apart (one token each), counted when they spell a word of a name found
 * in the text, or a listed name that is no ordinary word, or follow a word that asks for or announces a spelling.
 */

const MIN_LETTERS = 3;
const MAX_LETTERS = 24;
const HYPHEN_SPELLED = /^\p{Lu}(?:-\p{Lu}){2,23}$/u;
// Words after which spelt letters are a name ("surname", "spelled", "se escribe", "deletreo").
const SPELLING_CUES = new Set([
  'spelled',
  'spelt',
  'spelling',
  'spell',
  'surname',
  'name',
  'apellido',
  'apellidos',
  'nombre',
  'escribe',
  'deletreo',
  'deletrea',
  'deletreado',
]);
const CUE_WINDOW = 6;

export interface SpelledSpan {
  first: number;
  last: number;
}

/** Letters of a spelt word starting at tokens[i] and the index of its last token, or undefined. */
function spelledAt(tokens: readonly Token[], i: number): { letters: string; last: number } | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  // Nearly every word has no hyphen after its first letter: the regex runs only on those that do.
  if (t.text.length >= 5 && t.text.includes('-', 1) && HYPHEN_SPELLED.test(t.text))
    return { letters: t.key.replace(/-/g, ''), last: i };
  // Single capitals apart: "K O W A L S K I" on one line, nothing glued between them.
  const prev = tokens[i - 1];
  if (t.text.length !== 1 || !t.cap || (prev?.kind === 'word' && prev.text.length === 1)) return undefined;
  let last = i;
  while (
    last - i < MAX_LETTERS &&
    tokens[last + 1]?.kind === 'word' &&
    tokens[last + 1]!.text.length === 1 &&
    tokens[last + 1]!.cap &&
    !tokens[last + 1]!.lineStart
  )
    last++;
  if (last - i + 1 < MIN_LETTERS + 1) return undefined;
  let letters = '';
  for (let k = i; k <= last; k++) letters += tokens[k]!.key;
  return { letters, last };
}

function cuedSpelling(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CUE_WINDOW; k--) {
    const t = tokens[k]!;
    if (SPELLING_CUES.has(t.key)) return true;
    if (t.lineStart) break;
  }
  return false;
}

/** Spelt-out names, given the keys of the words of the person spans already found in the text. */
export function findSpelledNames(
  tokens: readonly Token[],
  lex: NameLexicon,
  personKeys: ReadonlySet<string>,
): SpelledSpan[] {
  const out: SpelledSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const spelled = spelledAt(tokens, i);
    if (spelled === undefined) continue;
    const { letters, last } = spelled;
    const listed =
      letters.length >= 4 &&
      lex.isWord(WORD.SURNAME | GIVEN, letters) &&
      !lex.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT | WORD.AMBIGUOUS_NAME, letters);
    if (personKeys.has(letters) || listed || cuedSpelling(tokens, i)) out.push({ first: i, last });
    i = last;
  }
  return out;
}
