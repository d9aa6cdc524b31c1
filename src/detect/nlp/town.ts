import { placeCueBefore } from './context.js';
import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Towns of the generated world list (English text only: in Spanish clinical text the extra towns found nothing the
 * hand lists missed and added false places). The list is long and mixes in acronyms, eponyms and rare words, so a
 * town is taken only when it cannot be another kind of word: several words long ("Colorado Springs"), or one word
 * with something that places a place ("in Tobel", ", Arendal", "Arendal, Norway", "Tobel 8574").
 */
export function townAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (!t.cap || t.kind !== 'word') return undefined;
  // A name part that comes with other capitalised words ("Lozano Blesa", "Santiago Junquera") is not a town: asked
  // before the list, which is long.
  if (capWord(tokens[i - 1]) && !t.lineStart) return undefined;
  const hit = lex.towns.matchAt(tokens, i);
  if (!hit) return undefined;
  const last = i + hit.length - 1;
  const next = tokens[last + 1];
  // "Bot: ..." opens a line of dialogue; "ANCA", "BAC" are acronyms.
  if (next?.text === ':' || (hit.length === 1 && shortCapitals(t.text))) return undefined;
  if (capWord(next) && !next!.lineStart) return undefined;
  if (hit.length > 1) return { first: i, last, score: 0.8, type: 'PLACE' };
  const key = t.key;
  if (
    t.text.length < 4 ||
    lex.isWord(WORD.COMMON, key) ||
    lex.isWord(WORD.FIRST_NAME, key) ||
    lex.isWord(WORD.MORE_GIVEN | WORD.PRODUCT, key)
  ) {
    return undefined;
  }
  if (lex.isWord(WORD.SURNAME, key)) return undefined;
  const before = tokens[i - 1]?.text;
  const placed =
    placeCueBefore(tokens, i, lex) ||
    before === ',' ||
    before === '(' ||
    (next?.text === ',' && capWord(tokens[last + 2])) ||
    tokens[last + 1]?.kind === 'number';
  return placed ? { first: i, last, score: 0.75, type: 'PLACE' } : undefined;
}

function capWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

function shortCapitals(text: string): boolean {
  return text.length <= 4 && isUpperCase(text);
}
