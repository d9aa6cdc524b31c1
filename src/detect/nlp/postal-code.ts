import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

const COPULAS = new Set([':', '.', 'is', 'es', 'was', 'el', 'the']);

/** "C.P. 28016", "zip code 94107": a four- or five-digit number right after a postal-code cue. */
export function postalCode(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.text.length < 4 || t.text.length > 5) return undefined;
  // "C.P.: 00000", "ZIP 99999": one digit repeated fills a template's field, no postal district.
  if (/^(\d)\1+$/.test(t.text)) return undefined;
  let c = i;
  // "C.P.: 28016", "my zip code is 35350"
  while (c > 0 && c > i - 3 && COPULAS.has(tokens[c - 1]!.key)) c--;
  if (lex.postalCues.endsBefore(tokens, c, 3) === undefined) return undefined;
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
const MAX_POSTCODE_TOKENS = 6;
const GLUED_CONTINUATIONS = new Set(['/', '-', '_', '@']);

/** "SW1A 1AA", "EC2A 1NT", "M1 1AA": a UK postcode written in capitals, split by the tokenizer into letters and digits. */
export function ukPostcode(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  // Cheap gate: one to three capital letters glued to a digit, not continuing a longer glued token.
  const digit = tokens[i + 1];
  if (t.text.length > 3 || digit?.kind !== 'number' || (digit.start !== t.end && t.text !== 'GIR')) return undefined;
  if (t.kind !== 'word' || t.text !== t.text.toUpperCase()) return undefined;
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
