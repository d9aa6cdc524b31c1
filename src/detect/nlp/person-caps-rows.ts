import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Payroll files, bank dispersion layouts, attendance lists and Latin American forms write a person in capitals and
 * family names first: "DE LA FUENTE ROJAS ANA LUCIA", "MARTINEZ DEL RIO CARLOS EDUARDO", "DOS SANTOS FERREIRA JOAO
 * PEDRO", "HERNANDEZ LOPEZ, JOSE ANTONIO". Such a row is one person: two family names or more (a particle may join
 * them) and then one to three given names, standing alone in its field, that is, opening a line, a cell, a CSV field, a
 * list item or a fixed-width record and ending where the field does. Family names that are also words ("PEÑA",
 * "CRUZ", "VALLE", "LEON") count when the lists hold them as family names; the given names must be listed ones, so
 * headings in capitals ("NOMINA QUINCENAL", "COLEGIO SAN JOSE") are left alone.
 */

// Particles inside a family name ("DE LA FUENTE", "DOS SANTOS", "SAN MARTIN") or a compound given name ("MARIA DEL
// CARMEN").
const PARTICLES = new Set('de del la las los da das do dos san santa van von der y e'.split(' '));
// What ends the field after the name or opens it before: a comma or a semicolon of a list, a pipe, a quote.
const FIELD_MARKS = new Set([',', ';', '|', '"', ':']);
const NOT_FAMILY = WORD.ORG_SUFFIX | WORD.PRODUCT | WORD.ORG_HEAD_FIRST;
const MAX_WORDS = 7;

function caps(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.cap || t.text.length < 2) return false;
  // Most capitalised words are "Word": a lower-case ASCII second letter rejects them without a copy.
  const c = t.text.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return isUpperCase(t.text);
}

/** Whether a field opens at tokens[i]: a line, a cell, a CSV or list field, a list number, or a record's digits. */
function opensField(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lineStart || t.cellStart) return true;
  const prev = tokens[i - 1]!;
  if (t.start - prev.end >= 2) return true;
  if (FIELD_MARKS.has(prev.text)) return true;
  // "02000011MORALES ..." (glued to a record's digits), "1. GARCIA ...", "3) PEREZ ...".
  if (prev.kind === 'number') return prev.end === t.start || prev.lineStart;
  return (prev.text === '.' || prev.text === ')') && tokens[i - 2]?.kind === 'number' && tokens[i - 2]!.lineStart;
}

/** Whether the field ends after tokens[i]. */
function endsField(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.lineStart || next.cellStart) return true;
  if (next.start - tokens[i]!.end >= 2) return true;
  if (FIELD_MARKS.has(next.text)) return true;
  return next.kind === 'number' && next.start === tokens[i]!.end;
}

/**
 * A family name: a listed one (also when it is a place or a word: "MENDOZA", "PEÑA"), or a word the lists hold as no
 * ordinary word, firm or product; after a particle a place too ("DEL RIO", "DE LEON", "DE LA FUENTE").
 */
function familyWord(lex: NameLexicon, t: Token, afterParticle: boolean): 'listed' | 'unknown' | undefined {
  const bits = lex.wordInfo(t.key);
  if ((bits & WORD.SURNAME) !== 0) return 'listed';
  if ((bits & (NOT_FAMILY | WORD.COMMON | GIVEN)) !== 0) return undefined;
  if ((bits & WORD.PLACE) !== 0 && !afterParticle) return undefined;
  return t.text.length >= 3 ? 'unknown' : undefined;
}

function givenWord(lex: NameLexicon, t: Token): boolean {
  const bits = lex.wordInfo(t.key);
  return (bits & GIVEN) !== 0 && (bits & (WORD.PLACE | WORD.PRODUCT | WORD.AMBIGUOUS_NAME)) === 0;
}

/** Persons written in capitals, family names first, each alone in its field, as one span each. */
export function capsFamilyFirstRows(tokens: readonly Token[], lex: NameLexicon): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!caps(tokens[i]) || !opensField(tokens, i)) continue;
    // The words of the field: capitals one space apart, perhaps one comma between family and given names.
    const words: number[] = [i];
    let comma = -1;
    let k = i;
    while (words.length < MAX_WORDS) {
      const next = tokens[k + 1];
      if (next?.text === ',' && comma < 0 && next.start === tokens[k]!.end && caps(tokens[k + 2])) {
        if (tokens[k + 2]!.start - next.end !== 1 || tokens[k + 2]!.lineStart) break;
        comma = words.length;
        k += 2;
        words.push(k);
        continue;
      }
      if (!caps(next) || next!.lineStart || next!.cellStart || next!.start - tokens[k]!.end !== 1) break;
      k++;
      words.push(k);
    }
    const span = readRow(tokens, words, comma, lex);
    if (span !== undefined) {
      out.push(span);
      i = span.last;
    } else i = words[words.length - 1]!;
  }
  return out;
}

function readRow(tokens: readonly Token[], words: number[], comma: number, lex: NameLexicon): PersonSpan | undefined {
  if (words.length < 3 || !endsField(tokens, words[words.length - 1]!)) return undefined;
  // The given names: from the end, listed given names (and a particle inside, "MARIA DEL CARMEN"), while two family
  // names stay before them; after a comma, exactly the words after it.
  const isParticle = (w: number) => PARTICLES.has(tokens[w]!.key);
  const familiesBefore = (n: number) => words.slice(0, n).filter((w) => !isParticle(w)).length;
  let cut = words.length;
  if (comma > 0) cut = comma;
  else
    while (cut > 1) {
      const w = words[cut - 1]!;
      const given = givenWord(lex, tokens[w]!) || (isParticle(w) && cut < words.length && cut - 1 > 0);
      if (!given || familiesBefore(cut - 1) < 2) break;
      cut--;
    }
  if (cut === words.length || isParticle(words[cut]!) || isParticle(words[words.length - 1]!)) return undefined;
  for (let n = cut; n < words.length; n++) {
    const w = words[n]!;
    if (!isParticle(w) && !givenWord(lex, tokens[w]!)) return undefined;
  }
  if (words.length - cut > 4) return undefined;
  // The family names: listed ones or words the lists do not know, one listed at least; two at least unless a comma
  // parts them from the given names.
  const families = words.slice(0, cut).filter((w) => !isParticle(w));
  if (families.length < (comma > 0 ? 1 : 2)) return undefined;
  let listed = 0;
  for (const w of families) {
    const kind = familyWord(lex, tokens[w]!, w > words[0]! && isParticle(w - 1));
    if (kind === undefined) return undefined;
    if (kind === 'listed') listed++;
  }
  if (listed === 0 || isParticle(words[cut - 1]!)) return undefined;
  return { first: words[0]!, last: words[words.length - 1]!, score: 0.8, type: 'SURNAME_FIRST' };
}

// Marks around a value of markup or a log line: "<holder>...</holder>", 'holder="..."'.
const MARKUP_OPEN = new Set(['>', '=']);
const MARKUP_CLOSE = new Set(['<']);
const NOT_NAME_WORD = WORD.ORG_SUFFIX | WORD.ORG_HEAD_FIRST | WORD.PRODUCT | WORD.PUBLIC_FIGURE;

/**
 * A person in capitals with the given names first, alone in a form's, a log's or a markup element's field: "MARISOL
 * ANDREA QUIROGA", 'holder="IVAN DARIO PINEDA ROSALES"'. The rarer given names and family names of a place that the
 * run readings take for words count here, since every word of the field is a listed name or unknown to the lists and
 * the field holds nothing else: a listed given name first, a listed family name after it, at most one word unknown.
 */
export function capsGivenFirstRows(tokens: readonly Token[], lex: NameLexicon): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!caps(tokens[i]) || !(opensField(tokens, i) || MARKUP_OPEN.has(tokens[i - 1]?.text ?? ''))) continue;
    const words: number[] = [i];
    let k = i;
    while (words.length < MAX_WORDS) {
      const next = tokens[k + 1];
      if (!caps(next) || next!.lineStart || next!.cellStart || next!.start - tokens[k]!.end !== 1) break;
      k++;
      words.push(k);
    }
    const last = words[words.length - 1]!;
    const closes = endsField(tokens, last) || MARKUP_CLOSE.has(tokens[last + 1]?.text ?? '');
    const span = closes && words.length >= 3 && words.length <= 5 ? givenFirstRow(tokens, words, lex) : undefined;
    if (span !== undefined) out.push(span);
    i = last;
  }
  return out;
}

function givenFirstRow(tokens: readonly Token[], words: number[], lex: NameLexicon): PersonSpan | undefined {
  const first = lex.wordInfo(tokens[words[0]!]!.key);
  if ((first & GIVEN) === 0 || (first & (NOT_NAME_WORD | WORD.AMBIGUOUS_NAME)) !== 0) return undefined;
  // A rarer given name ("ROMINA") needs a core one beside it.
  if ((first & WORD.FIRST_NAME) === 0 && !lex.isWord(WORD.FIRST_NAME, tokens[words[1]!]!.key)) return undefined;
  if (PARTICLES.has(tokens[words[words.length - 1]!]!.key)) return undefined;
  let family = false;
  let unknown = 0;
  for (let n = 1; n < words.length; n++) {
    const t = tokens[words[n]!]!;
    if (PARTICLES.has(t.key)) continue;
    const bits = lex.wordInfo(t.key);
    if ((bits & NOT_NAME_WORD) !== 0) return undefined;
    if ((bits & WORD.SURNAME) !== 0) family = true;
    else if (bits === 0 && t.text.length >= 3) unknown++;
    else if ((bits & GIVEN) === 0 || (bits & WORD.COMMON) !== 0) return undefined;
  }
  if (!family || unknown > 1) return undefined;
  return { first: words[0]!, last: words[words.length - 1]!, score: 0.8, type: 'CAPS_NAME' };
}
