import type { Finding } from '../types.js';
import { compileGateScan, type GateReader } from './gate-scan.js';
import { LookbehindFirstSearch, sentenceBefore } from './gated-search.js';

/**
 * What a record, a claim or an HR e-mail says about someone's sick leave and the care that follows an injury or an
 * illness, in English and Spanish:
 *
 *   sick leave       "reposo absoluto de 10 días", "baja de tres semanas", "15 días de incapacidad", "licencia
 *                    médica por 7 días", "signed off for four weeks", "off sick for 3 days", "two weeks' sick leave"
 *   follow-up care   "control con traumatología el 14 de marzo", "turno con la neuróloga del 3/11", "cita con el
 *                    cardiólogo en 2 semanas", "follow-up with orthopaedics in 10 days", "review in fracture clinic
 *                    on Monday", "referred to rheumatology"
 *
 * A leave's length or a follow-up with a specialist says that someone was ill or hurt and is being treated. The caller
 * reads these only in a text about someone (a record, a named or addressed person); a policy's or a leaflet's
 * wording ("employees may take up to 5 days of sick leave", "si necesita una cita con el cardiólogo") is vetoed by
 * the words of its sentence before the value.
 */

/** Words before a value, in its sentence, that make it a policy's, a leaflet's or a hypothesis's. */
const NOT_SOMEONES =
  /\b(?:may|can|could|entitled|entitlement|allowance|allowed|up to|maximum|policy|employees|staff members|if|whether|when you|you can|you may|should you|puede[ns]?|podr[aá]n?|derecho a|hasta un m[aá]ximo|m[aá]ximo de|pol[ií]tica|los trabajadores|las trabajadoras|si (?:necesita|necesitas|necesitan|requiere|requieres|precisa|tiene que|tienes que)|en caso de|cuando|cubre|cubren|cobertura|covers?|coverage|covered|no incluye|not included)\b/i;
/**
 * Where a sentence ends, looking back from a value: a full stop or a semicolon, or a line break after one (or after
 * a colon or a blank line). A line break inside wrapped prose ("... no sé si cubre la\nmedicación ...") does not
 * end the sentence.
 */
const SENTENCE_BACK = /(?:[.;!?]|[.:;!?\n][ \t]*\n)(?=[^.;!?]*$)/;

const NUM_ES = String.raw`(?:\d{1,3}|un[oa]?|dos|tres|cuatro|cinco|seis|siete|diez|ocho|nueve|once|doce|catorce|quince|veinte|veinti[uú]n|veintiuno|treinta|sesenta|noventa)`;
const NUM_EN = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a couple of|a few|several)`;
const SPAN_ES = String.raw`${NUM_ES}\s(?:d[ií]as|semanas|meses)(?:\s(?:h[aá]biles|corridos|naturales|laborables))?`;
const SPAN_EN = String.raw`${NUM_EN}\s(?:working\s)?(?:days?|weeks?|months?)`;
const MONTHS_ES = String.raw`(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre)`;
const MONTHS_EN = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE_ES = String.raw`(?:\d{1,2}\sde\s${MONTHS_ES}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado)(?:\s\d{1,2}(?:\sde\s${MONTHS_ES})?)?)`;
const DATE_EN = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s${MONTHS_EN}|${MONTHS_EN}\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:\s\d{1,2}(?:st|nd|rd|th)?)?)`;
const SPECIALIST_ES = String.raw`(?:(?:traumat|cardi|neur|neum|dermat|oftalm|ur|ginec|endocrin|reumat|onc|nefr|gastroenter|hemat|kinesi|alerg|otorrinolaring|angi|proct|neumon)(?:[oó]log[oa]s?|olog[ií]a)|otorrino|ORL|endocrino|digestivo|psiquiatr(?:[ao]|[ií]a)|psic[oó]log[oa]|fisiatra|fisioterapeuta|fisioterapia|rehabilitaci[oó]n|cirujan[oa]|cirug[ií]a(?:\s(?:general|pl[aá]stica|vascular|de mano|maxilofacial))?|pediatra|pediatr[ií]a|ortopedista|neurocirujan[oa]|neurocirug[ií]a|cl[ií]nica del dolor|unidad del dolor|matrona|odont[oó]log[oa]|maxilofacial)`;
const SPECIALIST_EN = String.raw`(?:orthop(?:a)?edics?|orthop(?:a)?edic (?:team|surgeons?|clinic)|fracture clinic|cardiology|cardiologist|neurology|neurologist|dermatology|dermatologist|ophthalmology|ophthalmologist|eye clinic|ENT|urology|urologist|gyn(?:a)?ecology|gyn(?:a)?ecologist|endocrinology|endocrinologist|rheumatology|rheumatologist|psychiatry|psychiatrist|oncology|oncologist|nephrology|gastroenterology|h(?:a)?ematology|physio(?:therapy)?|physiotherapist|pain clinic|diabetes clinic|memory clinic|chest clinic|respiratory clinic|plastics|hand clinic|hand therapy|neurosurgery|audiology|podiatry|orthotics|the GP|GP|practice nurse|district nurse|wound clinic|burns clinic|surgical team|the surgeons?|maxillofacial|max fax)`;

interface Family {
  /** One of these substrings is in the text, or the family is not searched. */
  gate: readonly string[];
  pattern: RegExp;
  type: string;
}

const FAMILIES: readonly Family[] = [
  {
    // Spanish sick leave with its length: "reposo absoluto de 10 días", "15 días de incapacidad".
    gate: [
      'reposo',
      'Reposo',
      'baja',
      'Baja',
      'licencia',
      'Licencia',
      'incapacidad',
      'Incapacidad',
      'descanso',
      'Descanso',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?:reposo(?:\s(?:absoluto|relativo|laboral|m[eé]dico|domiciliario|deportivo))?|baja(?:\s(?:m[eé]dica|laboral))?|licencia\s(?:m[eé]dica|por enfermedad)|incapacidad(?:\s(?:temporal|laboral|m[eé]dica))?|descanso\sm[eé]dico)\s(?:de|por|durante)\s${SPAN_ES}|${SPAN_ES}\sde\s(?:reposo(?:\s(?:absoluto|relativo|laboral|m[eé]dico))?|baja(?:\sm[eé]dica)?|licencia\sm[eé]dica|incapacidad|descanso\sm[eé]dico))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // English sick leave with its length: "signed off for four weeks", "two weeks' sick leave".
    gate: ['signed off', 'Signed off', 'off sick', 'off work', 'sick', 'Sick', 'fit note', 'medical leave', 'unfit'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?:signed off(?: work| sick)?|off sick|off work|on sick leave|sick leave|sick note|fit note|medical leave|sickness absence|(?:medically )?unfit for work)\s(?:for\s)?(?:(?:a further|another|an extra|a|the next)\s)?${SPAN_EN}|${SPAN_EN}(?:'s?|’s?)?\s(?:of\s)?(?:sick leave|sick note|fit note|medical leave|sickness absence))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // Spanish follow-up with a specialist: "control con traumatología el 14 de marzo", "turno con la neuróloga".
    gate: [
      'control',
      'Control',
      'turno',
      'Turno',
      'cita',
      'Cita',
      'consulta',
      'Consulta',
      'revisi',
      'Revisi',
      'interconsulta',
      'seguimiento',
      'Seguimiento',
      'derivad',
      'Derivad',
      'derivaci',
      'Derivaci',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:controles|control|turno|cita|consulta|revisi[oó]n|interconsulta|seguimiento|derivad[oa]|derivaci[oó]n)\s(?:con|en|a|de|al|del|para)\s(?:(?:el|la|los|las|su|un|una)\s)?${SPECIALIST_ES}(?:\s(?:infantil|pedi[aá]tric[oa]))?(?:\s(?:el|del|para el|en|dentro de|a los|a las|el d[ií]a|del d[ií]a)\s(?:${DATE_ES}|${SPAN_ES}))?(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'PROCEDURE',
  },
  {
    // English follow-up with a specialty: "follow-up with orthopaedics in 10 days", "review in fracture clinic".
    gate: ['follow', 'Follow', 'review', 'Review', 'appointment', 'Appointment', 'appt', 'referr', 'Referr', 'clinic'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:follow[- ]?up|f\/u|review|appointment|appt|referral|referred|re-?check|seen)\s(?:with|in|by|at|to|from)\s(?:(?:the|a|an|his|her|their)\s)?${SPECIALIST_EN}(?:\s(?:clinic|team|department|OPD))?(?:\s(?:in|on|within|at|next|this)\s(?:${SPAN_EN}|${DATE_EN}|week))?(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'PROCEDURE',
  },
];

/** The families' gates, matched case-insensitively: the medical detector scans them with the other readers' gates. */
/** Each family's pattern, searched with its opening lookbehind checked after the rest (gated-search.ts). */
const SEARCHES = FAMILIES.map((f) => new LookbehindFirstSearch(f.pattern));

export const LEAVE_AND_FOLLOW_UP_GATES: GateReader = { families: FAMILIES.map((f) => f.gate), matching: 'folded' };
const ownGates = compileGateScan([LEAVE_AND_FOLLOW_UP_GATES]);

/** Sick leave with its length and follow-up care with a specialist in text (see the module's comment). */
export function leaveAndFollowUp(
  text: string,
  detector: string,
  aboutSomeone: () => boolean = () => true,
  /** The families with a gate in text (a scan of LEAVE_AND_FOLLOW_UP_GATES), when the caller has scanned them. */
  present = ownGates(text).families[0]!,
): Finding[] {
  const out: Finding[] = [];
  // Most texts hold no gate and cost the scan alone.
  if (present === 0 || !aboutSomeone()) return out;
  for (let k = 0; k < FAMILIES.length; k++) {
    if ((present & (1 << k)) === 0) continue;
    const family = FAMILIES[k]!;
    const re = SEARCHES[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (NOT_SOMEONES.test(sentenceBefore(text, m.index, SENTENCE_BACK))) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        label: 'MEDICAL',
        type: family.type,
        score: 0.8,
        detector,
      });
    }
  }
  return out;
}
