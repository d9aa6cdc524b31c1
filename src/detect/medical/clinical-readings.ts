import type { Finding } from '../types.js';
import { compileGateScan, type GateReader } from './gate-scan.js';
import { LookbehindFirstSearch, sentenceBefore } from './gated-search.js';

/**
 * Findings that a clinician, a therapist or a field medic writes as a scale's grade or a reading with its unit, in
 * English and Spanish, that no term list holds:
 *
 *   eyes             "visual acuity R 6/24, L 6/9", "AV OD 0,3 y OI 0,8", "IOP 24/26 mmHg", "PIO OD 21 mmHg"
 *   swallowing       "IDDSI level 4 puréed", "moderately thick fluids (level 3)", "level 1 fluids", "líquidos con
 *                    espesante textura néctar", "coughed after teaspoon trials x3", "voz húmeda tras sorbo de agua"
 *   orthodontics     "Class III malocclusion", "maloclusión clase II división 2", "overjet 7 mm", "resalte de 8 mm",
 *                    "IOTN 4d", "IOTN grado 5i"
 *   falls            "falls x3 since March", "two falls in the last 6 months", "3 caídas en el último año"
 *   blood glucose    "CBG 3.4", "BM 2.9 mmol/L" (with a unit, or in a text that names diabetes, insulin or a hypo),
 *                    "HGT 54 mg/dl", "glucemia capilar 61"
 *
 * The caller reads these only in a text about someone (a record, a named or addressed person). Each family has its
 * gates (substrings), and a text with none of them costs one search. A value after a requirement's or a
 * threshold's word ("referral criteria: IOTN grade 4 or above", "overjet over 6 mm is funded", "a partir de 2
 * caídas") is anyone's: the words of its sentence before it, or "or above" after it, veto it.
 */

/** Words before a value, in its sentence, that make it a requirement, a criterion or a threshold. */
const NOT_A_FINDING =
  /\b(?:requires?|required|must|minimum|at least|criteria|criterion|threshold|cut-?off|eligible|eligibility|funded|funding|qualif(?:y|ies)|if|defined as|means|e\.g\.|for example|such as|debe|m[ií]nim[oa]|requisito|criterios?|al menos|umbral|punto de corte|a partir de|si|se define|significa|por ejemplo)\b/i;
/** Words right after a value that make it a bound ("4 or above", "6 mm o más"). */
const BOUND_AFTER =
  /^[ \t]*(?:or (?:more|above|greater|higher|over|less|below|lower|under|worse)|and (?:above|over)|\+|o (?:m[aá]s|mayor|superior|peor)|(?:is|are) (?:the |a )?(?:cut-?off|threshold|required|eligible|funded))\b/i;
/** Where a sentence or a list item ends, looking back from a value. */
const SENTENCE_BACK = /[.;!?\n](?=[^.;!?\n]*$)/;

/** A market's fall, not a person's: a Spanish "caídas" among prices and sales. */
const MARKET_WORDS =
  /\b(?:bolsa|precios?|cotizaci[oó]n|ventas|[ií]ndice|ibex|acciones|mercados?|demanda|tr[aá]fico|audiencia|prices?|shares?|stocks?|sales|market|revenue|server|servidor|outages?)\b|%/i;
/** A diabetic's text: what makes an unlabelled "BM 3.1" a capillary glucose. */
const DIABETES_WORDS = /diabet|insulin|hypo|glucos|gluc[oó]|sugar|az[uú]car|dextro|mmol|mg\/dl/i;

interface Family {
  /** One of these substrings is in the text, or the family is not searched. */
  gate: readonly string[];
  pattern: RegExp;
  type: string;
  /** A further test of the whole text (a diabetes word for a bare "BM 3.1", prices for "caídas"). */
  text?: (text: string) => boolean;
  /** A further test of the match's sentence. */
  sentence?: (sentence: string) => boolean;
}

const EYE = String.raw`(?:OD|OI|OS|OU|AO|RE|LE|R|L|right(?: eye)?|left(?: eye)?|ojo derecho|ojo izquierdo|derecho|izquierdo|dcho\.?|izq\.?)`;
const ACUITY = String.raw`(?:[01][.,]\d{1,2}|20\/\d{2,3}|6\/\d{1,2}(?:\.\d)?|\d\/10|N\d{1,2}|CF|HM|PL|NPL|cuenta dedos|movimiento de manos|percepci[oó]n de luz)`;
const ACUITY_PAIR = String.raw`(?:${EYE}\s?:?\s?${ACUITY}|${ACUITY}\s?\(?${EYE}\)?)`;
const PRESSURE = String.raw`(?:${EYE}\s?:?\s?)?\d{1,2}`;
const LEVEL = String.raw`(?:minced(?: and| &) moist|pur[eé]ed?|liquidi[sz]ed|soft(?: and| &) bite-sized|easy to chew|regular|transitional|thin|slightly thick|mildly thick|moderately thick|extremely thick|picad[oa](?: fino)?(?: y)? h[uú]med[oa]|triturad[oa]|pur[eé]|blando|f[aá]cil de masticar|l[ií]quid[oa]|ligeramente espes[oa]|poco espes[oa]|moderadamente espes[oa]|extremadamente espes[oa])`;
const COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|several|multiple|repeated|recurrent|dos|tres|cuatro|cinco|seis|siete|ocho|varias|m[uú]ltiples|repetidas)`;
const PERIOD = String.raw`(?:\d{1,2}\s|two\s|three\s|six\s|twelve\s|dos\s|tres\s|seis\s|doce\s)?(?:days?|weeks?|months?|years?|d[ií]as|semanas|mes(?:es)?|años?)`;

const FAMILIES: readonly Family[] = [
  {
    // Visual acuity per eye: "visual acuity R 6/24, L 6/9", "agudeza visual OD 0,3, OI 0,8 con corrección".
    gate: ['acuity', 'Acuity', 'ACUITY', 'agudeza', 'Agudeza', 'AGUDEZA', 'BCVA', 'MAVC', 'AV ', 'VA ', 'AV:', 'VA:'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:visual acuity|agudeza visual|BCVA|MAVC|AV|VA)(?:\s(?:cc|sc|con correcci[oó]n|sin correcci[oó]n|corregida|(?:best )?corrected|uncorrected|de lejos|de cerca|lejana|cercana))?\s?:?\s?${ACUITY_PAIR}(?:\s?(?:,|;|y|and|\/)?\s?${ACUITY_PAIR})?(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'LAB_RESULT',
  },
  {
    // Intraocular pressure with its unit, or per eye: "IOP 24/26 mmHg", "PIO OD 21 y OI 19".
    gate: ['IOP', 'PIO', 'intraocular', 'Intraocular', 'tonometr', 'Tonometr'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:IOPs?|PIO|presi[oó]n intraocular|intraocular pressures?|tonometr[ií]a(?: de aplanaci[oó]n)?|(?:Goldmann|applanation) tonometry)(?:\s(?:was|is|of|de|fue|era))?\s?:?\s?(?:${PRESSURE}(?:\s?(?:\/|,|y|and|-)\s?${PRESSURE})?\s?mm\s?Hg|${EYE}\s?:?\s?\d{1,2}\s?(?:,|;|y|and|\/)?\s?${EYE}\s?:?\s?\d{1,2})(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'LAB_RESULT',
  },
  {
    // A dysphagia diet's level: "IDDSI level 4 puréed", "IDDSI nivel 5 picado y húmedo".
    gate: ['IDDSI'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])IDDSI(?:\s(?:level|nivel|lvl))?\s?:?\s?[0-7](?:\s?(?:[-–(]\s?)?${LEVEL}\)?)?(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'PROCEDURE',
  },
  {
    // Thickened drinks: "moderately thick fluids (level 3)", "level 1 fluids", "líquidos con espesante textura néctar".
    gate: ['thick', 'Thick', 'level', 'Level', 'nivel', 'Nivel', 'espes', 'Espes', 'néctar', 'nectar'],
    pattern:
      /(?<![\p{L}\p{N}])(?:(?:(?:slightly|mildly|moderately|extremely)\sthick(?:ened)?|thickened|nectar[- ]thick|honey[- ]thick|pudding[- ]thick|stage [1-3])\s(?:fluids|liquids|drinks)(?:\s?\((?:IDDSI\s)?(?:level\s)?[0-4]\))?|(?:level|nivel)\s[0-4]\s(?:fluids|liquids)|l[ií]quidos\s(?:espesados|con espesante)(?:\s(?:en\s)?(?:textura|consistencia)\s(?:n[eé]ctar|miel|pudding|pud[ií]n))?|l[ií]quidos\s(?:en\s)?(?:textura|consistencia)\s(?:n[eé]ctar|miel|pudding|pud[ií]n))(?![\p{L}\p{N}])/giu,
    type: 'PROCEDURE',
  },
  {
    // A swallow trial's sign: "coughed after teaspoon trials x3", "voz húmeda tras sorbo de agua".
    gate: ['wet voice', 'Wet voice', 'cough', 'Cough', 'throat clear', 'voz h', 'Voz h', ' tos ', 'Tos ', 'carraspeo'],
    pattern:
      /(?<![\p{L}\p{N}])(?:wet (?:voice|vocal quality)|cough(?:ed|ing|s)?|throat[- ]clear(?:ing|ed|s)?|voz (?:h[uú]meda|mojada|gorgoteante)|tos|carraspeo)\s(?:after|on|with|during|following|tras|con|al|durante)\s(?:[\p{L}-]+\s){0,3}(?:trials?|sips?|swallows?|teaspoons?|prueba|sorbos?|degluci[oó]n|cucharadas?|cucharaditas?|MECV-V)(?:\s(?:of\s|de\s)?(?:thin\s)?(?:water|fluids?|agua|l[ií]quidos?))?(?:\s?[x×]\s?\d)?(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // An orthodontic classification: "Class III malocclusion", "maloclusión clase II división 2".
    gate: ['malocclusion', 'Malocclusion', 'maloclusi', 'Maloclusi'],
    pattern:
      /(?<![\p{L}\p{N}])(?:(?:class|clase)\s(?:III|II|I|[123])(?:\s?(?:div(?:ision|isi[oó]n)?\.?)\s?[12])?(?:,?\s(?:skeletal|dental|incisor|molar|esquel[eé]tica|dentaria|dental|incisiva))?\s(?:malocclusion|maloclusi[oó]n)|(?:malocclusion|maloclusi[oó]n)(?:\s(?:de|of))?\s(?:clase|class)\s(?:III|II|I|[123])(?:\s?(?:div(?:ision|isi[oó]n)?\.?)\s?[12])?)(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // A bite's measure: "overjet 7 mm", "resalte de 8 mm", "open bite of 3 mm".
    gate: ['overjet', 'Overjet', 'overbite', 'Overbite', 'resalte', 'Resalte', 'sobremordida', 'Sobremordida', 'bite'],
    pattern:
      /(?<![\p{L}\p{N}])(?:overjet|overbite|open bite|crossbite|reverse overjet|resalte|sobremordida|mordida abierta|mordida cruzada)(?:\s(?:of|de|is|was|increased|reduced|aumentad[oa]|es|fue|anterior))?\s?:?\s?(?:[+-]\s?)?\d{1,2}(?:[.,]\d)?\s?mm(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // An orthodontic need index: "IOTN 4d", "IOTN grade 5i", "IOTN DHC 3".
    gate: ['IOTN'],
    pattern:
      /(?<![\p{L}\p{N}])IOTN(?:\s(?:DHC|AC))?(?:\s(?:grade|grado|score|puntuaci[oó]n))?\s?:?\s?(?:[1-5][a-z]?|10|[6-9])(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // Falls counted: "falls x3 since March", "two falls in the last 6 months", "3 caídas en el último año".
    gate: ['fall', 'Fall', 'FALL', 'caída', 'Caída', 'caida', 'Caida'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?:falls?|ca[ií]das?)\s?[x×]\s?\d{1,2}(?:\s(?:in|over|en|durante)\s(?:the\s|los\s|las\s|el\s)?(?:last|past|previous|[uú]ltim[oa]s?)\s${PERIOD})?|${COUNT}\s(?:(?:unwitnessed|witnessed|recent|further|more|recientes|nuevas)\s)?(?:falls|ca[ií]das)\s(?:in|over|during|en|durante)\s(?:the\s|los\s|las\s|el\s)?(?:last|past|previous|[uú]ltim[oa]s?)\s${PERIOD})(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
    sentence: (s) => !MARKET_WORDS.test(s),
  },
  {
    // A capillary glucose: "CBG 3.4", "BM 2.9 mmol/L", "HGT 54 mg/dl", "glucemia capilar 61".
    gate: ['BM', 'CBG', 'BG', 'BSL', 'HGT', 'capilar', 'Capilar'],
    pattern:
      /(?<![\p{L}\p{N}])(?:BM|CBG|BGL?|BSL|HGT|[Gg]lucemia capilar|GLUCEMIA CAPILAR)(?:\s(?:was|of|is|de|fue))?\s?:?\s?(?:[1-3]?\d[.,]\d(?:\s?mmol\/?[lL])?|[2-9]\d\s?mg\/?dl|[1-5]\d\d\s?mg\/?dl|[2-9]\d(?!\s?(?:[.,]\d|%|mm|kg|cm)))(?![\p{L}\p{N}])/gu,
    type: 'LAB_RESULT',
    text: (t) => DIABETES_WORDS.test(t),
  },
];

/** The families' gates, matched case-insensitively: the medical detector scans them with the other readers' gates. */
/** Each family's pattern, searched with its opening lookbehind checked after the rest (gated-search.ts). */
const SEARCHES = FAMILIES.map((f) => new LookbehindFirstSearch(f.pattern));

export const CLINICAL_READING_GATES: GateReader = { families: FAMILIES.map((f) => f.gate), matching: 'folded' };
const ownGates = compileGateScan([CLINICAL_READING_GATES]);

/** The findings of text (see the module's comment), one per reading. */
export function clinicalReadings(
  text: string,
  detector: string,
  aboutSomeone: () => boolean = () => true,
  /** The families with a gate in text (a scan of CLINICAL_READING_GATES), when the caller has scanned them. */
  present = ownGates(text).families[0]!,
): Finding[] {
  const out: Finding[] = [];
  // Most texts hold no gate and cost the scan alone.
  if (present === 0 || !aboutSomeone()) return out;
  for (let k = 0; k < FAMILIES.length; k++) {
    if ((present & (1 << k)) === 0) continue;
    const family = FAMILIES[k]!;
    if (family.text && !family.text(text)) continue;
    const re = SEARCHES[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = sentenceBefore(text, start, SENTENCE_BACK);
      if (NOT_A_FINDING.test(before) || BOUND_AFTER.test(text.slice(end, end + 40))) continue;
      if (family.sentence && !family.sentence(before + m[0] + text.slice(end, end + 80).split(/[.;\n]/)[0])) continue;
      out.push({ start, end, label: 'MEDICAL', type: family.type, score: 0.8, detector });
    }
  }
  return out;
}
