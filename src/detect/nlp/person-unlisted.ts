import type { CapRun } from './cap-runs.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

/**
 * Names the lists cannot read whole, beside what makes them names:
 *
 * - in a run the person finder left undecided, a listed given name, a capitalised particle of an Arabic, Irish,
 *   Scottish or Māori family name and the name it joins ("Nawal El Ouazzani", "Aoibheann Ní Bhraonáin", "Mereana Te
 *   Huia"): the lists stop at the particle, an ordinary word ("El", "Mac", "Te");
 * - beside a person found before a bracket with a number, one more word before a like bracket (bracketSiblings).
 */

// Particles that open a family name, folded; "o" stands for "Ó".
const PARTICLES = new Set(['el', 'al', 'ben', 'bin', 'bint', 'abu', 'abd', 'mac', 'mc', 'nic', 'ni', 'o', 'ui', 'te']);
// A capital, then small letters; an inner capital after "Mc"/"Mac"/"De"/"Di"/"La"; an "O'" before; hyphenated parts.
const NAME_SHAPE =
  /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)*$/u;
const NOT_A_NAME =
  WORD.COMMON |
  WORD.PLACE |
  WORD.ORG_SUFFIX |
  WORD.ORG_HEAD_FIRST |
  WORD.KNOWN_ORG_FIRST |
  WORD.PRODUCT |
  WORD.WORD_SHAPED |
  WORD.PUBLIC_FIGURE;

/** Whether a word is shaped like a name and no part of it is an ordinary word, a place or part of a firm. */
function unlistedNameWord(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  const t = tokens[index]!;
  if (!NAME_SHAPE.test(t.text) || (lex.infoAt(tokens, index) & NOT_A_NAME) !== 0) return false;
  if (!t.key.includes('-')) return true;
  return t.key.split('-').every((part) => part.length > 1 && (lex.wordInfo(part) & NOT_A_NAME) === 0);
}

/** A multi-word place ("Puerto Madryn", "Santa Cruz") starting at one of the words. */
function placeInside(tokens: readonly Token[], words: readonly number[], lex: NameLexicon): boolean {
  return words.some((w) => {
    const place = lex.places.matchAt(tokens, w);
    return place !== undefined && place.length > 1;
  });
}

function givenParticleFamily(
  tokens: readonly Token[],
  words: readonly number[],
  lex: NameLexicon,
): PersonSpan | undefined {
  if (words.length < 3 || words.length > 5) return undefined;
  const given = words[0]!;
  const givenBits = lex.infoAt(tokens, given);
  if ((givenBits & WORD.FIRST_NAME) === 0 || (givenBits & (WORD.AMBIGUOUS_NAME | WORD.COMMON | WORD.PLACE)) !== 0)
    return undefined;
  const particle = words.findIndex((w, n) => n > 0 && PARTICLES.has(tokens[w]!.key));
  if (particle < 1 || particle === words.length - 1) return undefined;
  // Between the given name and the particle, only more given or family names ("Driss Anouar El Amrani").
  for (let n = 1; n < particle; n++) {
    const bits = lex.infoAt(tokens, words[n]!);
    if ((bits & (GIVEN | WORD.SURNAME)) === 0 || (bits & NOT_A_NAME) !== 0) return undefined;
  }
  for (let n = particle + 1; n < words.length; n++) if (!unlistedOrSurname(tokens, words[n]!, lex)) return undefined;
  if (placeInside(tokens, words, lex)) return undefined;
  return { first: given, last: words[words.length - 1]!, score: 0.8, type: 'FULL_NAME' };
}

function unlistedOrSurname(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  if (unlistedNameWord(tokens, index, lex)) return true;
  const bits = lex.infoAt(tokens, index);
  return (bits & WORD.SURNAME) !== 0 && (bits & (WORD.PLACE | WORD.PRODUCT | WORD.ORG_SUFFIX)) === 0;
}

/** Given names joined to a family name by a particle, among the runs the person finder left undecided. */
export function particleFamilyNames(
  tokens: readonly Token[],
  undecided: readonly CapRun[],
  lex: NameLexicon,
): PersonSpan[] {
  const found: PersonSpan[] = [];
  for (const run of undecided) {
    const person = givenParticleFamily(tokens, run.words, lex);
    if (person) found.push(person);
  }
  return found;
}

// Words that join the names of a list ("Maeve (7) and Rowan (4)", "Dario (9), Vera (6) y Telmo (2)").
const LIST_JOINS = new Set([',', 'and', '&', 'y', 'e', 'i']);
// Words of a bracket that give an age or a birth ("(DOB 4/2/2016)", "(b. 2019)", "(aged 7)", "(nacida en 2015)").
const AGE_WORDS = new Set(
  'dob born b age aged nacido nacida nac edad fn f y yo yrs years year months mths años año anos ano meses'.split(' '),
);
const MAX_BRACKET = 10;

/** Index of the ")" closing the bracket opening at tokens[open] on the same line, with a number inside, or -1. */
function numberBracketEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let number = false;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_BRACKET; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.text === '(') return -1;
    if (t.text === ')') return number ? k : -1;
    if (t.kind === 'number') number = true;
  }
  return -1;
}

/** Index of the "(" opening the bracket closing at tokens[close] on the same line, with a number inside, or -1. */
function numberBracketStart(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKET; k--) {
    const t = tokens[k]!;
    if (t.text === ')') return -1;
    if (t.text === '(') return numberBracketEnd(tokens, k) === close && !tokens[close]!.lineStart ? k : -1;
    if (t.lineStart) return -1;
  }
  return -1;
}

/** An age or a birth: a bare number of one or two digits, or a word of age or birth inside the bracket. */
function ageInside(tokens: readonly Token[], open: number, close: number): boolean {
  if (close === open + 2 && tokens[open + 1]!.text.length <= 2) return true;
  for (let k = open + 1; k < close; k++) if (AGE_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

/**
 * A one-word name before a bracket: shaped like a name; an ordinary word ("Amber", "Hazel") only when both brackets
 * give an age or a birth. Never a place, a product or a word of a firm.
 */
function bracketedName(tokens: readonly Token[], index: number, lex: NameLexicon, ages: boolean): boolean {
  const t = tokens[index];
  if (t?.kind !== 'word' || !NAME_SHAPE.test(t.text)) return false;
  const bits = lex.infoAt(tokens, index);
  const notName = ages ? NOT_A_NAME & ~WORD.COMMON : NOT_A_NAME;
  if ((bits & notName) !== 0) return (bits & GIVEN) !== 0 && (bits & WORD.PLACE) === 0;
  return true;
}

const covered = (persons: readonly PersonSpan[], index: number) =>
  persons.some((p) => p.first <= index && index <= p.last);

/**
 * "Children: Maeve (DOB 14/03/2016) and Rowan (DOB ...)", "Hijos: Telmo (8) y Vera (5)": beside a person found before a
 * bracket with a number, a word before a like bracket, joined by "and", "y" or a comma, is one more given name.
 */
export function bracketSiblings(
  tokens: readonly Token[],
  persons: readonly PersonSpan[],
  lex: NameLexicon,
): PersonSpan[] {
  const found: PersonSpan[] = [];
  const add = (index: number) => {
    if (!covered(persons, index) && !covered(found, index))
      found.push({ first: index, last: index, score: 0.75, type: 'GIVEN_NAME' });
  };
  for (const p of persons) {
    const ownClose = numberBracketEnd(tokens, p.last + 1);
    if (ownClose >= 0) {
      // Forward: "X (..) and Y (..)", then on along the list.
      let close = ownClose;
      let ages = ageInside(tokens, p.last + 1, ownClose);
      for (let n = 0; n < 6; n++) {
        let at = close + 1;
        if (!LIST_JOINS.has(tokens[at]?.key ?? '') || tokens[at]!.lineStart) break;
        if (tokens[at]!.text === ',' && LIST_JOINS.has(tokens[at + 1]?.key ?? '')) at++;
        const name = at + 1;
        const next = numberBracketEnd(tokens, name + 1);
        if (next < 0 || tokens[name]!.lineStart) break;
        const bothAges = ages && ageInside(tokens, name + 1, next);
        if (!bracketedName(tokens, name, lex, bothAges)) break;
        add(name);
        close = next;
        ages = bothAges;
      }
    }
    // Backward: "Y (..) and X (..)".
    let first = p.first;
    let ages = ownClose >= 0 && ageInside(tokens, p.last + 1, ownClose);
    for (let n = 0; n < 6; n++) {
      let at = first - 1;
      if (!LIST_JOINS.has(tokens[at]?.key ?? '') || tokens[first]!.lineStart) break;
      if (tokens[at - 1]?.text === ',' && tokens[at]!.text !== ',') at--;
      const open = numberBracketStart(tokens, at - 1);
      if (open < 0) break;
      const name = open - 1;
      const bothAges = ages && ageInside(tokens, open, at - 1);
      if (tokens[open]!.lineStart || !bracketedName(tokens, name, lex, bothAges)) break;
      add(name);
      first = name;
      ages = bothAges;
    }
  }
  return found;
}
