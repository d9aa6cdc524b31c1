import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { plainlyCapitalised } from './person-context.js';
import type { TokenSpan } from './token-span.js';
import { isCapitals as inCapitals, type Token } from './tokenize.js';

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
  for (let i = 0; i + 3 < tokens.length; i++) {
    const open = tokens[i + 1]!;
    // Every opening mark is punctuation: words and numbers (most tokens) skip the set's probe.
    if (open.kind !== 'punct' || !OPEN.has(open.text)) continue;
    const given = tokens[i]!;
    const nick = tokens[i + 2]!;
    const close = tokens[i + 3]!;
    if (nick.kind !== 'word' || !nick.cap || nick.start !== open.end) continue;
    if (!CLOSE[open.text]!.includes(close.text) || close.start !== nick.end) continue;
    // 'ALEXANDRA "ALEX" MAKAROVA' on a CV's first line: the whole name in capitals.
    const capitals = isCapitals(given.text) && isCapitals(nick.text);
    if (!capitals && !plainlyCapitalised(nick.text)) continue;
    const namedGiven =
      given.kind === 'word' &&
      given.cap &&
      (plainlyCapitalised(given.text) || capitals) &&
      ((lex.isWord(GIVEN, given.key) && !lex.isWord(WORD.COMMON, given.key)) || shortFormOf(nick.key, given.key));
    let last = i + 4;
    if (namedGiven) {
      if (!familyAt(tokens, last, capitals, lex)) continue;
      // "Ana María «Mariví» Gil Pardo": a second family name may follow.
      if (familyAt(tokens, last + 1, capitals, lex)) last++;
      // "MARÍA JOSÉ "MAJO" ARRIZABALAGA", "Ana María «Mariví» Gil": a first given name before the one nicknamed.
      let first = i;
      const earlier = tokens[first - 1];
      if (
        earlier !== undefined &&
        earlier.kind === 'word' &&
        earlier.cap &&
        !given.lineStart &&
        (capitals ? isCapitals(earlier.text) : plainlyCapitalised(earlier.text)) &&
        lex.isWord(GIVEN, earlier.key) &&
        !lex.isWord(WORD.COMMON, earlier.key)
      )
        first--;
      found.push({ first, last, score: 0.85, type: 'NICKNAMED' });
      i = last;
      continue;
    }
    // 'delegado sindical "Tata" Barrionuevo': a nickname alone before the family name, after a lower-case word or
    // a punctuation mark (not after another capitalised word, which would be a given name or a title).
    const alone = !capitals && (given.kind === 'word' ? !given.cap : given.text === ':' || given.text === ',');
    if (!alone || lex.isWord(NOT_FAMILY | WORD.PLACE, nick.key) || nick.text.length < 3) continue;
    if (!familyAt(tokens, last, capitals, lex) || lex.isWordAt(WORD.PLACE | WORD.FIRST_NAME, tokens, last)) continue;
    if (familyAt(tokens, last + 1, capitals, lex)) last++;
    // No third capitalised word: 'the "Blue" Lagoon Resort Hotel' is a name of a thing.
    const after = tokens[last + 1];
    if (after !== undefined && after.kind === 'word' && after.cap && !after.lineStart) continue;
    found.push({ first: i + 1, last, score: 0.75, type: 'NICKNAMED' });
    i = last;
  }
  return found;
}

/**
 * A family name at tokens[k]: a capitalised word (in capitals when the given name and the nickname are) that is no
 * ordinary word, place, firm or product. A function of the module, not a closure in the loop above: a closure there
 * made V8 allocate the loop body's context at every token, nickname or not.
 */
function familyAt(tokens: readonly Token[], k: number, capitals: boolean, lex: NameLexicon): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.lineStart || t.text.length < 2) return false;
  const shaped = capitals
    ? isCapitals(t.text)
    : plainlyCapitalised(t.text.includes('-') ? t.text.replace(/-\p{Lu}/gu, (m) => m.toLowerCase()) : t.text);
  return shaped && !lex.isWord(NOT_FAMILY, t.key);
}

/** "ALEX", "KASIA": a word in capitals of two letters or more. */
function isCapitals(text: string): boolean {
  return text.length >= 2 && inCapitals(text);
}

/** "temi"/"temidayo", "tash"/"natasha", "alex"/"alexander": a nickname spelling part of the given name. */
function shortFormOf(nick: string, given: string): boolean {
  return nick.length >= 3 && given.length > nick.length && given.includes(nick);
}
