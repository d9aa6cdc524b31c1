import type { Finding } from '../types.js';
import { wordTest } from './word-walk.js';

/**
 * Signs in a text's own words that someone bears its health words: a record's field about its subject, the writer's
 * or a relative's health, one patient in a narrative (an age, "58M", a bed, "presented with"), a letter's greeting,
 * an incident's timed log, the writer or one person on a health line. Read by the public-text step that drops a
 * bearerless text's health topics (health-without-bearer.ts, which adds what other detectors found: a name, a card).
 * The medical detector, before it sets a text's terms aside as topics, reads the note's shapes only (namelessPatient):
 * the looser signs keep a text that has no other bearer in a step that only drops, not in one whose answer keeps.
 */

/** A firm's or a service's value of a field: its kind of body first, or a legal form on the line. */
const FIRM_VALUE =
  '(?:laboratori(?:o|os|es|um)|servicio|service|hospital|unidad|unit|departamento|department|grupo|group|' +
  'pharma\\p{L}*|farmac[eé]utica)(?![\\p{L}])|[^\\n]*(?<![\\p{L}])(?:S\\.L\\.?U?|S\\.A\\.?U?|Ltd|Inc|GmbH|plc|B\\.V\\.)(?![\\p{L}])';

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
    ')(?:[ \\t]*[:=]|[ \\t]*\\t|[ \\t]*\\|)[ \\t]*' +
    // Not a firm or a service holding a product's licence or a guide ("Titular: Laboratorios Ejemplo, S.L.").
    `(?!${FIRM_VALUE})[\\p{L}\\p{N}"“]`,
  'iu',
);
/** A relation of the writer to someone: "my son", "our patient", "mi madre", "nuestra paciente". */
const RELATION = wordTest(
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
const OWN_HEALTH = wordTest(
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
 * over", "mayores de 65 años", a guideline's "en menor de 24 meses") nor a rule's patient ("if the patient",
 * "patients who"), nor admission as a decision ("criterios de ingreso", "valorar ingreso en UCI": the noun, where the
 * note's "ingresó" or "ingreso ayer por" is a patient's).
 */
const ONE_PATIENT = wordTest(
  // An age: "58M", "58 F", "58 y/o", "67-year-old", "four-year-old", "aged 80", "(age 34)", "de 58 años", "de
  // cuatro años", ", 74 años".
  `\\d{1,3} ?(?:y/?o|yo|yrs?(?: old)?|years? old)|(?:\\d{1,3}|${NUMBER_WORDS_EN})[- ](?:year|month|week)[- ]old|` +
    '(?<!(?:reading|minimum|maximum|retirement|school|pension|legal|gestational|mean|median|average|under|over) )age:? ?\\d{1,3}(?! ?(?:\\+|and|or|to|[–-]))|' +
    '(?<=, ?)\\d{1,3} ?(?:años|a\\.)(?=[ ,.;)]|$)|' +
    '(?<!(?:patients|adults|people|children|those|persons|women|men|everyone|anyone|residents) )aged \\d{1,3}(?! ?(?:\\+|and|or|to|[–-]|y|o|a|plus|years? and))|' +
    `(?<!(?:más|menos|mayor|menor|mayores|menores|pacientes|personas|adultos|niños|niñas|lactantes|chicos|chicas|mujeres|hombres|entre|partir) )de (?:\\d{1,3}|${NUMBER_WORDS_ES}) (?:años|meses)(?! (?:o|y|a|en adelante)(?![\\p{L}]))|` +
    '(?:a los|con) \\d{1,3} años de edad|edad:? ?\\d{1,3}|' +
    // A bed or a room: "bed 4", "cama 12", "hab. 304".
    '(?:bed|bay|room|cama|box|habitaci[oó]n|hab\\.) ?\\d{1,3}|' +
    // A note's verbs and headings.
    '(?<!(?:who|that|which|if|when|que|si|cuando) )(?:(?:was|were|has been|had been) (?:admitted|seen|diagnosed|discharged|referred|started on|treated|transferred|reviewed|examined|found)|' +
    'present(?:s|ed) (?:with|to)|complain(?:s|ed) of|admitted (?:with|for|on)|discharged (?:home|on|to))|c/o|h/o|on examination|o/e|PMH|HPC|HPI|' +
    '(?<!(?:que|si|cuando) )(?:refiere|refiri[oó]|acude(?! a tu(?![\\p{L}]))|acudi[oó]|consulta por|consult[oó] por|ingresó|(?<!(?:de|al|del|el|un|su|valorar|requiere|requieren|precisa|precisan|indicar|considerar) )ingreso(?= (?:por|en|con|a|ayer|hoy|desde|el|la|tras))|ingresa (?:por|en|con)|ingresad[oa] (?:en|por|desde|el|ayer|hoy))|' +
    'fue (?:ingresad|diagnosticad|intervenid|atendid|derivad|trasladad|visto|vista)\\p{L}*|' +
    'se le (?:realiz[oó]|practic[oó]|diagnostic[oó]|paut[oó]|administr[oó]|pus[oi]|indic[oó]|recet[oó])|' +
    'fue (?:encaminad|remitid|evacuad|operad)[oa]|a la exploraci[oó]n|antecedentes personales',
);

/**
 * An age and a sex as a note writes them, in capitals: "58M", "71 F" (not "20 m" of a distance); a note's "Pt" (not
 * "pts", a population, nor a MedDRA preferred term's "PT 10012345").
 */
const AGE_AND_SEX = /(?<![\p{L}\p{N}])(?:\d{1,3} ?[MF](?=[,;:/ )]|$)|[Pp]t\.?(?= )(?! ?1\d{7}(?!\d)))/mu;
/** A bed opening a line, as a ward's note names the patient in it: "Bed 12 - ...", "Cama 4:", "Bay 3 bed 2". */
const BED_LINE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:bay[ \t]*\d{1,2}[ \t,]*)?(?:bed|cama)[ \t]*\d{1,3}(?![\p{N}])/iu;

/**
 * A note's patient it does not name, told by the shape only a note gives them: an age and a sex ("58M", "71 F"), a
 * note's "Pt", a bed opening a line. Unlike a narrative's wording (an age in "9 yrs", "room 014", "was found"), these
 * shapes seldom stand in a newsletter, a talk or a card, so the medical detector may keep a text's terms on them alone.
 */
export function namelessPatient(text: string): boolean {
  return AGE_AND_SEX.test(text) || BED_LINE.test(text);
}

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
 * The first sign, in the text's own words, of someone who bears its health words (a short word naming it, for tests
 * and tuning), or undefined. `health` are the text's health findings: a line holding one is read for a person on it.
 */
export function bearerInText(text: string, health: readonly Finding[]): string | undefined {
  if (SUBJECT_FIELD.test(text)) return 'field';
  if (RELATION(text)) return 'relation';
  if (OWN_HEALTH(text)) return 'own health';
  if (namelessPatient(text) || ONE_PATIENT(text) || AGE_AFTER_NAME.test(text)) return 'patient';
  if (GREETING.test(text)) return 'letter';
  if (incidentLog(text)) return 'log';
  return personOnHealthLine(text, health) ? 'person on line' : undefined;
}
