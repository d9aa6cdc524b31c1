import { addressBlockAt, extendAddress } from './address-block.js';
import { fieldBefore, fieldValueEnd, placeCueBefore } from './context.js';
import type { Language } from './language.js';
import type { NameLexicon } from './lexicon.js';
import { namedStreetAt } from './named-street.js';
import { postBoxAt, unitAt } from './post-box.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';
import { townAt } from './town.js';

export type { TokenSpan } from './token-span.js';

const NUMBER_WORDS = new Set(['n', 'no', 'nº', 'num', 'numero', 'number', '#']);
const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'suite',
  'ste',
  'unit',
  'floor',
  'piso',
  'puerta',
  'planta',
  'bajo',
  'esc',
]);
const COPULAS = new Set([':', '.', 'is', 'es', 'was']);
const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'of', 'the']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** After a street name: "90", ", 5", "nº 12", "s/n", "2º B", "Apt. 864". Returns the last token of the address. */
function extendHouseNumber(tokens: readonly Token[], last: number): number {
  let i = last + 1;
  if (tokens[i]?.text === ',') i++;
  const t = tokens[i];
  if (!t || t.lineStart) return last;
  if (t.key === 's' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.key === 'n') return i + 2;
  if (NUMBER_WORDS.has(t.key)) {
    let j = i + 1;
    if (tokens[j]?.text === '.' || tokens[j]?.text === 'º' || tokens[j]?.text === '°') j++;
    return isNumber(tokens[j]) ? j : last;
  }
  if (!isNumber(t)) return last;
  let end = i;
  // "2º B", "Apt. 864", "piso 3"
  for (let j = end + 1; j < tokens.length && j <= end + 4; j++) {
    const u = tokens[j]!;
    if (u.lineStart) break;
    if (UNIT_WORDS.has(u.key) && isNumber(tokens[j + 1] ?? tokens[j + 2])) {
      end = isNumber(tokens[j + 1]) ? j + 1 : j + 2;
      break;
    }
  }
  return end;
}

/** "Calle Miguel Benítez 90", "C/ Mayor, 5", "avenida de la Constitución s/n": street type first (Spanish order). */
function spanishStreet(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const head = tokens[i]!;
  if (!lex.streetTypesEs.has(head.key)) return undefined;
  let j = i + 1;
  // A bare "C" is a street type only as "C/" ("4 ° C . Rain" is a temperature).
  if (head.key === 'c' && tokens[j]?.text !== '/') return undefined;
  if (tokens[j]?.text === '/' || tokens[j]?.text === '.') j++;
  let lastName = -1;
  while (j < tokens.length && !tokens[j]!.lineStart) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.cap) lastName = j;
    else if (!(t.kind === 'word' && JOINERS.has(t.key))) break;
    j++;
  }
  if (lastName < 0) return undefined;
  const end = extendHouseNumber(tokens, lastName);
  if (end === lastName && !head.cap) return undefined; // "la calle Mayor" without a number is too vague
  return {
    first: i,
    last: end > lastName ? extendAddress(tokens, end) : end,
    score: end > lastName ? 0.9 : 0.8,
    type: 'STREET_ADDRESS',
  };
}

/** "1600 Pennsylvania Avenue", "221B Baker St. Apt 4": number, capitalised name, street type (English order). */
function englishStreet(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  if (!isNumber(tokens[i])) return undefined;
  let j = i + 1;
  if (tokens[j]?.kind === 'word' && tokens[j]!.text.length === 1 && !tokens[j]!.cap) j++; // "221b"
  const nameStart = j;
  while (
    j < tokens.length &&
    j - nameStart < 5 &&
    tokens[j]!.kind === 'word' &&
    tokens[j]!.cap &&
    !tokens[j]!.lineStart
  ) {
    if (lex.streetTypesEn.has(tokens[j]!.key) && j > nameStart) {
      let end = j;
      if (tokens[end + 1]?.text === '.') end++;
      for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
        if (tokens[k]!.lineStart) break;
        if (UNIT_WORDS.has(tokens[k]!.key) || tokens[k]!.text === '#') {
          const n = isNumber(tokens[k + 1]) ? k + 1 : isNumber(tokens[k + 2]) ? k + 2 : -1;
          if (n > 0) end = n;
          break;
        }
      }
      return { first: i, last: extendAddress(tokens, end), score: 0.85, type: 'STREET_ADDRESS' };
    }
    j++;
  }
  return undefined;
}

function postalCode(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.text.length < 4 || t.text.length > 5) return undefined;
  let c = i;
  // "C.P.: 28016", "my zip code is 35350"
  while (c > 0 && c > i - 3 && COPULAS.has(tokens[c - 1]!.key)) c--;
  if (lex.postalCues.endsBefore(tokens, c, 3) === undefined) return undefined;
  return { first: i, last: i, score: 0.85, type: 'POSTAL_CODE' };
}

/** "Hungary 34796", "Aalborg NO 9100", "Austin, TX 78701": a postal code (and region code) right after a place. */
function withPostalCode(tokens: readonly Token[], last: number): number {
  let j = last + 1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.kind === 'word' && /^\p{Lu}{2}$/u.test(tokens[j]!.text) && !tokens[j]!.lineStart) j++;
  const code = tokens[j];
  // A year after a place ("Qatar 2022") is not its postal code.
  const year = code?.text.length === 4 && /^(19|20)/.test(code.text);
  if (code?.kind === 'number' && code.text.length >= 4 && code.text.length <= 6 && !code.lineStart && !year) return j;
  return last;
}

/** A gazetteer place; one that is also a given name or an ordinary word needs a preposition such as "in"/"en". */
function gazetteerPlace(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (!t.cap) return undefined;
  const hit = lex.places.matchAt(tokens, i);
  if (!hit) return undefined;
  // Inside a URL or a path ("reddit.com/r/Calgary", "?q=Turkey") a word is a link, not where someone is.
  const before = tokens[i - 1];
  if (before && before.end === t.start && (before.text === '/' || before.text === '=')) return undefined;
  // "St" (Saint) or "Co" is never a place by itself; "UK" and "EE" in capitals may be.
  if (hit.length === 1 && t.text.length < 3 && t.text !== t.text.toUpperCase()) return undefined;
  const last = i + hit.length - 1;
  if (tokens[last]!.kind === 'punct' && tokens[last]!.text !== '.') return undefined;
  const key = t.key;
  // A place that is also a family name (Madrid, Toledo, León) is still a place unless it sits in a name, which the
  // person finder decides; one that is a given name or an ordinary word needs a cue.
  const ambiguous = hit.length === 1 && (lex.common.has(key) || lex.firstNames.has(key) || t.text.length < 3);
  const cued =
    placeCueBefore(tokens, i, lex) ||
    ['(', ',', '-'].includes(tokens[i - 1]?.text ?? '') ||
    isPostalNumber(tokens[i - 1]);
  if (ambiguous && !cued) return undefined;
  // Spanish order puts the postal code first: "28036 Madrid", "E-28935 Móstoles".
  let first = i;
  if (isPostalNumber(tokens[i - 1]) && !t.lineStart) {
    first = i - 1;
    if (tokens[first - 1]?.text === '-' && tokens[first - 2]?.text === 'E') first -= 2;
  }
  return { first, last: withPostalCode(tokens, last), score: cued ? 0.85 : 0.8, type: 'PLACE' };
}

function isPostalNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length === 5;
}

/**
 * "Río Júcar, s/n", "Xubias de Arriba, 84 15006": a capitalised name followed by "s/n" or by a house number and a
 * five-digit postal code is a street even without a street word.
 */
function untypedStreet(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  if (
    !t.cap ||
    t.kind !== 'word' ||
    (i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.cap && !tokens[i - 1]!.lineStart)
  ) {
    return undefined;
  }
  let j = i;
  let lastName = i;
  while (j + 1 < tokens.length && j - i < 5) {
    const u = tokens[j + 1]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap) lastName = j + 1;
    else if (!['de', 'del', 'la', 'las', 'los', 'el'].includes(u.key)) break;
    j++;
  }
  let k = lastName + 1;
  if (tokens[k]?.text === ',') k++;
  const u = tokens[k];
  if (!u || u.lineStart) return undefined;
  if (u.key === 's' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.key === 'n') {
    return { first: i, last: k + 2, score: 0.8, type: 'STREET_ADDRESS' };
  }
  if (u.kind === 'number' && u.text.length <= 4 && isPostalNumber(tokens[k + 1])) {
    return { first: i, last: k, score: 0.8, type: 'STREET_ADDRESS' };
  }
  return undefined;
}

/** "lives in Kenosha", "natural de Villarrubia": an unknown capitalised name right after a strong place cue. */
function cuedUnknownPlace(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (!t.cap || t.lineStart || lex.common.has(t.key) || lex.firstNames.has(t.key)) return undefined;
  if (lex.strongPlaceCues.endsBefore(tokens, i, 4) === undefined) return undefined;
  let last = i;
  // Multi-word names: "Colorado Springs", "Villanueva de la Cañada"
  for (let j = i + 1; j < tokens.length && j - i < 5; j++) {
    const u = tokens[j]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap && !lex.orgSuffixes.has(u.key)) last = j;
    else if (!['de', 'del', 'la', 'las', 'los', 'el'].includes(u.key)) break;
  }
  if (lex.orgSuffixes.has(tokens[last + 1]?.key ?? '')) return undefined;
  return { first: i, last, score: 0.75, type: 'PLACE' };
}

/** Places, street addresses, postal codes and "Address:"-style form values, as inclusive token spans. */
export function findLocations(tokens: readonly Token[], lex: NameLexicon, lang: Language = 'en'): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const field = fieldBefore(tokens, i, lex);
    if (field === 'LOCATION') {
      // "Address: 5533 Countess Close\n Suite 868\n Seatoun": the value may continue on address lines below.
      const last = Math.max(fieldValueEnd(tokens, i), extendAddress(tokens, i));
      out.push({ first: i, last, score: 0.9, type: 'ADDRESS_FIELD' });
      i = last + 1;
      continue;
    }
    const found =
      addressBlockAt(tokens, i, lex) ??
      postBoxAt(tokens, i) ??
      unitAt(tokens, i) ??
      namedStreetAt(tokens, i, lex) ??
      spanishStreet(tokens, i, lex) ??
      englishStreet(tokens, i, lex) ??
      untypedStreet(tokens, i) ??
      postalCode(tokens, i, lex) ??
      gazetteerPlace(tokens, i, lex) ??
      (lang === 'en' ? townAt(tokens, i, lex) : undefined) ??
      cuedUnknownPlace(tokens, i, lex);
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}
