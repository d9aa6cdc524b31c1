import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Words that name a district of a Latin American city and put its name right after them: "colonia Lomas Verdes",
 * "col. Del Carmen", "alcaldía Iztapalapa", "barrio El Prado", "comuna de Ñuñoa". A district says where someone
 * lives as a town does, so the name counts with no house number (unlike "la calle Mayor"). Folded keys.
 */
export const DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'colonia',
  'col',
  'alcaldia',
  'delegacion',
  'fraccionamiento',
  'fracc',
  'barrio',
  'comuna',
  'vereda',
  'corregimiento',
  'localidad',
  'urbanizacion',
  'reparto',
]);
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y']);
const MAX_NAME_WORDS = 5;

/** Words that make "Delegación ..." or "Localidad ..." an office of an administration, not a district (folded). */
const OFFICE_WORDS = new Set([
  'especial',
  'provincial',
  'territorial',
  'regional',
  'central',
  'general',
  'estatal',
  'federal',
  'gobierno',
  'hacienda',
  'agencia',
  'tributaria',
  'economia',
  'trabajo',
  'defensa',
  'seguridad',
]);

/**
 * "Delegación Especial de Andalucía", "Delegación Provincial de Hacienda", "Delegación del Gobierno en Murcia": a
 * tax or state office's branch, named by its rank or its ministry, is an authority and no one's district
 * ("delegación Coyoacán", "Delegación Benito Juárez" stay).
 */
function officeName(tokens: readonly Token[], head: number, first: number, last: number): boolean {
  if (tokens[head]!.key !== 'delegacion') return false;
  for (let k = first; k <= last; k++) if (OFFICE_WORDS.has(tokens[k]!.key)) return true;
  return tokens[head + 1]?.key === 'del' && tokens[head + 2]?.key === 'gobierno';
}

/** "colonia Lomas Verdes", "Alcaldía Gustavo A. Madero", "barrio San Javier": a district word and the name after. */
export function districtAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const head = tokens[i]!;
  if (!DISTRICT_WORDS.has(head.key)) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.' && head.key.length <= 5) j++;
  else if (head.key === 'col' || head.key === 'fracc') return undefined;
  // "comuna de Pudahuel": the joining "de" before the name.
  if (tokens[j]?.key === 'de' && tokens[j + 1]?.cap) j++;
  let last = -1;
  for (let k = j; k < tokens.length && k - j < MAX_NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.cellStart) break;
    if (t.kind === 'word' && t.cap) last = k;
    else if (t.text === '.' && last === k - 1 && tokens[k - 1]!.text.length === 1)
      continue; // "Gustavo A. Madero"
    else if (!(t.kind === 'word' && NAME_JOINERS.has(t.key) && tokens[k + 1]?.cap)) break;
  }
  if (last < 0 || !tokens[j]!.cap) return undefined;
  if (officeName(tokens, i, j, last)) return undefined;
  return { first: i, last, score: 0.92, type: 'DISTRICT' };
}

/** Colombian street types: "Calle 45", "Cra 7", "Carrera 15", "Kr 30", "Diagonal 22", "Transversal 5", "Av. Cra 68". */
export const CO_STREET_TYPES: ReadonlySet<string> = new Set([
  'calle',
  'cl',
  'cll',
  'carrera',
  'cra',
  'kra',
  'kr',
  'cr',
  'diagonal',
  'dg',
  'transversal',
  'tv',
  'tr',
  'avenida',
  'av',
  'ak',
  'ac',
]);
const QUARTERS = new Set(['sur', 'norte', 'este', 'oeste']);
const CROSSING_TAGS = new Set(['sur', 'norte', 'este', 'oeste', 'bis']);
const NUMBER_MARKS = new Set(['#', 'no', 'nº', 'n', 'numero']);
const CO_UNITS = new Set([
  'apto',
  'apt',
  'ap',
  'apartamento',
  'int',
  'interior',
  'piso',
  'oficina',
  'of',
  'torre',
  'casa',
  'local',
  'bloque',
]);

/**
 * "cra 52 # 78-31", "Calle 9 No. 14-05 apto 201", "Dg 40A #12-80 torre 2": the Colombian grid address, a street
 * type with its number, a number sign and the crossing street with the distance, then any flat or tower.
 */
export function gridAddressAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  if (!CO_STREET_TYPES.has(tokens[i]!.key)) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.') j++;
  // "Av. Cra 68 # 12-20": a second street type.
  if (CO_STREET_TYPES.has(tokens[j]?.key ?? '') && tokens[j + 1]?.kind === 'number') j++;
  if (tokens[j]?.kind !== 'number') return undefined;
  j++;
  // "40A", "40 Bis", "72 Sur"
  if (tokens[j]?.kind === 'word' && tokens[j]!.text.length === 1 && tokens[j]!.start === tokens[j - 1]!.end) j++;
  if (CROSSING_TAGS.has(tokens[j]?.key ?? '')) j++;
  if (!NUMBER_MARKS.has(tokens[j]?.key ?? tokens[j]?.text ?? '')) return undefined;
  j++;
  if (tokens[j]?.text === '.' || tokens[j]?.text === 'º') j++;
  if (tokens[j]?.kind !== 'number') return undefined;
  let k = j + 1;
  if (tokens[k]?.kind === 'word' && tokens[k]!.text.length === 1 && tokens[k]!.start === tokens[k - 1]!.end) k++;
  // "#27 Sur-40", "# 40 Bis-12": the crossing street's own quarter or "bis" before the distance.
  if (CROSSING_TAGS.has(tokens[k]?.key ?? '') && tokens[k + 1]?.text === '-') k++;
  if (tokens[k]?.text !== '-' || tokens[k + 1]?.kind !== 'number') return undefined;
  let last = k + 1;
  // "#93-40 Norte", "# 12-05 Sur": the quarter of the city after the distance.
  if (QUARTERS.has(tokens[last + 1]?.key ?? '') && !tokens[last + 1]!.lineStart) last++;
  for (let u = last + 1; u < tokens.length && u <= last + 4; u++) {
    const t = tokens[u]!;
    if (t.lineStart) break;
    if (t.text === ',' || t.text === '.') continue;
    if (CO_UNITS.has(t.key) && tokens[u + 1]?.kind === 'number' && !tokens[u + 1]!.lineStart) {
      last = u + 1;
      u = last;
      continue;
    }
    break;
  }
  return { first: i, last: townAfterGrid(tokens, last), score: 0.9, type: 'STREET_ADDRESS' };
}

const TOWN_CLOSERS = new Set([',', '.', ';', '(', ')', '·', '|', '–', '-']);
const MAX_TOWN_WORDS = 3;

/**
 * "Cra 12 #45-10, apto 301, Sabaneta", "Calle 5 # 8-20, Villa del Rosario (N. de S.)": after a grid address and a
 * comma, one to three capitalised words that close the line or the clause are its town, whatever list they are in.
 */
function townAfterGrid(tokens: readonly Token[], last: number): number {
  const comma = tokens[last + 1];
  if (comma?.text !== ',' || comma.lineStart) return last;
  let end = -1;
  for (let k = last + 2; k < tokens.length && k <= last + 1 + MAX_TOWN_WORDS + 1; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.kind !== 'word') break;
    if (t.cap && t.text.length >= 3 && !CO_UNITS.has(t.key)) end = k;
    else if (!(end >= 0 && NAME_JOINERS.has(t.key))) break;
  }
  if (end < 0) return last;
  const next = tokens[end + 1];
  return next === undefined || next.lineStart || TOWN_CLOSERS.has(next.text) ? end : last;
}
