import type { Finding } from '../types.js';
import { FIRM_ID_TYPES } from '../validators/national-ids.js';
import { publicEvidence, roleMailbox, SCHOLARLY_BIT } from './about-nobody.js';
import { bearerInText } from './health-bearer-signals.js';
import { hasLines, lineOf } from './text-lines.js';

/**
 * Health words no one bears. A condition, a drug, a procedure, a lab value or a symptom is sensitive because someone
 * has it: in a protocol, a leaflet, a reference-range card, a study's abstract, a rota or a formulary nobody does.
 * Earlier readings asked for a sign of such a genre ("protocol", "leaflet", "cohort"), and every unseen text was a
 * genre no list held. This reading asks the other question, of the whole text: is anyone there to bear them?
 * - someone, any one of which keeps every health finding:
 *   - a value only a person has: a card, an account, a personal id, a personal mailbox, a birth date, a health
 *     record's own number or field (any medical finding that is no topic);
 *   - a name the engine found that is no heading in capitals and no ward, unit or room named like a person;
 *   - a record's field about its subject ("Name:", "DOB:", "Paciente:", "Edad:", "Bed:") with a value filled in;
 *   - the writer's own or a relative's health: "my son", "mi madre", "our patient", and the writer ("I", "tengo",
 *     "me duele") or one person ("he", "she", "ella") on a line that holds a health word;
 *   - one patient in a narrative: an age ("58M", "67-year-old", "de 58 años", "aged 80" but not "aged 65 and
 *     over"), a bed ("bed 4", "cama 12"), a clinical note's verbs and headings ("was admitted", "presented with",
 *     "c/o", "PMH", "refiere", "acude", "a la exploración"), a letter's greeting to someone.
 * - nobody otherwise: imperatives and rules ("Repetir la tensión", "give two puffs", "if the patient..."), plural
 *   populations ("patients with", "adultos"), a leaflet's second person ("if your baby has..."), headings.
 * Where nobody is there, the health topics go. A text of one or two lines (a question, an abstract's paragraph) is
 * left as it is: too little is written to tell whether a bearer is missing.
 */

/** Health types a rule, a leaflet or a study names; any other (a record number, a licence, a field) is someone's. */
const TOPIC_TYPES: ReadonlySet<string> = new Set([
  'CONDITION',
  'MEDICATION',
  'PROCEDURE',
  'LAB_RESULT',
  'SYMPTOM',
  'VITAL_SIGN',
  'ICD10',
  'DIAGNOSIS_CODE',
  'SCALE',
  'SHAPE',
]);

/** Lines a text needs before a missing bearer says anything. */
const DOCUMENT_LINES = 3;

/**
 * A name that is a ward's, a unit's or a room's: "Larch Ward", "Sala Clotilde", "Elm Unit". Its
 * last word, or the word before it.
 */
const PLACE_NAMED_LIKE_A_PERSON =
  /^(?:ward|wards|unit|wing|block|suite|theatre|bay|house|lodge|centre|center|clinic|hall|building|room|sala|planta|unidad|pabell[oó]n|ala|bloque|módulo|modulo|consulta|quir[oó]fano)$/i;

/** Whether a name found is one the engine is sure of: no heading in capitals, no ward named like a person. */
function confidentName(text: string, f: Finding): boolean {
  const value = text.slice(f.start, f.end);
  // A heading in capitals ("CARING FOR YOUR STOMA", "PACIENTE QUIRÚRGICO"): no lower-case letter at all.
  if (!/\p{Ll}/u.test(value)) return false;
  const last = /[\p{L}]+$/u.exec(value)?.[0] ?? '';
  if (PLACE_NAMED_LIKE_A_PERSON.test(last)) return false;
  const after = /^[ \t]+([\p{L}]+)/u.exec(text.slice(f.end, f.end + 16))?.[1] ?? '';
  if (PLACE_NAMED_LIKE_A_PERSON.test(after)) return false;
  const before = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, f.start - 16), f.start))?.[1] ?? '';
  if (/^(?:sala|planta|unidad|pabell[oó]n|ward|unit)$/i.test(before)) return false;
  // An author on a reference's line ("Ruiz A, Lee B, et al.", "doi:10...") wrote about the condition, no one has it.
  return !REFERENCE_LINE.test(lineOf(text, f));
}

/** A reference's line: "et al.", a DOI, a PubMed id, an ISBN, a journal's "2019;34:" or "(2021)." */
const REFERENCE_LINE = /et al\.?(?![\p{L}])|doi(?::|\.org)|PMID|ISBN|(?<![\p{N}])(?:19|20)\d\d;[ \t]?\d/u;

/**
 * A lab value or a vital sign measured once ("Potassium | 6.3 | mmol/L", "creatinine 203 umol/L", "BP 150/95") is a
 * sample's or a body's: someone's. Not a card's or a rule's threshold or range ("CRP <5 mg/L", "133-146 mmol/L",
 * "6.5 or more"), nor a study's statistic ("median age 41").
 */
function measured(text: string, f: Finding): boolean {
  if (f.type !== 'LAB_RESULT' && f.type !== 'VITAL_SIGN') return false;
  const value = text.slice(f.start, f.end);
  if (!/\d/.test(value) || THRESHOLD.test(value) || STATISTIC.test(value)) return false;
  return !THRESHOLD_AFTER.test(text.slice(f.end, f.end + 24));
}
/** A comparison or a range inside the value: "<5", "≥ 90", "3.5-5.1", "entre 70 y 110". */
const THRESHOLD =
  /[<>≤≥]|\d[ \t]*(?:[-–—]|to|a|y|and)[ \t]*\d|(?<![\p{L}])(?:below|above|under|over|less than|more than|up to|at least|menos de|m[aá]s de|hasta|entre|inferior|superior)(?![\p{L}])/iu;
/** A study's statistic: "median age 41", "mean HbA1c 7.9", "media de 54". */
const STATISTIC = /(?<![\p{L}])(?:mean|median|average|range|IQR|SD|media|mediana|promedio|rango)(?![\p{L}])/iu;
/** A threshold's words after the value: "or more", "o más", "and above". */
const THRESHOLD_AFTER =
  /^[ \t]*(?:[\p{L}/%.0-9]{0,12}[ \t]*)?(?:or (?:more|less|above|below|higher|lower|over|under)|and (?:above|over|below)|o (?:m[aá]s|menos|superior|inferior)|y (?:m[aá]s|menos)|\+)(?![\p{L}])/iu;

/** A finding that puts someone in the text, or undefined. */
function someoneFound(text: string, findings: readonly Finding[]): string | undefined {
  let names: Finding[] | undefined;
  for (const f of findings) {
    switch (f.label) {
      case 'CREDIT_CARD':
      case 'IBAN':
      case 'BANK_ACCOUNT':
        return f.label;
      case 'NATIONAL_ID':
        if (!FIRM_ID_TYPES.has(f.type)) return f.label;
        break;
      case 'EMAIL':
        if (!roleMailbox(text.slice(f.start, f.end))) return f.label;
        break;
      case 'DATE':
        if (f.type === 'DATE_OF_BIRTH') return 'DATE_OF_BIRTH';
        break;
      case 'MEDICAL':
        if (!TOPIC_TYPES.has(f.type)) return `MEDICAL/${f.type}`;
        if (measured(text, f)) return 'measured';
        break;
      case 'PERSON':
        names ??= [];
        names.push(f);
        break;
    }
  }
  // A study's authors and institutes bear nothing: names in a text with a DOI, a confidence interval or a registry's
  // number (about-nobody's scholarly apparatus) are no one's bearers.
  if (names === undefined || (publicEvidence(text) & SCHOLARLY_BIT) !== 0) return undefined;
  // A name repeated stands or falls with the first ("Ward" after "Larch Ward").
  const dropped: string[] = [];
  for (const f of names) {
    const value = text.slice(f.start, f.end);
    if (f.type === 'NAME_REPEATED' && dropped.some((d) => d.includes(value))) continue;
    if (confidentName(text, f)) return `PERSON/${f.type}`;
    dropped.push(value);
  }
  return undefined;
}

/**
 * Who bears the text's health words: a short word for the first sign of someone (for tests and tuning), or undefined
 * when nobody is there.
 */
export function healthBearer(text: string, findings: readonly Finding[]): string | undefined {
  return someoneFound(text, findings) ?? bearerInText(text, findings);
}

/** Findings without the health topics of a text in which nobody bears them. */
export function dropHealthWithoutBearer(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'MEDICAL' && TOPIC_TYPES.has(f.type))) return findings;
  if (!hasLines(text, DOCUMENT_LINES)) return findings;
  if (healthBearer(text, findings) !== undefined) return findings;
  return findings.filter((f) => f.label !== 'MEDICAL' || !TOPIC_TYPES.has(f.type));
}
