import type { Token } from '../nlp/tokenize.js';
import type { Finding } from '../types.js';

/**
 * Care and nursing assessment scales, read as one person's score: a care home's admission sheet ("Barthel: 45",
 * "riesgo de caídas alto (Downton 3)"), a sleep study ("Epworth score 15"), a ward's risk charts ("Braden 13",
 * "Norton 11"), a handover ("Glasgow 13"), a skin type in a laser clinic's consent ("fototipo III",
 * "V (Fitzpatrick)"). Each scale has a range, and a value outside it is something else ("Norton 360" is an
 * antivirus, "Glasgow 2030" a bid). Names that are also towns or surnames (Glasgow, Norton, Braden, Lawton, Morse,
 * Pfeiffer, Conley) count only beside a scale's word ("escala de Norton 12", "Glasgow coma scale 14") or in a text
 * that names something medical. The mental-health screening scales (PHQ-9, MoCA, ...) are a rule pack's
 * (rules/detectors/medical-labs.yaml), and so are GCS, ECOG and Karnofsky.
 */
interface Scale {
  min: number;
  max: number;
  /** Also a town's or a surname: needs a scale's word beside it or a medical text. */
  ambiguous?: boolean;
  /** Graded in Roman numerals (skin phototype I-VI, heart failure class I-IV). */
  roman?: boolean;
}

export const SCALES: ReadonlyMap<string, Scale> = new Map<string, Scale>([
  ['barthel', { min: 0, max: 100 }],
  ['downton', { min: 0, max: 11 }],
  ['epworth', { min: 0, max: 24 }],
  ['tinetti', { min: 0, max: 28 }],
  ['waterlow', { min: 0, max: 64 }],
  ['zarit', { min: 0, max: 110 }],
  ['yesavage', { min: 0, max: 15 }],
  ['emina', { min: 0, max: 15 }],
  ['apgar', { min: 0, max: 10 }],
  ['rockwood', { min: 1, max: 9 }],
  ['glasgow', { min: 3, max: 15, ambiguous: true }],
  ['braden', { min: 6, max: 23, ambiguous: true }],
  ['norton', { min: 5, max: 20, ambiguous: true }],
  ['lawton', { min: 0, max: 8, ambiguous: true }],
  ['pfeiffer', { min: 0, max: 10, ambiguous: true }],
  ['morse', { min: 0, max: 125, ambiguous: true }],
  ['conley', { min: 0, max: 10, ambiguous: true }],
  // Palliative care's performance scales, in steps of ten ("PPS 30%", "AKPS 40").
  ['pps', { min: 0, max: 100, ambiguous: true }],
  ['akps', { min: 0, max: 100 }],
  // A colonoscopy's bowel preparation (Boston 0-9), a lymphoma PET's response (Deauville 1-5), a stool's form
  // (Bristol 1-7), a diabetic foot ulcer's grade (Wagner 0-5), puberty's stage (Tanner 1-5), exertion (Borg 6-20),
  // frailty (Edmonton 0-17), an older person's nutrition (MNA 0-30) and depression or deterioration (GDS 0-30).
  ['boston', { min: 0, max: 9, ambiguous: true }],
  ['deauville', { min: 1, max: 5, ambiguous: true }],
  ['bristol', { min: 1, max: 7, ambiguous: true }],
  ['wagner', { min: 0, max: 5, ambiguous: true }],
  ['tanner', { min: 1, max: 5, ambiguous: true }],
  ['borg', { min: 0, max: 20, ambiguous: true }],
  ['edmonton', { min: 0, max: 17, ambiguous: true }],
  ['mna', { min: 0, max: 30, ambiguous: true }],
  ['gds', { min: 0, max: 30, ambiguous: true }],
  ['nyha', { min: 1, max: 4, roman: true }],
  ['fitzpatrick', { min: 1, max: 6, roman: true }],
  ['fototipo', { min: 1, max: 6, roman: true }],
  ['phototype', { min: 1, max: 6, roman: true }],
]);

/** Verbs of a score's change: after one, "from 16 to 7" is the change, not a band. */
const CHANGE_WORDS = [
  'went',
  'gone',
  'dropped',
  'fell',
  'improved',
  'rose',
  'increased',
  'decreased',
  'down',
  'up',
  'paso',
  'bajo',
  'subio',
  'mejoro',
  'empeoro',
  'pasado',
  'bajado',
  'subido',
  'mejorado',
  'empeorado',
  'ha',
  'has',
];
const CHANGES = new Set(CHANGE_WORDS);
/** Words of a scale's name or of its score between the name and the value ("Epworth sleepiness score of 17"). */
const BETWEEN = new Set([
  ':',
  '=',
  '-',
  'score',
  'scale',
  'index',
  'total',
  'sleepiness',
  'coma',
  'fall',
  'falls',
  'risk',
  'class',
  'type',
  'grade',
  'of',
  'was',
  'is',
  'puntuacion',
  'escala',
  'indice',
  'tipo',
  'clase',
  'grado',
  'de',
  'del',
  'es',
  'fue',
  'en',
  // A score's change told in a note ("Epworth went from 16 to 7", "el Barthel pasó de 60 a 85").
  ...CHANGE_WORDS,
  'from',
]);
/** Words before or after a name that make it a scale's ("escala de Norton", "Braden score"). */
const SCALE_WORDS = new Set(['score', 'scale', 'index', 'escala', 'indice', 'puntuacion', 'test', 'coma']);
const BETWEEN_MAX = 4;
const ROMAN = new Map([
  ['I', 1],
  ['II', 2],
  ['III', 3],
  ['IV', 4],
  ['V', 5],
  ['VI', 6],
]);
/** After a value, words that make it a band, a range or a count of the scale's parts, not someone's score. */
const NOT_A_SCORE_AFTER = new Set([
  'or',
  'o',
  'to',
  'a',
  'and',
  'y',
  'items',
  'item',
  'questions',
  'preguntas',
  'ítems',
  'domains',
  'dominios',
  'years',
  'años',
  'miles',
  'km',
  // "flew to Boston 3 times", "Bristol 2 days": a count of visits or days after a town.
  'times',
  'veces',
  'days',
  'dias',
  'weeks',
  'semanas',
  'months',
  'meses',
  'hours',
  'horas',
  'minutes',
  'minutos',
  'am',
  'pm',
]);

/** After a change's first value, the word that opens the second ("from 16 to 7", "de 60 a 85"). */
const CHANGE_TO = new Set(['to', 'a']);

/** Whether tokens[j] is glued to the token before it (no space between them). */
const glued = (tokens: readonly Token[], j: number): boolean => tokens[j]!.start === tokens[j - 1]!.end;

/** The value's last token for a number at tokens[j] in [min, max], with an optional "/ max" after it, or -1. */
function numberValue(tokens: readonly Token[], j: number, scale: Scale): number {
  const t = tokens[j]!;
  if (t.kind !== 'number' || t.text.length > 3) return -1;
  const n = Number(t.text);
  if (n < scale.min || n > scale.max) return -1;
  let last = j;
  const next = tokens[j + 1];
  // "14:20" is a time, "6,5" or "6.5" a decimal, "10-14" or "10–14" a band.
  if (next !== undefined && !next.lineStart && glued(tokens, j + 1) && tokens[j + 2]?.kind === 'number') {
    if (next.text !== '/') return -1;
    last = j + 2;
  }
  return last;
}

/** The value's last token for a Roman numeral at tokens[j] (written in capitals) in [min, max], or -1. */
function romanValue(tokens: readonly Token[], j: number, scale: Scale): number {
  const n = ROMAN.get(tokens[j]!.text);
  return n !== undefined && n >= scale.min && n <= scale.max ? j : -1;
}

/** Whether what follows the value at tokens[last] makes it a band or a count ("10 or more", "has 10 items"). */
function notAScore(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.lineStart) return false;
  if (next.text === '+' || next.text === '-' || next.text === '–') return true;
  return NOT_A_SCORE_AFTER.has(next.key);
}

/**
 * The score of the scale named at tokens[i] (a key of SCALES), as a finding from the name to the value, or
 * undefined. `medicalText`: the text names something medical, which an ambiguous name needs unless a scale's word
 * stands beside it.
 */
export function scaleScoreAt(
  tokens: readonly Token[],
  i: number,
  medicalText: boolean,
  detector: string,
): Finding | undefined {
  const name = tokens[i]!;
  const scale = SCALES.get(name.key);
  if (scale === undefined) return undefined;
  let last = -1;
  let scaleWord = SCALE_WORDS.has(tokens[i - 1]?.key ?? '') || SCALE_WORDS.has(tokens[i - 2]?.key ?? '');
  // "V (Fitzpatrick)": a phototype's grade before the scale's name in brackets.
  if (scale.roman && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && i >= 2) {
    if (romanValue(tokens, i - 2, scale) === i - 2 && !tokens[i - 1]!.lineStart) {
      return finding(tokens, i - 2, i + 1, detector);
    }
  }
  let change = false;
  for (let j = i + 1, n = 0; j < tokens.length && n <= BETWEEN_MAX; j++, n++) {
    const t = tokens[j]!;
    if (t.lineStart) return undefined;
    // "GDS-15: 9", "PHQ-9": the version glued to the name is part of it, not its score.
    if (j === i + 1 && t.text === '-' && glued(tokens, j) && tokens[j + 1]?.kind === 'number' && glued(tokens, j + 1)) {
      j++;
      continue;
    }
    const value = scale.roman ? romanValue(tokens, j, scale) : numberValue(tokens, j, scale);
    if (value >= 0) {
      last = value;
      break;
    }
    if (!BETWEEN.has(t.key)) return undefined;
    if (SCALE_WORDS.has(t.key)) scaleWord = true;
    if (CHANGES.has(t.key)) change = true;
  }
  if (last < 0 || (notAScore(tokens, last) && !(change && CHANGE_TO.has(tokens[last + 1]?.key ?? '')))) {
    return undefined;
  }
  if (scale.ambiguous && !scaleWord && !medicalText) return undefined;
  // A capitalised name starting no sentence may be the town or the person: "Norton 12 Road", "met Lawton 5 times".
  if (scale.ambiguous && !scaleWord && tokens[last + 1]?.cap && !tokens[last + 1]!.lineStart) return undefined;
  return finding(tokens, i, last, detector, scale.ambiguous === true);
}

/** A scale named after a town, read as a score, outranks the town (a place's finding scores 0.85). */
const TOWN_NAMED_SCORE = 0.86;

function finding(tokens: readonly Token[], first: number, last: number, detector: string, townNamed = false): Finding {
  return {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    label: 'MEDICAL',
    type: 'VITAL_SIGN',
    score: townNamed ? TOWN_NAMED_SCORE : 0.8,
    detector,
  };
}
