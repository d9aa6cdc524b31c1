import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

const COPULAS = new Set([':', '.', 'is', 'es', 'was']);

/** "C.P. 28016", "zip code 94107": a four- or five-digit number right after a postal-code cue. */
export function postalCode(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.text.length < 4 || t.text.length > 5) return undefined;
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
