import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Registers of people (a court list, a guest or class register, a membership roll) write each person's row as name,
 * date of birth and home: "SMITH, Ann  DOB 03/04/1990  Carlow". The bare town after a date of birth in such a row is
 * where that person lives, whether or not it is a known town.
 */

/** Words that mark the date after them as a date of birth ("DOB", "D.O.B.", "b.", "born", "nacido", "f. nac."). */
const BIRTH_CUES = new Set(['dob', 'd.o.b', 'born', 'b', 'nacido', 'nacida', 'nac', 'fnac']);
/** Separators inside a numeric date ("03/04/1990", "03-04-1990", "03.04.1990"). */
const DATE_MARKS = new Set(['/', '-', '.']);
const MAX_TOWN_WORDS = 3;
/** Spaces that end a column of a row typed with spaces. */
const COLUMN_GAP = 2;

/** Whether tokens[k] is the last number of a numeric date glued together ("1990" of "03/04/1990"). */
export function endsNumericDate(tokens: readonly Token[], k: number): boolean {
  const year = tokens[k];
  const mark = tokens[k - 1];
  const part = tokens[k - 2];
  return (
    year?.kind === 'number' &&
    mark !== undefined &&
    DATE_MARKS.has(mark.text) &&
    mark.end === year.start &&
    part?.kind === 'number' &&
    part.end === mark.start
  );
}

/** First token of the date of birth that ends at tokens[k] ("03/04/1990", "3 April 1990"), or -1. */
function birthDateStart(tokens: readonly Token[], k: number): number {
  const year = tokens[k];
  if (year?.kind !== 'number' || year.text.length !== 4) return -1;
  let first = -1;
  if (endsNumericDate(tokens, k) && endsNumericDate(tokens, k - 2)) first = k - 4;
  else if (tokens[k - 1]?.kind === 'word' && tokens[k - 2]?.kind === 'number')
    first = k - 2; // "3 April 1990"
  else first = k; // "b. 1961"
  // The cue stands right before the date, a colon or a full stop between ("DOB: ...", "b. 1961").
  for (let c = first - 1; c >= 0 && c >= first - 3; c--) {
    const t = tokens[c]!;
    if (t.kind === 'word') return BIRTH_CUES.has(t.key) ? first : -1;
    if (t.text !== ':' && t.text !== '.') return -1;
  }
  return -1;
}

/**
 * "DOB 03/04/1990  Carlow", "b. 12 May 1961, Tullow": one to three capitalised words right after a date of birth,
 * ending the row's column (a line end, a comma, a semicolon or a wide gap). Ordinary words ("Male", "Single") and a
 * given name that opens the words (a name column after the date) are no town; a label (a word before a colon) is none.
 */
export function townAfterBirthDate(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.lineStart || t.kind !== 'word' || t.text.length < 3) return undefined;
  let dateEnd = i - 1;
  if (tokens[dateEnd]?.text === ',') dateEnd--;
  if (tokens[dateEnd]?.kind !== 'number' || birthDateStart(tokens, dateEnd) < 0) return undefined;
  if (lex.isWord(WORD.COMMON | WORD.FIRST_NAME, t.key)) return undefined;
  // "DOB 17/09/1961, MRN ...": a short upper-case word after the date is the next field's acronym.
  if (t.text.length <= 4 && isUpperCase(t.text)) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_TOWN_WORDS; j++) {
    const u = tokens[j]!;
    if (u.lineStart || u.kind !== 'word' || !u.cap || u.start - tokens[j - 1]!.end >= COLUMN_GAP) break;
    last = j;
  }
  const next = tokens[last + 1];
  const ended =
    next === undefined ||
    next.lineStart ||
    next.start - tokens[last]!.end >= COLUMN_GAP ||
    next.text === ',' ||
    next.text === ';';
  // Anything else ("Ward: 4" labels the next field, "Smith was") ends no column.
  if (!ended) return undefined;
  for (let k = i; k <= last; k++) if (!tokens[k]!.cap || lex.isWord(WORD.COMMON, tokens[k]!.key)) return undefined;
  return { first: i, last, score: 0.75, type: 'PLACE' };
}
