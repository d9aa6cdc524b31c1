import { addressCueBefore } from './address-block.js';
import { NOT_ADDRESS } from './address-lower-case.js';
import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Latin American addresses typed casually in a chat, without capitals or with few: "av los pinos 820 depto 3 col
 * lomas altas 11950 cdmx", "calz de la viga 1200 int 4, col. jamaica". A street word, its name and the house number,
 * then the flat, the colonia, the postal code and the city in any order. With no capitals only that shape tells it
 * from prose, so the street needs one of the parts after its number (a flat, a colonia or a five-digit code) or an
 * address cue before it ("mi dirección es ...").
 */

/** Street words of such a line, folded ("av", "calz", "blvd", "priv", "cda", "prol"). */
export const CASUAL_STREET_HEADS: ReadonlySet<string> = new Set([
  'av',
  'avenida',
  'avda',
  'calle',
  'calz',
  'calzada',
  'blvd',
  'bulevar',
  'boulevard',
  'privada',
  'priv',
  'cerrada',
  'cda',
  'andador',
  'prolongacion',
  'prol',
  'circuito',
  'retorno',
  'callejon',
]);
/** Words of the flat or the building after the house number ("depto 9", "int 4", "casa 2", "edif b"). */
const FLAT_WORDS = new Set([
  'depto',
  'dpto',
  'dep',
  'departamento',
  'int',
  'interior',
  'apto',
  'apt',
  'piso',
  'casa',
  'edif',
  'edificio',
  'torre',
  'lote',
  'lt',
  'mz',
  'manzana',
]);
/** Words that open the neighbourhood ("col roma sur", "colonia del valle", "fracc las palmas"). */
const DISTRICT_HEADS = new Set(['col', 'colonia', 'fracc', 'fraccionamiento', 'barrio', 'unidad', 'residencial']);
/** Short names of Mexican cities and states written in chats ("cdmx", "edomex", "gdl", "mty"). */
const CITY_SHORT = new Set(['cdmx', 'df', 'edomex', 'gdl', 'mty', 'qro', 'slp', 'ags', 'pue', 'cdjuarez']);
const MAX_NAME_WORDS = 5;
const MAX_DISTRICT_WORDS = 4;

/** "av insurgentes norte 410 depto 2 col san rafael 06470 cdmx": the whole casual address from its street word. */
export function casualStreetAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const head = tokens[i]!;
  if (!CASUAL_STREET_HEADS.has(head.key)) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.' && !tokens[j]!.lineStart) j++;
  const nameStart = j;
  for (; j < tokens.length && j - nameStart < MAX_NAME_WORDS; j++) {
    const t = tokens[j]!;
    if (t.lineStart || t.kind !== 'word' || NOT_ADDRESS.has(t.key)) break;
  }
  const number = tokens[j];
  if (
    j === nameStart ||
    number?.kind !== 'number' ||
    number.lineStart ||
    number.text.length > 5 ||
    number.start === tokens[j - 1]!.end
  )
    return undefined;
  const last = addressParts(tokens, j, lex);
  if (last.parts === 0 && !addressCueBefore(tokens, i, lex)) return undefined;
  return { first: i, last: last.end, score: 0.85, type: 'STREET_ADDRESS' };
}

/**
 * The parts after the house number at tokens[n]: a flat, a colonia, a postal code and a city, each once, apart by
 * spaces, commas or full stops on the same line. Counts the flat, colonia and code found (the city alone is no proof).
 */
function addressParts(tokens: readonly Token[], n: number, lex: NameLexicon): { end: number; parts: number } {
  let end = n;
  let parts = 0;
  const seen = new Set<string>();
  let k = n + 1;
  while (k < tokens.length) {
    while (tokens[k] && !tokens[k]!.lineStart && (tokens[k]!.text === ',' || tokens[k]!.text === '.')) k++;
    const t = tokens[k];
    if (t === undefined || t.lineStart) break;
    let next = -1;
    let kind = '';
    if (t.kind === 'word' && FLAT_WORDS.has(t.key)) {
      next = flatEnd(tokens, k);
      kind = 'flat';
    } else if (t.kind === 'word' && DISTRICT_HEADS.has(t.key)) {
      next = districtEnd(tokens, k);
      kind = 'district';
    } else if (t.kind === 'number' && t.text.length === 5) {
      next = k;
      kind = 'code';
    } else if (t.kind === 'word' && (CITY_SHORT.has(t.key) || cityAt(tokens, k, lex) > 0)) {
      next = k + Math.max(1, cityAt(tokens, k, lex)) - 1;
      kind = 'city';
    }
    if (next < 0 || seen.has(kind)) break;
    seen.add(kind);
    if (kind !== 'city') parts++;
    end = next;
    k = next + 1;
  }
  return { end, parts };
}

/** "depto 9", "int. 4b", "casa 2", "edif c": the flat word and its number or letter; -1 without one. */
function flatEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  if (tokens[j]?.text === '.') j++;
  const v = tokens[j];
  if (v === undefined || v.lineStart) return -1;
  if (v.kind === 'number') {
    // "4b", "9-A": a letter glued to the flat's number.
    const letter = tokens[j + 1];
    return letter?.kind === 'word' && letter.text.length === 1 && letter.start === v.end ? j + 1 : j;
  }
  return v.kind === 'word' && v.text.length === 1 ? j : -1;
}

/** "col credito popular", "col. Jardines del Sur": the district word and up to four words of its name. */
function districtEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  if (tokens[j]?.text === '.') j++;
  let last = -1;
  for (; j < tokens.length && j - k <= MAX_DISTRICT_WORDS + 1; j++) {
    const t = tokens[j]!;
    if (t.lineStart || t.kind !== 'word' || NOT_ADDRESS.has(t.key) || CITY_SHORT.has(t.key)) break;
    last = j;
  }
  return last;
}

/** Tokens of the known town or country at tokens[k] ("cdmx", "puebla", "ciudad de mexico"), 0 when none. */
function cityAt(tokens: readonly Token[], k: number, lex: NameLexicon): number {
  return lex.places.matchAt(tokens, k)?.length ?? 0;
}
