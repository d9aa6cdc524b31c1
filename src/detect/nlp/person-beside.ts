import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { plainlyCapitalised } from './person-context.js';
import type { TokenSpan } from './token-span.js';
import { cuesIn, cueWords, type Token } from './tokenize.js';

/**
 * Names that stand right beside a person already found, in shapes that hold only people:
 *
 * - the full name in brackets after a short name, or the short name in brackets after the full name ("Client: Tash
 *   (Natasha Okereke-Hall)", "Rajendran Subramaniam (Raj)"), when the two spell one another (a prefix, a part) or the
 *   bracketed given name is listed;
 * - the first of a couple sharing a family name ("Kit & Imogen Hartigan", "Tere y Ramón Azpilicueta"): one capitalised word
 *   that may be a given name, then "&", "and" or "y", then the person.
 */

interface Span {
  first: number;
  last: number;
}

const COUPLE_JOINTS = new Set(['&', 'and', 'y', 'e']);

function overlapsAny(spans: readonly Span[], first: number, last: number): boolean {
  return spans.some((p) => p.first <= last && first <= p.last);
}

/** "raj"/"rajendran", "tash"/"natasha", "quela"/"micaela": a short name that spells part of a longer one. */
function spellsPartOf(short: string, long: string): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  return long.includes(short) || (short.length >= 3 && long.slice(0, 3) === short.slice(0, 3));
}

// Words that say the next one is the name a person goes by ("known as", "aka", "goes by", "conocida como", "alias").
const GOES_BY: ReadonlyArray<readonly string[]> = [
  ['known', 'as'],
  ['aka'],
  ['a.k.a'],
  ['goes', 'by'],
  ['prefers'],
  ['called'],
  ['conocida', 'como'],
  ['conocido', 'como'],
  ['alias'],
  ['apodada'],
  ['apodado'],
];

/** How many tokens of a goes-by cue open at tokens[at] (0 when none does). */
function goesByCue(tokens: readonly Token[], at: number): number {
  for (const cue of GOES_BY) if (cue.every((w, k) => tokens[at + k]?.key === w)) return cue.length;
  return 0;
}

/**
 * "Agnieszka Nowak (Aga)", "Dorota Kowal (Dora)": one short capitalised word in brackets after a full name, sharing the
 * given name's first letter (its first two when the word is also a place: "Aga"/"Agnieszka", not "Lima"/"Laura"),
 * that is no ordinary word, title or product: the short name the person goes by.
 */
function nicknameOf(t: Token, given: string, lex: NameLexicon): boolean {
  const key = t.key;
  if (key.length < 2 || key.length > 6 || !plainlyCapitalised(t.text) || key[0] !== given[0]) return false;
  if (lex.honorifics.has(key) || lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.ORG_SUFFIX | WORD.PRODUCT, key))
    return false;
  return !lex.isWord(WORD.PLACE | WORD.PLACE_FIRST, key) || (key.length <= 4 && key[1] === given[1]);
}

/** Capitalised words from `start` on the same line (up to `max`), each a possible name; their last index or -1. */
function nameWordsFrom(
  tokens: readonly Token[],
  start: number,
  max: number,
  possibleName: (index: number) => boolean,
): number {
  let last = -1;
  for (let i = start; i < tokens.length && i - start < max; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.lineStart || !t.cap || !possibleName(i)) break;
    last = i;
  }
  return last;
}

/** Full names and short names in brackets right after a person (see the file's comment). */
export function bracketedNames(
  tokens: readonly Token[],
  persons: readonly Span[],
  lex: NameLexicon,
  possibleName: (index: number) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  const listedGiven = (key: string) => lex.isWord(GIVEN, key) && !lex.isWord(WORD.COMMON | WORD.PLACE, key);
  for (const p of persons) {
    if (tokens[p.last + 1]?.text !== '(' || tokens[p.last + 1]!.lineStart) continue;
    // "Winifred Catterall (known as Win)", "Rosario Gil (conocida como Charo)": the name the person goes by.
    const cue = p.last > p.first ? goesByCue(tokens, p.last + 2) : 0;
    if (cue > 0) {
      const nick = tokens[p.last + 2 + cue];
      const close = tokens[p.last + 3 + cue];
      if (nick?.kind === 'word' && nick.cap && !nick.lineStart && nick.text.length >= 2 && close?.text === ')')
        out.push({ first: p.last + 2 + cue, last: p.last + 2 + cue, score: 0.8, type: 'NAME_IN_BRACKETS' });
      continue;
    }
    const start = p.last + 2;
    const last = nameWordsFrom(tokens, start, 3, possibleName);
    if (last < 0 || tokens[last + 1]?.text !== ')' || overlapsAny(persons, start, last)) continue;
    const inside = tokens[start]!.key;
    const outside = tokens[p.first]!.key;
    const words = last - start + 1;
    // "Tash (Natasha Okereke-Hall)": the full name in brackets after the short one.
    const fullAfterShort = words >= 2 && p.first === p.last && (spellsPartOf(outside, inside) || listedGiven(inside));
    // "Natasha Okereke-Hall (Tash)": the short name after the full one.
    const shortAfterFull =
      words === 1 &&
      p.last > p.first &&
      tokens[start]!.text.length >= 2 &&
      (spellsPartOf(inside, outside) || listedGiven(inside) || nicknameOf(tokens[start]!, outside, lex));
    if (fullAfterShort || shortAfterFull) out.push({ first: start, last, score: 0.75, type: 'NAME_IN_BRACKETS' });
  }
  return out;
}

/** The first of a couple before a person who carries the shared family name (see the file's comment). */
export function coupledGivenNames(
  tokens: readonly Token[],
  persons: readonly Span[],
  lex: NameLexicon,
  possibleName: (index: number) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const p of persons) {
    const words = p.last - p.first + 1;
    if (words < 2 || words > 3) continue;
    const joint = tokens[p.first - 1];
    const a = p.first - 2;
    const given = tokens[a];
    if (joint === undefined || !COUPLE_JOINTS.has(joint.key) || joint.lineStart || tokens[p.first]!.lineStart) continue;
    if (given === undefined || given.kind !== 'word' || !given.cap || !plainlyCapitalised(given.text)) continue;
    if (given.text.length < 3 || overlapsAny(persons, a, a)) continue;
    // The given name stands alone: a capitalised word before it would make it part of another run ("Marks & Spencer
    // Group" is not a couple), unless that word is a title or a kin word ("Aunty Bisi & Uncle Kunle Ogunleye").
    const before = tokens[a - 1];
    const ordinaryBefore =
      before !== undefined &&
      (lex.honorifics.has(before.key) ||
        (lex.isWord(WORD.COMMON, before.key) && !lex.isWord(GIVEN | WORD.SURNAME, before.key)));
    if (!given.lineStart && before?.kind === 'word' && before.cap && !ordinaryBefore) continue;
    const listed = lex.isWord(GIVEN, given.key) && !lex.isWord(WORD.PLACE, given.key);
    if (!listed && !possibleName(a)) continue;
    out.push({ first: a, last: a, score: 0.7, type: 'COUPLE' });
  }
  return out;
}

// Keys of a form field holding a person's initials ("Initials: R.T.M.", "Iniciales: M.A.R.", "Pt initials: KLP").
const INITIALS_KEY = cueWords(['initials', 'iniciales', 'inits', 'initial']);
// What a form writes where initials are not given.
const NOT_INITIALS = new Set(['na', 'nk', 'tbc', 'tbd', 'unk', 'nil', 'none', 'n-a']);
const INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}$|^\p{Lu}{2,4}$|^\p{Lu}(?:-\p{Lu}){1,3}$/u;

/** "Initials: R.T.M.", "Subject initials: KLP", "Iniciales: M-A-R": the initials of the person a form is about. */
export function initialsInField(tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const label = tokens[i]!;
    if ((label.cues & INITIALS_KEY) === 0 || tokens[i + 1]!.text !== ':') continue;
    const v = tokens[i + 2]!;
    if (v.kind !== 'word' || v.lineStart || !INITIALS.test(v.text) || NOT_INITIALS.has(v.key)) continue;
    out.push({ first: i + 2, last: i + 2, score: 0.75, type: 'INITIALS' });
  }
  return out;
}

// What a list writes in brackets after a young or protected person's initials ("(youth, 16)", "(aged 9)", "(menor)").
const AGE_WORDS = new Set(
  'youth youths juvenile minor child children boy girl aged age yrs yo menor menores niño niña edad años'.split(' '),
);
const AGE_CUE = cueWords([...AGE_WORDS]);
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

/**
 * "S.T. (youth, 16)", "R.M. (aged 9)", "J.P. (menor)": a court list, a safeguarding log or a class register names a
 * child or a protected person by initials with the age or the word for a minor in brackets after them: a person.
 */
export function initialsBesideAge(tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Initials count only beside a word of AGE_WORDS: a text with none is not read.
  if ((cuesIn(tokens) & AGE_CUE) === 0) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const v = tokens[i]!;
    // The dot follows the first capital (one code unit, or two past the BMP): most words are ruled out before the regex.
    if (v.kind !== 'word' || (v.text.charCodeAt(1) !== 0x2e && v.text.charCodeAt(2) !== 0x2e)) continue;
    if (!DOTTED_INITIALS.test(v.text)) continue;
    const dot = tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === v.end;
    const open = dot ? i + 2 : i + 1;
    if (tokens[open]?.text !== '(' || tokens[open]!.lineStart) continue;
    let aged = false;
    for (let j = open + 1; j < tokens.length && j <= open + 6; j++) {
      const t = tokens[j]!;
      if (t.text === ')' || t.lineStart) break;
      if ((t.cues & AGE_CUE) !== 0) aged = true;
    }
    if (aged) out.push({ first: i, last: dot ? i + 1 : i, score: 0.75, type: 'INITIALS' });
  }
  return out;
}

// Words for a person's children or young relatives, after which given names with an age in brackets are theirs.
const CHILDREN_WORDS = new Set(
  (
    'children child kids kid sons son daughters daughter grandchildren grandsons granddaughters twins siblings ' +
    'brothers sisters stepchildren hijos hijas hijo hija niños niñas ninos ninas nietos nietas hermanos hermanas mellizos gemelos'
  ).split(' '),
);
const CHILDREN_CUE = cueWords([...CHILDREN_WORDS]);
// Words that may follow the number inside the brackets of an age.
const AGE_UNITS = new Set('y yo yrs years year months mths años año anos ano meses'.split(' '));

/** Index of the ")" closing an age in brackets opening at tokens[open] ("(12)", "(9 yrs)", "(7 años)"), or -1. */
function ageBracketEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(' || tokens[open]!.lineStart) return -1;
  const n = tokens[open + 1];
  if (n?.kind !== 'number' || n.text.length > 2) return -1;
  let close = open + 2;
  if (tokens[close]?.kind === 'word' && AGE_UNITS.has(tokens[close]!.key)) close++;
  return tokens[close]?.text === ')' ? close : -1;
}

/**
 * "two children, Holly (11) and Rowan (8)", "sus hijos Candela (7) y Gorka (4)": capitalised words with an age in
 * brackets after a word for children, in the same sentence, are the children's given names, even names that are
 * also words. A listed given name, or a word that may be a name (`possible`), counts.
 */
export function childrenBesideAge(
  tokens: readonly Token[],
  persons: readonly Span[],
  lex: NameLexicon,
  possible: (index: number) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Names count only after a word for children: a text with none is not read.
  if ((cuesIn(tokens) & CHILDREN_CUE) === 0) return out;
  let childrenAt = -1;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '.' || t.text === '!' || t.text === '?' || t.lineStart) childrenAt = -1;
    if (t.kind !== 'word') continue;
    if (!t.cap) {
      if ((t.cues & CHILDREN_CUE) !== 0) childrenAt = i;
      continue;
    }
    if (childrenAt < 0 || i - childrenAt > 16 || ageBracketEnd(tokens, i + 1) < 0) continue;
    if (!plainlyCapitalised(t.text) || overlapsAny(persons, i, i)) continue;
    if (!lex.isWord(GIVEN | WORD.AMBIGUOUS_NAME, t.key) && !possible(i)) continue;
    out.push({ first: i, last: i, score: 0.75, type: 'GIVEN_NAME' });
  }
  return out;
}
