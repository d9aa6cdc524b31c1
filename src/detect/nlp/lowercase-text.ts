import { type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

const UPPER = /\p{Lu}/u;

/**
 * Text typed without any capitals ("said petra to michael") hides names from the capital-letter rules. For such text
 * only, a copy of the tokens marks as capitalised the given names the lists know (not ambiguous ones such as "will"
 * or "may") and the unknown, non-ordinary word right after one ("patricia desrosiers"). Text with capitals is
 * returned as is.
 */
// Code and configuration are often lower-case too ("const ada = dee(james);"): only prose qualifies, where few
// tokens are punctuation.
const MAX_PUNCT_SHARE = 0.25;

function looksLikeProse(tokens: readonly Token[]): boolean {
  let punct = 0;
  // Commas are prose too: "they had three: ana, joe and li" lists names.
  for (const t of tokens) if (t.kind === 'punct' && t.text !== ',') punct++;
  return tokens.length >= 3 && punct <= tokens.length * MAX_PUNCT_SHARE;
}

export function capitaliseKnownNames(text: string, tokens: Token[], lex: NameLexicon): Token[] {
  if (UPPER.test(text) || !looksLikeProse(tokens)) return tokens;
  let changed = false;
  const out = tokens.map((t) => t);
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (
      t.kind !== 'word' ||
      !lex.isWord(WORD.FIRST_NAME, t.key) ||
      lex.isWord(WORD.AMBIGUOUS_NAME, t.key) ||
      lex.isWord(WORD.COMMON, t.key)
    )
      continue;
    out[i] = { ...t, cap: true };
    changed = true;
    const next = out[i + 1];
    if (next && next.kind === 'word' && !next.lineStart && !lex.isWord(WORD.COMMON, next.key) && next.text.length > 2) {
      out[i + 1] = { ...next, cap: true };
      i++;
    }
  }
  return changed ? out : tokens;
}
