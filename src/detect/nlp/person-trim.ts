import { type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Word tokens of the run after dropping leading ordinary words ("The", "Yesterday", "I'm") that are not names. */
export function trimLeading(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 0) {
    const key = tokens[out[0]!]!.key;
    const name = lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, key);
    if ((lex.isWord(WORD.COMMON, key) && !name) || (lex.honorifics.has(key) && out.length > 1)) out.shift();
    else break;
  }
  return out;
}

/** Drop trailing words that cannot belong to a name (an organisation suffix, a common word). */
export function trimTrailing(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 1) {
    const lastIndex = out[out.length - 1]!;
    const key = tokens[lastIndex]!.key;
    const name = lex.isWord(WORD.SURNAME | WORD.FIRST_NAME, key);
    // A word right before a colon is the next field's label ("... Cuéllar NºCol: 28 28 70973").
    if (tokens[lastIndex + 1]?.text === ':' || (!name && lex.isWord(WORD.COMMON | WORD.ORG_SUFFIX, key))) out.pop();
    else break;
  }
  return out;
}
