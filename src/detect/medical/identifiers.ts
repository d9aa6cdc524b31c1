import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * Identifiers after a cue: "NHC: 368503", "MRN #A-112233", "NºCol: 28 28 70973", "tarjeta sanitaria BBBB123456789012".
 * A value is one or more tokens of digits (groups split by spaces, dots, dashes or slashes on the same line) with
 * optional letter prefixes or suffixes; it must hold at least minDigits digits.
 */

const FILLERS = new Set([
  ':',
  '#',
  '.',
  '=',
  '-',
  'nº',
  'n.º',
  'n.o',
  'nro',
  'n',
  'no',
  'num',
  'number',
  'numero',
  'º',
  '°',
  'is',
  'es',
  'de',
  'del',
]);
const JOINERS = new Set(['-', '/', '.']);
/** A year of this century or the last, alone. */
const YEAR = /^(?:19|20)\d\d$/;
/** Fillers that link a cue to a year rather than to its number ("es de 2024", "is from"). */
const YEAR_LINKS = new Set(['es', 'de', 'del', 'is']);
/**
 * The professional named between a register's cue and its number ("nº colegiada logopeda 50/1234", "colegiado
 * fisioterapeuta 3312"): skipped like a filler.
 */
const PROFESSIONS = new Set([
  'logopeda',
  'fisioterapeuta',
  'psicologo',
  'psicologa',
  'enfermero',
  'enfermera',
  'medico',
  'medica',
  'odontologo',
  'odontologa',
  'dentista',
  'podologo',
  'podologa',
  'nutricionista',
  'terapeuta',
]);

function hasDigit(t: Token): boolean {
  return /\d/.test(t.text);
}

function isIdPart(t: Token): boolean {
  if (t.kind === 'number') return true;
  // Letters only as a short upper-case prefix/suffix or mixed with digits ("A1234", "BBBB", "nhc-").
  return t.kind === 'word' && (hasDigit(t) || (/^[A-Z]{1,4}$/.test(t.text) && t.text.length <= 4));
}

/** First token of the value after a cue ending at tokens[index - 1], or -1. Skips ":", "#", "nº", "number", ... */
function valueStart(tokens: readonly Token[], index: number): number {
  let i = index;
  for (let n = 0; n < 4 && i < tokens.length; n++) {
    const t = tokens[i]!;
    if (PROFESSIONS.has(t.key)) {
      i++;
      continue;
    }
    if (!FILLERS.has(t.key) || (t.kind === 'word' && t.cap && t.text.length > 3)) break;
    i++;
  }
  return i < tokens.length ? i : -1;
}

/** Inclusive token span of the identifier starting at tokens[start], or undefined. */
export function identifierAt(
  tokens: readonly Token[],
  start: number,
  minDigits = 4,
): { first: number; last: number } | undefined {
  let i = start;
  // A lower-case system prefix such as "nhc-" in "nhc-123456".
  if (tokens[i]?.kind === 'word' && JOINERS.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'number') i += 2;
  if (!tokens[i] || !isIdPart(tokens[i]!)) return undefined;
  let last = i;
  let digits = tokens[i]!.text.replace(/\D/g, '').length;
  for (let j = i + 1; j < tokens.length && j - i < 12; j++) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    const adjacent = t.start === tokens[j - 1]!.end;
    if (
      JOINERS.has(t.text) &&
      adjacent &&
      tokens[j + 1] &&
      isIdPart(tokens[j + 1]!) &&
      tokens[j + 1]!.start === t.end
    ) {
      continue;
    }
    // Digit groups split by a single space continue the value; words do not.
    if (isIdPart(t) && (adjacent || (t.start - tokens[j - 1]!.end === 1 && t.kind === 'number'))) {
      last = j;
      digits += t.text.replace(/\D/g, '').length;
      continue;
    }
    break;
  }
  if (digits < minDigits) return undefined;
  return { first: start, last };
}

/** Words of a bare barcode cue ("Barcode: 5530918426", "Bar code 5512", "código de barras"). */
const BARCODE_WORDS = [['barcode'], ['bar', 'code'], ['código', 'de', 'barras'], ['codigo', 'de', 'barras']];
/** Tokens after a sample's number searched, on its line, for a bare barcode cue. */
const BARCODE_AFTER = 3;

/**
 * A bare barcode cue right after a sample's number on the same line, with its value ("Sample ID: 1907-PUN-0048213
 * Barcode: 5530918426"): the second number labels the same sample. Alone, "Barcode:" is a product's.
 */
export function barcodeAfter(tokens: readonly Token[], last: number): { first: number; last: number } | undefined {
  for (let j = last + 1; j <= last + BARCODE_AFTER && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return undefined;
    if (t.kind !== 'word') continue;
    for (const words of BARCODE_WORDS) {
      if (!words.every((w, k) => tokens[j + k]?.key === w)) continue;
      const start = valueStart(tokens, j + words.length);
      if (start < 0 || tokens[start]!.lineStart) return undefined;
      return identifierAt(tokens, start);
    }
    return undefined;
  }
  return undefined;
}

/** A cue (from the index) ending right before tokens[i] or a filler or two before it, followed by an identifier. */
export function cuedIdentifier(
  tokens: readonly Token[],
  cueStart: number,
  cues: PhraseIndex<true>,
): { first: number; last: number; cueLength: number } | undefined {
  const hit = cues.matchAt(tokens, cueStart);
  if (!hit) return undefined;
  // "40HC  ML448120" (a container's size, high cube): a cue glued to a number before it is part of a code.
  const before = tokens[cueStart - 1];
  if (before !== undefined && before.end === tokens[cueStart]!.start && hasDigit(before)) return undefined;
  const start = valueStart(tokens, cueStart + hit.length);
  if (start < 0) return undefined;
  const id = identifierAt(tokens, start);
  if (!id) return undefined;
  // "la póliza es de 2024", "the policy is from 2019": a year after a verb or a preposition dates the cue's document.
  if (id.first === id.last && YEAR.test(tokens[id.first]!.text)) {
    for (let j = cueStart + hit.length; j < start; j++) if (YEAR_LINKS.has(tokens[j]!.key)) return undefined;
  }
  return { ...id, cueLength: hit.length };
}
