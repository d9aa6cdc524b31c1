import type { Finding } from '../types.js';
import { NAMES_SOMETHING_ELSE, walkSectionLines } from './section-lines.js';

/**
 * The orders and the assessment of a clinical note: what its "Plan:", "Recomendaciones:", "Indicaciones:" or
 * "Management plan:" says will be done to the patient (referrals, tests ordered, dose changes, follow-up), and the
 * risk grade it gives ("Risk category: HIGH", "Riesgo: alto"). Each sentence of such a section is one finding; a
 * plan's items parted by semicolons stay one finding ("refer to X; repeat bloods; review in 6 weeks"), as the plan
 * as a whole is the patient's.
 * A sentence counts only when it is clinical: it holds a MEDICAL finding the detector made, or it opens with an
 * order's verb ("refer", "solicitar", "aumentar", "control"). So an insurer's "Plan: Gold 200, card 123" or a
 * build tool's "Plan: 4 resources to create" stay out. The caller reads these only in a text with a record number or a
 * licence, or about one identified person.
 */
const HEADING =
  /(?:^|\n)[ \t]*(?:(?:management|treatment|care|follow-up|discharge) plan|plan(?: de (?:tratamiento|cuidados|seguimiento|acci[oó]n))?|plan terap[eé]utico|recommendations?|recomendaciones|indicaciones(?: al alta)?|orders|[oó]rdenes|conducta|actions?|acciones|juicio cl[ií]nico|impresi[oó]n diagn[oó]stica|motivo(?: de (?:consulta|ingreso|derivaci[oó]n|la consulta))?|reason for (?:referral|visit|admission|consultation)|presenting complaint|exploraci[oó]n [a-záéíóúñ]*(?:ica|ria)|(?:risk (?:category|level|status|grade)|categor[ií]a de riesgo|nivel de riesgo|riesgo))(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:[ \t]*/gi;
/**
 * Headings whose sentences state what the patient has or why they came ("Motivo: ...", "Juicio clínico: ...",
 * "Reason for referral: ...", "Exploración neurológica: ..."): read like a plan's, but a semicolon parts two
 * statements ("anorexia nerviosa; episodio depresivo").
 */
const STATEMENT_HEADING = /^(?:\n|[ \t])*(?:juicio|motivo|reason|presenting|exploraci|impresi)/i;
/** A risk heading's grade: a value that is only a level ("HIGH RISK", "moderado", "low"). */
const RISK_HEADING = /^(?:\n|[ \t])*(?:risk|categor|nivel|riesgo)/i;
const RISK_GRADE =
  /^(?:(?:very |muy )?(?:high|low|moderate|medium|increased|alto|alta|bajo|baja|moderado|moderada|medio|medi[ao]|elevado|elevada)(?: risk| riesgo)?|(?:high|low|moderate|increased|alto|bajo|moderado) \(?\d\)?|(?:riesgo|risk) (?:alto|bajo|moderado|high|low|moderate))\b/i;
/** An order's verb opening a sentence of a plan ("Refer ...", "Solicitar ...", "Control en 4 semanas"). */
const ORDER =
  /^(?:refer|re-refer|request|order|arrange|book|start|commence|continue|stop|increase|decrease|reduce|switch|repeat|recheck|review|admit|prescribe|monitor|consider|titrate|wean|derivar|derivaci[oó]n|remitir|remisi[oó]n|interconsulta|solicitar|solicito|solicita|pedir|iniciar|inicio|continuar|mantener|suspender|retirar|aumentar|subir|bajar|reducir|pautar|ajustar|control|controles|revisi[oó]n|revisar|ingreso|ingresar|seguimiento|citar|repetir|valorar)\b/i;
/** A line opened by a field's name and its colon ("Podiatrist:", "Médico:"), which ends the section before it. */
const FIELD_LINE = /^[ \t]*[\p{L}][\p{L} .#/'-]{0,30}(?:\([^()\n]{0,40}\))?[ \t]*:/u;
/** A sentence's end: a full stop before a space or the segment's end (never a decimal point, "2.5 mg"). */
const SENTENCE_END = /(?<!\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Dña|St|vs|v))\.(?=\s|$)/g;
/** The same, and a semicolon between two statements. */
const STATEMENT_END = /(?<!\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Dña|St|vs|v))\.(?=\s|$)|;/g;
const MAX_LINES = 6;
/** Above a term's own score, so the section, not the term inside it, is what is kept. */
const SCORE = 0.92;
const MIN_SENTENCE = 3;

/** The findings of a note's plan and risk sections (see the module's comment); `found` holds the detector's own. */
export function planSections(text: string, found: readonly Finding[], detector: string): Finding[] {
  const out: Finding[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    const risk = RISK_HEADING.test(m[0]);
    const ends = STATEMENT_HEADING.test(m[0]) ? STATEMENT_END : SENTENCE_END;
    const at = walkSectionLines(text, m.index + m[0].length, MAX_LINES, FIELD_LINE, (segment, lineAt) => {
      if (!risk) return sentences(segment, lineAt, ends, found, detector, out);
      const grade = RISK_GRADE.exec(segment.trim());
      if (grade) {
        const s = lineAt + segment.indexOf(grade[0]);
        out.push({ start: s, end: s + grade[0].length, label: 'MEDICAL', type: 'CONDITION', score: SCORE, detector });
      }
      return true;
    });
    HEADING.lastIndex = Math.max(HEADING.lastIndex, at - 1);
  }
  return out;
}

/** Pushes the clinical sentences of segment (at offset `at`); true when a sentence opens another field. */
function sentences(
  segment: string,
  at: number,
  ends: RegExp,
  found: readonly Finding[],
  detector: string,
  out: Finding[],
): boolean {
  let from = 0;
  ends.lastIndex = 0;
  for (;;) {
    const stop = ends.exec(segment);
    const to = stop ? stop.index : segment.length;
    let s = from;
    let e = to;
    while (s < e && (segment[s] === ' ' || segment[s] === '\t' || segment[s] === '-' || segment[s] === '•')) s++;
    while (e > s && (segment[e - 1] === ' ' || segment[e - 1] === '\t' || segment[e - 1] === ';')) e--;
    const sentence = segment.slice(s, e);
    if (from > 0 && FIELD_LINE.test(sentence)) return true;
    if (e - s >= MIN_SENTENCE && /\p{L}/u.test(sentence) && !NAMES_SOMETHING_ELSE.test(sentence)) {
      const start = at + s;
      const end = at + e;
      const clinical =
        ORDER.test(sentence) ||
        found.some((f) => f.label === 'MEDICAL' && f.detector === detector && f.start < end && f.end > start);
      if (clinical) out.push({ start, end, label: 'MEDICAL', type: 'PROCEDURE', score: SCORE, detector });
    }
    if (!stop) return false;
    from = to + 1;
  }
}

/**
 * Adds sections to found. The detector's own findings inside them stay: a section that loses to a sturdier finding
 * it overlaps (a tooth chart's rule) leaves its terms found all the same; one that wins takes their place.
 */
export function withSections(found: Finding[], sections: readonly Finding[]): void {
  for (const s of sections) found.push(s);
}
