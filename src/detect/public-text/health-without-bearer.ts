import type { Finding } from '../types.js';
import { wholeWords as words } from '../whole-words.js';
import { ANCHOR_LABELS, personalAnchor, publicEvidence, SCHOLARLY_BIT } from './about-nobody.js';
import { aboutThePast } from './historical-text.js';
import { hasLines, lineOf } from './text-lines.js';
import { wordWalk } from './word-walk.js';

/**
 * Health words no one bears. A protocol, a guideline, a formulary committee's minutes, a policy, a job advert, a
 * statistics table, a novel's seminar notes name conditions, drugs and doses with nobody in mind: the doses are a
 * rule's ("ibuprofeno 400 mg salvo contraindicación"), the patients a population ("patients with gout", "tos en
 * paciente asmático"). The medical detector reads its anchors word by word ("mg", "paciente"); this reading asks the
 * whole document (four lines or more) whether anyone is there to bear them:
 * - anyone, any one of which keeps every health finding: a name found, a value only a person has, one of
 *   about-nobody's personal anchors (a relation, a letter, a record's field, an errand, an age after a name), a health
 *   identifier (a record or insurance number, a licence), a record's word for one patient ("the patient", "pt", "bed
 *   4", "45-year-old", "refiere", "was admitted", a relative);
 * - nobody, and one sign of such a text: a protocol's, a policy's or a committee's word ("protocol", "triaje",
 *   "formulary", "quorate", "approved"), a population ("patients with", "pacientes que", "adults"), one family of
 *   about-nobody's public evidence (a story's characters, a chapter, a programme), or a text dated in the past.
 * A scholarly text (an abstract, a paper) keeps its diseases: a corpus of abstracts marks them. A line that speaks of
 * someone ("he", "my", "tengo", "le") keeps its own health words even then.
 */

/** Health types a rule, a list or a story names; any other (a record number, a licence, a field) is someone's. */
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
]);

/**
 * Words that put one patient in the text, anywhere: a record's singular patient (not after "if", "any", "each": a
 * rule's), an age, a bed, a relative, a clinical narrative's verbs.
 */
const ONE_PATIENT = words(
  '(?<!(?:if|when|whether|unless|until|each|every|any|a|per|si|cuando|cada|todo|cualquier|un|una|por) )' +
    '(?:the|this|our|el|la|al|del|este|esta|nuestr[oa]) (?:patient|client|paciente|usuari[oa]|enferm[oa])|' +
    // "pt" is a patient, but "PT 10037844" a MedDRA preferred term's code in a safety report.
    'pts?(?! ?1\\d{7}(?!\\d))|\\d{1,3} ?(?:y/?o|yo|yrs?|years? old|años|a\\.)|\\d{1,3}-year-old|aged \\d{1,3}|de \\d{1,3} años|edad:? ?\\d{1,3}|' +
    '(?:bed|bay|room|cama|box|habitaci[oó]n|hab\\.) ?\\d{1,3}|' +
    'son|daughter|wife|husband|mother|father|mum|mom|dad|baby|boyfriend|girlfriend|' +
    'hij[oa]|madre|padre|espos[oa]|marido|mujer|beb[eé]|novi[oa]|abuel[oa]|niet[oa]|' +
    '(?:was|were|has been|had been) (?:admitted|seen|diagnosed|discharged|referred|started on|treated|transferred|reviewed|examined)|' +
    'present(?:s|ed) (?:with|to)|complains? of|c/o|h/o|on examination|o/e|PMH|HPC|HPI|' +
    'refiere|acude|acudi[oó]|consulta por|ingres[aó]|ingresad[oa]|fue (?:ingresad|diagnosticad|intervenid|atendid|derivad|trasladad)\\p{L}*|' +
    'se le (?:realiz|diagnostic|paut|administr|pus|indic|recet)\\p{L}*|a la exploraci[oó]n|antecedentes personales',
);

/** Words on a line that make its health words someone's: a pronoun of one person, the writer's own. */
const SOMEONE_ON_LINE = words(
  'he|she|him|her|his|hers|himself|herself|me|my|mine|myself|' +
    '[eé]l|ella|mi|mis|me|tengo|tuve|estoy|padezco|le|les|su (?:hij[oa]|madre|padre|marido|espos[oa]|mujer)',
);
/** The writer's "I", in its case, and not a roman numeral after a level's, a stage's or a part's word ("Nivel I"). */
const FIRST_PERSON_I =
  /(?<![\p{L}\p{N}.-])(?<!(?:[Nn]ivel|[Ll]evel|[Pp]rioridad|[Pp]riority|[Ss]tep|[Pp]aso|[Tt]omo|[Vv]olume|[Rr]ound|[Gg]rade|[Gg]rado|[Tt]ipo|[Tt]ype|[Ss]tage|[Ee]stadio|[Ff]ase|[Pp]hase|[Cc]lass|[Cc]lase|[Pp]art|[Pp]arte|[Aa]ct|[Aa]cto|[Cc]ategory|[Cc]ategor[ií]a|[Gg]rupo|[Gg]roup|[Zz]ona|[Zz]one|[Tt]ier|[Cc]hapter|[Cc]ap[ií]tulo|[Ss]ection|[Ss]ecci[oó]n|[Ss]chedule|[Aa]nexo|[Aa]nnex|[Ww]ar) )I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}.])/u;

/** A protocol's, a policy's, a committee's or an advert's words, and a population's: the text's health is a rule's. */
const NOBODYS_GENRE = wordWalk(
  'protocols?|protocolos?|guidelines?|clinical guidance|gu[ií]as? (?:cl[ií]nicas?|de pr[aá]ctica|de actuaci[oó]n)|' +
    'care pathways?|algorithms?|algoritmos?|flowcharts?|flujogramas?|triage|triaje|standard operating procedures?|' +
    'SOPs?|procedimientos? normalizados?|policy|policies|pol[ií]ticas?|formulary|formulario terap[eé]utico|' +
    'gu[ií]a farmacoterap[eé]utica|committees?|comit[eé]s?|comisi[oó]n de (?:farmacia|infecciones|calidad)|' +
    'minutes|actas?|quorate|qu[oó]rum|orden del d[ií]a|approved|aprobad[oa]s?|deferred|aplazad[oa]s?|' +
    'audits?|auditor[ií]as?|seg[uú]n pauta|per protocol|dose banding|dosing (?:table|chart|guide)|' +
    'tabla de dosis|posolog[ií]a|contraindications|contraindicaciones|' +
    'job (?:description|advert|posting)|vacancy|vacante|oferta de empleo|we are (?:looking for|hiring)|buscamos|' +
    'prevalence|incidence|prevalencia|incidencia|per 100[ ,.]?000|por 100[ .]?000|' +
    'patients (?:with|who|on|taking|receiving|undergoing|aged|over|under)|pacientes (?:con|que|en|de|mayores|menores)|' +
    'en pacientes?|in (?:adults|children|patients|pregnancy|the elderly)|adultos|people with|personas con',
);

/** Lines a text needs to be read as a document. */
const DOCUMENT_LINES = 4;

/** Whether the text holds no one to bear its health words, and reads as a rule's, a list's or a story's. */
export function healthWithoutBearer(text: string, findings: readonly Finding[]): boolean {
  for (const f of findings) {
    if (f.label === 'PERSON' || ANCHOR_LABELS.has(f.label)) return false;
    if (f.label === 'MEDICAL' && !TOPIC_TYPES.has(f.type)) return false;
  }
  if (!hasLines(text, DOCUMENT_LINES) || ONE_PATIENT.test(text)) return false;
  if (personalAnchor(text, findings) !== undefined) return false;
  const evidence = publicEvidence(text);
  if ((evidence & SCHOLARLY_BIT) !== 0) return false;
  return evidence !== 0 || NOBODYS_GENRE(text) || aboutThePast(text, findings);
}

/** Findings without the health words no one bears. */
export function dropHealthWithoutBearer(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'MEDICAL')) return findings;
  if (!healthWithoutBearer(text, findings)) return findings;
  return findings.filter((f) => {
    if (f.label !== 'MEDICAL') return true;
    const line = lineOf(text, f);
    return SOMEONE_ON_LINE.test(line) || FIRST_PERSON_I.test(line);
  });
}
