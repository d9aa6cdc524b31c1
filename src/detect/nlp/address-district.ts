import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/**
 * Neighbourhoods written the way locals write them: a barrio before the city's abbreviation ("Villa Urquiza, CABA",
 * "Colonia Roma Norte, CDMX", "Park Slope, NYC"), and a barrio typed in lower case after the street in a chat
 * ("calle del Pez 4 1ºdcha, chueca."). Most barrios are in no list, so the shape of the text decides.
 */

/** Folded abbreviations of cities that stand for the city after a neighbourhood's name. */
const CITY_ABBREVIATIONS = new Set(['caba', 'cdmx', 'nyc', 'gba', 'bsas']);
/** CITY_ABBREVIATIONS as a cue bit: a text without one has no barrio before a city (findLocations asks). */
export const CITY_ABBREVIATION_CUE = cueWords([...CITY_ABBREVIATIONS]);

/** Words that join a barrio's name ("Villa del Parque", "San Pedro de los Pinos"). */
const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el']);

const MAX_NAME_WORDS = 4;

/** "Villa Urquiza, CABA": capitalised words, a comma and a city's abbreviation, starting at tokens[i]. */
export function barrioBeforeCity(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap) return undefined;
  const before = tokens[i - 1];
  // The name starts here, not in the middle of a longer run of capitalised words.
  if (before?.kind === 'word' && before.cap && !t.lineStart) return undefined;
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i < MAX_NAME_WORDS; k++) {
    const u = tokens[k]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap) last = k;
    else if (!JOINERS.has(u.key)) break;
  }
  const comma = tokens[last + 1];
  const city = tokens[last + 2];
  if (comma?.text !== ',' || city === undefined || city.lineStart || !CITY_ABBREVIATIONS.has(city.key))
    return undefined;
  // "Santander, CABA"-like lines naming a firm stay to the firm finders; a lone given name is a person's.
  if (last === i && lex.isWord(WORD.FIRST_NAME | WORD.COMMON, t.key)) return undefined;
  return { first: i, last: last + 2, score: 0.85, type: 'PLACE' };
}

/** Chat words that may follow an address after a comma and are no place ("porfa", "gracias", "thx"). */
const CHAT_WORDS = new Set([
  'porfa',
  'porfavor',
  'xfa',
  'plis',
  'pls',
  'plz',
  'please',
  'thanks',
  'thx',
  'gracias',
  'grax',
  'jaja',
  'jajaja',
  'vale',
  'bueno',
  'okay',
  'saludos',
  'tks',
]);

/**
 * "..., calle del Pez 4 1ºdcha, chueca. el repartidor": one or two lower-case words after the comma that closes a
 * street address, ending the clause there, that are no ordinary word: the barrio or town of that address. Returns the
 * new last token, or `last` unchanged.
 */
export function lowerDistrictAfter(tokens: readonly Token[], last: number, lex: NameLexicon): number {
  const comma = tokens[last + 1];
  if (comma?.text !== ',' || comma.lineStart) return last;
  let end = -1;
  for (let k = last + 2; k <= last + 3 && k < tokens.length; k++) {
    const u = tokens[k]!;
    if (u.lineStart || u.kind !== 'word' || u.cap || u.text.length < 4) break;
    if (CHAT_WORDS.has(u.key) || lex.isWord(WORD.COMMON | WORD.FIRST_NAME, u.key)) break;
    end = k;
  }
  if (end < 0) return last;
  const next = tokens[end + 1];
  if (next !== undefined && !next.lineStart && !['.', ',', ';', '!', '?', ')'].includes(next.text)) return last;
  return end;
}
