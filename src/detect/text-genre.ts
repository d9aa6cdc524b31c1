import { byFirstCharacter } from './factor-alternatives.js';
import { atLineStarts, lineStartTest } from './line-start.js';
import { dropAboutNobody } from './public-text/about-nobody.js';
import { dropAnimalHealth } from './public-text/animal-health.js';
import { dropCatalogueFields } from './public-text/catalogue-records.js';
import { dropClassicalCitations } from './public-text/classical-citations.js';
import { dropDocumentationAddresses } from './public-text/documentation-addresses.js';
import { dropEponymousProducts } from './public-text/eponymous-products.js';
import { readHealthFieldLabels } from './public-text/health-field-labels.js';
import { dropHealthWithoutBearer } from './public-text/health-without-bearer.js';
import { dropHistoricalText } from './public-text/historical-text.js';
import { dropIssuerContacts } from './public-text/issuer-contacts.js';
import { dropNetworkBlocks } from './public-text/network-blocks.js';
import { readWithOrganisationPhones } from './public-text/organisation-phone.js';
import { dropPetHealthLines } from './public-text/pet-health-lines.js';
import { dropPlannedPrivateAddresses } from './public-text/private-addresses.js';
import { dropProductBarcodes } from './public-text/product-barcodes.js';
import { dropPublicInstructions } from './public-text/public-instructions.js';
import { dropTestVectors } from './public-text/test-vectors.js';
import { dropUnanchoredPublic } from './public-text/unanchored.js';
import { type TextTest, wordTest, wordWalk } from './public-text/word-walk.js';
import { dropWorksListItems } from './public-text/works-lists.js';
import type { Finding, Label } from './types.js';
import { FIRM_ID_TYPES } from './validators/national-ids.js';
import { wholeWords as words } from './whole-words.js';

/**
 * Whole-text genres whose values are nobody's, read after every detector has run (so one reading covers the rule
 * packs' findings as well as the vocabularies'):
 * - teaching text: an exam question, a quiz, a textbook section, a first-aid handout, a clinical-trial registry
 *   entry. Its health terms, doses and vital signs describe a generic or fictional subject ("a 72-year-old man",
 *   "if someone collapses", "adults with X"), so with no personal anchor (a contact value, an id, a birth date, a real
 *   name, "my son", "I have", a record's field) they are dropped; a name it declares fictional goes too.
 * - an organisation's own contact line: a switchboard, a helpline, a box office, "call our talent team on", a
 *   contracting authority's telephone in a tender notice. The number and the mailbox are the organisation's; the
 *   same number on a line with a person's name or a personal word ("my", "mobile", "direct line") stays.
 * The same words in a patient's record, a letter to a named person or a form keep every value.
 * Last, a text about nobody private (public-text/about-nobody.ts) loses its names, places, health terms and dates,
 * and a text with one sign of public text and no private cue at all its names and places (public-text/unanchored.ts).
 */

/**
 * Families of teaching cues; two different families make a text a teaching one. One is not enough: a clinic letter
 * says "on exam", a student health form names a university, a case report calls its patient "a 45-year-old man".
 */
const TEACHING_FAMILIES: readonly TextTest[] = [
  // An assessment: its questions, marks and answers.
  wordWalk(
    'exam questions?|exam papers?|past papers?|mock exams?|(?:my|this|the|our|nursing|medical|final) exams?|' +
      'quiz(?:zes)?|flash ?cards?|multiple[- ]choice|MCQs?|OSCEs?|\\(\\d{1,2} marks?\\)|mark(?:ing)? scheme|' +
      'model answers?|correct answers?|answer key|revision questions|' +
      'respuestas? correctas?|opci[oó]n correcta|\\(correcta\\)|convocatoria (?:ordinaria|extraordinaria)|' +
      'preguntas? (?:\\d{1,2}|tipo test|de examen|de repaso)|(?:este|del|el|mi|un) examen|' +
      'examen (?:final|parcial|tipo test|MIR|EIR)|autoevaluaci[oó]n|self-assessment|self-test(?: questions)?|' +
      'self-check|check your (?:understanding|knowledge)|(?<=\\()answers?(?=:)|(?<=\\()respuesta(?=:)|' +
      // A paper's own words: "exam qs", "pass mark", "true/false", "which of the following", "Q1 1 mark, Q2 2".
      "exam q(?:s|['’]s)|pass mark|nota de corte|true ?/ ?false|true or false|verdadero ?/ ?falso|verdadero o falso|" +
      'which of the following|cu[aá]l(?:es)? de (?:las|los) siguientes|(?<=Q\\d{1,2}:? )\\d{1,2} marks?',
  ),
  // Teaching material and its readers.
  wordWalk(
    'textbooks?|handouts?|course (?:code|notes|material)|lectures?|syllabus|learning (?:points|objectives|outcomes)|' +
      'teaching case|(?:nursing|medical|pharmacy) students|first[- ]aid|further reading|lesson plan|' +
      'worked examples?|ejemplos? resueltos?|ejercicios? resueltos?|' +
      'libro de texto|apuntes|temario|tema \\d{1,2}|primeros auxilios|lecci[oó]n \\d{1,2}|asignatura|' +
      '(?:nuestros|los|mis) (?:alumnos|estudiantes)|facultad de|grado en|BSc|MSc|' +
      // Study notes and their reading lists: "study notes", "bibliografía", "7.ª ed.", "2.º de Medicina".
      'study notes|revision notes|class notes|lecture notes|bibliograf[ií]a|bibliography|recommended reading|' +
      'reading list|lecturas? recomendadas?|\\d{1,2}(?:\\.?ª|st|nd|rd|th) ed(?:\\.|ici[oó]n|ition)|' +
      '\\d\\.?º (?:de|curso de) (?:medicina|enfermer[ií]a|farmacia|biolog[ií]a|bioqu[ií]mica|veterinaria|qu[ií]mica)|' +
      '(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]year (?:medicine|medical|nursing|pharmacy|biology|biochemistry)|' +
      // "year 2 physio", a module's or a course's code ("module NUR1042").
      'year \\d (?:medicine|medical|nursing|pharmacy|physio\\p{L}*|dental|dentistry|midwifery|paramedic\\p{L}*|biology)|' +
      '(?:module|m[oó]dulo|course|unit) (?:code )?[A-Z]{2,4} ?\\d{3,4}',
  ),
  // A case that says it is no one's.
  wordWalk(
    'fictional|fictitious|hypothetical|imaginary|made-up|anonymi[sz]ed|any resemblance|simulated patient|' +
      'not a real (?:patient|person|case|client)|(?:case |clinical )?vignettes?|viñetas? cl[ií]nicas?|' +
      'no es (?:un|una) (?:paciente|persona|caso) real|' +
      'ficticio|ficticia|hipot[eé]tic[oa]|inventad[oa]|imaginari[oa]|anonimizad[oa]|caso simulado|paciente simulado',
  ),
  // A generic subject: an age and a sex with no name, anyone who collapses, the emergency number.
  wordWalk(
    // With or without its article: a question's stem opens on "54-year-old woman", "Mujer de 58 años".
    '(?:an? )?\\d{1,3}-year-old (?:man|woman|male|female|boy|girl|patient|child)|' +
      'an? (?:man|woman|patient) (?:in (?:his|her|their) \\d0s|aged \\d{1,3})|' +
      // A question's stem in the present: "A 34-year-old cyclist presents with", "is brought in by".
      'an? \\d{1,3}-year-old (?:[\\p{L}-]+ ){1,3}(?:presents|is brought|attends|comes to)|' +
      '(?:(?:un|una) )?(?:var[oó]n|mujer|hombre|paciente|niñ[oa]|chic[oa]|lactante) de \\d{1,3} (?:años|meses)|' +
      'if (?:someone|somebody|a person|the casualty|a casualty)|the casualty|si (?:alguien|una persona)|' +
      'call (?:999|112|911)|llam(?:e|a|ar) al 112',
  ),
  // Science taught as such: mechanisms, enzymes and their kinetics, receptors, pathways (nobody's treatment).
  wordWalk(
    'inhibits|inhibit|inhibe|inhiben|inhibidor(?:es)? (?:competitiv|no competitiv|irreversible)\\p{L}*|' +
      '(?:competitive|non-competitive|irreversible|uncompetitive) inhibit(?:ion|or)s?|' +
      'inhibici[oó]n (?:competitiva|no competitiva|irreversible|acompetitiva)|mechanisms? of action|' +
      'mecanismos? de acci[oó]n|Michaelis-Menten|Lineweaver-Burk|Vmax|Km (?:bajo|alto|low|high|aparente|apparent)|' +
      'EC \\d\\.\\d{1,2}\\.\\d{1,2}\\.\\d{1,3}|enzyme kinetics|cin[eé]tica enzim[aá]tica|rate-limiting enzyme|' +
      'enzima limitante|second messengers?|segundos? mensajeros?|(?:partial |inverse )?agonists? (?:of|at|del?)|' +
      'agonistas? (?:de|del|parciales?)|antagonists? (?:of|at)|antagonistas? (?:de|del)|' +
      'pharmacokinetics|farmacocin[eé]tica|pharmacodynamics|farmacodin[aá]mica|half-life of|vida media de',
  ),
];
/** The family that says the case is no one's: it also lets a name the text gives its case go. */
const FICTION_FAMILY = 2;

/** A trial registry entry: its criteria for anyone who may join, and a registry's id or the word trial. */
const INCLUSION = wordWalk('inclusi[oó]n(?: criteria)?|criterios de inclusi[oó]n');
const EXCLUSION = wordWalk('exclusion(?: criteria)?|criterios de exclusi[oó]n|exclusi[oó]n');
const REGISTRY = wordWalk('NCT\\d{8}|EudraCT|EU CT|ISRCTN\\d*|trial|ensayo|estudio cl[ií]nico');

/** Quick screen: a word some teaching cue starts with. */
const TEACHING_SCREEN = byFirstCharacter(
  /vignette|viñeta|pass mark|nota de corte|true ?\/ ?false|true or false|verdadero|which of the following|siguientes|Q\d|year \d|module|m[oó]dulo|course|unit |presents|is brought|attends|comes to|study notes|revision notes|class notes|lecture notes|bibliograf|bibliography|recommended reading|reading list|lecturas? recomendadas|\d ed|\dª ed|\d\.ª ed|\dst ed|\dnd ed|\drd ed|\dth ed|º de|º curso|year medic|year nursing|year pharm|year biol|year bioch|inhibi|mechanism|mecanismo|Michaelis|Lineweaver|Vmax|Km |EC \d|enzyme|enzima|second messenger|segundos? mensajero|agonist|antagonist|pharmacokin|farmacocin|pharmacodyn|farmacodin|half-life|vida media|exam|quiz|flash|multiple|MCQ|OSCE|marks?\)|mark scheme|marking|model answer|correct answer|answer key|revision|respuesta|opci[oó]n correcta|correcta\)|convocatoria|pregunta|examen|autoevaluaci|self-assessment|self-test|self-check|check your|answers?:|worked example|ejemplos? resuelt|ejercicios? resuelt|not a real|no es una? (?:paciente|persona|caso) real|textbook|handout|course|lecture|syllabus|learning|teaching|students|first[- ]aid|further reading|lesson|libro de texto|apuntes|temario|tema \d|primeros auxilios|lecci[oó]n|asignatura|alumnos|estudiantes|facultad|grado en|BSc|MSc|fictional|fictitious|hypothetical|imaginary|made-up|anonymi|resemblance|simulated|ficticio|ficticia|hipot[eé]tic|inventad|imaginari|anonimizad|simulado|year-old|casualty|someone|somebody|a person|si alguien|una persona|call 9|call 1|llam|inclusi[oó]n|inclusion/i,
);

/** Words that make a text about the writer or someone they know: a relative, "I have", a record's field. */
const PERSONAL_WORDS = words(
  'my (?:son|daughter|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|baby|child|kid|grand\\p{L}+|' +
    'aunt|uncle|cousin|niece|nephew|patient|client|friend|boss)|' +
    "I (?:have|had|was diagnosed|am on|take|suffer)|I['’]ve (?:got|been|had)|I['’]m on|" +
    'mi (?:hij[oa]|madre|padre|marido|mujer|espos[oa]|herman[oa]|pareja|abuel[oa]|beb[eé]|paciente|amig[oa]|jef[ea])|' +
    'tengo|padezco|me (?:diagnosticaron|han diagnosticado)|dear|estimad[oa]',
);
/** A record's field at the start of a line: "Name:", "DOB:", "Paciente:". */
const RECORD_FIELD =
  /(?:^|\n)[ \t]*(?:name|full name|nombre|apellidos|patient(?: name)?|paciente|pt|dob|d\.o\.b\.?|date of birth|fecha de nacimiento|nhs(?: no| number)?|mrn|nhc|n[ºo°] historia|dni|nie|nif)[ \t]*:/iu;
/** RECORD_FIELD tried at line starts only (line-start.ts). */
const RECORD_FIELD_AT = atLineStarts(RECORD_FIELD);

/** Labels whose value only a person has: one anywhere makes the text about someone. */
const PERSONAL_VALUE_LABELS: ReadonlySet<Label> = new Set<Label>([
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'NATIONAL_ID',
]);
/** Health findings a teaching text holds for its generic subject; any other medical type is an identifier. */
const TOPIC_MEDICAL_TYPES: ReadonlySet<string> = new Set([
  'CONDITION',
  'MEDICATION',
  'PROCEDURE',
  'LAB_RESULT',
  'SYMPTOM',
  'SHAPE',
  'SCALE',
  'ICD10',
  'DIAGNOSIS_CODE',
  'VITAL_SIGN',
]);

/** Findings without those a teaching text or an organisation's own contact line holds for nobody. */
export function dropGenreFindings(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  let out = findings;
  // A network's block, its broadcast address or a range's bound in a subnet plan or a config (network-blocks.ts).
  // An IPv6 documentation prefix's address in a document, unless a log or a client cue shows a visitor.
  // A private address a plan, a manual's default or a worked example uses (private-addresses.ts).
  if (out.some((f) => f.label === 'IP_ADDRESS'))
    out = dropPlannedPrivateAddresses(text, dropDocumentationAddresses(text, dropNetworkBlocks(text, out)));
  // A drink, a dish or a liqueur named after someone or somewhere (eponymous-products.ts).
  if (out.some((f) => f.label === 'PERSON' || f.label === 'LOCATION')) out = dropEponymousProducts(text, out);
  // A catalogue's or a stock list's EAN / GTIN codes read as ids or phones (product-barcodes.ts).
  out = dropProductBarcodes(text, out);
  // The songs and artists of a set list, a track list or a repertoire (works-lists.ts).
  out = dropWorksListItems(text, out);
  // The health terms of a herd's, a flock's or a pet's record (animal-health.ts), and of a line whose patient is a
  // pet in a text about people (pet-health-lines.ts); a field's label, dropped where its value is found, reaching over it where not (health-field-labels.ts).
  if (out.some((f) => f.label === 'MEDICAL'))
    out = readHealthFieldLabels(text, dropPetHealthLines(text, dropAnimalHealth(text, out)));
  if (out.some((f) => f.label === 'PHONE' || f.label === 'EMAIL' || f.label === 'LOCATION'))
    out = dropOrganisationContacts(text, out);
  // An organisation's own address, phone, mailbox or remittance account, read from its line (issuer-contacts.ts).
  out = dropIssuerContacts(text, out);
  // A teaching text's health terms; or, with none, the one-word name of a case it says is fictional ("Sam").
  // (A finding that keeps every value of a teaching text is looked for before the text is read.)
  if (
    (out.some((f) => f.label === 'MEDICAL') || (out.some((f) => f.label === 'PERSON') && FICTION_SCREEN.test(text))) &&
    !out.some(keepsTeachingText) &&
    TEACHING_SCREEN.test(text)
  )
    out = dropTeachingTopics(text, out);
  if (CODED_SCREEN.test(text)) out = dropCodedReports(text, out);
  // (Not each row's words first: a megabyte on one line would be read once per value on it.)
  if (out.some((f) => TEST_ROW_LABELS.has(f.label)) && NEGATIVE_SCREEN.test(text) && NEGATIVE_CASES(text))
    out = dropNegativeTestRows(text, out);
  // The rows of a parameterised unit test: a value and the result its validator must give (public-text/test-vectors.ts).
  out = dropTestVectors(text, out);
  if (out.some((f) => f.label === 'PERSON' || f.label === 'MEDICAL') && OLD_YEAR.test(text))
    out = dropHistoricalFigures(text, out);
  // A maker's credit around a name first, then the text's screen.
  if (out.some((f) => f.label === 'PERSON' && makerCredit(text, f)) && ATTRIBUTION_SCREEN.test(text))
    out = dropAttributedMakers(text, out);
  // A text dated in the past, tying no living person to it: its names, places and dates (public-text/historical-text.ts).
  out = dropHistoricalText(text, out);
  // An author or a work in a classical, legal or scriptural citation (public-text/classical-citations.ts).
  out = dropClassicalCitations(text, out);
  // A library catalogue record's authors, imprint and dates (public-text/catalogue-records.ts).
  out = dropCatalogueFields(text, out);
  // Public instructions, rules and terms: their places, offices and named officials (public-text/public-instructions.ts).
  out = dropPublicInstructions(text, out);
  // Health words no one bears: a protocol's, a committee's, a story's (public-text/health-without-bearer.ts).
  out = dropHealthWithoutBearer(text, out);
  // Last, the whole text's reading: public evidence and no personal anchor make every name and place nobody's;
  // with no private cue at all, one sign of public text is enough for the names and places (public-text/unanchored.ts).
  // A phone number in a text that ties nobody to a private life is an organisation's (public-text/organisation-phone.ts).
  return readWithOrganisationPhones(text, out, (fs) => dropUnanchoredPublic(text, dropAboutNobody(text, fs)));
}

/** Quick screen for the family that says a case is no one's. */
const FICTION_SCREEN = /fictio|fictit|fictic|hypothet|hipot[eé]tic|imaginar|made-up|inventad|not a real|no es una? /i;

/**
 * Coded reports read by machines and pilots: an aviation weather report or forecast (METAR, SPECI, TAF), a notice
 * to airmen (NOTAM), a SIGMET or an ATIS. Their groups of digits are times, winds, validity periods and positions
 * ("0612/0621", "522814N 0010326E"), never anyone's phone or id: a value found on such a line is dropped.
 */
const CODED_SCREEN = /(?<![A-Za-z])(?:METAR|SPECI|TAF|NOTAM|SIGMET|AIRMET|ATIS)(?![A-Za-z])/;
const CODED_LINE =
  /^[ \t]*(?:[-*•][ \t]*)?(?:METAR|SPECI|TAF(?: AMD| COR)?|NOTAM[A-Z]?|SIGMET|AIRMET|ATIS)(?![A-Za-z])/;
/** Labels a coded report's groups of digits and letters get mistaken for. */
const CODED_LABELS: ReadonlySet<Label> = new Set<Label>(['PHONE', 'NATIONAL_ID', 'DATE']);

function dropCodedReports(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (!CODED_LABELS.has(f.label)) return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', lineStart);
    return !CODED_LINE.test(text.slice(lineStart, next < 0 ? text.length : next));
  });
}

/**
 * A table of negative test cases: the text says its inputs must be rejected ("each input must be REJECTED", "should
 * not match", "casos negativos"), and a row says why its value is invalid ("Luhn fails", "area 666 not issued",
 * "too short"). The row's value is a made-up fixture, whatever it looks like.
 */
const NEGATIVE_SCREEN = byFirstCharacter(
  /reject|rechaz|should not|must not|shouldn't|no deben?|negativ|invalid|inv[aá]lid/i,
);
const NEGATIVE_CASES = wordTest(
  '(?:each|every|all|these) (?:inputs?|values?|numbers?|cases?|rows?|strings?)(?: [\\p{L}-]+){0,3} (?:must|should|will) (?:be )?(?:rejected|fail|invalid)|' +
    "(?:must|should) (?:be )?rejected|(?:should|must)(?: not|n['’]t) (?:match|validate|pass)|negative (?:test )?cases|" +
    'invalid (?:inputs|test cases|examples|samples)|casos? (?:de prueba )?negativos|deben? (?:ser )?rechazad[oa]s?|' +
    'no deben? (?:coincidir|validar|pasar)|entradas? inv[aá]lidas|invalid (?:cases|values|numbers)|' +
    'casos? inv[aá]lidos|valores inv[aá]lidos|n[uú]meros inv[aá]lidos',
);
/** On the value's row: why it is invalid. */
const INVALID_ROW = words(
  'invalid|fails?|failing|wrong|not (?:issued|valid|allowed|assigned)|too (?:short|long)|rejected|bad|malformed|' +
    'off by one|range|reserved|rango|reservad[oa]|' +
    'inv[aá]lid[oa]|falla|incorrect[oa]|err[oó]ne[oa]|demasiado (?:corto|largo)|no emitid[oa]|rechazad[oa]',
);
const TEST_ROW_LABELS: ReadonlySet<Label> = new Set<Label>([
  'PHONE',
  'NATIONAL_ID',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
]);

function dropNegativeTestRows(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => !TEST_ROW_LABELS.has(f.label) || !invalidRow(text, f));
}

/** Whether the value's row (its line without the value) says why it is invalid, or its list's heading does. */
function invalidRow(text: string, f: Finding): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const next = text.indexOf('\n', f.end);
  const line = `${text.slice(lineStart, f.start)} ${text.slice(f.end, next < 0 ? text.length : next)}`;
  return INVALID_ROW.test(line) || underInvalidHeading(text, lineStart, line);
}

/** A bare list line: the value alone, maybe bulleted, numbered or quoted. */
const BARE_ROW = /^[\s\-*•·\d.)"'`,;]*$/;
/** A heading that opens a list of values meant to fail: "Invalid cases:", "Casos inválidos (...):". */
const INVALID_HEADING = words(
  'invalid|inv[aá]lid[oa]s|negative|negativ[oa]s|must fail|should fail|deben fallar|tienen que fallar|rejected|rechazad[oa]s',
);

/** A line above in the same list: one id-like value, maybe bulleted or quoted (X1234567L, 12.345.678-5). */
const LISTED_VALUE = /^[\s\-*•·"'`]*[A-Za-z]?[\p{Nd}][\p{Nd}.\-/ ]*[\p{Nd}A-Za-z]?[\s"'`,;]*$/u;

/**
 * A value alone on its line, in a list whose heading says its values are invalid: the lines above are bare values
 * up to the heading, which ends with a colon (its remark in brackets aside).
 */
function underInvalidHeading(text: string, lineStart: number, row: string): boolean {
  if (!BARE_ROW.test(row)) return false;
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 40; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line === '') return false;
    if (!LISTED_VALUE.test(line)) {
      return /:$/.test(line.replace(/\s*\([^)]*\)\s*(?=:$)/, '')) && INVALID_HEADING.test(line);
    }
    end = start - 1;
  }
  return false;
}

/** A year before 1900: a quick screen for a figure born then. */
const OLD_YEAR = /(?<!\d)1[0-8]\d\d(?!\d)/;
/**
 * A birth before 1900 ("was born on 2 May 1811", "nació en 1840", "(1811–1872)"): whoever the line is about is
 * dead, a historical figure, whose illnesses are a biography's topic.
 */
const BORN_LONG_AGO =
  /(?<![\p{L}])(?:born|nacid[oa]|naci[oó])(?![\p{L}])[^.\n\d]{0,40}(?:\d{1,2}(?:st|nd|rd|th)?[^.\n\d]{1,14})?1[0-8]\d\d(?!\d)|\(\s*(?:b\.\s*|n\.\s*)?1[0-8]\d\d\s*[–-]\s*1[0-9]\d\d\s*\)/iu;

/**
 * On a line that says its subject was born before 1900, the subject's name (before the birth) and the health terms
 * of the line are history, not anyone's data; unless the line is the writer's own ("my great-grandfather").
 */
function dropHistoricalFigures(text: string, findings: Finding[]): Finding[] {
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (f.label !== 'PERSON' && f.label !== 'MEDICAL') continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const line = text.slice(lineStart, next < 0 ? text.length : next);
    const born = BORN_LONG_AGO.exec(line);
    if (born === null || PERSONAL_WORDS.test(line) || FAMILY_OWN.test(line)) continue;
    if (f.label === 'MEDICAL' || f.end - lineStart <= born.index) dropped.add(f);
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}

/**
 * A work's maker as a catalogue names them: "attributed to X", "circle of X", "atribuido a X", or a name and the
 * year of the work before 1900 ("X, 1783", "X, c. 1790"). An auction lot, an inventory or a museum label names an
 * artist or a silversmith, not the owner; a line in the writer's own voice ("my grandfather, 1890") keeps it.
 */
const ATTRIBUTION_SCREEN =
  /attributed to|circle of|follower of|manner of|workshop of|studio of|atribuid[oa] a|c[ií]rculo de|seguidor de|al modo de|, (?:c\. ?|ca\. ?)?1[0-8]\d\d/i;
const ATTRIBUTED_BEFORE =
  /(?<![\p{L}])(?:attributed to|circle of|follower of|manner of|workshop of|studio of|atribuid[oa] a|c[ií]rculo de|seguidor de|al modo de)\s+$/iu;
const OLD_WORK_YEAR_AFTER = /^,[ \t]*(?:c\.[ \t]*|ca\.[ \t]*|circa[ \t]+)?1[0-8]\d\d(?![\d\p{L}])/u;

/** A maker's credit around the name: "attributed to X", "X, c. 1790". */
function makerCredit(text: string, f: Finding): boolean {
  return (
    ATTRIBUTED_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)) ||
    OLD_WORK_YEAR_AFTER.test(text.slice(f.end, f.end + 16))
  );
}

function dropAttributedMakers(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.label !== 'PERSON') return true;
    if (!makerCredit(text, f)) return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const line = text.slice(lineStart, next < 0 ? text.length : next);
    return PERSONAL_WORDS.test(line) || FAMILY_OWN.test(line);
  });
}

/** The writer's own forebears: "my great-grandmother", "mi bisabuelo". */
const FAMILY_OWN = words('my|our|mi|mis|nuestr[oa]s?');

/** A finding whose value makes any teaching text someone's: a contact value or id, a birth date, a record's code. */
function keepsTeachingText(f: Finding): boolean {
  return (
    (PERSONAL_VALUE_LABELS.has(f.label) && !FIRM_ID_TYPES.has(f.type)) ||
    (f.label === 'DATE' && f.type === 'DATE_OF_BIRTH') ||
    (f.label === 'MEDICAL' && !TOPIC_MEDICAL_TYPES.has(f.type))
  );
}

function dropTeachingTopics(text: string, findings: Finding[]): Finding[] {
  // Cheapest first: the findings, then the families' walks, then the personal words. Each check alone keeps every
  // value, so their order changes no answer, and most texts with a real name stop at the first one.
  const fiction = TEACHING_FAMILIES[FICTION_FAMILY]!(text);
  const cited = new Set<Finding>();
  for (const f of findings) {
    if (keepsTeachingText(f)) return findings;
    // A textbook's authors on a reference line ("Lecturas: Garrido y Soler, Manual de ..., 3.ª edición") are public.
    if (f.label === 'PERSON' && citationLine(text, f)) {
      cited.add(f);
      continue;
    }
    // A real name (not a case the text says is fictional) makes the case someone's.
    if (f.label === 'PERSON' && !fiction) return findings;
  }
  // Two families, or a registry entry, asked only when the families alone are not enough.
  let families = fiction ? 1 : 0;
  for (let i = 0; i < TEACHING_FAMILIES.length && families < 2; i++)
    if (i !== FICTION_FAMILY && TEACHING_FAMILIES[i]!(text)) families++;
  if (families < 2 && !(INCLUSION(text) && EXCLUSION(text) && REGISTRY(text))) return findings;
  if (PERSONAL_WORDS.test(text) || lineStartTest(RECORD_FIELD_AT, text)) return findings;
  // In a case declared fictional, the one-word name it gives its subject ("Sam", "Mr A") goes with the terms.
  return findings.filter((f) => f.label !== 'MEDICAL' && !cited.has(f) && !(f.label === 'PERSON' && oneWord(text, f)));
}

/** A reference's line: a reading list's heading, an edition, a publisher, an ISBN, "et al.". */
const CITATION_LINE = words(
  'bibliograf[ií]a|bibliography|references?|referencias?|further reading|recommended reading|reading list|' +
    'lecturas? recomendadas?|sources?|fuentes?|\\d{1,2}(?:\\.?ª|st|nd|rd|th) ed(?:\\.|ici[oó]n|ition)?|edici[oó]n|edition|' +
    'ed\\.|eds\\.|editorial|publisher|Elsevier|Panamericana|Springer|Wiley|McGraw[- ]Hill|Revert[eé]|Lippincott|' +
    'Saunders|Thieme|Oxford University Press|Cambridge University Press|ISBN|et al\\.?|textbook|libro de texto|manual de',
);

/** Whether the name stands on a reference's line. */
function citationLine(text: string, f: Finding): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const next = text.indexOf('\n', f.end);
  return CITATION_LINE.test(text.slice(lineStart, next < 0 ? text.length : next));
}

/** A one-word name, or a title and one word or letter ("Mr B", "Sra. X"): the label a case gives its subject. */
function oneWord(text: string, f: Finding): boolean {
  return /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta|D|Dña)\.?\s+)?\S+$/u.test(text.slice(f.start, f.end));
}

/** Before a number or a mailbox on its line: the organisation's own desk, line or team. */
const ORG_CONTACT_BEFORE = words(
  'switchboard|main (?:line|number|office)|reception|front desk|help ?line|hotline|freephone|enquiries|enquiry line|' +
    'inquiries|customer (?:service|services|care|support)|box office|ticket office|booking line|' +
    // A trial sponsor's or a drug maker's information line, a carrier's assistance line.
    'sponsor|promotor del (?:ensayo|estudio)|medical information|informaci[oó]n m[eé]dica|' +
    'asistencia 24 ?h(?:oras)?|24[- ]hour (?:assistance|helpline|line)|' +
    'call (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:team|office|desk|line|department|centre|center)|' +
    'contact (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:team|office|desk|department)|' +
    'centralita|recepci[oó]n|conserjer[ií]a|atenci[oó]n (?:al|a) (?:clientes?|ciudadan[oa]s?|usuari[oa]s?|p[uú]blico)|' +
    'informaci[oó]n y reservas|l[ií]nea de atenci[oó]n|servicio de atenci[oó]n|' +
    // A desk for visitors, an information line, a number the text says is public.
    "visitors?['’]? (?:centre|center|desk)|tourist (?:information|office)|information (?:line|desk|centre|center|office)|" +
    'centro de (?:visitantes|interpretaci[oó]n)|oficina de (?:turismo|informaci[oó]n)|punto de informaci[oó]n|' +
    '(?<=^[ \\t]*)(?:informaci[oó]n|information|info|more info(?:rmation)?|m[aá]s informaci[oó]n)(?=[ \\t]*:)|' +
    '\\(public\\)|\\(p[uú]blic[oa]\\)|public (?:line|number|helpline)|(?:l[ií]nea|n[uú]mero|tel[eé]fono) p[uú]blico|' +
    // A shop's, a venue's or a parish's desk as a field: "Orders:", "Pedidos:", "Entradas: taquilla o", "Despacho parroquial:".
    '(?<=^[ \\t]*|[.;·|][ \\t]*)(?:orders|sales|bookings|reservations|tickets|pedidos|ventas|reservas|entradas|' +
    'despacho(?: parroquial)?|secretar[ií]a|oficina|administraci[oó]n)(?=[ \\t]*:)|taquilla|' +
    // A catalogue's or a price list's supplier: "Distribuidor: X SL, tel.", "Supplier: Y Ltd, phone".
    'distribuidor(?:a)?|distributor|proveedor|supplier|mayorista|wholesaler|fabricante|manufacturer|importador|importer|' +
    '(?:S\\.L\\.?U?|SLU?|S\\.A\\.?U?|SAU?|Ltd|Limited|GmbH|plc|Inc|LLC|S\\.r\\.l)\\.?,?[ \\t]*(?:tel(?:[eé]fono)?\\.?|tfno\\.?|phone|t\\.)?[ \\t:]*(?=$)',
);
/** Right after the number, in brackets or after a comma: "(centralita)", ", switchboard". */
const ORG_CONTACT_AFTER =
  /^[ \t]*[,;(–-]?[ \t]*(?:centralita|switchboard|reception|recepci[oó]n|main line|helpline|freephone|gratuito|conserjer[ií]a|public|p[uú]blic[oa]|atenci[oó]n a (?:tiendas|clientes|distribuidores|profesionales|talleres)|trade (?:line|orders|counter)|pedidos|ventas|sales|orders)(?![\p{L}\p{N}])/iu;
/** A tender or an official notice: its contact details are the contracting authority's. */
const NOTICE = wordTest(
  'contract notice|contracting authority|tender notice|invitation to tender|anuncio de licitaci[oó]n|' +
    '[oó]rgano de contrataci[oó]n|perfil del contratante|entidad adjudicadora',
);
/**
 * A word of every notice phrase, in plain letters: a scan without NOTICE's look-behinds at every position, and exact
 * as a screen (the phrases hold no "s" or "k", the letters whose Unicode case folding reaches beyond ASCII).
 */
const NOTICE_SCREEN = /contra|tender|licitaci|adjudicador/i;
/** On a notice's line: the authority's telephone or mailbox field. */
const NOTICE_FIELD = words('tel\\.?|telephone|phone|tel[eé]fono|e-?mail|correo');
/** A line headed by an organisation's acronym and a colon: "OMBUDSVAL: 55 ...", "DGT: 060". */
const ACRONYM_LABEL = /^[ \t]*\p{Lu}{3,}(?:[ \t]\p{Lu}{2,})?[ \t]*:[ \t]*$/u;
/** A notice's address field: the authority's seat. */
const NOTICE_ADDRESS = words('address|direcci[oó]n|sede');
/** Words that make the number on their line someone's own. */
const PERSONAL_LINE = words(
  'my|me|mine|mi|mis|his|her|mobile|cell|m[oó]vil|celular|personal|particular|home|casa|direct line|l[ií]nea directa|whatsapp',
);

/** Quick screen: a desk's word, a notice's or an acronym's label somewhere in the text. */
const CONTACT_SCREEN = byFirstCharacter(
  /sponsor|promotor del|medical information|informaci[oó]n m[eé]dica|asistencia 24|24[- ]hour|switchboard|main (?:line|number|office)|reception|front desk|help ?line|hotline|freephone|enquir|inquir|customer (?:serv|care|supp)|box office|ticket office|booking line|call (?:our|the)|contact (?:our|the)|centralita|recepci|conserjer|atenci[oó]n (?:al|a)|informaci[oó]n y reservas|l[ií]nea de atenci|servicio de atenci|gratuito|contract notice|contracting authority|tender notice|invitation to tender|anuncio de licitaci|[oó]rgano de contrataci|perfil del contratante|entidad adjudicadora|visitor|tourist|information|info|m[aá]s informaci|public|p[uú]blic|l[ií]nea p|n[uú]mero p|tel[eé]fono p|centro de|oficina|punto de|orders|sales|booking|reservation|tickets|pedidos|ventas|reservas|entradas|despacho|secretar|administraci|taquilla|\p{Lu}{3} ?:|\p{Lu}{3}\p{Lu}+ ?:|distribu|proveedor|supplier|mayorist|wholesal|fabricante|manufacturer|importad|importer|atenci[oó]n a|trade|(?<![\p{L}])(?:S\.?L|S\.?A|Ltd|Limited|GmbH|plc|Inc|LLC|S\.r\.l)(?![\p{L}])/iu,
);

/** Where the clause holding a value opens in the text of its line before it: after the last sentence's end. */
function clauseOpening(before: string): number {
  const m = /^[\s\S]*[.;·|](?=[ \t]+\p{Lu})/u.exec(before);
  return m === null ? 0 : m[0].length;
}

/** A finding the reading may drop: a number, a mailbox, or an address (a notice's only). */
const contactValue = (f: Finding) =>
  f.label === 'PHONE' || f.label === 'EMAIL' || (f.label === 'LOCATION' && f.type !== 'PLACE');

function dropOrganisationContacts(text: string, findings: Finding[]): Finding[] {
  if (!findings.some(contactValue)) return findings;
  // Whether the text is a notice, and whether it holds a desk's word at all (the screen): whole-text searches, made
  // once and only for a value its own line would let go (the screen passes most texts, so it is asked last).
  let notice: boolean | undefined;
  const isNotice = () => {
    notice ??= NOTICE_SCREEN.test(text) && NOTICE(text);
    return notice;
  };
  let screened: boolean | undefined;
  const deskWords = () => {
    screened ??= CONTACT_SCREEN.test(text);
    return screened;
  };
  const kept = findings.filter((f) => {
    if (!contactValue(f)) return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const lineEnd = next < 0 ? text.length : next;
    const before = text.slice(lineStart, f.start);
    const after = text.slice(f.end, lineEnd);
    // What would let the value go is read first: most values have none, and are kept without the personal readings
    // (each reading is a pure test, so the order changes no answer). The anchored tests go before the long one.
    const organisation =
      f.label === 'LOCATION'
        ? // An address is the authority's on a notice's address field only.
          NOTICE_ADDRESS.test(before) && isNotice()
        : ORG_CONTACT_AFTER.test(after) ||
          ACRONYM_LABEL.test(before) ||
          ORG_CONTACT_BEFORE.test(before) ||
          (NOTICE_FIELD.test(before) && isNotice());
    if (!organisation || !deskWords()) return true;
    if (PERSONAL_LINE.test(before) || PERSONAL_LINE.test(after)) return true;
    // A name in the value's own clause makes it someone's ("Juez: X. Entradas: 900 ..." is the desk's).
    const clauseStart = lineStart + clauseOpening(before);
    return findings.some((p) => p.label === 'PERSON' && p.start < lineEnd && p.end > clauseStart);
  });
  return kept.length === findings.length ? findings : kept;
}
