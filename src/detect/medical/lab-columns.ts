import { atLineStarts, lineStartExec } from '../line-start.js';
import { type ColumnValueReader, columnValues } from '../table/column-rows.js';
import type { Finding } from '../types.js';

/**
 * Results in a table with one row per person and one column per test: a trial's screening log, a clinic's list of
 * patients ("Initials  DOB  HbA1c  eGFR"), a spreadsheet pasted with pipes or commas. The cell under "HbA1c" holds a
 * bare "8.4 %" and the one under "eGFR" a bare "52": no analyte stands beside the value, so the lab rules cannot read
 * it, but the header names the test for every row. Only a table whose header also has a column that names who each
 * row is (initials, name, patient, subject, date of birth, record number) is read: a staging table ("Stage | eGFR |
 * Meaning") or a site's summary ("Site | n | mean HbA1c") describes no one.
 */

/** Header words that name a test whose value a row's cell holds (folded, as headerWords gives them). */
const ANALYTES = new Set([
  'hba1c',
  'a1c',
  'egfr',
  'gfr',
  'fge',
  'tfg',
  'creatinine',
  'creatinina',
  'creat',
  'cr',
  'hb',
  'hgb',
  'haemoglobin',
  'hemoglobin',
  'hemoglobina',
  'glucose',
  'glucosa',
  'glucemia',
  'fpg',
  'ldl',
  'hdl',
  'cholesterol',
  'colesterol',
  'triglycerides',
  'trigliceridos',
  'alt',
  'ast',
  'ggt',
  'tsh',
  'crp',
  'pcr',
  'inr',
  'potassium',
  'potasio',
  'sodium',
  'sodio',
  'platelets',
  'plaquetas',
  'wbc',
  'leucocitos',
  'ferritin',
  'ferritina',
  'psa',
  'fev1',
  'lvef',
  'fevi',
  'bnp',
  'ntprobnp',
  'troponin',
  'troponina',
  'albumin',
  'albumina',
  'acr',
  'uacr',
  'amh',
  'fsh',
  'lh',
  'estradiol',
  'progesterone',
  'progesterona',
  'prolactin',
  'prolactina',
  'afc',
  'motility',
  'motilidad',
  'vitd',
  'k',
  'na',
  'mg',
  'cl',
  'ca',
  'bun',
  'lactate',
  'lactato',
  'plt',
  'phos',
]);
/** Elements' symbols, read only as a chart writes them ("K 3.4", "Na 131", "Mg 1.8"; never "mg 2", "NA 4"). */
const SYMBOLS = new Map([
  ['k', 'K'],
  ['na', 'Na'],
  ['mg', 'Mg'],
  ['cl', 'Cl'],
  ['ca', 'Ca'],
]);

/** Header words that name who a row is about. */
const IDENTITY = new Set([
  'initials',
  'iniciales',
  'name',
  'nombre',
  'patient',
  'paciente',
  'pt',
  'subject',
  'sujeto',
  'participant',
  'participante',
  'dob',
  'birth',
  'nacimiento',
  'mrn',
  'nhc',
  'scr',
  'screening',
  'randomisation',
  'randomization',
  'rand',
]);

/** A header line holding one of the tests, with the word alone (checked again per cell once the line is split). */
const HINT =
  /(?:^|[^a-z0-9])(?:hba1c|a1c|e?gfr|fge|tfg|creat\w*|hb|hgb|ha?emoglobin\w*|gluc\w*|fpg|ldl|hdl|cholesterol|colesterol|trigl\w*|alt|ast|ggt|tsh|crp|pcr|inr|potas\w*|sodi\w*|platelets|plaquetas|wbc|leucocitos|ferritin\w*|psa|fev1|lvef|fevi|bnp|nt-?probnp|troponin\w*|albumin\w*|u?acr|amh|fsh)(?![a-z0-9])/gi;
/** A result as a cell holds it: a number, perhaps behind < or > and before its unit or %. */
const RESULT = /^[<>]?\s?\d{1,4}(?:[.,]\d{1,3})?(?:\s?%|\s?[a-zµμ]{1,6}\/[a-z0-9.]{1,8}(?:\/[0-9.]+m2)?)?$/i;

/** LAB_RESULT findings for the result cells under test columns of person tables in text. */
export function labColumnCells(text: string, detector: string): Finding[] {
  return columnValues(text, LAB_TABLE, detector);
}

const LAB_TABLE: ColumnValueReader = {
  hint: HINT,
  minColumns: 3,
  maxHeaderCell: 30,
  maxRows: 200,
  aligned: true,
  extraCells: false,
  columns: testColumns,
  value: RESULT,
  label: 'MEDICAL',
  type: 'LAB_RESULT',
  score: 0.8,
};

/** The test columns of a header that also names who each row is. */
function testColumns(words: Array<string[] | undefined>): number[] | undefined {
  const tests: number[] = [];
  let identity = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    if (w.some((x) => IDENTITY.has(x))) identity = true;
    else if (ANALYTES.has(w[0]!) || (w.length > 1 && ANALYTES.has(w[0]! + w[1]!))) tests.push(k);
  }
  return identity && tests.length > 0 ? tests : undefined;
}

/**
 * A results line opened by its heading ("Labs: ...", "Bloods: ...", "Ix: ...", "Analítica: ...", "Estudios: ..."):
 * the tests listed after it are the person's results even where a value comes without its unit ("Labs: Hb 118 g/L,
 * TSH 2.4, CRP 12"), which the lab rules need to read a bare number as a measurement.
 */
const RESULTS_LINE =
  /(?:^|\n)[ \t]*(?:labs?|bloods|ix|investigations|results|anal[ií]tica|estudios|laboratorios?|bioqu[ií]mica|hemograma)[ \t]*:[^\n]*/gi;
/** RESULTS_LINE tried at line starts only (line-start.ts). */
const RESULTS_LINE_AT = atLineStarts(RESULTS_LINE);
/**
 * A blood pressure or a saturation written as a nurse's or a triage note's observations ("A: BP 104/66, SpO2 95% RA,
 * K 3.6, Mg 1.9"): the tests listed on its line are the patient's results too, bare values and all.
 */
const OBSERVATION = /\b(?:BP|TA|SpO2|SatO2|Sat O2|SaO2)[ \t]?:?[ \t]?\d{2,3}(?:[ \t]?\/[ \t]?\d{2,3}|[ \t]?%)/g;
/** A test and its bare value inside such a line ("TSH 2.4", "FSH: 6,8", "eGFR = 71"). */
const LISTED_RESULT =
  /(?<![\p{L}\p{N}])([\p{L}][\p{L}\p{N}-]{0,12})[ \t]*[:=]?[ \t]*[<>]?\d{1,4}(?:[.,]\d{1,3})?(?![\p{L}\p{N}]|[.,]\d)(?:[ \t]?%)?/gu;

/** LAB_RESULT findings for the tests and values of results lines. */
export function listedResults(text: string, detector: string): Finding[] {
  const out: Finding[] = [];

  // A heading ends with its colon: a text without one has no results line.
  const headed = text.includes(':');
  for (
    let m = headed ? lineStartExec(RESULTS_LINE_AT, text, 0) : null;
    m;
    m = lineStartExec(RESULTS_LINE_AT, text, m.index + m[0].length)
  ) {
    listedOn(m[0], m.index, m[0].indexOf(':') + 1, detector, out);
  }
  // Gated by the capitals of the observation names: most texts hold none.
  if (text.includes('BP') || text.includes('TA') || text.includes('Sp') || text.includes('Sa')) {
    OBSERVATION.lastIndex = 0;
    let done = -1;
    for (let m = OBSERVATION.exec(text); m; m = OBSERVATION.exec(text)) {
      if (m.index < done) continue;
      const from = text.lastIndexOf('\n', m.index) + 1;
      let to = text.indexOf('\n', m.index);
      if (to < 0) to = text.length;
      done = to;
      listedOn(text.slice(from, to), from, 0, detector, out);
      OBSERVATION.lastIndex = to;
    }
  }
  return out;
}

/** Pushes the listed results of one line (from offset `from` in it) to out, with the line's offset in the text. */
function listedOn(line: string, at: number, from: number, detector: string, out: Finding[]): void {
  LISTED_RESULT.lastIndex = from;
  for (let r = LISTED_RESULT.exec(line); r; r = LISTED_RESULT.exec(line)) {
    const written = r[1]!;
    const name = written.toLowerCase().replace(/-/g, '');
    // "alt 2", "hb" in lower case: a short test name is written with capitals ("ALT", "Hb", "eGFR"); one or two
    // an element only as its symbol ("K", "Na", "Mg").
    if (!ANALYTES.has(name) || (name.length <= 4 && written === name)) continue;
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined && written !== symbol) continue;
    if (out.some((f) => f.start === at + r!.index)) continue;
    out.push({
      start: at + r.index,
      end: at + r.index + r[0].length,
      label: 'MEDICAL',
      type: 'LAB_RESULT',
      score: 0.8,
      detector,
    });
  }
}
