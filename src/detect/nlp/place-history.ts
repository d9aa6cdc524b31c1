import { DASHES } from './place-route.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/** Places in a history lesson: a sentence that dates its event before 1900 names nobody's whereabouts today. */

/** Tokens either side of a place searched for the year of the event its sentence tells. */
const HISTORY_REACH = 20;

const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

const BULLETS = new Set(['-', '•', '*', '·']);

/**
 * "Simón Bolívar nació en Caracas en 1783", "(Alcalá de Henares, 1547 - Madrid, 1616)": a place in a sentence that
 * dates its event before 1900 is where history happened; nobody alive was there then.
 */
export function historyLesson(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - HISTORY_REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_ENDS.has(t.text)) break;
    if (oldYear(tokens, k)) return true;
    if (t.lineStart) break;
  }
  for (let k = span.last + 1; k < tokens.length && k <= span.last + HISTORY_REACH; k++) {
    const t = tokens[k]!;
    if (t.lineStart && BULLETS.has(t.text)) break;
    if (SENTENCE_ENDS.has(t.text) && !decimalPoint(tokens, k)) break;
    if (oldYear(tokens, k)) return true;
  }
  return false;
}

/** Words a year follows in a sentence that dates an event ("in 1854", "nació en 1783", "the year 1605"). */
const YEAR_BEFORE = new Set([
  'in',
  'en',
  'de',
  'of',
  'since',
  'desde',
  'hasta',
  'until',
  'year',
  'ano',
  'circa',
  'c',
  'ca',
]);

/**
 * English months: "born 4 Jan 1809", "died 3 Sept 1887" date the event when a day comes before the month ("Avda. 9
 * de Julio 1100" is a street named after a date, with its house number).
 */
const MONTHS = new Set([
  ...'january february march april may june july august september october november december'.split(' '),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
]);

const ARTICLES = new Set(['the', 'el', 'la']);

const CLOSERS = new Set([')', ';', '-', '–', '—']);

/**
 * A year from 1000 to 1899 dating an event: after "in", "en", "de" ("en 1783"), in brackets ("(1815)"), or after a
 * comma and before a dash or a bracket ("Alcalá de Henares, 1547 - Madrid, 1616)"), or in a range ("1547-1616").
 * Ids in a tuple ("(1041, 'Austin')"), house numbers ("San Juan 1345") and longer numbers ("536-22-1234") are none.
 */
function oldYear(tokens: readonly Token[], k: number): boolean {
  if (!yearShape(tokens[k]) || gluedTo(tokens, k, -1) || gluedTo(tokens, k, 1)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before === undefined) return false;
  if (YEAR_BEFORE.has(before.key) && !tokens[k]!.lineStart) return true;
  if (MONTHS.has(before.key) && dayBefore(tokens, k - 2) && !tokens[k]!.lineStart) return true;
  // "the 1854 Broad Street cholera outbreak", "la 1808 guerra": an article, the year, then the event's words.
  if (ARTICLES.has(before.key) && after?.kind === 'word' && !after.lineStart) return true;
  if (before.text === '(') return after?.text === ')' || DASHES.has(after?.text ?? '');
  // "Madrid,\n1616)", "April 14, 1865": after a comma, a year closes a bracket or a date.
  if (before.text === ',') return after === undefined || CLOSERS.has(after.text) || dayBefore(tokens, k - 2);
  return DASHES.has(before.text) && yearShape(tokens[k - 2]);
}

function dayBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'number' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;
}

function yearShape(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length === 4 && /^1[0-8]/.test(t.text);
}

/** The token beside k in direction dir touches it and is a word or a number, or a mark between it and digits. */
function gluedTo(tokens: readonly Token[], k: number, dir: 1 | -1): boolean {
  const t = tokens[k]!;
  const u = tokens[k + dir];
  if (u === undefined || (dir === 1 ? t.end !== u.start : u.end !== t.start)) return false;
  if (u.kind !== 'punct') return true;
  const v = tokens[k + 2 * dir];
  if (v === undefined || v.kind !== 'number' || (dir === 1 ? u.end !== v.start : v.end !== u.start)) return false;
  return !(DASHES.has(u.text) && yearShape(v));
}

function decimalPoint(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before?.kind === 'number' && after?.kind === 'number' && before.end === tokens[k]!.start;
}
