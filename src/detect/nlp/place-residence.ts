import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Where a person is from, in the way obituaries, notices and local news write it: "Harold Penwarden, of Polgooth,
 * died ...", "Mary Trelawney, 84, of Wadebridge Parva, passed away". Most such towns and villages are in no list, so
 * the shape decides: a name or an age, a comma, "of", one to three capitalised words that are no ordinary words or
 * given names, then a comma, a full stop or the line's end.
 */

const MAX_WORDS = 3;

/** Words inside a town's name that are written in lower case ("Kingston upon Thames", "Stow on the Wold"). */
const TOWN_JOINERS = new Set(['upon', 'on', 'the', 'by', 'in', 'le', 'de']);

/** Marks that close the town's clause. */
const CLAUSE_ENDS = new Set([',', '.', ';', ')']);

export function residenceOf(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const of = tokens[i - 1];
  if (of?.key !== 'of' || tokens[i - 2]?.text !== ',' || tokens[i]!.lineStart || of.lineStart) return undefined;
  // The comma closes a person's name ("Harold Penwarden,") or an age ("84,").
  const whose = tokens[i - 3];
  if (whose === undefined || !(whose.kind === 'number' || (whose.kind === 'word' && whose.cap))) return undefined;
  if (whose.kind === 'number' && whose.text.length > 3) return undefined;
  if (whose.kind === 'word' && lex.isWord(WORD.ORG_SUFFIX, whose.key)) return undefined;
  let last = -1;
  for (let k = i; k < tokens.length && k < i + MAX_WORDS + 2; k++) {
    const t = tokens[k]!;
    if (k > i && t.lineStart) break;
    if (t.kind === 'word' && t.cap) {
      if (lex.isWord(WORD.COMMON | WORD.ORG_SUFFIX, t.key)) return undefined;
      last = k;
    } else if (!(t.kind === 'word' && TOWN_JOINERS.has(t.key) && last >= 0)) break;
  }
  if (last < 0 || last - i >= MAX_WORDS + 1) return undefined;
  const next = tokens[last + 1];
  if (next !== undefined && !next.lineStart && !CLAUSE_ENDS.has(next.text)) return undefined;
  // One word that is also a given name ("of Grace,") names a person.
  if (last === i && lex.isWordAt(WORD.FIRST_NAME, tokens, i)) return undefined;
  return { first: i, last, score: 0.75, type: 'PLACE' };
}

/** Adverbs of where someone lives written before the town with a comma ("lives separately, Carlow"). */
const LIVING_ADVERBS = new Set(['separately', 'apart', 'alone', 'locally', 'nearby', 'aparte', 'sola', 'solo']);
const LIVING_VERBS = new Set(['lives', 'living', 'live', 'lived', 'vive', 'vivo', 'viven']);

/**
 * "Parent 2: J. Ruiz (lives separately, Tralee)", "vive aparte, Lorca": a town after a residence verb and its adverb is
 * where that person lives, whether or not the town is also a word. One to three capitalised words that are no given
 * name, closed by a bracket, a comma, a full stop or the line's end.
 */
export function livingAdverbTown(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  if (tokens[i - 1]?.text !== ',' || tokens[i]!.lineStart) return undefined;
  const adverb = tokens[i - 2];
  if (adverb === undefined || !LIVING_ADVERBS.has(adverb.key) || !LIVING_VERBS.has(tokens[i - 3]?.key ?? ''))
    return undefined;
  let last = i;
  while (
    last < i + MAX_WORDS - 1 &&
    tokens[last + 1]?.kind === 'word' &&
    tokens[last + 1]!.cap &&
    !tokens[last + 1]!.lineStart
  )
    last++;
  const next = tokens[last + 1];
  if (next !== undefined && !next.lineStart && !CLAUSE_ENDS.has(next.text)) return undefined;
  if (last === i && lex.isWord(WORD.FIRST_NAME, tokens[i]!.key)) return undefined;
  // An ordinary word ("Mostly") counts only when it is also a town ("Reading").
  if (lex.isWord(WORD.COMMON, tokens[i]!.key) && lex.places.matchAt(tokens, i) === undefined) return undefined;
  return { first: i, last, score: 0.8, type: 'PLACE' };
}
