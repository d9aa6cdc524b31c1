import type { Token } from '../nlp/tokenize.js';
import type { Finding } from '../types.js';
import { compileGateScan, type GateReader } from './gate-scan.js';

/**
 * A blood group after its field or cue: "Blood group: B Rh positive", "blood type AB+", "Tipo de sangre: O+",
 * "grupo sanguíneo A positivo". The cue is matched in its usual cases and the group in capitals ("group a" is
 * no group). Bounded quantifiers and no nested repetition: linear.
 */
const BLOOD_GROUP =
  /(?<![\p{L}\p{Nd}])(?:[Bb]lood [Gg]roup|[Bb]lood [Tt]ype|BLOOD (?:GROUP|TYPE)|[Gg]rupo [Ss]angu[ií]neo|GRUPO SANGU[IÍ]NEO|[Tt]ipo de [Ss]angre|TIPO DE SANGRE|[Gg]rupo y [Rr][Hh])[ \t]{0,3}(?:[:=–—-][ \t]{0,3})?(?:(?:is|es|was|era)[ \t]{1,3})?((?:AB|A|B|O|0)(?:[ \t]?(?:Rh[ \t]?|RH[ \t]?)?(?:[+−-](?![\p{L}\p{Nd}])|[Pp]os(?:itive|itivo|itiva)?\b|[Nn]eg(?:ative|ativo|ativa)?\b))?)(?![\p{L}\p{Nd}+−-])/gu;
/**
 * The Rh factor's short cue before a group with its sign, as Latin American forms write a blood group ("RH O+",
 * "GS/RH: A-", "Rh AB+"), and "Grupo B+" or "group AB-" in a medical card: only with the sign, as "RH" names
 * other things too (human resources in Spanish) and "grupo A" a league's group.
 */
const RH_GROUP =
  /(?<![\p{L}\p{Nd}])(?:RH|Rh|GS\/RH|G\.S\.\/RH|[Gg]rupo|GRUPO|[Gg]roup|GROUP)[ \t]{0,3}(?:[:=][ \t]{0,3})?((?:AB|A|B|O|0)[+−-])(?![\p{L}\p{Nd}+−-])/gu;
/** A cheap test before the patterns: most texts name no blood group. */
const BLOOD_WORDS =
  /lood|LOOD|angu|ANGU|angre|ANGRE|y Rh|y RH|(?:R[Hh]|[Gg]rupo|GRUPO|[Gg]roup|GROUP)[ \t:=]{1,4}(?:AB|A|B|O|0)[+−-]/;
/** Substrings every match of BLOOD_WORDS holds one of, as written: the medical detector scans them with others. */
export const BLOOD_GROUP_GATES: GateReader = {
  families: [
    [
      'lood',
      'LOOD',
      'angu',
      'ANGU',
      'angre',
      'ANGRE',
      'RH',
      'Rh',
      'grupo',
      'Grupo',
      'GRUPO',
      'group',
      'Group',
      'GROUP',
    ],
  ],
  matching: 'exact',
};
const ownBloodGates = compileGateScan([BLOOD_GROUP_GATES]);

/** One person's blood group ("Blood group: B Rh positive"), in a text the caller has tied to someone. */
export function bloodGroups(
  text: string,
  detector: string,
  /** Whether a gate of BLOOD_GROUP_GATES is in text (non-zero), when the caller has scanned them. */
  gated = ownBloodGates(text).families[0]!,
): Finding[] {
  if (gated === 0 || !BLOOD_WORDS.test(text)) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(RH_GROUP)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      label: 'MEDICAL',
      type: 'LAB_RESULT',
      score: 0.8,
      detector,
    });
  }
  for (const m of text.matchAll(BLOOD_GROUP)) {
    const value = m[1]!;
    const start = m.index! + m[0].length - value.length;
    out.push({
      start: m.index!,
      end: start + value.length,
      label: 'MEDICAL',
      type: 'LAB_RESULT',
      score: 0.8,
      detector,
    });
  }
  return out;
}

/** A dose of a vaccine given on a date: "1a 03/05/2024", "2nd 12/06/2024", "dose 3 01.02.2025", "aplicada 9/9/24". */
const DOSE_ITEM =
  '(?:[1-9](?:a|ª|º|o|st|nd|rd|th)|(?:dosis|dose)[ \\t]?[1-9]|aplicad[ao]|applied|given|administered|refuerzo|booster)[ \\t]{1,3}\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}';
/** The doses of one vaccine on a card, as one run ("1a 03/05/2024, 2a 05/07/2024"); bounded and unambiguous: linear. */
const DOSE_RUN = new RegExp(
  `(?<![\\p{L}\\p{Nd}])${DOSE_ITEM}(?:[ \\t]{0,2}[,;][ \\t]{0,3}${DOSE_ITEM}){0,9}(?![\\p{L}\\p{Nd}])`,
  'giu',
);
/**
 * Words of a vaccination card or record ("Cartilla de vacunación", "immunisation record"), matched
 * case-insensitively: the medical detector scans them with other readers' gates.
 */
export const VACCINE_GATES: GateReader = {
  families: [['vacun', 'vaccin', 'immunis', 'immuniz', 'inmuniz']],
  matching: 'folded',
};
const ownVaccineGates = compileGateScan([VACCINE_GATES]);

/**
 * The doses and dates of a child's or a patient's vaccination card ("Hepatitis B — 1a 16/04/2023, 2a ..."): the
 * vaccines someone got and when. Only in a text with a vaccination word; the caller asks for a text about someone.
 */
export function vaccineDoses(
  text: string,
  detector: string,
  /** Whether a word of VACCINE_GATES is in text (non-zero), when the caller has scanned them. */
  gated = ownVaccineGates(text).families[0]!,
): Finding[] {
  if (gated === 0) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(DOSE_RUN)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      label: 'MEDICAL',
      type: 'PROCEDURE',
      score: 0.8,
      detector,
    });
  }
  return out;
}

const YES = new Set(['yes', 'si', 'sí', 'yeah']);
/** Words after a "yes" that make it one option of a blank form ("Yes / No", "Sí o No", "yes or no"). */
const OPTIONS = new Set(['/', '|', 'or', 'o', 'no']);
/**
 * Words that make a form's question a health one when no term is found in it ("Any sick leave this year?",
 * "¿Embarazo actual?", "Any medication?").
 */
const HEALTH_QUESTION_WORDS = new Set([
  'sick',
  'sickness',
  'illness',
  'ill',
  'condition',
  'conditions',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'pregnant',
  'pregnancy',
  'disability',
  'disabled',
  'surgery',
  'operation',
  'hospital',
  'injury',
  'injuries',
  'allergy',
  'allergies',
  'treatment',
  'enfermedad',
  'enfermedades',
  'embarazada',
  'embarazo',
  'medicamento',
  'medicamentos',
  'medicación',
  'tratamiento',
  'cirugía',
  'operado',
  'operada',
  'hospitalizado',
  'hospitalizada',
  'discapacidad',
  'lesión',
  'alergia',
  'alergias',
  'baja',
  'padece',
]);

/**
 * The answers of a health questionnaire: a question on its line that asks about the person's health ("Any sick
 * leave this year?", "¿Embarazo actual?"), answered yes on the same line ("YES — 6 weeks
 * after a fall", "Sí, 20 semanas"). The answer, from the yes to the line's end, is the person's health; a "No", a
 * blank form's "Yes / No" and a question about nothing of health are not. `termIn` says whether a term was found
 * between two offsets (a condition named in the question).
 */
export function yesAnswers(
  tokens: readonly Token[],
  termIn: (start: number, end: number) => boolean,
  detector: string,
): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== '?') continue;
    const yes = tokens[i + 1]!;
    if (yes.lineStart || yes.kind !== 'word' || !YES.has(yes.key)) continue;
    // The answer runs to the end of its line; a "Yes / No" option list is a blank form.
    let last = i + 1;
    while (last + 1 < tokens.length && !tokens[last + 1]!.lineStart) last++;
    const next = tokens[i + 2];
    if (next !== undefined && !next.lineStart && OPTIONS.has(next.key)) continue;
    let lineFirst = i;
    while (lineFirst > 0 && !tokens[lineFirst]!.lineStart) lineFirst--;
    let health = termIn(tokens[lineFirst]!.start, tokens[i]!.start);
    for (let k = lineFirst; k < i && !health; k++) health = HEALTH_QUESTION_WORDS.has(tokens[k]!.key);
    if (!health) continue;
    out.push({
      start: yes.start,
      end: tokens[last]!.end,
      label: 'MEDICAL',
      type: 'CONDITION',
      // Over the terms inside it ("Sí, epilepsia controlada"): the whole answer is masked, not only its term.
      score: 0.9,
      detector,
    });
  }
  return out;
}
