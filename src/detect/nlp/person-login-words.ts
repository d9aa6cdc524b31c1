import { type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import type { NamePair } from './person-handle.js';
import type { Token } from './tokenize.js';

/**
 * "Her account isalcedo is ready" beside "Irene Salcedo", "<User>wnowacki</User>" beside "Wiktor Nowacki": a bare
 * lower-case word that is the login a directory builds from a person the same text names in full identifies that
 * person, wherever it stands (a sentence, an XML element, a table cell), not only after a "username" key. The usual
 * shapes of such logins: the given name's initial and the family name ("isalcedo"), cut to eight letters as older
 * systems do ("wnowacki" of "Wiktor Nowackiewicz"), the whole given name and the family name ("irenesalcedo"), and the family name and the
 * initial ("salcedoi"). Only the words of those exact shapes count, so the cost is one set look-up per lower-case word,
 * and nothing at all when the text names nobody in full.
 */
const MIN_FAMILY = 4;
const MIN_LOGIN = 5;
const NOT_LOGIN = WORD.COMMON | WORD.WORD_SHAPED | WORD.PLACE | WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.SPANISH;

function loginShapes(pairs: readonly NamePair[]): Set<string> {
  const shapes = new Set<string>();
  for (const { given, family } of pairs) {
    if (given.length < 2 || family.length < MIN_FAMILY) continue;
    const initial = given[0]!;
    shapes.add(initial + family);
    if (family.length > 7) shapes.add(initial + family.slice(0, 7));
    shapes.add(given + family);
    shapes.add(family + initial);
  }
  // Logins are plain ASCII letters ("Rafał Wojcik" still gives "rwojcik").
  for (const s of shapes) if (s.length < MIN_LOGIN || !/^[a-z]+$/.test(s)) shapes.delete(s);
  return shapes;
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Lower-case words of `tokens` that are a login built from one of `pairs` (given and family names, folded). */
export function loginsOfNamedPeople(
  tokens: readonly Token[],
  pairs: readonly NamePair[],
  lex: NameLexicon,
): PersonSpan[] {
  if (pairs.length === 0) return [];
  const shapes = loginShapes(pairs);
  if (shapes.size === 0) return [];
  const out: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap || t.key.length < MIN_LOGIN || !shapes.has(t.key) || t.text !== t.key) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // The local part of an e-mail address is the address's own finding; a word glued to another word is part of it.
    if (glued(t, next) && (next!.text === '@' || next!.kind === 'word')) continue;
    if (glued(prev, t) && (prev!.text === '@' || prev!.kind === 'word')) continue;
    if (lex.isWord(NOT_LOGIN, t.key)) continue;
    out.push({ first: i, last: i, score: 0.7, type: 'NAME_HANDLE' });
  }
  return out;
}
