import { placeCueBefore } from './context.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { EXTRA_CUE_ENDS, extraStrongPlaceCues, RESIDENCE_CUE_HEADS } from './place-cues.js';

// The last words of the strong cues a lower-case place may follow ("grew up in", "moved to", "originally from").
export const LOWER_CUE_END = cueWords(['in', 'to', 'from', 'at', 'of', 'en', 'de']);

/** Words that close the clause after a lower-case town as a comma would ('vivo en bello y ...', '... from hull and'). */
const LOWER_CLAUSE_WORDS = new Set(['y', 'e', 'o', 'pero', 'porque', 'entonces', 'and', 'but', 'so', 'because']);

import { isPostalNumber, withPostalCode } from './postal-code.js';
import { insideBrand, productNounAfter, thingByContext } from './product-names.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, isCapitals, isUpperCase, type Token } from './tokenize.js';

/** A gazetteer place; one that is also a given name or an ordinary word needs a preposition such as "in"/"en". */
export function gazetteerPlace(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (!t.cap) return undefined;
  const hit = lex.places.matchAt(tokens, i);
  if (!hit) return undefined;
  // Inside a URL or a path ("reddit.com/r/Calgary", "?q=Turkey") a word is a link, not where someone is.
  const before = tokens[i - 1];
  if (before && before.end === t.start && (before.text === '/' || before.text === '=')) return undefined;
  // "St" (Saint) or "Co" is never a place by itself; "UK" and "EE" in capitals may be.
  if (hit.length === 1 && t.text.length < 3 && !isUpperCase(t.text)) return undefined;
  const last = i + hit.length - 1;
  if (tokens[last]!.kind === 'punct' && tokens[last]!.text !== '.') return undefined;
  const key = t.key;
  // A street type alone ("Ave", "Rd") names no place, and "AVE" in capitals is a train or a brand.
  if (hit.length === 1 && (lex.streetTypesEn.has(key) || lex.streetTypesEs.has(key))) return undefined;
  if (hit.length === 1 && codePrefix(tokens, i)) return undefined;
  // A place that is also a family name (Madrid, Toledo, León) is still a place unless it sits in a name, which the
  // person finder decides; one that is a given name or an ordinary word needs a cue.
  const ambiguous =
    hit.length === 1 &&
    (lex.isWord(WORD.COMMON | WORD.FIRST_NAME | WORD.PRODUCT, key) || t.text.length < 3 || lowerAcronym(t));
  const cued =
    placeCueBefore(tokens, i, lex) ||
    ['(', ',', '-'].includes(tokens[i - 1]?.text ?? '') ||
    isPostalNumber(tokens[i - 1]);
  if (ambiguous && !cued) return undefined;
  // "Sudbury, Ont." but not "fw 3FE49, ONT serial": after a comma, a word that is also a word or an acronym needs a
  // name before the comma (a town), not a code or a number.
  if (
    ambiguous &&
    before?.text === ',' &&
    !placeCueBefore(tokens, i, lex) &&
    !nameBeforeComma(tokens[i - 2], tokens[i - 3])
  ) {
    return undefined;
  }
  if (ambiguous && !wordCuedPlace(tokens, i, lex)) return undefined;
  // "from Java to Kotlin": a product name is a place only after a cue such as "lives in" or "trip to".
  if (hit.length === 1 && lex.isWord(WORD.PRODUCT, key) && !strongCueBefore(tokens, i, lex)) return undefined;
  // "Amazon" (also a firm) needs a cue; "from Java code", "the Jordan 4", "Glasgow 15" (a coma score) name no place.
  if (hit.length === 1 && (productNounAfter(tokens, i, i, lex) || (!cued && thingByContext(tokens, i, i, lex))))
    return undefined;
  // "Estrella Galicia" (a beer), "Banco Santander": the place's name is part of a brand's.
  if (insideBrand(tokens, i, lex)) return undefined;
  // Spanish order puts the postal code first: "28036 Madrid", "E-28935 Móstoles".
  let first = i;
  if (isPostalNumber(tokens[i - 1]) && !t.lineStart) {
    first = i - 1;
    if (tokens[first - 1]?.text === '-' && tokens[first - 2]?.text === 'E') first -= 2;
  }
  // Polish and Portuguese codes are two groups joined by a hyphen: "31-042 Kraków", "4050-123 Porto".
  else if (hyphenPostalBefore(tokens, i) && !t.lineStart) first = i - 3;
  return { first, last: withPostalCode(tokens, last), score: cued ? 0.85 : 0.8, type: 'PLACE' };
}

/**
 * Places written as an acronym in capitals that, written as a word, are an ordinary Spanish verb: "Usa viñetas" (use
 * bullet points) opens an instruction; "USA" in capitals, or the word after a cue ("vive en Usa"), stays a place.
 */
const ACRONYM_PLACES = new Set(['usa']);

function lowerAcronym(t: Token): boolean {
  return ACRONYM_PLACES.has(t.key) && !isUpperCase(t.text);
}

/** "31-042" or "4050-123" glued together right before tokens[i], with a space before the town. */
function hyphenPostalBefore(tokens: readonly Token[], i: number): boolean {
  const tail = tokens[i - 1];
  const dash = tokens[i - 2];
  const head = tokens[i - 3];
  return (
    tail?.kind === 'number' &&
    tail.text.length === 3 &&
    tail.end < tokens[i]!.start &&
    dash?.text === '-' &&
    dash.end === tail.start &&
    head?.kind === 'number' &&
    (head.text.length === 2 || head.text.length === 4) &&
    head.end === dash.start &&
    tokens[i - 4]?.end !== head.start &&
    !HOUSE_NUMBER_MARKS.has(tokens[i - 4]?.key ?? '')
  );
}

/** Marks before a Colombian grid number ("Calle 78 # 69-24 Medellín", "Numero 12-40"): no postal code follows them. */
const HOUSE_NUMBER_MARKS = new Set(['#', 'no', 'nº', 'n', 'num', 'numero', 'nro']);

/**
 * A place that is also an ordinary word ("Que", "Las", "Alta") gets its capital from where it stands: a bullet or
 * a numbered clause ("- Las solicitudes", "PRIMERO.- Que ...") opens a sentence, and a heading in capitals ("PARTE DE
 * ALTA") capitalises every word. There the dash and the preposition say nothing; only a strong cue ("vive en") does.
 */
function wordCuedPlace(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (before?.text === '-') {
    const prior = tokens[i - 2];
    const opensClause = before.lineStart || !prior || prior.kind === 'punct';
    if (opensClause) return strongCueBefore(tokens, i, lex);
  }
  const upper = t.text.length > 1 && isUpperCase(t.text);
  if (upper && headingLine(tokens, i)) return strongCueBefore(tokens, i, lex);
  return true;
}

/** Every word of the token's line is in capitals (a title such as "INFORME DE ALTA"). */
function headingLine(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && !tokens[first]!.lineStart) first--;
  let words = 0;
  for (let j = first; j < tokens.length && (j === first || !tokens[j]!.lineStart); j++) {
    const u = tokens[j]!;
    if (u.kind !== 'word') continue;
    if (!isUpperCase(u.text)) return false;
    words++;
  }
  return words >= 2;
}

/** "lives in Kenosha", "natural de Villarrubia": an unknown capitalised name right after a strong place cue. */
export function cuedUnknownPlace(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.lineStart) return undefined;
  if (!t.cap) return lowerCuedPlace(tokens, i, lex);
  // The cue first: it fails at nearly every capitalised word, on one look at the word before (the tests after it only
  // reject too, so the order changes no answer).
  if (!strongCueBefore(tokens, i, lex)) return undefined;
  const info = lex.infoAt(tokens, i);
  if ((info & WORD.FIRST_NAME) !== 0) return undefined;
  if (codePrefix(tokens, i)) return undefined;
  // "Cite Erriadh", "New Fairbury": an ordinary first word is part of the name only before an unknown one. In
  // capitals ("VIVE EN TERUEL DESDE 2019") every word looks like a name, so an ordinary word opens none.
  // A deed's "vecino de Canals," names a home town even when the town is also a word, once the clause closes on it.
  if ((info & WORD.COMMON) !== 0 && (shouted(t) || !unknownCapWord(tokens[i + 1], lex)) && !deedResidence(tokens, i))
    return undefined;
  // "soy de RRHH", "trabaja en TTHH": capitals without a vowel are a department's or a team's acronym, not a town.
  if (shouted(t) && LATIN_CAPITALS.test(t.text) && !VOWEL.test(t.text)) return undefined;
  let last = i;
  // Multi-word names: "Colorado Springs", "Villanueva de la Cañada"; a clause word in capitals ("SINCE") ends one.
  for (let j = i + 1; j < tokens.length && j - i < 5; j++) {
    const u = tokens[j]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap && !lex.isWordAt(WORD.ORG_SUFFIX, tokens, j) && !(shouted(u) && CLAUSE_WORDS.has(u.key))) last = j;
    else if (!['de', 'del', 'la', 'las', 'los', 'el'].includes(u.key)) break;
  }
  if (lex.isWord(WORD.ORG_SUFFIX, tokens[last + 1]?.key ?? '')) return undefined;
  return { first: i, last, score: 0.75, type: 'PLACE' };
}

/**
 * "ORD-5521", "REF:", "moved from GL 1290": a word of two to four capitals glued to a dash or colon, or followed by
 * a number on the same line, opens a code. After a town ("Dallas TX 75201", "Aalborg NO 9100") or a comma, or before
 * a postal code, it is a state or a country and its postal code instead.
 */
function codePrefix(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[A-Z]{2,4}$/.test(t.text)) return false;
  const next = tokens[i + 1];
  if (!next || next.lineStart) return false;
  if ((next.text === '-' || next.text === ':') && next.start === t.end) return true;
  const before = tokens[i - 1];
  const afterTown = before !== undefined && !t.lineStart && (before.cap || before.text === ',');
  return next.kind === 'number' && !afterTown && !isPostalNumber(next);
}

/** "vecino de X,", "domiciliada en X.", "residing in X;": one word after a deed's residence cue, closing its clause. */
const VOWEL = /[aeiouyáéíóúü]/i;
/** Latin capitals only: Greek or Cyrillic town names in capitals ("ΛΕΥΚΩΣΙΑ") have vowels of their own. */
const LATIN_CAPITALS = /^[A-ZÑ]+$/;

function deedResidence(tokens: readonly Token[], i: number): boolean {
  if (!RESIDENCE_CUE_HEADS.has(tokens[i - 2]?.key ?? '')) return false;
  const next = tokens[i + 1];
  return next === undefined || next.lineStart || CLAUSE_MARKS.has(next.text);
}

const CLAUSE_MARKS = new Set([',', '.', ';', ')']);

function strongCueBefore(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  return (
    lex.strongPlaceCues.endsBefore(tokens, i, 4) !== undefined ||
    (EXTRA_CUE_ENDS.has(tokens[i - 1]?.key ?? '') && extraStrongPlaceCues.endsBefore(tokens, i, 4) !== undefined)
  );
}

function nameBeforeComma(t: Token | undefined, glued: Token | undefined): boolean {
  // "3FE49362IJKL": letters glued to digits end a serial number, not a town.
  if (glued !== undefined && glued.end === t?.start) return false;
  return t !== undefined && t.kind === 'word' && t.cap && !/\d/.test(t.text);
}

/** Words that go on the clause after a town ("VIVE EN X DESDE 2010", "LIVES IN X WITH HER SON"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'since for with and but from until near this last next ago now desde hace con y pero hasta cerca este esta ahora'.split(
    ' ',
  ),
);

/** A word of two letters or more written all in capitals. */
const shouted = (t: Token): boolean => t.text.length > 1 && isCapitals(t.text);

function unknownCapWord(t: Token | undefined, lex: NameLexicon): boolean {
  return (
    t !== undefined && t.kind === 'word' && t.cap && !t.lineStart && !lex.isWord(WORD.COMMON | WORD.FIRST_NAME, t.key)
  );
}

/**
 * "grew up in grasse.": in text typed without capitals, one word known as a town or a family name (many places are
 * both), right after a strong cue and closing the clause.
 */
function lowerCuedPlace(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  // Nearly every lower-case word fails this first, cheapest test.
  if (((tokens[i - 1]?.cues ?? 0) & LOWER_CUE_END) === 0) return undefined;
  if (lex.isWordAt(WORD.FIRST_NAME, tokens, i)) return undefined;
  // The lists are no dictionary ("poverty" is in none of them): the word must at least be known as a town or a name.
  if (t.text.length < 4 || lex.isWordAt(WORD.COMMON, tokens, i)) return undefined;
  if (!lex.isWordAt(WORD.TOWN_FIRST | WORD.PLACE_FIRST | WORD.SURNAME, tokens, i)) return undefined;
  let last = i;
  // "vivo en bello antioquia": the region may follow the town, when it is known as a place too.
  const region = tokens[i + 1];
  if (
    region?.kind === 'word' &&
    !region.lineStart &&
    region.text.length >= 4 &&
    !lex.isWordAt(WORD.COMMON | WORD.FIRST_NAME, tokens, i + 1) &&
    lex.isWordAt(WORD.TOWN_FIRST | WORD.PLACE_FIRST, tokens, i + 1)
  )
    last = i + 1;
  const next = tokens[last + 1];
  if (next && !next.lineStart && next.kind !== 'punct' && !LOWER_CLAUSE_WORDS.has(next.key)) return undefined;
  if (!strongCueBefore(tokens, i, lex)) return undefined;
  return { first: i, last, score: 0.7, type: 'PLACE' };
}

const MAX_TOWN_WORDS = 3;

/**
 * "in Bjert 6091", "in Tokoza Ext 1426", "in ÖVERTURINGEN 840 24": after "in", capitalised words that are no
 * ordinary words followed by a postal code (never a year) are a town and its code.
 */
export function placeWithPostcode(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const before = tokens[i - 1];
  if (before?.text !== 'in' || tokens[i]!.lineStart) return undefined;
  let j = i;
  while (j < tokens.length && j - i < MAX_TOWN_WORDS && tokens[j]!.kind === 'word' && tokens[j]!.cap) {
    if (lex.isWordAt(WORD.COMMON | WORD.FIRST_NAME, tokens, j)) return undefined;
    j++;
  }
  if (j === i) return undefined;
  const last = withPostalCode(tokens, j - 1);
  // "T1620M" is a mutation: the code stands apart from the name.
  const code = tokens[last]!;
  if (last === j - 1 || code.text.length < 4 || code.start === tokens[last - 1]!.end) return undefined;
  return { first: i, last, score: 0.75, type: 'PLACE' };
}
