import { type NameLexicon, WORD } from './lexicon.js';
import { opensLine } from './line-prefix.js';
import type { Token } from './tokenize.js';

/**
 * Shapes that hold names in text typed without capitals, which lowercase-text.ts capitalises so the finders can read
 * them: lists of names ("natalina, thomas and brandy"), speakers of dialogue lines ('inessa: "who are you?"') and the
 * values of name fields ("name: hyuuma t. maida").
 */

const LIST_COMMAS = new Set([',']);
const LIST_ENDS = new Set(['and', 'y', 'or', 'e']);
const QUOTES = new Set(['"', '“', '«', "'"]);
const MAX_FIELD_WORDS = 4;

/** A listed name that is no ordinary word: a given name (not one that is also a word) or a family name. */
function strongName(lex: NameLexicon, key: string): 'given' | 'family' | undefined {
  const bits = lex.wordInfo(key);
  if (bits & WORD.COMMON) return undefined;
  if (bits & (WORD.FIRST_NAME | WORD.MORE_GIVEN) && !(bits & WORD.AMBIGUOUS_NAME)) return 'given';
  return bits & WORD.SURNAME ? 'family' : undefined;
}

/** A word that may stand in a list of names: listed as a name (even if also a word), or unknown to the lists. */
function mayBeName(lex: NameLexicon, t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  const bits = lex.wordInfo(t.key);
  if (bits & (WORD.FIRST_NAME | WORD.MORE_GIVEN | WORD.SURNAME | WORD.AMBIGUOUS_NAME)) return true;
  return !(bits & (WORD.COMMON | WORD.PLACE_FIRST | WORD.PRODUCT)) && !t.key.endsWith('ly');
}

/**
 * "smit, zhang and edwards", "norberg and smith": single words joined by commas and a last "and" (or "y"), every one
 * a possible name and at least half of them, and two or a given name, names the lists know. Returns the items.
 */
export function lowerCaseNameList(tokens: readonly Token[], i: number, lex: NameLexicon): number[] | undefined {
  if (!mayBeName(lex, tokens[i]!)) return undefined;
  const items = [i];
  let j = i + 1;
  for (;;) {
    const sep = tokens[j];
    if (sep === undefined || sep.lineStart) break;
    const last = LIST_ENDS.has(sep.key) || (sep.text === ',' && LIST_ENDS.has(tokens[j + 1]?.key ?? ''));
    const step = sep.text === ',' && last ? 2 : 1;
    if (!last && !LIST_COMMAS.has(sep.text)) break;
    const item = tokens[j + step];
    if (item === undefined || item.lineStart || !mayBeName(lex, item)) return undefined;
    items.push(j + step);
    j += step + 1;
    if (last) {
      const after = tokens[j];
      // A list goes on as one word per item: "smith and wesson rifles" is no list of people.
      if (after?.kind === 'word' && !lex.isWord(WORD.COMMON, after.key)) return undefined;
      return enoughNames(items, tokens, lex) ? items : undefined;
    }
  }
  return undefined;
}

function enoughNames(items: readonly number[], tokens: readonly Token[], lex: NameLexicon): boolean {
  let names = 0;
  let given = false;
  for (const w of items) {
    const kind = strongName(lex, tokens[w]!.key);
    if (kind !== undefined) names++;
    if (kind === 'given') given = true;
  }
  return names * 2 >= items.length && (names >= 2 || given);
}

/** 'inessa: "who are you?"', 'carol:\"i\'m ...\"': a word opening its line, a colon and a quotation. */
export function lowerCaseSpeaker(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || tokens[i + 1]?.text !== ':' || !opensLine(tokens, i)) return false;
  const q = tokens[i + 2]?.text === '\\' ? i + 3 : i + 2;
  if (!QUOTES.has(tokens[q]?.text ?? '')) return false;
  return mayBeName(lex, t) && t.text.length > 2 && lex.fields.matchAt(tokens, i) === undefined;
}

/** "name: hyuuma t. maida": the words after a person field's colon on its line (initials and their dots too). */
export function lowerCaseFieldValue(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
): { first: number; last: number } | undefined {
  if (!opensLine(tokens, i)) return undefined;
  const field = lex.fields.matchAt(tokens, i);
  if (field?.value !== 'PERSON' || tokens[i + field.length]?.text !== ':') return undefined;
  const first = i + field.length + 1;
  let last = first - 1;
  let words = 0;
  for (let j = first; j < tokens.length && words < MAX_FIELD_WORDS; j++) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    if (t.text === '.' && tokens[j - 1]?.text.length === 1) continue;
    if (!mayBeName(lex, t) && !(t.kind === 'word' && t.text.length === 1)) break;
    last = j;
    words++;
  }
  return words > 0 && tokens[first]?.kind === 'word' && !tokens[first]!.lineStart ? { first, last } : undefined;
}
