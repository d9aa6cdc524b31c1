import type { Finding } from '../types.js';
import { FIRM_ID_TYPES } from '../validators/national-ids.js';
import { wholeWords as words } from '../whole-words.js';
import { publicEvidence, roleMailbox, SCHOLARLY_BIT } from './about-nobody.js';
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
 * A record's field about its subject at a line's start, with a value: "Name: Ana", "DOB: 3/4/61", "Edad: 58",
 * "Pupil: Wren", "Asegurado: Leocadio", "| Patient | ..." (not a blank to fill in: "Name: ____").
 */
const SUBJECT_FIELD = new RegExp(
  '(?:^|\\n)[ \\t]*(?:[-*•|][ \\t]*)?(?:q\\d{1,2}[ .)]+)?(?:' +
    'name|full name|first name|surname|last name|nombre|apellidos?|apellido y nombre|nombre y apellidos?|' +
    'patient(?: name)?|paciente|pcte|pte|pt|dob|d\\.o\\.b\\.?|date of birth|fecha de nacimiento|f\\. ?nac\\.?|age|edad|' +
    'sex|sexo|nhs(?: no\\.?| number)?|mrn|nhc|chi|nhi|hospital (?:no|number)|n[ºo°] (?:de )?historia|bed|cama|' +
    'resident|residente|client|cliente|customer|usuari[oa]|member|socio|afiliad[oa]|next of kin|' +
    'applicant(?: \\d)?|solicitante|claimant|reclamante|accionante|policy ?holder|insured|asegurad[oa]|tomador|' +
    'employee|emplead[oa]|trabajador[a]?|worker|staff member|injured person|lesionad[oa]|victim|v[ií]ctima|' +
    'pupil|student|alumn[oa]|estudiante|child|niñ[oa]|menor|baby|beb[eé]|candidate|candidat[oa]|' +
    'guest|hu[eé]sped|passenger|pasajer[oa]|tenant|inquilin[oa]|debtor|deudor[a]?|titular|beneficiary|beneficiari[oa]|' +
    'subject(?: id)?|sujeto|participant|participante|caller|llamante|informante' +
    // After a colon, or a table's cell border ("Patient\tfractured wrist", "| Paciente | ...").
    ')(?:[ \\t]*[:=]|[ \\t]*\\t|[ \\t]*\\|)[ \\t]*[\\p{L}\\p{N}"“]',
  'iu',
);
/** A relation of the writer to someone: "my son", "our patient", "mi madre", "nuestra paciente". */
const RELATION = words(
  '(?:my|our) (?:own )?(?:patient|client|resident|son|sons|daughter|daughters|wife|husband|partner|mum|mom|mother|' +
    'dad|father|brother|sister|baby|child|children|kids?|grand\\p{L}+|aunt|uncle|cousin|niece|nephew|friend|boss|' +
    'colleague|fianc[eé]e?|girlfriend|boyfriend|toddler|twins|stepson|stepdaughter|in-laws?|mother-in-law|father-in-law)|' +
    '(?:mi|mis|nuestr[oa]) (?:paciente|hij[oa]s?|madre|padre|marido|mujer|espos[oa]|herman[oa]s?|pareja|abuel[oa]s?|' +
    'beb[eé]|niñ[oa]|pequeñ[oa]|amig[oa]|jef[ea]|compañer[oa]|suegr[oa]|t[ií][oa]|prim[oa]|sobrin[oa]|niet[oa]|novi[oa]|mellizos|gemelos)',
);

/**
 * The writer's own health anywhere in the text, when it lists the details on other lines ("I've had these since
 * Monday:", "me duele desde el lunes"): a health verb after "I", "my" before a health word, "tengo", "me duele". Not
 * a request's "I have a question", "I have to", "tengo que", "tengo una duda".
 */
const OWN_HEALTH = words(
  "I(?: have| ['’]ve|['’]ve)? (?:been )?(?:diagnosed|prescribed|taking|feeling|having|getting|suffering)|" +
    "I (?:take|took|feel|felt|suffer|noticed|keep getting)|I['’]m (?:on|taking|pregnant|allergic|diabetic|asthmatic)|" +
    'I am (?:on|taking|pregnant|allergic|diabetic|asthmatic)|' +
    "I (?:have|had|['’]ve had|['’]ve got) (?!(?:a |an |some |no |the |this |these |two |three )?(?:questions?|to|attached|been|" +
    'written|drafted|pasted|included|made|added|copied|draft|idea|meeting|time|list|notes?|document|file|table|leaflet))|' +
    'my (?:symptoms|meds|medication|medicines|tablets|pills|inhaler|GP|doctor|consultant|blood|pain|diagnosis|results|' +
    'scan|surgery|operation|condition|illness|health|periods?|pregnancy|allergy|allergies)|' +
    'tengo (?!que|una? (?:duda|pregunta|reuni[oó]n|lista|tabla|documento))|padezco|' +
    'me (?:duele|duelen|diagnosticaron|han diagnosticado|recetaron|operaron|han operado|dieron la baja)|' +
    'estoy (?:embarazada|tomando|de baja)|mi (?:m[eé]dic[oa]|medicaci[oó]n|tratamiento|diagn[oó]stico|enfermedad|dolor|alergia)',
);

/** Words a roman numeral "I" follows: a level's, a stage's, a type's, a part's (not the writer's "I"). */
const NUMBERED_BY =
  '(?:[Nn]ivel|[Ll]evel|[Pp]rioridad|[Pp]riority|[Ss]tep|[Pp]aso|[Tt]omo|[Vv]olume|[Rr]ound|[Gg]rade|[Gg]rado|[Tt]ipo|' +
  '[Tt]ype|[Ss]tage|[Ee]stadio|[Ff]ase|[Pp]hase|[Cc]lass|[Cc]lase|[Pp]art|[Pp]arte|[Aa]ct|[Aa]cto|[Cc]ategory|' +
  '[Cc]ategor[ií]a|[Gg]rupo|[Gg]roup|[Zz]ona|[Zz]one|[Tt]ier|[Cc]hapter|[Cc]ap[ií]tulo|[Ss]ection|[Ss]ecci[oó]n|' +
  '[Ss]chedule|[Aa]nexo|[Aa]nnex|[Ww]ar|[Gg]uerra|[Tt]rial|[Ee]nsayo|[Cc]lass|[Ww]orld)';

/**
 * The writer, or one person, on a line: "I", "I'm", "my", "tengo", "estoy", "me duele", "he", "she", "ella". Not
 * "he or she", "his/her" (a rule's anyone), "tengo que" (an obligation), nor a request's "me" ("can you help me").
 */
const ONE_PERSON_ON_LINE = new RegExp(
  // "I" before a verb in lower case or as a contraction; not a level's, a type's or a part's numeral ("Nivel I rojo").
  `(?<![\\p{L}\\p{N}'’.-])(?<!${NUMBERED_BY} )I(?:['’](?:m|ve|d|ll)(?![\\p{L}])|[ \\t]+(?=\\p{Ll}))|` +
    "(?<![\\p{L}\\p{N}'’.-])(?:[Mm]y|[Mm]ine|[Mm]yself)(?![\\p{L}\\p{N}])|" +
    '(?<![\\p{L}])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)(?![\\p{L}]| or | ?/ ?(?:she|he|her|his|him))(?<!(?:or|/) ?(?:he|she|him|his|her))|' +
    '(?<![\\p{L}])(?:[Tt]engo(?! que)|[Tt]uve|[Ee]stoy|[Ee]stuve|[Pp]adezco|[Tt]omo|[Mm]e (?:duele|duelen|dol[ií]a|diagnosticaron|han|hicieron|dieron|recetaron|operaron|pusieron|siento|encuentro|noto|mare[oa])|' +
    '[Mm]i|[Mm]is|[Éé]l|[Ee]lla)(?![\\p{L}])',
  'u',
);

/** Numbers in words an age is written with: "a four-year-old", "de cuatro años". */
const NUMBER_WORDS_EN =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const NUMBER_WORDS_ES =
  '(?:noventa|ochenta|setenta|sesenta|cincuenta|cuarenta|treinta|veinti\\p{L}+|veinte|diecinueve|dieciocho|' +
  'diecisiete|diecis[eé]is|quince|catorce|trece|doce|once|diez|nueve|ocho|siete|seis|cinco|cuatro|tres|dos|una|un)' +
  '(?: y (?:medio|nueve|ocho|siete|seis|cinco|cuatro|tres|dos|una|un))?';

/**
 * One patient in a narrative: an age, a bed, a note's verbs and headings. Not a population's age ("aged 65 and
 * over", "mayores de 65 años") nor a rule's patient ("if the patient", "patients who").
 */
const ONE_PATIENT = words(
  // An age: "58M", "58 F", "58 y/o", "67-year-old", "four-year-old", "aged 80", "(age 34)", "de 58 años", "de
  // cuatro años", ", 74 años".
  `\\d{1,3} ?(?:y/?o|yo|yrs?(?: old)?|years? old)|(?:\\d{1,3}|${NUMBER_WORDS_EN})[- ](?:year|month|week)[- ]old|` +
    '(?<!(?:reading|minimum|maximum|retirement|school|pension|legal|gestational|mean|median|average|under|over) )age:? ?\\d{1,3}(?! ?(?:\\+|and|or|to|[–-]))|' +
    '(?<=, ?)\\d{1,3} ?(?:años|a\\.)(?=[ ,.;)]|$)|' +
    '(?<!(?:patients|adults|people|children|those|persons|women|men|everyone|anyone|residents) )aged \\d{1,3}(?! ?(?:\\+|and|or|to|[–-]|y|o|a|plus|years? and))|' +
    `(?<!(?:más|menos|mayores|menores|pacientes|personas|adultos|niños|niñas|chicos|chicas|mujeres|hombres|entre|partir) )de (?:\\d{1,3}|${NUMBER_WORDS_ES}) (?:años|meses)(?! (?:o|y|a|en adelante)(?![\\p{L}]))|` +
    '(?:a los|con) \\d{1,3} años de edad|edad:? ?\\d{1,3}|' +
    // A bed or a room: "bed 4", "cama 12", "hab. 304".
    '(?:bed|bay|room|cama|box|habitaci[oó]n|hab\\.) ?\\d{1,3}|' +
    // A note's verbs and headings.
    '(?<!(?:who|that|which|if|when|que|si|cuando) )(?:(?:was|were|has been|had been) (?:admitted|seen|diagnosed|discharged|referred|started on|treated|transferred|reviewed|examined|found)|' +
    'present(?:s|ed) (?:with|to)|complain(?:s|ed) of|admitted (?:with|for|on)|discharged (?:home|on|to))|c/o|h/o|on examination|o/e|PMH|HPC|HPI|' +
    '(?<!(?:que|si|cuando) )(?:refiere|refiri[oó]|acude|acudi[oó]|consulta por|consult[oó] por|ingres[oó]|ingresa (?:por|en|con)|ingresad[oa] (?:en|por|desde|el|ayer|hoy))|' +
    'fue (?:ingresad|diagnosticad|intervenid|atendid|derivad|trasladad|visto|vista)\\p{L}*|' +
    'se le (?:realiz[oó]|practic[oó]|diagnostic[oó]|paut[oó]|administr[oó]|pus[oi]|indic[oó]|recet[oó])|' +
    'fue (?:encaminad|remitid|evacuad|operad)[oa]|a la exploraci[oó]n|antecedentes personales',
);

/**
 * An age and a sex as a note writes them, in capitals: "58M", "71 F" (not "20 m" of a distance); a note's "Pt" (not
 * "pts", a population, nor a MedDRA preferred term's "PT 10012345").
 */
const AGE_AND_SEX = /(?<![\p{L}\p{N}])(?:\d{1,3} ?[MF](?=[,;:/ )]|$)|[Pp]t\.?(?= )(?! ?1\d{7}(?!\d)))/mu;
/** An age after a capitalised word, between commas: "Maud Ellery, 52, retired teacher", "Ana Ruiz, 34 años". */
const AGE_AFTER_NAME = /\p{Lu}\p{Ll}+,[ \t]*\d{1,3}[ \t]*(?:,|years|años|y\/o|yo(?![\p{L}]))/u;

/**
 * A log of one incident: two lines or more opening on a clock time, not a slot's range ("11:20 Team reaches the
 * casualty", "16:12 Fractura abierta"), as a rescue, a dispatch or a nursing log keeps them. A rota's or a
 * programme's slots ("07:00-15:30", "09:00 – 10:00") are no events.
 */
const TIMED_ENTRY =
  /(?:^|\n)[ \t]*\[?\d{1,2}[:.h]\d{2}(?::\d{2})?\]?(?![ \t]*(?:[-–—]|to|a)[ \t]*\d)[ \t]*[-–—:]?[ \t]*\p{L}/gu;
function incidentLog(text: string): boolean {
  TIMED_ENTRY.lastIndex = 0;
  return TIMED_ENTRY.test(text) && TIMED_ENTRY.test(text);
}

/** A letter's greeting to someone (not to a group: "Dear parents", "Estimadas familias"). */
const GREETING =
  /(?:^|\n)[ \t]*(?:dear|hi|hello|hola|estimad[oa]|querid[oa])[ \t,]+(?!(?:parents?|carers?|families|family|colleagues?|all|team|everyone|patients?|residents?|members?|sir or madam|familias?|padres|compañer[oa]s|tod[oa]s|pacientes|usuari[oa]s|vecin[oa]s|socios)(?![\p{L}]))\p{Lu}/iu;

/** Whether a line holding a health topic names the writer or one person (each line read once). */
function personOnHealthLine(text: string, findings: readonly Finding[]): boolean {
  let lineEnd = -1;
  for (const f of findings) {
    if (f.label !== 'MEDICAL' || f.start < lineEnd) continue;
    const start = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    lineEnd = next < 0 ? text.length : next;
    if (ONE_PERSON_ON_LINE.test(text.slice(start, lineEnd))) return true;
  }
  return false;
}

/**
 * Who bears the text's health words: a short word for the first sign of someone (for tests and tuning), or undefined
 * when nobody is there.
 */
export function healthBearer(text: string, findings: readonly Finding[]): string | undefined {
  const found = someoneFound(text, findings);
  if (found !== undefined) return found;
  if (SUBJECT_FIELD.test(text)) return 'field';
  if (RELATION.test(text)) return 'relation';
  if (OWN_HEALTH.test(text)) return 'own health';
  if (ONE_PATIENT.test(text) || AGE_AND_SEX.test(text) || AGE_AFTER_NAME.test(text)) return 'patient';
  if (GREETING.test(text)) return 'letter';
  if (incidentLog(text)) return 'log';
  return personOnHealthLine(text, findings) ? 'person on line' : undefined;
}

/** Findings without the health topics of a text in which nobody bears them. */
export function dropHealthWithoutBearer(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'MEDICAL' && TOPIC_TYPES.has(f.type))) return findings;
  if (!hasLines(text, DOCUMENT_LINES)) return findings;
  if (healthBearer(text, findings) !== undefined) return findings;
  return findings.filter((f) => f.label !== 'MEDICAL' || !TOPIC_TYPES.has(f.type));
}
