import { type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/**
 * "@MaryKayCabot", "@jaketapper", "@zoe_clark": social handles built from a person's own name identify that person as
 * well as the name does. A handle counts when it opens with a listed given name and the rest is a family name
 * (listed, or for camel case any capitalised word that is no ordinary word), or, split by an underscore, when its
 * first part is a listed given name. Brand handles ("@WholeFoods", "@nytimes") open with no given name.
 */
const CAMEL_PARTS = /\p{Lu}\p{Ll}+|\p{Lu}(?!\p{Ll})|\p{Ll}+/gu;
const MIN_SURNAME = 3;
const MIN_GIVEN = 3;

export interface HandleSpan {
  first: number;
  last: number;
}

function givenName(lex: NameLexicon, key: string): boolean {
  return key.length >= MIN_GIVEN && lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, key) && !lex.isWord(WORD.COMMON, key);
}

function familyName(lex: NameLexicon, key: string, unknownAllowed: boolean): boolean {
  if (key.length < MIN_SURNAME || lex.isWord(WORD.COMMON | WORD.WORD_SHAPED, key)) return false;
  return lex.isWord(WORD.SURNAME, key) || (unknownAllowed && !lex.isWord(WORD.PLACE | WORD.ORG_SUFFIX, key));
}

/** "MaryKayCabot", "TonyTGoodman": camel-case parts, a given name first and a family name last. */
function camelName(text: string, lex: NameLexicon): boolean {
  const parts = text.match(CAMEL_PARTS);
  if (!parts || parts.length < 2 || parts.length > 4 || parts.join('') !== text) return false;
  if (!/^\p{Lu}/u.test(parts[1]!)) return false;
  const keys = parts.map((p) => p.toLowerCase());
  return givenName(lex, keys[0]!) && familyName(lex, keys[keys.length - 1]!, true);
}

/** "jaketapper", "sallykohn": one lower-case word that splits into a listed given name and a listed family name. */
function joinedName(key: string, lex: NameLexicon): boolean {
  for (let cut = MIN_GIVEN; cut <= key.length - MIN_SURNAME - 1; cut++) {
    if (givenName(lex, key.slice(0, cut)) && familyName(lex, key.slice(cut), false)) return true;
  }
  return false;
}

/**
 * "sara-lindgren", "j-mensah", "ana-maria-ruiz": a handle of words joined by hyphens (as GitHub and GitLab users
 * write theirs), a listed given name (or an initial) first and a family name last, listed or no word the lists know.
 */
function hyphenatedName(key: string, lex: NameLexicon): boolean {
  const parts = key.split('-');
  if (parts.length < 2 || parts.length > 3) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const opens = givenName(lex, first) || (first.length === 1 && lex.isWord(WORD.SURNAME, last));
  return opens && familyName(lex, last, parts.length === 2 && first.length > 1);
}

// What stands before a user name written without its "@" in a review, a ticket or a CODEOWNERS-like list.
const USER_BEFORE = new Set([':', ',', 'by', 'to', 'and', 'a', 'por', 'y']);

/**
 * "reviewer: sara-lindgren", "asignado a yusuf-demir": a lower-case hyphenated user name without its "@", after a
 * colon, a comma or "by"/"to"/"a"/"por", whose parts are a listed given name and a listed family name (neither a word), and
 * not glued to a path, a file name or an address.
 */
function userNameAfterField(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap || !t.text.includes('-') || t.text !== t.key) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || !USER_BEFORE.has(prev.key) || prev.end === t.start) return false;
  if (next !== undefined && next.start === t.end && !',;)'.includes(next.text)) return false;
  const parts = t.key.split('-');
  return parts.length === 2 && givenName(lex, parts[0]!) && familyName(lex, parts[1]!, false);
}

/** Handles after '@' (not e-mail addresses) that spell a person's name, as token spans without the '@'. */
export function findNameHandles(tokens: readonly Token[], lex: NameLexicon): HandleSpan[] {
  const out: HandleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (userNameAfterField(tokens, i, lex)) {
      out.push({ first: i, last: i });
      continue;
    }
    if (tokens[i]!.text !== '@' || i + 1 >= tokens.length) continue;
    const at = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.end === at.start && prev.kind !== 'punct') continue; // an e-mail address
    const word = tokens[i + 1]!;
    if (word.kind !== 'word') continue;
    // "@zoe_clark" (or "@ zoe _ clark" once split), "@dev.sharma": the parts joined by underscores or dots (not a
    // sentence's full stop: the part after it is glued) belong to the handle.
    let last = i + 1;
    for (;;) {
      const joint = tokens[last + 1];
      const part = tokens[last + 2];
      if (joint === undefined || part?.kind !== 'word') break;
      const glued = joint.start === tokens[last]!.end && part.start === joint.end;
      if (joint.text !== '_' && !(joint.text === '.' && glued)) break;
      last += 2;
    }
    const named =
      (last > i + 1 && givenName(lex, word.key)) ||
      camelName(word.text, lex) ||
      hyphenatedName(word.key, lex) ||
      (word.text === word.key && joinedName(word.key, lex));
    if (named) out.push({ first: i + 1, last });
    i = last;
  }
  return out;
}
