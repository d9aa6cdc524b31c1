import type { Finding } from '../types.js';
import { compileGateScan, type GateReader } from './gate-scan.js';
import { LookbehindFirstSearch } from './gated-search.js';

/**
 * A person's test results that the lab rules (rules/detectors/medical-labs.yaml, which need a unit of
 * concentration) and the results lines (lab-columns.ts, which need a "Labs:" heading) do not read: a result is a
 * test's name, its value and the value's unit, written in a letter, a referral or a form about someone.
 *
 *   allergy work-up    "skin prick to cashew 7 mm, hazelnut 3 mm", "prick test a gramíneas 9 mm", "tolerated a
 *                      cumulative 2.1 g milk protein", "habón de 5 mm"
 *   ECG intervals      "QTc 471 ms", "PR 214 ms", "QRS de 128 ms"
 *   sleep study        "AHI 27", "IAH 38,1/h", "ODI 22/h", "SpO2 nadir 79%", "eficiencia del sueño 64%"
 *   cognitive indexes  "FSIQ 91", "CIT 97", "processing speed index 74", "índice de memoria de trabajo 85"
 *   pregnancy          "Hb 104 at 30 weeks", "GBS positive", "EGB negativo", "PPH 1,100 ml", "EDD 3 March 2027",
 *                      "FPP: 12/05/2027"
 *   eyesight           "near vision N10 uncorrected", "distance vision 6/12 corrected", "agudeza visual 0,6"
 *   a pilot's limits   "VNL", "VML (...)" after a limitation's word
 *
 * The caller reads these only in a text about someone (a record, a named or addressed person); each family is
 * gated by a substring test, so most texts cost a few `includes`. A value after a requirement or a reference's
 * word ("must have distance vision of 6/9", "normal QTc < 450 ms", "£85 per skin prick test") is anyone's: the
 * words of its sentence before it veto it.
 */

/** Words before a value, in its sentence, that make it a requirement, a reference or a price, not a result. */
const NOT_A_RESULT =
  /\b(?:requires?|required|requirement|must|minimum|min\.?|at least|standard|should|need(?:s|ed)? to|criteria|criterion|threshold|cut-?off|normal(?:ly)?|reference|range|typical(?:ly)?|defined as|means|debe|deben|m[ií]nim[oa]|requisito|al menos|umbral|punto de corte|rango|referencia|valores? normal(?:es)?|se define|significa|price|cost|costs|fee|precio|tarifa|cuesta)\b|[£$€]/i;

/** Words right after a value that make it a threshold or a definition ("3 mm or more", "is the cut-off"). */
const NOT_A_RESULT_AFTER =
  /^[ \t]*(?:or (?:more|above|greater|higher|over|less|below|lower|under)|o (?:m[aá]s|mayor|menor|superior|inferior)|(?:is|are) (?:the |a )?(?:cut-?off|threshold|normal|considered|defined|required)|means|indicates|es (?:el |un )?(?:umbral|punto de corte|normal)|se considera|significa|indica)\b/i;

/** Where a sentence or a list item ends, looking back from a value. */
const SENTENCE_BACK = /[.;!?\n](?=[^.;!?\n]*$)/;

interface Family {
  /** One of these substrings is in the text, or the family is not searched. */
  gate: readonly string[];
  pattern: RegExp;
  type: string;
  /** Items after a match in the same list ("..., walnut 9 mm, sesame 2 mm"). */
  more?: RegExp;
}

const N = String.raw`\d{1,4}(?:[.,]\d{1,2})?`;
/** Drugs a screen looks for and infections a test names (as written: "THC", "H. pylori", "Ara h 2"). */
const ANALYTE = String.raw`[Cc]annabis|[Cc]annabinoids?|THC|[Cc]ocaine|[Cc]oca[ií]na|[Bb]enzoylecgonine|[Aa]mphetamines?|[Aa]nfetaminas?|[Mm]ethamphetamines?|[Mm]etanfetaminas?|MDMA|[Oo]piates|[Oo]pi[aá]ceos|[Oo]pioids|[Oo]pioides|[Bb]enzodiazepines|[Bb]enzodiacepinas|[Mm]ethadone|[Mm]etadona|[Bb]uprenorphine|[Bb]uprenorfina|[Ff]entanyl|[Ff]entanilo|[Kk]etamine|[Kk]etamina|H\.\s?pylori|[Hh]elicobacter(?:\spylori)?|SARS-CoV-2|COVID(?:-19)?|[Ss]trep A|HIV|VIH|HCV|VHC|HBsAg|[Ss]yphilis|[Ss][ií]filis|[Cc]hlamydia|[Cc]lamidia|[Gg]onorrh?oea|[Gg]onorrea|Ara h ?\d`;
/** A qualitative result. */
const QUALITATIVE = String.raw`(?:non-negative|[Pp]ositive|[Nn]egative|POSITIVE|NEGATIVE|[Pp]ositiv[oa]|[Nn]egativ[oa]|POSITIVO|NEGATIVO|not detected|detected|no detectad[oa]|detectad[oa]|non-reactive|reactive|no reactiv[oa]|reactiv[oa])`;

const FAMILIES: readonly Family[] = [
  {
    // Skin prick wheals in mm, and the items of the same list after the first one.
    gate: ['prick', 'Prick', 'PRICK', 'SPT', 'wheal', 'habón', 'habon', 'pápula'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:skin[ -]prick(?:[ -]test(?:ing)?)?|SPT|prick[ -]test|prick|wheal|hab[oó]n|p[aá]pula)(?:\s(?:to|for|with|a|al|a la|con|de|frente a))?(?:\s[\p{L}'-]+){0,3}[ \t]*:?[ \t]*${N}[ \t]?mm\b`,
      'giu',
    ),
    more: new RegExp(String.raw`^(?:,|;| and| y| e)\s?(?:[\p{L}'-]+\s){1,3}${N}[ \t]?mm\b`, 'u'),
    type: 'LAB_RESULT',
  },
  {
    // An oral food challenge's tolerated dose of the food's protein.
    gate: ['protein', 'proteína', 'proteina'],
    pattern: new RegExp(
      String.raw`\b(?:tolerated|cumulative|reacted (?:at|after)|toler[oó]|acumulad[ao])(?:\s[\p{L}]+){0,2}\s${N}[ \t]?(?:g|mg)\s(?:of\s)?[\p{L}-]+\sprotein|\b${N}[ \t]?(?:g|mg)\sde\sprote[ií]na\sde\s[\p{L}]+(?=[^.\n]{0,40}\b(?:toler|reacci|provocaci))`,
      'gu',
    ),
    type: 'LAB_RESULT',
  },
  {
    // ECG intervals.
    gate: [' ms', 'ms,', 'ms.', 'ms;', 'ms)', 'mseg'],
    pattern: new RegExp(
      String.raw`\b(?:PR|QRS|QTc[FB]?|QT)(?:\s(?:interval|intervalo))?(?:\s?[:=]|\s(?:of|de|was|is|fue))?[ \t]*${N}[ \t]?(?:ms|mseg)\b`,
      'gu',
    ),
    type: 'LAB_RESULT',
  },
  {
    // A sleep study's indexes and saturation.
    gate: ['AHI', 'IAH', 'ODI', 'RDI', 'IDO', 'pnea', 'pnoea', 'SpO2', 'SatO2', 'sueño', 'sleep'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:AHI|IAH|ODI|RDI|IDO|REI|apn(?:o)?ea[ -]hypopn(?:o)?ea index|[ií]ndice de apnea[ -]hipopnea|(?:oxygen )?desaturation index|[ií]ndice de desaturaci[oó]n|(?:SpO2|SatO2|saturation|saturaci[oó]n)\s(?:nadir|m[ií]nima|minimum|lowest)|(?:nadir|minimum|lowest|m[ií]nima)\s(?:SpO2|SatO2|saturation)|periodic limb movements?(?: index)?|PLMI|sleep efficiency|eficiencia(?: del?)?(?: sueño)?)(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*${N}(?:[ \t]?(?:/h|/hr|per hour|por hora|events/h|eventos/h|%))?(?![\p{L}\p{N}])`,
      'gu',
    ),
    type: 'LAB_RESULT',
  },
  {
    // A sleep study's total sleep time.
    gate: ['sleep time', 'TST', 'total de sueño', 'total de sueno'],
    pattern:
      /(?<![\p{L}\p{N}])(?:total sleep time|TST|tiempo total de sueño|tiempo total de sueno)(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*\d{1,2}[ \t]?(?:h|hrs?|horas?)(?:[ \t]?\d{1,2}(?:[ \t]?(?:min|m))?)?(?![\p{L}\p{N}])/giu,
    type: 'LAB_RESULT',
  },
  {
    // A cognitive assessment's index scores (WISC, WAIS): named, with a value in the scale's range.
    gate: [
      'IQ',
      'CIT',
      'CI ',
      'ndice',
      'index',
      'Index',
      'INDEX',
      'ICV',
      'IVP',
      'IMT',
      'IRP',
      'VCI',
      'PSI',
      'WMI',
      'PRI',
    ],
    pattern:
      /(?<![\p{L}\p{N}])(?:FSIQ|CIT|CI total|full[- ]scale IQ|IQ|ICV|IVP|IMT|IRP|IRF|IVE|VCI|PRI|WMI|PSI|FRI|VSI|(?:verbal comprehension|perceptual reasoning|working memory|processing speed|fluid reasoning|visual[ -]spatial) index|[ií]ndice de (?:comprensi[oó]n verbal|razonamiento (?:perceptivo|fluido)|memoria de trabajo|velocidad de procesamiento|visoespacial))(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*(?:[4-9]\d|1[0-5]\d)(?![\p{L}\p{N}])/gu,
    type: 'LAB_RESULT',
  },
  {
    // Haemoglobin with no unit at a stage of pregnancy or a date, as midwives write it.
    gate: ['Hb', 'haemoglobin', 'hemoglobin', 'hemoglobina'],
    pattern:
      /\b(?:Hb|Hgb|ha?emoglobin|hemoglobina)(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*(?:[5-9]\d|1\d\d|[5-9][.,]\d|1\d[.,]\d)(?:[ \t]?(?:g\/l|g\/dl))?\s(?:at|a las|en la)\s\d{1,2}\s?(?:weeks|wks|w|semanas|sem)\b/giu,
    type: 'LAB_RESULT',
  },
  {
    // Group B streptococcus carriage.
    gate: ['GBS', 'EGB', 'SGB', 'strep', 'Strep', 'estreptococo'],
    pattern:
      /\b(?:GBS|EGB|SGB|group B strep(?:tococcus)?|strep B|estreptococo (?:del grupo )?B)(?:\s(?:status|swab|screen|cultivo|exudado))?\s?:?\s?(?:negative|positive|neg|pos|negativo|positivo|negativa|positiva|unknown|desconocido)\b/giu,
    type: 'LAB_RESULT',
  },
  {
    // A bleed's volume: postpartum haemorrhage, estimated blood loss.
    gate: ['PPH', 'HPP', 'EBL', 'blood loss', 'haemorrhage', 'hemorrhage', 'hemorragia', 'sangrado'],
    pattern:
      /\b(?:PPH|HPP|EBL|(?:estimated )?blood loss|(?:postpartum |post-partum )?ha?emorrhage|hemorragia(?: posparto| postparto)?|sangrado)(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*(?:~|approx\.?|aprox\.?)?[ \t]*\d{1,4}(?:,\d{3})?[ \t]?(?:ml|mL|cc|l|L)\b/gu,
    type: 'CONDITION',
  },
  {
    // An expected date of delivery.
    gate: ['EDD', 'EDC', 'FPP', 'due date', 'Due date', 'fecha probable de parto', 'Fecha probable de parto'],
    pattern:
      /\b(?:EDD|EDC|FPP|(?:estimated )?due date|fecha probable de parto)\s?(?:[:=]|is|es)?\s?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s(?:de\s)?\p{L}{3,10}\.?(?:\s(?:de\s)?\d{4})?|\p{L}{3,10}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?)/gu,
    type: 'CONDITION',
  },
  {
    // Eyesight: a test's value with or without correction.
    gate: ['vision', 'Vision', 'acuity', 'agudeza', 'Agudeza'],
    pattern:
      /\b(?:(?:near|distance|distant|intermediate|reading)\svision|visual acuity|agudeza visual(?:\s(?:de\s)?(?:lejos|cerca))?)(?:\s?[:=]|\s(?:of|de|was|fue))?[ \t]*(?:N\d{1,2}|\d{1,2}\/\d{1,3}|[01][.,]\d{1,2}|20\/\d{2,3})(?:\s(?:un)?corrected|\s(?:with|without|con|sin)\s(?:glasses|correction|readers|lenses|gafas|lentes|correcci[oó]n)|\s(?:sc|cc))?/giu,
    type: 'LAB_RESULT',
  },
  {
    // A pilot's medical limitation code, after the limitation's word.
    gate: ['imitation', 'imitación', 'imitacion'],
    pattern:
      /\b[Ll]imitations?\b[^\n.]{0,40}?\b((?:VDL|VML|VNL|VCL|OML|OSL|OPL|OCL|TML|SIC|RXO|SSL|HAL|AMC)\b(?:\s\([^()\n]{1,120}\))?)|\b[Ll]imitaci[oó]n(?:es)?\b[^\n.]{0,40}?\b((?:VDL|VML|VNL|VCL|OML|OSL|OPL|OCL|TML|SIC|RXO|SSL|HAL|AMC)\b(?:\s\([^()\n]{1,120}\))?)/gu,
    type: 'CONDITION',
  },
];

/**
 * A drug screen's or an infection test's qualitative result, either order: "cocaína negativo", "THC positivo en
 * orina", "H. pylori breath test positive", "non-negative for amphetamines", "positive for cannabis". Read from each
 * verdict found (a few per text) back to its analyte or on to it, not by searching every analyte everywhere.
 */
const VERDICT = new RegExp(`(?<![\\p{L}\\p{N}-])${QUALITATIVE}(?![\\p{L}\\p{N}])`, 'gu');
const ANALYTE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ANALYTE})(?:\s\([^()\n]{1,12}\))?(?:\s(?:en orina|in urine|urine|en saliva|in saliva|oral fluid|breath test|test|screen|antigen|ant[ií]geno|PCR|serology|serolog[ií]a|IgG|IgM|IgE)){0,2}[ \t]*[:=]?[ \t]*$`,
  'u',
);
const ANALYTE_AFTER = new RegExp(String.raw`\s(?:for|para|a|en|de)\s(?:${ANALYTE})(?![\p{L}\p{N}])`, 'uy');
/** Characters before a verdict searched for its analyte. */
const ANALYTE_REACH = 60;
/** Substrings every verdict holds: texts without one skip the reading. */
const VERDICT_GATES = ['ositiv', 'egativ', 'OSITIV', 'EGATIV', 'etect', 'eactiv'];
/** VERDICT_GATES as a reader of the medical detector's one walk of the text (gate-scan.ts), matched as written. */
export const QUALITATIVE_GATES: GateReader = { families: [VERDICT_GATES], matching: 'exact' };

function qualitativeResults(text: string, detector: string, out: Finding[]): void {
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m; m = VERDICT.exec(text)) {
    const end = m.index + m[0].length;
    const from = Math.max(0, m.index - ANALYTE_REACH);
    const before = ANALYTE_BEFORE.exec(text.slice(from, m.index));
    let start = -1;
    let last = end;
    if (before !== null) start = from + before.index;
    else {
      ANALYTE_AFTER.lastIndex = end;
      const after = ANALYTE_AFTER.exec(text);
      if (after !== null) {
        start = m.index;
        last = end + after[0].length;
      }
    }
    if (start < 0 || vetoed(text, start) || NOT_A_RESULT_AFTER.test(text.slice(last, last + 40))) continue;
    out.push({ start, end: last, label: 'MEDICAL', type: 'LAB_RESULT', score: 0.8, detector });
    VERDICT.lastIndex = last;
  }
}

/** The families' gates, matched as written: the medical detector scans them with the other readers' gates. */
/** Each family's pattern, searched with its opening lookbehind checked after the rest (gated-search.ts). */
const SEARCHES = FAMILIES.map((f) => new LookbehindFirstSearch(f.pattern));

export const TEST_RESULT_GATES: GateReader = { families: FAMILIES.map((f) => f.gate), matching: 'exact' };
const ownGates = compileGateScan([TEST_RESULT_GATES]);

/** Whether the sentence before `at` holds a requirement's, a reference's or a price's word. */
function vetoed(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const before = text.slice(from, at);
  const cut = SENTENCE_BACK.exec(before);
  return NOT_A_RESULT.test(cut ? before.slice(cut.index + 1) : before);
}

/** The test results of text (see the module's comment), one finding per result. */
export function testResults(
  text: string,
  detector: string,
  /** The families with a gate in text (a scan of TEST_RESULT_GATES), when the caller has scanned them. */
  gated = ownGates(text).families[0]!,
  /** Whether one of QUALITATIVE_GATES is in text, when the caller has scanned them. */
  verdicts = VERDICT_GATES.some((g) => text.includes(g)),
): Finding[] {
  const out: Finding[] = [];
  if (verdicts) qualitativeResults(text, detector, out);
  if (gated === 0) return out;
  for (let k = 0; k < FAMILIES.length; k++) {
    if ((gated & (1 << k)) === 0) continue;
    const family = FAMILIES[k]!;
    const re = SEARCHES[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A family with a group marks only the group ("VML (...)" after "limitation to carry forward:").
      const group = m[1] ?? m[2];
      const start = group === undefined ? m.index : m.index + m[0].lastIndexOf(group);
      const end = group === undefined ? m.index + m[0].length : start + group.length;
      if (vetoed(text, start) || NOT_A_RESULT_AFTER.test(text.slice(end, end + 40))) continue;
      out.push({ start, end, label: 'MEDICAL', type: family.type, score: 0.8, detector });
      // "..., walnut 9 mm, sesame 2 mm": each further item of the same list is a result of the same test.
      if (family.more === undefined) continue;
      let at = end;
      for (let r = family.more.exec(text.slice(at, at + 80)); r; r = family.more.exec(text.slice(at, at + 80))) {
        const itemStart = at + r[0].search(/\p{L}/u);
        at += r[0].length;
        out.push({ start: itemStart, end: at, label: 'MEDICAL', type: family.type, score: 0.8, detector });
      }
      re.lastIndex = at;
    }
  }
  return joinedOnSemicolons(text, out);
}

/**
 * "eficiencia 58%; IAH 44/h; SpO2 mínima 76%": results a report lists with semicolons are one finding, from the
 * first to the last (a comma parts results of separate tests, which stay apart).
 */
function joinedOnSemicolons(text: string, found: Finding[]): Finding[] {
  if (found.length < 2 || !text.includes(';')) return found;
  found.sort((a, b) => a.start - b.start);
  const out: Finding[] = [found[0]!];
  for (let k = 1; k < found.length; k++) {
    const f = found[k]!;
    const last = out[out.length - 1]!;
    if (f.start >= last.end && /^[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*;[ \t]*$/.test(text.slice(last.end, f.start)))
      last.end = f.end;
    else out.push(f);
  }
  return out;
}
