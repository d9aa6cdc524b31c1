import { type NameLexicon, WORD } from './lexicon.js';
import { lowerCaseFieldValue, lowerCaseNameList, lowerCaseSpeaker } from './lowercase-names.js';
import { authorOfWork } from './person-context.js';
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

const PROSE_MARKS = new Set([',', '"', "'", '\\', '’', '“', '”']);

function looksLikeProse(tokens: readonly Token[]): boolean {
  let punct = 0;
  // Commas, quotes and the backslashes that escape quotes are prose too: "they had three: ana, joe and li" lists
  // names, and a dialogue copied from JSON reads 'ana: \"who are you?\"'.
  for (const t of tokens) if (t.kind === 'punct' && !PROSE_MARKS.has(t.text)) punct++;
  return tokens.length >= 3 && punct <= tokens.length * MAX_PUNCT_SHARE;
}

/**
 * A copy of the token marked capitalised, built with the tokeniser's own property order so every finder keeps seeing
 * one object shape (a spread copy has another, and the finders' property reads then slow down for all text).
 */
function capitalised(t: Token): Token {
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    key: t.key,
    kind: t.kind,
    cap: true,
    lineStart: t.lineStart,
    cellStart: t.cellStart,
    cues: t.cues,
    base: t.base,
  };
}

/**
 * For text with capitals: which tokens stand on a line of prose typed without any ("marcus: can you check it?" in a
 * chat whose other lines have capitals), or undefined when no line is such. Lines are tested on the text first, so
 * the usual text, with a capital on every line, costs one regex scan per line and no token work.
 */
function lowerCaseLines(text: string, tokens: readonly Token[]): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  let t = 0;
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (to - from >= MIN_LINE_CHARS && !UPPER.test(text.slice(from, to))) {
      while (t < tokens.length && tokens[t]!.start < from) t++;
      let end = t;
      while (end < tokens.length && tokens[end]!.start < to) end++;
      if (end - t >= MIN_LINE_TOKENS && looksLikeProse(tokens.slice(t, end))) {
        marks ??= new Uint8Array(tokens.length);
        marks.fill(1, t, end);
      }
      t = end;
    }
    from = to + 1;
  }
  return marks;
}

const MIN_LINE_CHARS = 12;
const MIN_LINE_TOKENS = 4;

export function capitaliseKnownNames(text: string, tokens: Token[], lex: NameLexicon): Token[] {
  const mixed = UPPER.test(text);
  // One line with a capital has no line without one.
  const lowerLines = mixed && text.includes('\n') ? lowerCaseLines(text, tokens) : undefined;
  if (mixed ? lowerLines === undefined : !looksLikeProse(tokens)) return tokens;
  let changed = false;
  // A copy by slice: packed like the tokeniser's list (an optimised map returns a holey array, another map).
  const out = tokens.slice();
  const capitalise = (from: number, to: number): void => {
    for (let k = from; k <= to; k++) if (out[k]!.kind === 'word') out[k] = capitalised(out[k]!);
    changed = true;
  };
  for (let i = 0; i < out.length; i++) {
    if (lowerLines !== undefined && lowerLines[i] === 0) continue;
    const t = out[i]!;
    // "35 guildry street", "calle olmos 12": the unknown words of a street with its number.
    const street = lowerCaseStreet(out, i, lex);
    if (street !== undefined) {
      capitalise(street.first, street.last);
      i = street.last;
      continue;
    }
    // "moved here from dominican republic", "lives in vancouver": places the gazetteers know.
    const place = t.kind === 'word' ? knownPlace(out, i, lex) : 0;
    if (place > 0) {
      capitalise(i, i + place - 1);
      i += place - 1;
      continue;
    }
    // "name: hyuuma t. maida", 'inessa: "who are you?"', "smit, zhang and edwards": field values, speakers, lists.
    const value = t.kind === 'word' ? lowerCaseFieldValue(out, i, lex) : undefined;
    if (value !== undefined) {
      capitalise(value.first, value.last);
      i = value.last;
      continue;
    }
    if (t.kind === 'word' && lowerCaseSpeaker(out, i, lex)) {
      capitalise(i, i);
      continue;
    }
    const list = t.kind === 'word' ? lowerCaseNameList(out, i, lex) : undefined;
    if (list !== undefined) {
      for (const w of list) capitalise(w, w);
      i = list[list.length - 1]!;
      continue;
    }
    // "my name is vitoria", "hablé con iñaki": a word after a person cue that is no ordinary word and no place.
    // "mr. freeman", "mrs. dawn", "dra. olmedo": after an honorific of two letters or more, a listed name even if it
    // is also a word.
    const titled = t.kind === 'word' && !t.lineStart && titleBefore(out, i, lex);
    // On a lower-case line of a text with capitals, only a title cues a name: an unknown word after "según" or
    // "called" there is as often a word of the sentence.
    const cued =
      titled ||
      (t.kind === 'word' &&
        !t.lineStart &&
        lowerLines === undefined &&
        lex.personCues.endsBefore(out, i) !== undefined);
    const listed = titled && lex.isWord(WORD.FIRST_NAME | WORD.SURNAME | WORD.AMBIGUOUS_NAME, t.key);
    // "unlike the söderberg novel": the author before a kind of work.
    if (t.kind === 'word' && authorOfWork(out, i) && nameLike(t, lex)) {
      out[i] = capitalised(t);
      changed = true;
      continue;
    }
    if (cued && (listed || nameLike(t, lex))) {
      out[i] = capitalised(t);
      changed = true;
      // "my name is borna jerković": the family name after it.
      while (
        i + 1 < out.length &&
        out[i + 1]!.kind === 'word' &&
        !out[i + 1]!.lineStart &&
        nameLike(out[i + 1]!, lex)
      ) {
        out[i + 1] = capitalised(out[i + 1]!);
        i++;
      }
      continue;
    }
    if (
      t.kind !== 'word' ||
      !lex.isWord(WORD.FIRST_NAME, t.key) ||
      lex.isWord(WORD.AMBIGUOUS_NAME, t.key) ||
      lex.isWord(WORD.COMMON, t.key) ||
      inIdentifier(out, i)
    )
      continue;
    out[i] = capitalised(t);
    changed = true;
    const next = out[i + 1];
    if (next && next.kind === 'word' && !next.lineStart && !lex.isWord(WORD.COMMON, next.key) && next.text.length > 2) {
      out[i + 1] = capitalised(next);
      i++;
    }
  }
  return changed ? out : tokens;
}

/** "lh_sid=...", "user_tom_id": a word glued to an underscore, or to an "=" after it, is part of a key. */
function inIdentifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.end === t.start && prev.text === '_') return true;
  return next !== undefined && next.start === t.end && (next.text === '_' || next.text === '=');
}

// Titles that stand before a name even without their dot; longer ones ("sir", "lady", "nurse") also address people
// without one ("excuse me, sir bot"), so they count only with a dot.
const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'dra', 'prof', 'sr', 'sra', 'srta']);

function titleBefore(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const dotted = tokens[i - 1]?.text === '.';
  const title = dotted ? tokens[i - 2] : tokens[i - 1];
  if (title === undefined || title.kind !== 'word' || title.text.length < 2) return false;
  return SHORT_TITLES.has(title.key) || (dotted && lex.honorifics.has(title.key));
}

/** A lower-case word that may be a name: no ordinary word, place or adverb ("originally"), unless a listed name. */
function nameLike(t: Token, lex: NameLexicon): boolean {
  if (t.text.length < 3) return false;
  if (lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, t.key)) return !lex.isWord(WORD.COMMON, t.key);
  return !lex.isWord(WORD.COMMON | WORD.PLACE_FIRST, t.key) && !t.key.endsWith('ly');
}

const MAX_STREET_WORDS = 3;

function streetType(key: string, lex: NameLexicon): boolean {
  return lex.streetTypesEn.has(key) || lex.streetTypesEs.has(key);
}

/** Words that can name a street in lower-case text: not ordinary words (so "3 dogs on the street" is no address). */
function streetName(t: Token | undefined, lex: NameLexicon): boolean {
  return t !== undefined && t.kind === 'word' && !t.lineStart && t.text.length > 2 && !lex.isWord(WORD.COMMON, t.key);
}

/**
 * A house number, unknown words and a street type ("35 guildry street"), or a Spanish street type, unknown words and
 * a number ("calle olmos 12"): the token span to capitalise.
 */
function lowerCaseStreet(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
): { first: number; last: number } | undefined {
  const t = tokens[i]!;
  if (t.kind === 'number') {
    let j = i + 1;
    while (j - i <= MAX_STREET_WORDS && streetName(tokens[j], lex) && !streetType(tokens[j]!.key, lex)) j++;
    const type = tokens[j];
    if (j > i + 1 && type?.kind === 'word' && !type.lineStart && streetType(type.key, lex))
      return { first: i + 1, last: j };
    return undefined;
  }
  if (t.kind !== 'word' || !lex.streetTypesEs.has(t.key) || t.text.length < 3) return undefined;
  let j = i + 1;
  while (j - i <= MAX_STREET_WORDS && streetName(tokens[j], lex)) j++;
  const number = tokens[j] ?? tokens[j + 1];
  const numbered = tokens[j]?.kind === 'number' || (tokens[j]?.text === ',' && tokens[j + 1]?.kind === 'number');
  return j > i + 1 && numbered && number !== undefined ? { first: i, last: j - 1 } : undefined;
}

/** Tokens of a gazetteer place starting at tokens[i]: several words, or one word that is no ordinary word or name. */
function knownPlace(tokens: readonly Token[], i: number, lex: NameLexicon): number {
  const key = tokens[i]!.key;
  if (!lex.isWordAt(WORD.PLACE_FIRST | WORD.TOWN_FIRST, tokens, i)) return 0;
  const place = lex.places.matchAt(tokens, i);
  const hit = place ?? lex.towns.matchAt(tokens, i);
  if (!hit) return 0;
  if (hit.length > 1) return hit.length;
  // Countries and the hand-listed places may be family names too ("portugal", "toledo"); world towns may not.
  const name = WORD.COMMON | WORD.FIRST_NAME | (place ? 0 : WORD.MORE_GIVEN | WORD.SURNAME);
  return key.length >= 4 && !lex.isWordAt(name, tokens, i) ? 1 : 0;
}
