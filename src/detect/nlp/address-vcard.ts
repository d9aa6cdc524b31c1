import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * The ADR line of a vCard ("ADR;TYPE=HOME:;;Mühlweg 3;Kassel;Hessen;34117;Germany", "item1.ADR:..."): seven fields
 * split by semicolons - post box, extended address, street, town, region, postal code, country. Every part up to
 * the postal code is the contact's address; the country alone is no one's whereabouts and stays unmarked.
 */

/** Fields of an ADR value that are the contact's address (0-based: post box, extended, street, town, region, code). */
const ADDRESS_FIELDS = 6;

/** The spans of an ADR line whose first token is at i, or undefined when the line is no vCard address. */
export function vcardAddressAt(tokens: readonly Token[], i: number): TokenSpan[] | undefined {
  const t = tokens[i]!;
  if (!t.lineStart) return undefined;
  let k = i;
  // Apple's grouped properties: "item1.ADR;type=HOME:...".
  if (t.key !== 'adr') {
    // "item1" is a word and a number glued together.
    if (tokens[k + 1]?.kind === 'number' && tokens[k + 1]!.start === t.end) k++;
    const dot = tokens[k + 1];
    if (dot?.text !== '.' || dot.start !== tokens[k]!.end || tokens[k + 2]?.key !== 'adr') return undefined;
    k += 2;
  }
  const mark = tokens[k + 1];
  if (mark === undefined || mark.start !== tokens[k]!.end || (mark.text !== ';' && mark.text !== ':')) return undefined;
  // The value starts after the first colon of the line (parameters such as TYPE=HOME come before it).
  let colon = k + 1;
  while (colon < tokens.length && tokens[colon]!.text !== ':') {
    if (colon > k + 1 && tokens[colon]!.lineStart) return undefined;
    colon++;
  }
  if (colon >= tokens.length) return undefined;
  const spans: TokenSpan[] = [];
  let field = 0;
  let first = -1;
  let j = colon + 1;
  for (; j < tokens.length && !tokens[j]!.lineStart; j++) {
    if (tokens[j]!.text === ';') {
      if (first >= 0 && field < ADDRESS_FIELDS) spans.push(fieldSpan(first, j - 1));
      field++;
      first = -1;
      continue;
    }
    if (first < 0) first = j;
  }
  if (first >= 0 && field < ADDRESS_FIELDS) spans.push(fieldSpan(first, j - 1));
  // A line of semicolons alone says nothing; one with fewer than two separators is no ADR value.
  return field >= 2 ? spans : undefined;
}

function fieldSpan(first: number, last: number): TokenSpan {
  return { first, last, score: 0.9, type: 'ADDRESS_FIELD' };
}

/** The index of the last token on the line of tokens[i]. */
export function lineEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !tokens[j + 1]!.lineStart) j++;
  return j;
}
