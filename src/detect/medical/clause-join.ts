import type { Finding } from '../types.js';
import { growOverContinuations } from './clause-continuation.js';
import { joinItems } from './item-join.js';
import { joinListedStatements } from './list-join.js';

/**
 * One clause of a patient's record holds one statement about their health: "gestational diabetes 2024, on metformin
 * 500mg", "asma leve, usa salbutamol", "operada de cataratas del ojo izquierdo (facoemulsificación)". When findings of that
 * clause (from any medical reader: terms, doses, lab results, scores) stand apart only by connectors, doses,
 * schedules, laterality, grades, years and list punctuation, they are reported as one span over the clause, so a
 * mask hides the statement and not its words one by one. Names, places, numbers longer than a year, quotes (a SQL
 * row's cells), line, cell and sentence ends are never crossed.
 */

/** Words that may stand between two findings of one clause (lower case; Spanish with and without accents). */
const CLAUSE_WORDS = new Set([
  // connectors
  'and',
  'or',
  'with',
  'on',
  'for',
  'of',
  'in',
  'to',
  'the',
  'a',
  'y',
  'e',
  'o',
  'con',
  'de',
  'del',
  'por',
  'para',
  'en',
  'al',
  'la',
  'el',
  'plus',
  // taking a drug
  'takes',
  'taking',
  'uses',
  'using',
  'carries',
  'usa',
  'toma',
  'lleva',
  'prescribed',
  'started',
  // laterality and sites
  'left',
  'right',
  'bilateral',
  'l',
  'r',
  'lt',
  'rt',
  'izquierda',
  'izquierdo',
  'derecha',
  'derecho',
  'ojo',
  'eye',
  // grades, stages and course
  'mild',
  'moderate',
  'severe',
  'leve',
  'moderada',
  'moderado',
  'grave',
  'severa',
  'severo',
  'grade',
  'grado',
  'stage',
  'estadio',
  'class',
  'clase',
  'type',
  'tipo',
  'gold',
  'nyha',
  'i',
  'ii',
  'iii',
  'iv',
  'acute',
  'chronic',
  'recurrent',
  'aguda',
  'agudo',
  'crónica',
  'cronica',
  'crónico',
  'cronico',
  'likely',
  'probable',
  'possible',
  'suspected',
  'posible',
  'post',
  'since',
  'desde',
  // schedules and lengths
  'at',
  'night',
  'bedtime',
  'daily',
  'twice',
  'once',
  'day',
  'día',
  'dia',
  'noche',
  'cada',
  'every',
  'x',
  'h',
  'hours',
  'horas',
  'days',
  'días',
  'dias',
  'weeks',
  'semanas',
  'months',
  'meses',
  'bd',
  'od',
  'tds',
  'nocte',
  'mane',
  'prn',
  'vo',
  'po',
  'ayunas',
  'last',
  'week',
  'año',
  'años',
  'years',
  // units
  'mg',
  'g',
  'mcg',
  'ml',
  'l',
  'kg',
  'mmhg',
  'puffs',
  'units',
  'paquetes',
]);

/** Results and vital signs: a row of them ("Hb 13.4 g/dL, K 4.1, TA 120/80") lists readings one by one. */
const MEASURES = new Set(['LAB_RESULT', 'VITAL_SIGN']);
const MAX_GAP = 32;
const MAX_GAP_WORDS = 4;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** What a gap may hold once its words are out: spaces, digits, list and aside punctuation, a decimal point. */
const GAP_REST = /^(?:[ \d,()+/\-–:%°]|(?<=\d)\.(?=\d))*$/;
const LONG_NUMBER = /\d{5}|\d[/.-]\d+[/.-]\d/;

function clauseGap(gap: string): boolean {
  if (gap.length === 0 || gap.length > MAX_GAP || gap.includes('  ')) return false;
  let words = 0;
  for (const m of gap.matchAll(WORD)) {
    if (++words > MAX_GAP_WORDS || !CLAUSE_WORDS.has(m[0].toLowerCase())) return false;
  }
  const rest = words === 0 ? gap : gap.replace(WORD, '');
  return GAP_REST.test(rest) && !LONG_NUMBER.test(gap);
}

/** An aside a joined span opened and did not close ("(facoemulsificación + LIO)"): its end, if short and on the line. */
const ASIDE_REST = /^[^\n;.'"()]{0,16}\)/;

function closeAside(text: string, start: number, end: number): number {
  const body = text.slice(start, end);
  if (body.lastIndexOf('(') <= body.lastIndexOf(')')) return end;
  const rest = ASIDE_REST.exec(text.slice(end, end + 17));
  return rest ? end + rest[0].length : end;
}

/** Findings that name a health matter in words, which a clause says more of ("miscarriage at 11 weeks in 2023"). */
const STATEMENTS = new Set(['CONDITION', 'MEDICATION', 'PROCEDURE', 'SYMPTOM']);
/** How far a statement grows each way, in code units: a clause, not a paragraph. */
const CLAUSE_REACH = 80;

/** Whether text[i] ends a clause: a line, a sentence, a list item, an aside, a quote or a cell. */
function clauseEnd(text: string, i: number): boolean {
  const c = text[i]!;
  switch (c) {
    case '\n':
    case '\r':
    case '\t':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '|':
    case '"':
    case '“':
    case '”':
    case '•':
      return true;
    // "8.5", "1,200" and "Parkinson's" keep their point, comma and apostrophe.
    case '.':
    case ',':
    case "'":
    case '’':
      return !(isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 1)));
    case ' ':
      // Two spaces align a table's columns; " - " sets an aside off.
      return text[i + 1] === ' ' || ((text[i + 1] === '-' || text[i + 1] === '–') && text[i + 2] === ' ');
    default:
      return false;
  }
}

/** clauseEnd, or in a comma-separated row (csv) any comma: a function of its own, not a closure per finding. */
function endsClause(text: string, i: number, csv: boolean): boolean {
  return clauseEnd(text, i) || (csv && text[i] === ',');
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * Words that ask the assistant for something ("summarise", "traduce"): a request is no part of the statement. Words
 * a clause also says otherwise ("list", "review", "resume work") are left out.
 */
const REQUEST =
  /^(?:please|summari[sz]e|translate|rewrite|draft|explain|resumir|resúmeme|resumeme|traduce|traducir|tradúceme|traduceme|redacta|explica|corrige|por|can|could)$/i;
const REQUEST_WORD = /[\p{L}]+/uy;

/** Whether a request word starts at i (at a word's start): growth stops before it. */
function requestAt(text: string, i: number): boolean {
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) return false;
  // Every request word opens with one of c, d, e, p, r, s or t (in either case): other words are no request.
  const first = text.charCodeAt(i) | 0x20;
  if (
    first !== 0x63 &&
    first !== 0x64 &&
    first !== 0x65 &&
    first !== 0x70 &&
    first !== 0x72 &&
    first !== 0x73 &&
    first !== 0x74
  )
    return false;
  REQUEST_WORD.lastIndex = i;
  const m = REQUEST_WORD.exec(text);
  if (!m || !REQUEST.test(m[0])) return false;
  const w = m[0].toLowerCase();
  // "por favor", "can you", "could you" ask; "por" and "can" alone do not.
  if (w === 'por') return /^ favor\b/i.test(text.slice(i + 3, i + 10));
  if (w === 'can' || w === 'could') return /^ you\b/i.test(text.slice(i + w.length, i + w.length + 5));
  return true;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0';
/**
 * A capitalised word (a name, a place, a weekday): growth does not take it. "I", "GP", "HbA1c" and "A&E" are no such
 * word.
 */
const TITLE_WORD = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{N}])(?:['’]s\b)?/gu;
/**
 * Whether text[from, to) holds a character TITLE_WORD may open on: a capital is A-Z or a letter from U+00C0 on (no
 * character between them is one). Most clauses hold none, and then neither slice nor regex is needed.
 */
function mayHoldCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0xc0) return true;
  }
  return false;
}
const GERMAN = /\b(?:der|die|das|und|im|bei|mit|seit|nach|eine?|nicht)\b/;
const BULLETS = '-*•·–';
const TRAIL_CONNECTOR =
  / (?:and|or|y|e|o|in|on|at|of|from|since|until|till|after|before|by|to|with|de|en|con|desde|hasta|por|el|la|the|a|an|im|am)$/i;
const LEAD_CONNECTOR = /^(?:and|or|y|e|o|u) /i;
/** A person's age ends just before i ("de 29 años con ..."): an age is another kind of data than the statement. */
const AGE_BEFORE = /\d\s?(?:años|years old|year-old|yrs|y\/o|yo|aged \d+)\s$/i;

/** Whether text[from, to) holds three commas with no blank after them: a comma-separated row, not prose. */
function csvRow(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1))
    if ((i + 1 >= to || text[i + 1] !== ' ') && ++commas === 3) return true;
  return false;
}

/** Whether AGE_BEFORE ends at `start` (after a blank): only after the last letter of its words or a digit. */
function ageBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2) | 0x20;
  // "años", "yrs", "years old", "year-old", "y/o", "yo", "aged 7": s, o, d or a digit before the blank.
  if (c !== 0x73 && c !== 0x6f && c !== 0x64 && !(c >= 0x30 && c <= 0x39)) return false;
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * Each statement found grows to the clause that holds it, never over another finding (nor a grown one) and never over
 * a request to the assistant: "stress echo was normal", "de baja por una lumbalgia aguda", "Vertigo on standing,
 * THI 41" is what a reader learns, and what a mask must hide, not the term alone. Findings are sorted and do not
 * overlap; grown ones are copies.
 */
function growToClauses(text: string, findings: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.label !== 'MEDICAL' || !STATEMENTS.has(f.type)) continue;
    const prev = k > 0 ? (out ?? findings)[k - 1]! : undefined;
    const reachStart = f.start - CLAUSE_REACH;
    const reachEnd = f.end + CLAUSE_REACH;
    const floor = Math.max(prev ? prev.end : 0, reachStart, 0);
    const ceiling = Math.min(k + 1 < findings.length ? findings[k + 1]!.start : text.length, reachEnd, text.length);
    // A comma-separated row ("4410,1987-11-02,Lorazepam 12,75"): every comma is a cell's edge.
    const csv = csvRow(text, Math.max(0, reachStart), Math.min(reachEnd, text.length));
    let start = f.start;
    while (start > floor && !endsClause(text, start - 1, csv)) {
      if (isSpace(text[start - 1]) && ageBefore(text, start)) break;
      start--;
      if (requestAt(text, start)) {
        // The request and what precedes it stay out: the statement starts after the request's word.
        while (start < f.start && !isSpace(text[start])) start++;
        break;
      }
    }
    // Cut by the reach inside a word: the clause starts at the next word.
    if (start === reachStart && isAlnum(text.charCodeAt(start - 1))) {
      while (start < f.start && !isSpace(text[start])) start++;
    }
    while (start < f.start && isSpace(text[start])) start++;
    // "15:40 chest pain eased": a log's time of day is cut by its colon; its minutes are no part of the clause.
    if (text[start - 1] === ':' && /\d/.test(text[start - 2] ?? '')) {
      const minutes = /^\d{2}\s+/.exec(text.slice(start, f.start));
      if (minutes) start += minutes[0].length;
    }
    // A capitalised word after the clause's first ("asks Wendell whether ...") is a name or a place: the statement starts
    // after it.
    const before = text.slice(start, f.start);
    // German capitalises every noun: there a capital says nothing.
    // (Asked only when a capitalised word would cut: most clauses hold none.)
    let german: boolean | undefined;
    const isGerman = () => {
      german ??= GERMAN.test(text.slice(Math.max(0, f.start - CLAUSE_REACH), f.end + CLAUSE_REACH));
      return german;
    };
    let cut = -1;
    if (mayHoldCapital(text, start, f.start))
      for (const m of before.matchAll(TITLE_WORD)) if (m.index > 0) cut = m.index + m[0].length;
    if (cut > 0 && !isGerman()) {
      start += cut;
      while (start < f.start && isSpace(text[start])) start++;
    }
    // A list item's bullet ("- asma ...") is no part of it.
    if (start < f.start && BULLETS.includes(text[start]!) && isSpace(text[start + 1])) start += 2;
    // A clause joined to the one before ("83 años y deterioro ...") starts after its connector.
    const connector = LEAD_CONNECTOR.exec(text.slice(start, Math.min(f.start, start + 4)));
    if (connector) start += connector[0].length;
    let end = f.end;
    while (end < ceiling && !endsClause(text, end, csv) && !requestAt(text, end)) end++;
    if (end === reachEnd && isAlnum(text.charCodeAt(end))) {
      while (end > f.end && !isSpace(text[end - 1])) end--;
    }
    // ... and it ends before one ("in Salamanca", "on Tuesday").
    TITLE_WORD.lastIndex = 0;
    const after = mayHoldCapital(text, f.end, end) ? TITLE_WORD.exec(text.slice(f.end, end)) : null;
    TITLE_WORD.lastIndex = 0;
    if (after && after.index > 0 && !isGerman()) end = f.end + after.index;
    while (end > f.end && isSpace(text[end - 1])) end--;
    // Cut before a neighbour ("transplant in 2019"): a word that leads into it stays out.
    const tail = TRAIL_CONNECTOR.exec(text.slice(Math.max(f.end, end - 7), end));
    if (tail) end -= tail[0].length;
    if (start === f.start && end === f.end) continue;
    out ??= findings.slice();
    out[k] = { ...f, start, end };
  }
  return out ?? findings;
}

/**
 * Grows each statement to its clause (growToClauses), then joins consecutive MEDICAL findings (sorted, not
 * overlapping: resolved) whose gap is one clause's filler, except two readings in a row. Returns the same array when
 * nothing changes.
 */
export function joinMedicalClauses(text: string, resolved: Finding[]): Finding[] {
  const findings = growToClauses(text, resolved);
  let medical = 0;
  for (let i = 0; i < findings.length && medical < 2; i++) if (findings[i]!.label === 'MEDICAL') medical++;
  if (medical < 2) return medical === 0 ? findings : growOverContinuations(text, joinItems(text, findings));
  const out: Finding[] = [];
  for (const f of findings) {
    const head = out[out.length - 1];
    if (
      head?.label === 'MEDICAL' &&
      f.label === 'MEDICAL' &&
      !(MEASURES.has(head.type) && MEASURES.has(f.type)) &&
      clauseGap(text.slice(head.end, f.start))
    ) {
      out[out.length - 1] = { ...head, end: closeAside(text, head.start, f.end), score: Math.max(head.score, f.score) };
      continue;
    }
    out.push(f);
  }
  // One list item, cell or field value that opens with a statement is the statement (item-join.ts); the parts
  // after a comma or in an aside that say more of it go with it (clause-continuation.ts); a line's list of them
  // ("asthma; reflux", "BP 100/60, HR 112") is one span (list-join.ts).
  return joinListedStatements(text, growOverContinuations(text, joinItems(text, out)));
}
