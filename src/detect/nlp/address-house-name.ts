import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/** Words that end the name of a house in Britain and Ireland ("Ivy Cottage", "Glebe Farmhouse"). */
const HOUSE_TAILS = new Set(['cottage', 'farmhouse']);

/** Words that open the name of a rural home in Spain ("Cortijo El Almendral", "Caserío Iturbe", "Masía Can Prat"). */
const HOUSE_HEADS = new Set(['cortijo', 'caserio', 'masia', 'baserri']);
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'del', 'de', 'can', 'cal', 'ca']);

/**
 * Welsh words that open a house's name ("Tŷ Gwyn", "Plas Newydd", "Hafod Isaf", "Bwthyn Bach"). "Ty" and "Plas" are
 * also given names and surnames elsewhere, so the name must stand as an address line's first part: at the line's
 * start or after a colon or comma, and followed by a comma (the street or town comes next).
 */
const WELSH_HEADS = new Set(['ty', 'plas', 'hafod', 'bwthyn', 'tyddyn', 'llety', 'hendre', 'bythynnod']);

/** Words after "The Old" that name a converted building someone lives in ("The Old Rectory", "The Old Forge"). */
const OLD_BUILDINGS = new Set([
  'rectory',
  'vicarage',
  'manse',
  'schoolhouse',
  'forge',
  'smithy',
  'bakehouse',
  'granary',
]);

/**
 * Every word houseNameAt needs at or after the word it starts on (a tail, an old building, a head): a text without
 * one holds no house name (findLocations asks).
 */
export const HOUSE_CUE = cueWords([...HOUSE_TAILS, ...OLD_BUILDINGS, ...HOUSE_HEADS, ...WELSH_HEADS]);

/**
 * A house known by its name rather than a number: "Ivy Cottage", "Mill Farmhouse", "The Old Rectory", "Cortijo Los
 * Llanos". Such a name is the address of whoever lives there. One opening a longer name ("Ivy Cottage Bakery"), or a
 * dish ("Cottage Pie"), is not.
 */
export function houseNameAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.lineStart || !next.cap || next.kind !== 'word') return undefined;
  if (HOUSE_TAILS.has(next.key)) return tailAt(tokens, i, i + 1);
  const third = tokens[i + 2];
  if (third !== undefined && HOUSE_TAILS.has(third.key) && !third.lineStart && third.cap) {
    // "Sell Ivy Cottage": an ordinary capitalised word opens no name of three words; the next token may.
    if (lex.isWordAt(WORD.COMMON, tokens, i)) return undefined;
    return tailAt(tokens, i, i + 2);
  }
  if (t.key === 'the' && next.key === 'old' && third?.cap && OLD_BUILDINGS.has(third.key) && !third.lineStart)
    return tailAt(tokens, i, i + 2);
  if (HOUSE_HEADS.has(t.key)) return headAt(tokens, i);
  if (WELSH_HEADS.has(t.key)) return welshHouseAt(tokens, i);
  return undefined;
}

function tailAt(tokens: readonly Token[], first: number, last: number): TokenSpan | undefined {
  if (tokens[first]!.kind !== 'word') return undefined;
  const after = tokens[last + 1];
  if (after !== undefined && !after.lineStart && after.kind === 'word' && after.cap) return undefined;
  return { first, last, score: 0.8, type: 'STREET_ADDRESS' };
}

function headAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    const u = tokens[j]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap && !ARTICLES.has(u.key)) last = j;
    else if (!ARTICLES.has(u.key)) break;
  }
  return last > i ? { first: i, last, score: 0.8, type: 'STREET_ADDRESS' } : undefined;
}

/** "Tŷ Gwyn, Ffordd ...": a Welsh house name as the first part of an address line (see WELSH_HEADS). */
function welshHouseAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const before = tokens[i - 1];
  if (!tokens[i]!.lineStart && before?.text !== ',' && before?.text !== ':') return undefined;
  let last = i + 1;
  if (tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.cap && !tokens[last + 1]!.lineStart) last++;
  return tokens[last + 1]?.text === ',' && !tokens[last + 1]!.lineStart
    ? { first: i, last, score: 0.8, type: 'STREET_ADDRESS' }
    : undefined;
}
