import { labelWords, lineAfter, lineAt, lineCells, trimCell } from '../table/cells.js';
import type { Finding } from '../types.js';

/**
 * A laboratory's export with one row per result: "patient;dob;test;result;unit;range" over rows of
 * "...;ferritin;8;ng/mL;15-150", "Prueba | Resultado | Unidades" under a patient's header. The test's name and its
 * value are that person's result, whatever the test is called: the columns' names say which cell is which (a test's
 * column and a result's), as LOINC's observation tables and every laboratory system's export lay them out.
 *
 * Read only where the header names both a test's column and a result's (a reference-range card has a range, not a
 * result; a price list has a price), and where someone is the rows' subject: a header column naming who each row is
 * (a patient, a name, a date of birth, a record number), or a text about one person (the caller asks). A result cell
 * holds a number (behind < or >, before its unit or %) or a qualitative result ("positive", "no detectado").
 */

/** Header words of the test's column. */
const TEST_WORDS = new Set([
  'test',
  'tests',
  'analyte',
  'analito',
  'analysis',
  'analisis',
  'determinacion',
  'determinaciones',
  'prueba',
  'pruebas',
  'examen',
  'estudio',
  'parameter',
  'parametro',
  'component',
  'componente',
  'observation',
  'investigation',
]);
/** Header words of the result's column. */
const RESULT_WORDS = new Set(['result', 'results', 'resultado', 'resultados', 'value', 'valor', 'res']);
/** Header words that make a column something else: a reference range, a unit, a date, a price, a code. */
const NOT_THE_RESULT = new Set([
  'normal',
  'reference',
  'ref',
  'range',
  'rango',
  'referencia',
  'target',
  'objetivo',
  'limit',
  'limite',
  'critical',
  'critico',
  'unit',
  'units',
  'unidad',
  'unidades',
  'date',
  'fecha',
  'price',
  'precio',
  'cost',
  'coste',
  'costo',
  'code',
  'codigo',
  'loinc',
  'id',
]);
/** Header words that name who a row is about. */
const IDENTITY = new Set([
  'patient',
  'paciente',
  'name',
  'nombre',
  'surname',
  'apellido',
  'apellidos',
  'dob',
  'birth',
  'nacimiento',
  'nac',
  'mrn',
  'nhc',
  'nhs',
  'chi',
  'dni',
  'nss',
  'subject',
]);
/** A cheap test before any line is read: a result's column in either language. */
const RESULT_HINT = /esult|ESULT|alor|ALOR|alue|ALUE/;
/** A result as a cell holds it: a number, perhaps behind < or >, before its unit or %, or before a flag. */
const NUMERIC =
  /^[<>≤≥]?\s?\d{1,6}(?:[.,]\d{1,4})?(?:\s?%|\s?[a-zµμ]{1,6}(?:\/[a-z0-9.]{1,8}){0,2})?(?:\s?[*HL↑↓]{1,2})?$/i;
/** A qualitative result. */
const QUALITATIVE =
  /^(?:positive|negative|pos|neg|detected|not detected|reactive|non-reactive|nonreactive|positivo|positiva|negativo|negativa|detectado|no detectado|reactivo|no reactivo)$/i;
const LETTER = /\p{L}/u;
const MIN_COLUMNS = 3;
const MAX_HEADER_CELL = 30;
const MAX_TEST_CELL = 40;
const MAX_ROWS = 500;
const SCORE = 0.8;

/** The columns of a results header: the test's, the result's, and whether another names who each row is. */
interface ResultColumns {
  test: number;
  result: number;
  identity: boolean;
}

/**
 * LAB_RESULT findings for the test and result cells of laboratory exports in text (see the module's comment).
 * `ofSomeone` is asked only for a table whose header names nobody.
 */
export function labRows(text: string, detector: string, ofSomeone: () => boolean): Finding[] {
  if (!RESULT_HINT.test(text)) return [];
  const out: Finding[] = [];
  let from = 0;
  while (from < text.length) {
    const [lf, lt] = lineAt(text, from);
    from = lineAfter(text, lt);
    if (lt <= lf || !RESULT_HINT.test(text.slice(lf, lt))) continue;
    const delimiter = /[|\t;,]/.exec(text.slice(lf, lt))?.[0];
    if (delimiter === undefined) continue;
    const header = lineCells(text, lf, lt, delimiter);
    if (header.length < MIN_COLUMNS) continue;
    const columns = resultColumns(text, header);
    if (columns === undefined || !(columns.identity || ofSomeone())) continue;
    let rowStart = from;
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      if (rt <= rf) break;
      const row = lineCells(text, rf, rt, delimiter);
      if (row.length !== header.length) break;
      const test = trimCell(text, row[columns.test]!);
      const result = trimCell(text, row[columns.result]!);
      const name = text.slice(test.start, test.end);
      const value = text.slice(result.start, result.end);
      if (name.length <= MAX_TEST_CELL && LETTER.test(name) && (NUMERIC.test(value) || QUALITATIVE.test(value))) {
        out.push({ start: test.start, end: test.end, label: 'MEDICAL', type: 'LAB_RESULT', score: SCORE, detector });
        out.push({
          start: result.start,
          end: result.end,
          label: 'MEDICAL',
          type: 'LAB_RESULT',
          score: SCORE,
          detector,
        });
      }
      rowStart = lineAfter(text, rt);
    }
    from = rowStart;
  }
  return out;
}

/** The test's and the result's columns of a header line, or undefined when it lacks either. */
function resultColumns(text: string, header: readonly { start: number; end: number }[]): ResultColumns | undefined {
  let test = -1;
  let result = -1;
  let identity = false;
  for (let k = 0; k < header.length; k++) {
    const words = labelWords(text, header[k]!, MAX_HEADER_CELL);
    if (words === undefined) continue;
    if (words.some((w) => IDENTITY.has(w))) identity = true;
    else if (words.some((w) => NOT_THE_RESULT.has(w))) continue;
    else if (result < 0 && words.some((w) => RESULT_WORDS.has(w))) result = k;
    else if (test < 0 && words.some((w) => TEST_WORDS.has(w))) test = k;
  }
  return test >= 0 && result >= 0 ? { test, result, identity } : undefined;
}
