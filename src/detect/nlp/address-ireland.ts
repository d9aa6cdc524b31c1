import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/** The counties of the island of Ireland, folded: closed, and the only names "Co." stands before in an address. */
const IRISH_COUNTIES = new Set(
  `antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare kilkenny laois
  leitrim limerick londonderry longford louth mayo meath monaghan offaly roscommon sligo tipperary tyrone waterford
  westmeath wexford wicklow`.split(/\s+/),
);
const MAX_TOWN_WORDS = 3;

/** The words that open a county (countyEnd): a text without one holds no Irish town line (findLocations asks). */
export const COUNTY_CUE = cueWords(['co', 'county']);

/**
 * "Kilbeg, Co. Sligo", "Dromard, County Kerry": an Irish town and its county are one place, written this way in
 * postal addresses and registers; the county names the town a place even when no list knows it. A given name that
 * opens the words, or a capitalised word right before them, makes them a person's name instead.
 */
export function irishTownAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  let comma = i + 1;
  while (comma - i <= MAX_TOWN_WORDS && tokens[comma]?.kind === 'word' && tokens[comma]!.cap) comma++;
  if (tokens[comma]?.text !== ',' || tokens[i]!.kind !== 'word') return undefined;
  const last = countyEnd(tokens, comma + 1);
  if (last < 0) return undefined;
  // "Nora Keane, Co. Clare": a person's name before the county is no town (a person with her county).
  const before = tokens[i - 1];
  if (before?.kind === 'word' && before.cap && !tokens[i]!.lineStart) return undefined;
  if (lex.isWord(WORD.FIRST_NAME, tokens[i]!.key) && !lex.isWord(WORD.PLACE, tokens[i]!.key)) return undefined;
  for (let k = i + 1; k <= last; k++) if (tokens[k]!.lineStart) return undefined;
  return { first: i, last, score: 0.8, type: 'PLACE' };
}

/** Last token of "Co. Mayo" / "County Mayo" starting at tokens[k], or -1. */
function countyEnd(tokens: readonly Token[], k: number): number {
  const head = tokens[k];
  if (head?.kind !== 'word' || !head.cap || (head.key !== 'co' && head.key !== 'county')) return -1;
  const name = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  const county = tokens[name];
  return county?.kind === 'word' && county.cap && IRISH_COUNTIES.has(county.key) ? name : -1;
}
