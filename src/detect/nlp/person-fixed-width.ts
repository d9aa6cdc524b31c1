import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { isCapitals, type Token } from './tokenize.js';

/**
 * Names in capitals inside fixed-width records (a BACS payment file, a COBOL dump, a tax return's fixed-width
 * layout, a census list): "0000028471SURNAME A J      DEC26", "T913550281SURNAME SURNAME GIVEN    ", "SURNAME,
 * GIVEN GIVEN   NIE ...". Nothing separates the fields but their widths, so the name is glued to the digits before
 * it (or stands after a wide gap or at the line's start) and padding follows it. Read only on lines that hold a long
 * digit run (an account, an id, a record key), from two or more words in capitals, one of them a listed name and
 * none an ordinary word, a place or a firm's suffix.
 */

/** Digits of a record's key, account or id: a line without such a run is no fixed-width record. */
const RECORD_DIGITS = 7;
/** Spaces of padding that end a field. */
const PADDING = 3;
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'di', 'y']);
const NOT_NAME = WORD.COMMON | WORD.PLACE | WORD.ORG_SUFFIX | WORD.PRODUCT;
const NAME = GIVEN | WORD.SURNAME;

export function findFixedWidthNames(tokens: readonly Token[], lex: NameLexicon): TokenSpan[] {
  const out: TokenSpan[] = [];
  let lineFrom = 0;
  while (lineFrom < tokens.length) {
    let lineTo = lineFrom + 1;
    let record = tokens[lineFrom]!.kind === 'number' && tokens[lineFrom]!.text.length >= RECORD_DIGITS;
    while (lineTo < tokens.length && !tokens[lineTo]!.lineStart) {
      const t = tokens[lineTo]!;
      if (t.kind === 'number' && t.text.length >= RECORD_DIGITS) record = true;
      lineTo++;
    }
    if (record) readLine(tokens, lineFrom, lineTo, lex, out);
    lineFrom = lineTo;
  }
  return out;
}

function capitals(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitals(t.text);
}

/** Characters between two tokens of a line (spaces, or a tab): the gap of a fixed-width layout. */
function gap(a: Token, b: Token): number {
  return b.start - a.end;
}

function readLine(tokens: readonly Token[], from: number, to: number, lex: NameLexicon, out: TokenSpan[]): void {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!capitals(t) || t.text.length < 2) continue;
    const prev = tokens[i - 1];
    // The field opens the line, is glued to digits before it, or follows a field's padding.
    const opens =
      i === from ||
      (prev !== undefined && prev.kind === 'number' && prev.end === t.start) ||
      (prev !== undefined && gap(prev, t) >= PADDING);
    if (!opens) continue;
    const last = nameField(tokens, i, to, lex);
    if (last >= 0) {
      out.push({ first: i, last, score: 0.75, type: 'FIXED_WIDTH' });
      i = last;
    }
  }
}

/** The last token of a name field that opens at `first`, or -1: capital words, initials, particles, one comma. */
function nameField(tokens: readonly Token[], first: number, to: number, lex: NameLexicon): number {
  let words = 0;
  let named = false;
  let last = first;
  let comma = false;
  for (let k = first; k < to; k++) {
    const t = tokens[k]!;
    if (k > first) {
      const before = tokens[k - 1]!;
      const space = gap(before, t);
      if (space >= PADDING) break;
      if (t.text === ',' && !comma && space === 0 && words > 0) {
        comma = true;
        continue;
      }
      if (space !== 1) return -1;
    }
    if (!capitals(t)) return -1;
    const key = t.key;
    if (t.text.length === 1) {
      if (k === first) return -1;
    } else if (PARTICLES.has(key)) {
      if (k === first) return -1;
    } else {
      const parts = key.split('-');
      // "GARCIA-VALE": beside a listed name, the other half of a double family name may be a word.
      const ordinary = parts.filter((p) => lex.isWord(NOT_NAME, p) && !lex.isWord(NAME, p)).length;
      if (ordinary > 0 && (parts.length === 1 || ordinary === parts.length)) return -1;
      if (parts.some((p) => lex.isWord(NAME, p))) named = true;
      words++;
    }
    last = k;
  }
  // Padding or the line's end after the field.
  const after = tokens[last + 1];
  if (after !== undefined && last + 1 < to && gap(tokens[last]!, after) < PADDING) return -1;
  const initials = last - first + 1 - words;
  return named && (words >= 2 || (words === 1 && initials > 0)) ? last : -1;
}
