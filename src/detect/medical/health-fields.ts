import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';
import type { Finding } from '../types.js';

/**
 * Field names of a form or a note whose value is health data of the person the text is about (rules/medical/
 * cues.yaml): a leave's length ("Sick leave: 12 days", "Días de incapacidad: 21"), the injured body part ("Body part:
 * left wrist"), a health section ("Medical: ...", "Antecedentes: ..."), results ("Bloods: ...") and a severity field
 * whose value is a severity word ("Severity: serious", "Gravedad: leve").
 */
export interface HealthFields {
  values: PhraseIndex<true>;
  severity: PhraseIndex<true>;
  severityWords: ReadonlySet<string>;
}

/** A field's value that says nothing: "Medical: none", "Baja: no", "Allergies: NKDA", "-". */
const EMPTY_VALUES = new Set([
  'none',
  'nil',
  'no',
  'n/a',
  'na',
  'nkda',
  'nka',
  'ninguno',
  'ninguna',
  'ningunos',
  'ningunas',
  'nada',
  'nothing',
  'unknown',
  'desconocido',
  'desconocida',
  'not applicable',
  'no aplica',
  'none known',
  'none declared',
  'yes',
  'si',
  'sí',
]);
/**
 * Words of an insurance product or a benefit, not of anyone's health: "Medical: family cover", "Medical: plan B",
 * "Tratamiento: cubierto por la póliza" in an HR or a benefits record.
 */
const COVER_WORDS = new Set([
  'cover',
  'coverage',
  'insurance',
  'insurer',
  'plan',
  'scheme',
  'premium',
  'excess',
  'seguro',
  'cobertura',
  'poliza',
  'prima',
  'franquicia',
]);
/** A currency sign: a clause with one is a bill's or a price list's. */
const PRICE = /[£$€¥]/;
/** How many tokens a bracket between a field's name and its colon may hold ("Medical (Rule 35 report):"). */
const BRACKET_MAX = 8;
/** Links after a field's name to what its value is of or when ("de egreso", "on admission"), and their words. */
const FIELD_LINKS = new Set(['de', 'del', 'al', 'of', 'on', 'at']);
const LINK_WORDS_MAX = 2;
/** Clause ends inside a value: its parts are reported one by one, as someone would write them one by one. */
const CLAUSE_ENDS = new Set([';', ',', '.', '|']);
/** SOAP (subjective, objective, assessment, plan) and SBAR (situation, background, assessment, recommendation). */
const NOTE_SCHEMES: readonly (readonly string[])[] = [
  ['s', 'o', 'a', 'p'],
  ['s', 'b', 'a', 'r'],
];
/** Lines of one scheme a note holds at least before its one-letter fields read as the scheme's. */
const NOTE_LINES_MIN = 3;
const SCORE = 0.6;

/**
 * In a text about one identified person or a clinical one (the caller decides; `medical` when it already holds a
 * reported health finding), the value of each health field and
 * of each line of a SOAP or SBAR note, clause by clause: the clauses no finding of `detector` touches yet become
 * findings ("Time off work: about 6 weeks", "Medical: eczema, BMI 29" adds "BMI 29" beside the condition
 * the vocabulary found). A value that says nothing ("none", "no") adds nothing. One pass over the tokens' line
 * starts; a phrase lookup only at a line's first word.
 */
export function healthFieldValues(
  text: string,
  tokens: readonly Token[],
  fields: HealthFields,
  found: Finding[],
  detector: string,
  medical: boolean,
): void {
  // Fields whose names are no health words ("Severity:", the "S:" and "O:" of a note) count only in a text that
  // already names something medical ("Severity: critical" in a bug ticket is no one's health).
  const note = medical ? noteScheme(tokens) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.lineStart) continue;
    let first = i;
    // "- Body part: ...", "• Medical: ...": a bullet before the field's name.
    if ((t.text === '-' || t.text === '•' || t.text === '*') && tokens[i + 1] && !tokens[i + 1]!.lineStart) first++;
    const head = tokens[first]!;
    if (head.kind !== 'word') continue;
    let colon = -1;
    let severityOnly = false;
    let noteLine = false;
    if (note !== undefined && head.text.length === 1 && note.has(head.key) && tokens[first + 1]?.text === ':') {
      colon = first + 1;
      noteLine = true;
    } else {
      const value = fields.values.matchAt(tokens, first);
      const hit = value ?? (medical ? fields.severity.matchAt(tokens, first) : undefined);
      if (!hit) continue;
      severityOnly = value === undefined;
      colon = colonAfter(tokens, first + hit.length);
    }
    if (colon < 0) continue;
    let end = colon;
    for (let j = colon + 1; j < tokens.length && !tokens[j]!.lineStart; j++) end = j;
    if (end === colon) continue;
    if (severityOnly) {
      // "Grado: grave", "Severity: moderate": only a severity word makes the field a health one ("Grado: 3°B" is a class).
      const value = tokens[colon + 1]!;
      if (end !== colon + 1 || !fields.severityWords.has(value.key)) continue;
    }
    addClauses(text, tokens, colon + 1, end, found, detector, severityOnly || !noteLine);
    i = end;
  }
}

/** Index of the ":" after a field's name at tokens[from] (past one bracket on its line), or -1. */
function colonAfter(tokens: readonly Token[], from: number): number {
  let j = from;
  // "Laboratorios de egreso:", "Bloods on admission:": a field's name with what it is of or when.
  if (FIELD_LINKS.has(tokens[j]?.key ?? '') && !tokens[j]!.lineStart) {
    let k = j + 1;
    while (k < j + 1 + LINK_WORDS_MAX && tokens[k]?.kind === 'word' && !tokens[k]!.lineStart) k++;
    if (k > j + 1) j = k;
  }
  if (tokens[j]?.text === '(' && !tokens[j]!.lineStart) {
    const stop = Math.min(tokens.length, j + BRACKET_MAX + 2);
    for (j++; j < stop && tokens[j]!.text !== ')'; j++) if (tokens[j]!.lineStart) return -1;
    if (tokens[j]?.text !== ')') return -1;
    j++;
  }
  const c = tokens[j];
  return c !== undefined && c.text === ':' && !c.lineStart ? j : -1;
}

/** The letters of the SOAP or SBAR scheme whose fields open at least NOTE_LINES_MIN lines ("S:", "O:", "A:"). */
function noteScheme(tokens: readonly Token[]): Set<string> | undefined {
  const letters = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart && t.kind === 'word' && t.text.length === 1 && t.cap && tokens[i + 1]!.text === ':') {
      letters.add(t.key);
    }
  }
  if (letters.size < NOTE_LINES_MIN) return undefined;
  for (const scheme of NOTE_SCHEMES) {
    const present = scheme.filter((l) => letters.has(l));
    if (present.length >= NOTE_LINES_MIN) return new Set(present);
  }
  return undefined;
}

/** Whether the comma at tokens[k] sits inside a number ("8,400", "0,08"), not between clauses. */
function numberComma(text: string, tokens: readonly Token[], k: number): boolean {
  const c = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    (c.text === ',' || c.text === '.') &&
    prev !== undefined &&
    next !== undefined &&
    prev.kind === 'number' &&
    next.kind === 'number' &&
    prev.end === c.start &&
    next.start === c.end &&
    text[c.end] !== ' '
  );
}

/** Adds each clause of tokens[from..to] that no finding of `detector` overlaps and that says something. */
function addClauses(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  found: Finding[],
  detector: string,
  anyClause: boolean,
): void {
  let start = from;
  for (let k = from; k <= to + 1; k++) {
    const atEnd = k > to;
    if (!atEnd && !(CLAUSE_ENDS.has(tokens[k]!.text) && !numberComma(text, tokens, k))) continue;
    const last = k - 1;
    if (last >= start && (anyClause || shorthand(tokens, start, last)))
      addClause(text, tokens, start, last, found, detector);
    start = k + 1;
  }
}

/** An abbreviation in capitals ("FBC", the "CT" of "CT-guided"), as a reference's code's letters are not ("REF-5521"). */
const SHORTHAND = /^\p{Lu}{2,5}$/u;

/**
 * Whether a clause of a SOAP or SBAR line holds clinical shorthand ("PROM ext 10", "recheck FBC on Monday", "CT-guided
 * injection"): a line of such a note also says how the session went ("went fine", "keen to run again"), which
 * is no finding by itself.
 */
function shorthand(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !SHORTHAND.test(t.text.split('-', 1)[0]!)) continue;
    const next = tokens[k + 1];
    const idCode = next !== undefined && next.text === '-' && tokens[k + 2]?.kind === 'number';
    if (!idCode) return true;
  }
  return false;
}

function addClause(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  found: Finding[],
  detector: string,
): void {
  let words = 0;
  let digits = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    else if (t.kind === 'number') digits = true;
  }
  if (words === 0 && !digits) return;
  for (let k = first; k <= last; k++) if (COVER_WORDS.has(tokens[k]!.key)) return;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const value = text.slice(start, end);
  // "Treatment: follow-up session £45": a price list's line is a service's, no one's health.
  if (EMPTY_VALUES.has(value.toLowerCase()) || PRICE.test(value)) return;
  if (found.some((f) => f.detector === detector && f.label === 'MEDICAL' && f.start < end && f.end > start)) return;
  found.push({ start, end, label: 'MEDICAL', type: 'HEALTH_FIELD', score: SCORE, detector });
}
