import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

const COPULAS = new Set([':', '.', 'is', 'es', 'was', 'el', 'the']);
/** Last words of the cues after which three digits may be a whole postal code ("zip code is 880", "postcode 101"). */
const SHORT_CODE_CUES = new Set(['zip', 'code', 'postcode', 'zipcode']);

/** "C.P. 28016", "zip code 94107": a four- or five-digit number right after a postal-code cue. */
export function postalCode(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  // Three digits are a whole postal code in Iceland or the Faroes ("my zip code is 880"); the cue below is required.
  if (t.kind !== 'number' || t.text.length < 3 || t.text.length > 5) return undefined;
  // "C.P.: 00000", "ZIP 99999": one digit repeated fills a template's field, no postal district.
  if (/^(\d)\1+$/.test(t.text)) return undefined;
  let c = i;
  // "C.P.: 28016", "my zip code is 35350"
  while (c > 0 && c > i - 3 && COPULAS.has(tokens[c - 1]!.key)) c--;
  if (lex.postalCues.endsBefore(tokens, c, 3) === undefined) return undefined;
  // "cp 100" is a shell command as often: three digits only after a written-out zip or postal code.
  if (t.text.length === 3 && !SHORT_CODE_CUES.has(tokens[c - 1]?.key ?? '')) return undefined;
  return { first: i, last: i, score: 0.85, type: 'POSTAL_CODE' };
}

/** "Hungary 34796", "Aalborg NO 9100", "Austin, TX 78701": a postal code (and region code) right after a place. */
export function withPostalCode(tokens: readonly Token[], last: number): number {
  let j = last + 1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.kind === 'word' && /^\p{Lu}{2}$/u.test(tokens[j]!.text) && !tokens[j]!.lineStart) j++;
  const code = tokens[j];
  // A year after a place ("Qatar 2022") is not its postal code.
  const year = code?.text.length === 4 && /^(19|20)/.test(code.text);
  if (code?.kind === 'number' && code.text.length >= 4 && code.text.length <= 6 && !code.lineStart && !year) return j;
  return last;
}

export function isPostalNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length === 5;
}

// British postcodes: an outward code (area letters, district digit, optional letter or digit) and an inward code
// (one digit, two letters that are never C, I, K, M, O or V), with or without the space: "SW1A 1AA", "M11AA", "GIR 0AA".
const UK_POSTCODE = /^(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}$/;
/**
 * The UK's postcode areas (Royal Mail's published list, with the Crown dependencies, BFPO's BF and the non-geographic
 * BX): "FA25 2HH" has the shape of a postcode but no area, a part number.
 */
const UK_AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GIR GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE ' +
    'NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS ' +
    'TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
const MAX_POSTCODE_TOKENS = 6;
const GLUED_CONTINUATIONS = new Set(['/', '-', '_', '@']);

/** "SW1A 1AA", "EC2A 1NT", "M1 1AA": a UK postcode written in capitals, split by the tokenizer into letters and digits. */
export function ukPostcode(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  // Cheap gate: one to three capital letters glued to a digit, not continuing a longer glued token.
  const digit = tokens[i + 1];
  if (t.text.length > 3 || digit?.kind !== 'number' || (digit.start !== t.end && t.text !== 'GIR')) return undefined;
  if (t.kind !== 'word' || !isUpperCase(t.text) || !UK_AREAS.has(t.text)) return undefined;
  const before = tokens[i - 1];
  if (before && before.end === t.start && before.kind !== 'punct') return undefined;
  let text = t.text;
  let gaps = 0;
  for (let j = i + 1; j < tokens.length && j - i < MAX_POSTCODE_TOKENS; j++) {
    const u = tokens[j]!;
    if (u.kind === 'punct' || u.lineStart) break;
    const gap = u.start !== tokens[j - 1]!.end;
    if (gap && ++gaps > 1) break;
    // A space only before the inward code, which is a single digit.
    if (gap && !(u.kind === 'number' && u.text.length === 1)) break;
    text += gap ? ` ${u.text}` : u.text;
    const after = tokens[j + 1];
    // "C57BL/KsJ" (a mouse strain) goes on after a glued mark; a postcode ends at a space or punctuation.
    const ends = !after || after.start !== u.end || (after.kind === 'punct' && !GLUED_CONTINUATIONS.has(after.text));
    if (ends && UK_POSTCODE.test(text)) return { first: i, last: j, score: 0.85, type: 'POSTAL_CODE' };
  }
  return undefined;
}

// Irish Eircodes: a routing key (one of the letters Eircode uses and two digits, or "D6W") and a unique identifier of
// four letters or digits from the same alphabet, which never uses B, G, I, J, L, M, O, Q, S, U or Z: "K32 W7N4".
const EIRCODE = /^(?:[ACDEFHKNPRTVWXY]\d\d|D6W) [ACDEFHKNPRTVWXY\d]{4}$/;
const EIRCODE_TOKENS = 8;
const EIRCODE_BEFORE = new Set([',', ':', '(', '"', "'", '|', ';', '-', '–']);
/** Spaces that set a printed table's columns apart (a dataframe, a fixed-width export). */
const COLUMN_GAP = 2;

/**
 * "D24 K7T3", "Y35 H2W6": an Irish Eircode in capitals. Its identifier must mix letters and digits ("A10 FEED" or
 * "T12 2024" are a model and a year), nothing may be glued on either side, and a town, a comma, a label or the line's
 * start comes before it.
 */
export function eircodeAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  const key = tokens[i + 1];
  if (t.kind !== 'word' || t.text.length !== 1 || key?.kind !== 'number' || key.start !== t.end) return undefined;
  const before = tokens[i - 1];
  if (before && before.end === t.start && before.kind !== 'punct') return undefined;
  // An address puts it after its town, a comma or a label, on a line of its own, or in a column of a printed table
  // (two spaces or more before it); "period P09 FY28" is no code.
  if (
    before &&
    !t.lineStart &&
    !(before.kind === 'word' && before.cap) &&
    !EIRCODE_BEFORE.has(before.text) &&
    t.start - before.end < COLUMN_GAP &&
    !eircodeNamedBefore(tokens, i)
  )
    return undefined;
  let text = '';
  for (let j = i; j < tokens.length && j - i < EIRCODE_TOKENS; j++) {
    const u = tokens[j]!;
    if (u.kind === 'punct' || (j > i && u.lineStart)) return undefined;
    const gap = j > i && u.start !== tokens[j - 1]!.end;
    if (gap && (text.includes(' ') || text.length !== 3)) return undefined;
    text += gap ? ` ${u.text}` : u.text;
    if (text.length < 8) continue;
    const after = tokens[j + 1];
    if (after && after.start === u.end && after.kind !== 'punct') return undefined;
    const id = text.slice(4);
    if (!EIRCODE.test(text) || !/\d/.test(id) || !/[A-Z]/.test(id)) return undefined;
    return { first: i, last: j, score: 0.85, type: 'POSTAL_CODE' };
  }
  return undefined;
}

/** "my Eircode is K78 ...", "eircode = ...": the code named within the three words before it. */
function eircodeNamedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (tokens[k]!.key === 'eircode') return true;
  return false;
}
