import { type NameLexicon, WORD } from './lexicon.js';
import { plainlyCapitalised } from './person-context.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

const OPEN = new Set(['"', '“', '‘', "'", '«', '(']);
const CLOSE: Record<string, string[]> = {
  '"': ['"'],
  '“': ['”', '"'],
  '‘': ['’', "'"],
  "'": ["'", '’'],
  '«': ['»'],
  '(': [')'],
};
const NOT_FAMILY = WORD.COMMON | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.PRODUCT | WORD.WORD_SHAPED;

/**
 * 'Tomasz "Tomek" Wiśniewski', 'María «Maruja» Cifuentes', 'Robert (Bobby) Keane': a listed given name, a nickname of
 * one capitalised word in quotes (or brackets) glued to it, and a capitalised family name. The whole is one person, so
 * the family name after the quotes leaks with no cue of its own unless the three are taken together.
 */
export function findNicknamedNames(tokens: readonly Token[], lex: NameLexicon): TokenSpan[] {
  const found: TokenSpan[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const open = tokens[i + 1]!;
    if (!OPEN.has(open.text)) continue;
    const given = tokens[i]!;
    const nick = tokens[i + 2]!;
    const close = tokens[i + 3]!;
    if (given.kind !== 'word' || !given.cap || !plainlyCapitalised(given.text)) continue;
    if (!lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, given.key) || lex.isWord(WORD.COMMON, given.key)) continue;
    if (nick.kind !== 'word' || !nick.cap || !plainlyCapitalised(nick.text) || nick.start !== open.end) continue;
    if (!CLOSE[open.text]!.includes(close.text) || close.start !== nick.end) continue;
    let last = i + 4;
    const family = (k: number) => {
      const t = tokens[k];
      return (
        t !== undefined &&
        t.kind === 'word' &&
        t.cap &&
        !t.lineStart &&
        t.text.length > 1 &&
        plainlyCapitalised(t.text.replace(/-\p{Lu}/gu, (m) => m.toLowerCase())) &&
        !lex.isWord(NOT_FAMILY, t.key)
      );
    };
    if (!family(last) || tokens[last]!.lineStart) continue;
    // "Ana María «Mariví» Gil Pardo": a second family name may follow.
    if (family(last + 1)) last++;
    found.push({ first: i, last, score: 0.85, type: 'NICKNAMED' });
    i = last;
  }
  return found;
}
