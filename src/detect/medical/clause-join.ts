import type { Finding } from '../types.js';

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

/**
 * Joins consecutive MEDICAL findings (sorted, not overlapping: resolved) whose gap is one clause's filler, except two
 * readings in a row. Returns the same array when nothing joins.
 */
export function joinMedicalClauses(text: string, findings: Finding[]): Finding[] {
  let medical = 0;
  for (let i = 0; i < findings.length && medical < 2; i++) if (findings[i]!.label === 'MEDICAL') medical++;
  if (medical < 2) return findings;
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
  return out;
}
