import { ukPostcode } from './postal-code.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * "Ferris Lane, Carden Hill KT9 4QX": the words right before a postcode on its line are the post town, however much
 * they read like a given name and a family name; so are the same words anywhere else in the text ("at our Carden
 * Hill clinic"). A person's name stands before a street or a house number in an address, never straight
 * before its postcode.
 */

/** The words of a span, folded, as one key. */
function wordsKey(tokens: readonly Token[], p: TokenSpan): string {
  let key = '';
  for (let k = p.first; k <= p.last; k++) if (tokens[k]!.kind === 'word') key += `${tokens[k]!.key} `;
  return key;
}

/** Person spans whose words name a post town the text writes before a postcode. */
export function postTownSpans<S extends TokenSpan>(tokens: readonly Token[], persons: readonly S[]): Set<S> {
  const out = new Set<S>();
  const towns = new Set<string>();
  for (const p of persons) {
    const next = tokens[p.last + 1];
    if (next === undefined || next.lineStart || next.kind !== 'word') continue;
    if (ukPostcode(tokens, p.last + 1) !== undefined) towns.add(wordsKey(tokens, p));
  }
  if (towns.size === 0) return out;
  for (const p of persons) if (towns.has(wordsKey(tokens, p))) out.add(p);
  return out;
}
