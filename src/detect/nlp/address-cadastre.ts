import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/** Words that name a land registry's reference right before it ("referencia catastral", "cadastral reference"). */
const CADASTRE_WORDS = new Set(['catastral', 'catastro', 'cadastral', 'cadastre', 'rc']);

/** Tokens back from the reference searched for its cue ("ref. catastral nº: ..."). */
const CUE_REACH = 4;

/** Characters of a Spanish cadastral reference: 14 of the parcel, 4 of the unit, 2 control letters. */
const REFERENCE_LENGTH = 20;
const SHAPE = /^(?:\d{7}[A-Z]{2}\d{4}[A-Z]|\d{5}[A-Z]\d{8})\d{4}[A-Z]{2}$/;

/**
 * "la vivienda familiar (referencia catastral 4417702UM5141N0003KP)": a Spanish cadastral reference of the parties'
 * home names it as much as its street address does. An urban one opens with seven digits, a
 * rural one with five; both run to twenty letters and digits (the groups may be spaced), after a cadastre cue.
 */
export function cadastreAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.text.length !== 7 && t.text.length !== 5) return undefined;
  const cue = cueBefore(tokens, i);
  if (cue < 0) return undefined;
  let text = '';
  let j = i;
  for (; j < tokens.length && text.length < REFERENCE_LENGTH; j++) {
    const u = tokens[j]!;
    if (u.kind === 'punct' || (j > i && (u.lineStart || u.start - tokens[j - 1]!.end > 1))) break;
    text += u.text.toUpperCase();
  }
  if (text.length !== REFERENCE_LENGTH || !SHAPE.test(text)) return undefined;
  const next = tokens[j];
  if (next !== undefined && next.start === tokens[j - 1]!.end && next.kind !== 'punct') return undefined;
  if (!homeNear(tokens, cue, j)) return undefined;
  return { first: i, last: j - 1, score: 0.85, type: 'CADASTRE' };
}

/** The index of the cadastre cue up to four tokens before i on its line, or -1. */
function cueBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - CUE_REACH; k--) {
    if (CADASTRE_WORDS.has(tokens[k]!.key)) return k;
    if (tokens[k]!.lineStart) return -1;
  }
  return -1;
}

/**
 * Words that make the property someone's home: "la vivienda familiar", "domicilio conyugal", "vivienda habitual",
 * "the family home". A property only sold, leased or mortgaged ("referencia catastral del inmueble") is described by
 * its address, which is found apart; its reference alone was left unmarked by the writers of earlier sets.
 */
const HOME_WORDS = new Set(['familiar', 'conyugal', 'habitual', 'hogar', 'home', 'residence', 'residencia']);

/** Tokens searched for a home word before the cue and after the reference, on the same line. */
const HOME_REACH = 8;

function homeNear(tokens: readonly Token[], cue: number, end: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - HOME_REACH; k--) {
    if (HOME_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) break;
  }
  for (let k = end; k < tokens.length && k < end + HOME_REACH; k++) {
    if (tokens[k]!.lineStart) return false;
    if (HOME_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}
