import type { Finding } from '../types.js';
import type { GateReader } from './gate-scan.js';
import { LookbehindFirstSearch } from './gated-search.js';

/**
 * A test's result told by the shape of its value, whatever the test is called. The lab rules, test-results.ts and
 * measurements.ts read the tests their lists name; a laboratory prints hundreds more (an antibody, a hormone, a drug
 * screen, a bone density), each clinic has its own abbreviations, and a list never catches up. What a result looks
 * like does not change with its name:
 *
 *   a unit of concentration or count   "anti-GAD 38 UI/mL", "Lp(a) 190 nmol/L", "BMD 0.812 g/cm²", "CD19 4 cells/µL"
 *   a reference range beside it        "Cromogranina A 412 (ref < 100)", "IGF-1 88 ng/mL (VR 115-307)", "[2.1-4.0]"
 *   an out-of-range flag               "Ferritin 9 L", "ACTH 81 pg/mL ↑", "PTH 12.4 pmol/L (H)"
 *   a qualitative verdict              "HBsAg negative", "anti-HEV IgM: positivo", "Quantiferon reactivo", "HIV negatif"
 *   a right and a left value           "pinch (key) R 6 kg / L 9 kg", "flexión dcha 95° / izda 120°"
 *   a fitness verdict                  "Dictamen: no apto", "Fitness: fit with restrictions (no ladders)"
 *
 * The span runs from the test's name, read back from the value to the mark that opens its item (a line start, a
 * colon, a comma, a bullet), to the value's range and flag; results listed with commas on one line are one finding
 * ("HBsAg negativo, anti-HBc negativo"). The caller keeps them only in a text about someone. A value in a sentence
 * that states a threshold, a reference or a requirement ("refer if anti-TPO > 35 UI/mL", "normal range") is
 * anyone's, and a name that is a drug's concentration or a water or a lab solution's ("insulin 100 U/mL", "nitrate
 * 12 mg/L in the tap water") is no result.
 */

const N = String.raw`\p{Nd}{1,5}(?:[.,]\p{Nd}{1,4})?`;
// A laboratory prints a result beyond its range with < or >; ≥ and ≤ write a criterion for anyone.
const VALUE = String.raw`(?:[<>][ \t]?)?[+\-−]?${N}`;
/** Units of a laboratory's concentration, activity or count (not a dose's "mg" nor a drug's "mg/mL"). */
const UNIT = String.raw`(?:[mµμunpf]?mol\/(?:d?l|ml|kg|mol)|(?:[µμunp]g|mg|g|mcg)\/(?:d?l|ml|[µμu]l|g|mmol)|(?:meq|mosm)\/(?:l|kg)|[mµμk]?(?:u|ui|iu)\/(?:d?l|ml)|(?:copies|copias|c[eé]l(?:ulas)?|cells)\/(?:ml|[µμu]l|mm3|mm³)|(?:[x×][ \t]?)?10[ \t]?(?:\^|e|\*\*)?[ \t]?(?:3|6|9|12|³|⁶|⁹|¹²)[ \t]?\/[ \t]?(?:l|[µμu]l|mm3)|\/(?:mm3|mm³|[µμu]l|mcl)|m?l\/min\/1[.,]73[ \t]?m[2²]|g\/cm[2²]|mm[ \t]?hg|cm[ \t]?h2o|mm\/h(?:r|ora)?)(?![\p{L}\p{N}])`;
/** A drug's or a solution's concentration: mass per millilitre, or units per millilitre of a named drug. */
const DRUG_CONCENTRATION = /^(?:mg|g|mcg|µg|μg)\s?\/\s?m?l$/i;
/** A reference range in brackets after a value: "(ref 0-34)", "(VR < 5)", "(0.35 – 4.94)", "[3.5-5.1]". */
const RANGE = String.raw`[ \t]?[([][ \t]?(?:(?:ref(?:erence)?(?:[ \t]range)?|ref\.|VR|V\.R\.|RR|IR|N|normal|rango|range|intervalo|valores?(?:[ \t]de)?[ \t]referencia|val\.?[ \t]ref\.?|v\.?[ \t]?n\.?)[ \t]?[:.=]?[ \t]?)?(?:[<>][ \t]?${N}|${N}[ \t]?(?:[-–—]|a|to|hasta)[ \t]?${N})(?:[ \t]?[\p{L}µμ%/][\p{L}\p{N}µμ/.²³]{0,12})?[ \t]?[)\]]`;
/** An out-of-range flag a laboratory prints after a result. */
const FLAG = String.raw`(?:[ \t]?(?:↑|↓|⬆|⬇|\*{1,2}|\((?:H|L|A|B|HH|LL)\))|[ \t](?:H|L|HH|LL|high|low|HIGH|LOW|alto|alta|bajo|baja|elevad[oa])(?![\p{L}\p{N}]))`;
/** Verdicts of a qualitative test, in the languages a clinic abroad writes in. */
const VERDICT = String.raw`(?:non[- ]?reactive|reactive|not detected|undetectable|detected|negative|positive|weakly positive|equivocal|indeterminate|no reactiv[oa]s?|reactiv[oa]s?|no detectad[oa]s?|indetectables?|detectad[oa]s?|negativ[oa]s?|positiv[oa]s?|d[eé]bilmente positiv[oa]|dudos[oa]|indeterminad[oa]|negatif|pozitif|positif|n[eé]gatif|n[eé]gative|positive|nicht nachweisbar|nachweisbar|negativ|positiv|reattivo|non reattivo|não reagente|reagente|não detectado|detectado)`;
/** A global pattern of source and flags, searched rest first (LookbehindFirstSearch). */
const lookbehindFirst = (source: string, flags: string) => new LookbehindFirstSearch(new RegExp(source, flags));
/**
 * A unit, a range or a flag after the value: any one makes the number a result. These patterns, BILATERAL and FITNESS
 * open with a lookbehind and are searched rest first (gated-search.ts): the same matches, the whole-text searches
 * 15-45% cheaper (the lookbehind tried at every position cost more than the value's or the word's first character).
 */
const WITH_UNIT = lookbehindFirst(
  String.raw`(?<![\p{L}\p{N}.,/]|[≥≤<>][ \t]?)(${VALUE})[ \t]?(${UNIT})((?:${RANGE})?(?:${FLAG})?)`,
  'giu',
);
const WITH_RANGE = lookbehindFirst(
  String.raw`(?<![\p{L}\p{N}.,/]|[≥≤<>][ \t]?)(${VALUE})(?:[ \t]?[\p{L}µμ%][\p{L}\p{N}µμ/²³.]{0,10})?(${RANGE})((?:${FLAG})?)`,
  'gu',
);
const WITH_ARROW = lookbehindFirst(
  String.raw`(?<![\p{L}\p{N}.,/]|[≥≤<>][ \t]?)(${VALUE})(?:[ \t]?[\p{L}µμ%][\p{L}\p{N}µμ/²³.]{0,10})?[ \t]?[↑↓⬆⬇]`,
  'gu',
);
/** A verdict read at a place where one of its stems was found (VERDICT_STEM): sticky, so tried only there. */
const VERDICT_AT = new RegExp(String.raw`${VERDICT}(?![\p{L}\p{N}])(?:[ \t]?\([^()\n]{1,40}\))?`, 'iuy');
/** The stems every verdict holds: a search that finds the few places worth reading. */
const VERDICT_STEM = /negati|positi|reacti|reativ|reagent|detect|pozitif|nachweis|equivoc|indetermin|dudos/giu;
/** The word that turns a verdict round, before it: "no reactivo", "not detected", "non-reactive", "weakly positive". */
const VERDICT_PREFIX = /(?:no|not|non|n[aã]o|nicht|weakly|d[eé]bilmente)[ -]$/iu;
/** Before a verdict, its test's name: a letter, a digit or a bracket, then spaces or a colon. */
const VERDICT_AFTER_NAME = /[\p{L}\p{N})\]][ \t]{0,3}:?[ \t]{0,3}$/u;
/** A right and a left value of one measure (either order, either language), with the same unit or none. */
const SIDE_R = String.raw`(?:R|Rt|right|D|dcha?\.?|dch[oa]\.?|derech[oa]|OD|RE)`;
const SIDE_L = String.raw`(?:L|Lt|left|I|izda?\.?|izq\.?|izquierd[oa]|OI|OS|LE)`;
const SIDE_VALUE = String.raw`[ \t]?:?[ \t]?[+\-−]?${N}[ \t]?(?:kg|lb|lbs|cm|mm|°|º|dB|s|seg|N|kPa|mmHg)?`;
const BILATERAL = lookbehindFirst(
  String.raw`(?<![\p{L}\p{N}])(?:${SIDE_R}${SIDE_VALUE}[ \t]?[/,;][ \t]?${SIDE_L}${SIDE_VALUE}|${SIDE_L}${SIDE_VALUE}[ \t]?[/,;][ \t]?${SIDE_R}${SIDE_VALUE})(?![\p{L}\p{N}])`,
  'gu',
);
/** A medical examination's verdict on someone's fitness, after its field's name. */
const FITNESS = new LookbehindFirstSearch(
  /(?<![\p{L}])(?:dictamen|aptitud|calificaci[oó]n|concepto(?: de aptitud)?|conclusi[oó]n(?: m[eé]dica)?|resultado(?: m[eé]dico)?|fitness|fitness to work|verdict|outcome|medical|m[eé]dico|medical fitness|medical outcome)[ \t]?:?[ \t]{1,3}((?:no[ \t]|not[ \t]|temporarily[ \t]|temporalmente[ \t])?(?:apt[oa]|fit|unfit|inapt[oa])(?![ \t](?:for|para)[ \t](?:purpose|prop[oó]sito))(?![\p{L}\p{N}])[^.;\n]{0,120})/giu,
);

/**
 * Cheap first looks, each a search that V8 starts on one character class, so that a text with no unit, range,
 * verdict, side pair or fitness word costs a few scans and not the readers' look-behinds at every position.
 */
const UNIT_GATE = /\/[ \t]?(?:d?l|ml|[µμu]l|mcl|mm[3³]|mmol|mol|kg|g|min|cm[2²]|h)(?![\p{L}\p{N}])/iu;
const RANGE_GATE =
  /[([][ \t]?(?:[<>][ \t]?\p{Nd}|\p{Nd}[.,\p{Nd}]*[ \t]?(?:[-–—]|a |to |hasta )\p{Nd}|ref|VR|V\.R|RR|IR|N[ :]|normal|rango|range|intervalo|valor)/iu;
const BILATERAL_GATE =
  /[/,;][ \t]?(?:L|I|R|D|left|right|izq|izda|dch|dcha|dcho|OI|OD|OS|LE|RE|Lt|Rt)\.?[ \t]?:?[ \t]?[+\-−]?\p{Nd}/iu;
const FITNESS_GATE = /[Aa][Pp][Tt][OoAa]|[Ff][Ii][Tt](?![\p{L}])/u;

/**
 * The verdicts' stems and the fitness words, found in the medical detector's one walk of the text (gate-scan.ts)
 * instead of two searches of their own: bit 1 a stem (as VERDICT_STEM without its `u` flag), bit 2 "apto", "apta" or
 * "fit" (as FITNESS_GATE, and more: a "fit" inside a word). Matched case-folded without `u`, the walk keeps ſ apart
 * from s, which VERDICT_STEM's `iu` folds together: a text with ſ is searched as before.
 */
export const UNNAMED_RESULT_GATES: GateReader = {
  families: [
    [
      'negati',
      'positi',
      'reacti',
      'reativ',
      'reagent',
      'detect',
      'pozitif',
      'nachweis',
      'equivoc',
      'indetermin',
      'dudos',
    ],
    ['apto', 'apta', 'fit'],
  ],
  matching: 'folded',
};
const VERDICT_STEMS = 1;
const FITNESS_WORDS = 2;
const LONG_S = 'ſ';

/** Marks that open a result's item: what its name is read back to. */
const ITEM_OPEN = /[\n:;,|\t([•·–—]/;
/** Words between a name and its value that belong to neither ("was", "de"). */
const LINK_AT_END = /(?:^|\s)(?:was|is|of|at|de|del|es|fue|era|=)$/i;
/** Words before a value, in its item or sentence, that make it a threshold, a reference or a requirement. */
const NOT_A_RESULT =
  /(?<![\p{L}])(?:if|when|unless|requires?|required|must|minimum|at least|criteria|criterion|threshold|cut-?off|normal(?:ly)?|reference|target|goal|defined as|means|e\.g\.|for example|such as|si|cuando|debe|m[ií]nim[oa]|requisito|criterios?|al menos|umbral|punto de corte|referencia|objetivo|meta|se define|significa|por ejemplo|eğer|wenn|falls|price|cost|precio|tarifa)(?![\p{L}])|[£$€]/iu;
/** A bound's words right before a value: "below 4.0 mmol/L", "no quicker than 8 mmol/L", "menor de 50 mg/dl". */
const BOUND_BEFORE =
  /(?<![\p{L}])(?:below|above|under|over|than|up to|between|within|exceeds?|exceeding|hasta|entre|menor(?:es)? de|mayor(?:es)? de|por debajo de|por encima de|inferior(?:es)? a|superior(?:es)? a|supera|superar)[ \t]*(?:[:=][ \t]*)?$/iu;
/** What a drug's, a water's or a chemistry exercise's concentration stands beside. */
const NOT_A_PERSON_SAMPLE =
  /(?<![\p{L}])(?:solution|soluci[oó]n|buffer|tamp[oó]n|dilute|diluir|vial|ampoule|ampolla|syrup|jarabe|inject(?:ion|able)|inyectable|pen|pluma|cartridge|cartucho|stock|reagent|reactivo comercial|water|agua|pool|piscina|wine|vino|soil|suelo|tank|tanque|molarity|molaridad|concentrat(?:ion|e)|concentraci[oó]n|sample of|spec|datasheet)(?![\p{L}])/iu;
/** A name that says it is a test: a word with two capitals or a capital and a digit ("HBsAg", "anti-TPO", "T4"). */
const ABBREVIATED = /(?:^|[\s(])[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*(?:\p{Lu}|\p{Nd})/u;
/** A test's own word in a name ("prueba de embarazo", "drug screen", "Kan tahlili"). */
const TEST_WORD =
  /(?<![\p{L}])(?:anti|tests?|screen|swab|culture|cultivo|exudado|prueba|serolog[\p{L}]*|antigen|ant[ií]geno|antibod[\p{L}]*|anticuerpos?|tahlil[\p{L}]*|frotis|hisopado|igg|igm|pcr)(?![\p{L}])/iu;
/** A text that speaks of tests or care: where an abbreviation's verdict is a result, not a business figure's. */
const CLINICAL_TEXT =
  /lab|anal[ií]|analy|serolog|screen|test|prueba|tahlil|result|muestra|sample|swab|hisopado|exudado|antidoping|t[oó]xic|clinic|cl[ií]nic|patient|paciente|hasta|m[eé]dic|medical|doctor|enfermer|nurse|hospital|sağlık|saglik|befund|arzt|ärzt/i;

interface Hit {
  start: number;
  end: number;
  line: number;
  /** A qualitative verdict: a panel lists them with commas as one result ("HBsAg negativo, anti-HBc negativo"). */
  verdict: boolean;
}

/** The start of the test's name before a value at `at`, or -1 when nothing names it. */
function nameStart(text: string, at: number): number {
  let j = at;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j > 0 && (text[j - 1] === ':' || text[j - 1] === '=')) {
    j--;
    while (j > 0 && text[j - 1] === ' ') j--;
  }
  const end = j;
  const floor = Math.max(0, end - 48);
  while (j > floor && !ITEM_OPEN.test(text[j - 1]!) && !sentenceEnd(text, j - 1)) j--;
  // A name cut at the window's edge is a sentence's words, not an item's name.
  if (j === floor && floor > 0 && !ITEM_OPEN.test(text[j - 1]!)) return -1;
  // "(Jamar pos 2)" before a side pair: the bracket belongs to the name before it.
  if (j > 0 && text[j - 1] === '(' && text.slice(j, end).includes(')')) return nameStart(text, j - 1);
  while (j < end && /[\s\-*•·\d.)]/u.test(text[j]!) && !/\p{L}/u.test(text[j]!)) {
    // A list's "1." or "- " opens the item; a digit glued to letters ("2-pt", "25-OH") is the name's.
    if (/\p{Nd}/u.test(text[j]!) && /^\p{Nd}+[-\p{L}]/u.test(text.slice(j, j + 6))) break;
    j++;
  }
  const name = text.slice(j, end).replace(LINK_AT_END, '').trim();
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > 5) return -1;
  return j;
}

/** Whether text[at] is a full stop that ends a sentence ("PCOS. HbA1c"), not an abbreviation's ("Ac. anti-TPO"). */
function sentenceEnd(text: string, at: number): boolean {
  if (text[at] !== ' ' || text[at - 1] !== '.') return false;
  let k = at - 1;
  while (k > 0 && /\p{L}/u.test(text[k - 1]!)) k--;
  return at - 1 - k >= 4;
}

/** Whether the sentence or item before `at` states a threshold or a reference, or names a solution. */
function notSomeones(text: string, from: number, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 100), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  if (NOT_A_RESULT.test(sentence) || BOUND_BEFORE.test(before)) return true;
  return NOT_A_PERSON_SAMPLE.test(text.slice(Math.max(lineStart, from - 40), Math.min(text.length, end + 20)));
}

/** The results of text (see the module's comment): one finding per item, the items of a comma list joined. */
export function unnamedResults(
  text: string,
  detector: string,
  aboutSomeone: () => boolean,
  /** The families of UNNAMED_RESULT_GATES in text, when the caller has scanned them (else searched here). */
  gated = VERDICT_STEMS | FITNESS_WORDS,
): Finding[] {
  const hits: Hit[] = [];
  const lineOf = (at: number): number => text.lastIndexOf('\n', at);
  const push = (valueStart: number, end: number, verdict = false, bare = false): void => {
    const start = nameStart(text, valueStart);
    if (start < 0) return;
    const name = text.slice(start, valueStart);
    // A verdict needs a test's name: "the feedback was positive" names none.
    // A test's abbreviation stands right before its verdict: "Opinión de cumplimiento SAT: positiva" is a tax office's.
    const words = name.trim().split(/\s+/).length;
    if (verdict && !(TEST_WORD.test(name) || (ABBREVIATED.test(name) && words <= 3 && CLINICAL_TEXT.test(text))))
      return;
    if (bare && !(ABBREVIATED.test(name) || TEST_WORD.test(name))) return;
    if (notSomeones(text, start, valueStart, end)) return;
    hits.push({ start, end, line: lineOf(start), verdict });
  };
  if (UNIT_GATE.test(text) || /[Hh]g|[Hh]2[Oo]/.test(text)) {
    WITH_UNIT.lastIndex = 0;
    for (let m = WITH_UNIT.exec(text); m; m = WITH_UNIT.exec(text)) {
      // "amoxicillin 250 mg/mL": a drug's concentration, unless a reference range says it is a level.
      if (DRUG_CONCENTRATION.test(m[2]!) && m[3] === '') continue;
      push(m.index, m.index + m[0].length);
    }
  }
  if (RANGE_GATE.test(text)) {
    WITH_RANGE.lastIndex = 0;
    for (let m = WITH_RANGE.exec(text); m; m = WITH_RANGE.exec(text)) {
      // "Spain 2 (1-0)": a plain range of whole numbers after a plain name is a score; a keyword, a bound, a decimal
      // or a unit makes it a laboratory's range.
      const plain = !/[<>≤≥]|\p{Nd}[.,]\p{Nd}|\p{L}/u.test(
        m[0].slice(m[1]!.length).replace(/\b(?:a|to|hasta)\b/gu, ''),
      );
      push(m.index, m.index + m[0].length, false, plain);
    }
  }
  if (/[↑↓⬆⬇]/u.test(text)) {
    WITH_ARROW.lastIndex = 0;
    for (let m = WITH_ARROW.exec(text); m; m = WITH_ARROW.exec(text)) push(m.index, m.index + m[0].length);
  }
  VERDICT_STEM.lastIndex = (gated & VERDICT_STEMS) !== 0 || text.includes(LONG_S) ? 0 : text.length;
  for (let m = VERDICT_STEM.exec(text); m; m = VERDICT_STEM.exec(text)) {
    let at = m.index;
    while (at > 0 && /\p{L}/u.test(text[at - 1]!)) at--;
    const prefix = VERDICT_PREFIX.exec(text.slice(Math.max(0, at - 12), at));
    if (prefix) at -= prefix[0].length;
    VERDICT_AT.lastIndex = at;
    const v = VERDICT_AT.exec(text);
    if (v === null) continue;
    VERDICT_STEM.lastIndex = at + v[0].length;
    if (!VERDICT_AFTER_NAME.test(text.slice(Math.max(0, at - 8), at))) continue;
    pushVerdict(text, at, at + v[0].length, hits, push);
  }
  BILATERAL.lastIndex = BILATERAL_GATE.test(text) ? 0 : text.length;
  for (let m = BILATERAL.exec(text); m; m = BILATERAL.exec(text)) {
    // "R 9 kg / L 13 kg" needs a unit or a name that is not a bare letter pair ("L 2 / R 3" in a mixer's settings).
    if (!/\p{L}\p{L}|[°º]/u.test(m[0].replace(new RegExp(`^${SIDE_R}|^${SIDE_L}`, 'u'), ''))) continue;
    push(m.index, m.index + m[0].length);
  }
  FITNESS.lastIndex = (gated & FITNESS_WORDS) !== 0 && FITNESS_GATE.test(text) ? 0 : text.length;
  for (let m = FITNESS.exec(text); m; m = FITNESS.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (notSomeones(text, start, start, m.index + m[0].length)) continue;
    hits.push({ start, end: m.index + m[0].length, line: lineOf(start), verdict: true });
  }
  if (hits.length === 0 || !aboutSomeone()) return [];
  // Above the lab rules' 0.80: a result read with its name, range and flag, or a list of results, outranks the rule's
  // shorter span of one of them (a bare "INR 2.3" the panel's list ends with).
  return joined(text, hits).map((h) => ({
    start: h.start,
    end: h.end,
    label: 'MEDICAL',
    type: 'LAB_RESULT',
    score: 0.82,
    detector,
  }));
}

/**
 * A verdict after a test's name. After a list of names ("cocaína, opiáceos y benzodiacepinas negativos"), on a line
 * that already holds a result, the whole list is its name.
 */
function pushVerdict(
  text: string,
  at: number,
  end: number,
  hits: Hit[],
  push: (valueStart: number, end: number, verdict?: boolean) => void,
): void {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  const item = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (/,/.test(item) && /\s(?:y|and|e|ve|und|et|or|o)\s[\p{L}-]+\s*$/u.test(item)) {
    const lineHasResult = hits.some((h) => h.start >= lineStart && h.end <= at);
    if (lineHasResult) {
      const start = at - item.trimStart().length;
      if (!notSomeones(text, start, at, end)) hits.push({ start, end, line: lineStart - 1, verdict: true });
      return;
    }
  }
  push(at, end, true);
}

/**
 * Verdicts on one line parted only by a comma or "and" are one finding (a panel's), as are a reading and the bare
 * readings that follow it ("DMO 0,70 g/cm², T-score -2,1"); values each with its unit stay one finding per test.
 */
function joined(text: string, hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last !== undefined && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    if (
      last?.verdict &&
      h.verdict &&
      last.line === h.line &&
      /^[ \t]*(?:,|y|and|e|ve|und|et)[ \t]*$/u.test(text.slice(last.end, h.start))
    ) {
      last.end = h.end;
      continue;
    }
    out.push({ ...h });
  }
  // ", T-score -2.4, Z-score -1.1": further readings of the same item, a capitalised name and a signed deviation.
  for (const h of out) {
    for (let r = MORE.exec(text.slice(h.end, h.end + 60)); r; r = MORE.exec(text.slice(h.end, h.end + 60))) {
      h.end += r[0].length;
    }
  }
  return out;
}

const MORE = new RegExp(
  String.raw`^,[ \t]?(?=[\p{L}\p{N}-]*\p{Lu})[\p{L}\p{N}][\p{L}\p{N}-]{0,14}[ \t]?:?[ \t]?[+\-−]${N}(?![\p{L}\p{N}%]|[.,]\p{Nd}|[ \t]?[/:%])`,
  'u',
);
