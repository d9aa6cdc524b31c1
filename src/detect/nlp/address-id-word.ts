import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * "Tutor: Aitzol Menéndez Cuesta   DNI 12345678Z": a family name that is also a street word ("Cuesta", "Travesía",
 * "Ronda") before an identity document reads as a street named "DNI". A street whose name is nothing but a document
 * only a person holds (person_id_after in cues.yaml), with its number, is the end of that person's name and the
 * document, not an address.
 */
export function streetNamedByIdWord(tokens: readonly Token[], l: TokenSpan, lex: NameLexicon): boolean {
  if (l.type === 'PLACE' || l.last === l.first) return false;
  return lex.idAfter.matchAt(tokens, l.first + 1) !== undefined;
}
