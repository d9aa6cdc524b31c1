import { type NameLexicon, WORD } from './lexicon.js';
import { PERSONAL_LINKS } from './place-firm-sites.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * A firm's own premises in its own voice: "from our head office at Kelston Works, Mill Lane, Derby DE1 3AA", "nuestra
 * sede central está en la Calle 12 # 4-30, Cali", "our warehouse in Tilbury". A company history, an "about us" page or
 * a press note gives the firm's address; nobody lives there. A person tied to the premises ("my office at ...",
 * "relocating to our office at ...") is not the firm's voice and is left alone.
 */

const OUR = new Set(['our', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);

/**
 * Nouns for a firm's premises (keys are folded: "fábrica" is "fabrica"). A plain "office" stays out: the shared sets
 * mark the address in "our offices are located at ..." as a place; "head office" counts (HEAD_OFFICE).
 */
const PREMISES = new Set([
  'headquarters',
  'hq',
  'factory',
  'plant',
  'warehouse',
  'workshop',
  'works',
  'premises',
  'site',
  'depot',
  'showroom',
  'studio',
  'campus',
  'sede',
  'sedes',
  'planta',
  'fabrica',
  'taller',
  'almacen',
  'nave',
  'bodega',
]);

/** Tokens back from the address searched for "our ... office", within its sentence and line. */
const REACH = 14;

const SENTENCE_END = new Set(['.', ';', '?', '!']);

/** An address or a town after "our head office at", "nuestra sede está en", in the same sentence. */
export function ourPremisesAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) && !/^[A-Z]?$/.test(tokens[k - 1]?.text ?? '')) return false;
    if (t.kind === 'word' && premises(tokens, k) && ourBefore(tokens, k)) return !personalLink(tokens, k);
    if (t.lineStart) return false;
  }
  return false;
}

/** Nouns of a firm's office that count as its premises only with a name before them ("our Leeds office"). */
const NAMED_PREMISES = new Set(['office', 'offices', 'branch', 'store', 'oficina', 'sucursal', 'tienda']);

/**
 * A premises noun at k, the "office" of "head office", or an office named by its site ("our Leeds office", "our
 * Docklands branch"): the name says which of the firm's sites, where "our offices are located at" may be anyone's.
 */
function premises(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (PREMISES.has(key)) return true;
  if (!NAMED_PREMISES.has(key)) return false;
  const before = tokens[k - 1];
  if (before?.key === 'head') return key === 'office' || key === 'offices';
  return before !== undefined && before.kind === 'word' && before.cap && !OUR.has(before.key) && !tokens[k]!.lineStart;
}

/** "our" up to three words before the premises noun ("our new head office", "nuestra antigua sede central"). */
function ourBefore(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 3; k--) {
    if (OUR.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}

/** A word before the premises that ties a person to them ('relocating to our office at', 'mi puesto en'). */
function personalLink(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 8; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || tokens[k + 1]!.lineStart) return false;
    if (t.kind === 'word' && PERSONAL_LINKS.some((stem) => t.key.startsWith(stem))) return true;
  }
  return false;
}

/** Capitalised words a letterhead's name needs before its address, and at most this many. */
const LETTERHEAD_MIN = 2;
const LETTERHEAD_MAX = 7;
const LETTERHEAD_SEPARATORS = new Set(['-', '–', '—', '|', '·']);

/**
 * "NORTHGATE FAMILY MEDICINE - 210 W Elm St, Fresno, CA", "CLÍNICA SAN ROQUE | Av. Mitre 455": a line that opens with
 * a name in capitals, then a dash or a bar, then the address, is a practice's or a firm's letterhead. A name in
 * capitals that opens with a given name ("MARTA RUIZ - Calle ...", the head of a CV) is a person's and stays.
 */
export function letterheadAddress(tokens: readonly Token[], span: TokenSpan, lex: NameLexicon): boolean {
  const sep = span.first - 1;
  const mark = tokens[sep];
  if (mark === undefined || !LETTERHEAD_SEPARATORS.has(mark.text) || mark.lineStart) return false;
  let words = 0;
  for (let k = sep - 1; k >= 0 && words <= LETTERHEAD_MAX; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 2 || !isUpperCase(t.text)) {
      if (t.text !== '&' && t.text !== '.') return false;
    } else words++;
    if (t.lineStart) return words >= LETTERHEAD_MIN && !lex.isWord(WORD.FIRST_NAME, t.key);
  }
  return false;
}

/**
 * Desks of an establishment that label its own contact values (folded): "Reservas: ... · Centralita +34 ... · Plaza
 * X 1, Cáceres", "Bookings 0161 ... | Box office ... | 4 Quay Street". A guest's or a customer's address is labelled
 * for that person instead, and a line with one of PERSONAL_ON_LINE keeps its address.
 */
const DESKS = new Set([
  'reservas',
  'centralita',
  'recepcion',
  'reservations',
  'bookings',
  'switchboard',
  'reception',
  'frontdesk',
  'taquilla',
]);

const PERSONAL_ON_LINE = new Set([
  'my',
  'mi',
  'home',
  'guest',
  'huesped',
  'customer',
  'cliente',
  'domicilio',
  'attn',
  'fao',
  'name',
  'nombre',
]);

/** An address on a line that also gives an establishment's desk numbers ("Reservas:", "Centralita", "Switchboard"). */
export function deskLineAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  let k = span.first;
  while (k > 0 && !tokens[k]!.lineStart) k--;
  let desk = false;
  for (; k < tokens.length && (k === span.first || k <= span.last || !tokens[k]!.lineStart); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (PERSONAL_ON_LINE.has(t.key)) return false;
    if (!desk && DESKS.has(t.key) && deskLabel(tokens, k)) desk = true;
  }
  return desk;
}

/** A desk word used as a label: followed by a colon, a number or a "+" ("Centralita +34 ...", "Reservas: ..."). */
function deskLabel(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && !next.lineStart && (next.text === ':' || next.text === '+' || next.kind === 'number');
}
