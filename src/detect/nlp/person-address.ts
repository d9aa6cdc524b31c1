import type { CapRun } from './cap-runs.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * "Maeve Curran, maeve.curran4@example.ie", "Tobiah Wendover ... twendover@example.com": two capitalised words whose
 * family name an e-mail address of the same text spells, with the given name or its initial, are that person, even
 * when the lists know neither word or read the family name as an ordinary word ("Rhona Tanner" from "rtanner@").
 *
 * Evidence on both sides keeps it narrow: the address's local part holds the second word whole and starts with the
 * first word's initial or holds the first word too. The second word has three letters or more; the first is a
 * listed given name, or (when the second is no ordinary word) any word that is no ordinary word, place or firm's
 * suffix, so "Customer Service" and customerservice@ make no person.
 */

/** The local parts (word and number tokens glued before an "@", folded, joiners dropped) of the text's addresses. */
function localParts(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== '@') continue;
    let local = '';
    for (let j = i - 1, n = 0; j >= 0 && n < 12; j--, n++) {
      const t = tokens[j]!;
      if (t.end !== tokens[j + 1]!.start) break;
      if (t.kind === 'word') local = t.key + local;
      else if (t.kind === 'punct' && !'._-+'.includes(t.text)) break;
    }
    if (local.length >= 4) out.push(local);
  }
  return out;
}

const NOT_GIVEN = WORD.COMMON | WORD.PLACE | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.PRODUCT | WORD.WORD_SHAPED;
const NOT_FAMILY = WORD.PLACE | WORD.ORG_SUFFIX | WORD.PRODUCT;

/** Full names among the capitalised runs (untrimmed) that an e-mail address of the text spells. */
export function namesSpelledByAddresses(
  tokens: readonly Token[],
  runs: readonly CapRun[],
  lex: NameLexicon,
  unknownCap: (key: string) => boolean,
): TokenSpan[] {
  const locals = localParts(tokens);
  if (locals.length === 0) return [];
  const out: TokenSpan[] = [];
  for (const run of runs) {
    const words = run.words;
    for (let n = 0; n + 1 < words.length; n++) {
      const a = words[n]!;
      const b = words[n + 1]!;
      if (b !== a + 1) continue;
      const given = tokens[a]!;
      const family = tokens[b]!;
      if (given.key.length < 2 || family.key.length < 3 || !/^\p{L}+$/u.test(family.key)) continue;
      if (lex.isWord(NOT_FAMILY, family.key)) continue;
      const listedGiven = lex.isWord(GIVEN, given.key);
      const commonFamily = lex.isWord(WORD.COMMON | WORD.WORD_SHAPED, family.key);
      if (!listedGiven && (commonFamily || lex.isWord(NOT_GIVEN, given.key) || !unknownCap(given.key))) continue;
      const spelled = locals.some(
        (l) =>
          l.includes(family.key) &&
          (l.startsWith(given.key[0]!) || (given.key.length >= 3 && l.includes(given.key))) &&
          l !== family.key,
      );
      if (spelled) out.push({ first: a, last: b, score: 0.8, type: 'NAME_BY_ADDRESS' });
    }
  }
  return out;
}
