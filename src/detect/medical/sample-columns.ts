import { labelWords, lineAfter, lineAt, lineCells, trimCell } from '../table/cells.js';
import type { Finding } from '../types.js';

/**
 * Sample ids in a laboratory's export with one row per patient: "SampleID,PatientName,DOB,Analyte,Result" over rows
 * of "QL27-550912,DOE Jane,...", "NHC;Paciente;Muestra;Prueba" over "B27-118200". The sample's id names one patient's
 * specimen, as the number after "Sample ID:" does in a report; its other mentions in the text ("re-run sample
 * QL27-550912") are the same id. Only a table whose header also names who each row is (a patient, a name, a date of
 * birth, a record number) is read: an instrument's run log ("Sample | Well | Ct") describes no one.
 */

/** Header words of the sample's column. */
const SAMPLE_WORDS = new Set(['sample', 'samples', 'specimen', 'muestra', 'accession', 'tube']);
/** Header words that make the column something else about the sample (its type, volume, date or site). */
const NOT_THE_ID = new Set([
  'type',
  'tipo',
  'volume',
  'volumen',
  'date',
  'fecha',
  'time',
  'hora',
  'site',
  'source',
  'origen',
  'status',
  'estado',
  'count',
  'size',
]);
/** Header words that name who a row is about. */
const IDENTITY = new Set([
  'patient',
  'paciente',
  'name',
  'nombre',
  'surname',
  'apellidos',
  'dob',
  'birth',
  'nacimiento',
  'fnac',
  'mrn',
  'nhc',
  'nhs',
  'hospital',
  'chi',
  'dni',
  'nss',
]);
/** A cheap test before any line is read: a sample's word in either language. */
const SAMPLE_HINT = /ample|AMPLE|pecimen|PECIMEN|uestra|UESTRA|ccession|CCESSION/;
/** A sample's id as a cell holds it: letters, digits and joiners, with four digits at least. */
const SAMPLE_ID = /^(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9./_-]{3,24}$/;
const MIN_COLUMNS = 3;
const MAX_HEADER_CELL = 30;
const MAX_ROWS = 500;

/** MEDICAL_RECORD_NUMBER findings for the sample ids of person tables in text, and their other mentions. */
export function sampleColumnCells(text: string, detector: string): Finding[] {
  if (!SAMPLE_HINT.test(text)) return [];
  const out: Finding[] = [];
  const ids = new Set<string>();
  let from = 0;
  while (from < text.length) {
    const [lf, lt] = lineAt(text, from);
    from = lineAfter(text, lt);
    if (lt <= lf || !SAMPLE_HINT.test(text.slice(lf, lt))) continue;
    const delimiter = /[|\t;,]/.exec(text.slice(lf, lt))?.[0];
    const header = lineCells(text, lf, lt, delimiter);
    if (header.length < MIN_COLUMNS) continue;
    let column = -1;
    let identity = false;
    for (let k = 0; k < header.length; k++) {
      const words = labelWords(text, header[k]!, MAX_HEADER_CELL);
      if (words === undefined) continue;
      if (words.some((w) => IDENTITY.has(w))) identity = true;
      else if (column < 0 && words.some((w) => SAMPLE_WORDS.has(w)) && !words.some((w) => NOT_THE_ID.has(w))) {
        column = k;
      }
    }
    if (!identity || column < 0) continue;
    let rowStart = from;
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      if (rt <= rf) break;
      const row = lineCells(text, rf, rt, delimiter);
      // A pasted export may merge or drop a cell ("Analyte,Result" written as one "Lithium 1.4"): one cell either way.
      if (row.length < 2 || (delimiter !== undefined && Math.abs(row.length - header.length) > 1)) break;
      const cell = row[column];
      if (cell) {
        const value = trimCell(text, cell);
        const id = text.slice(value.start, value.end);
        if (SAMPLE_ID.test(id)) {
          ids.add(id);
          out.push({
            start: value.start,
            end: value.end,
            label: 'MEDICAL',
            type: 'MEDICAL_RECORD_NUMBER',
            score: 0.8,
            detector,
          });
        }
      }
      rowStart = lineAfter(text, rt);
    }
    from = rowStart;
  }
  // "Comment: re-run sample QL27-550912": the same id elsewhere in the text.
  for (const id of ids) {
    for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + id.length)) {
      if (out.some((f) => f.start === at)) continue;
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + id.length);
      if (wordChar(before) || wordChar(after)) continue;
      out.push({
        start: at,
        end: at + id.length,
        label: 'MEDICAL',
        type: 'MEDICAL_RECORD_NUMBER',
        score: 0.8,
        detector,
      });
    }
  }
  return out;
}

/** Whether a UTF-16 code is an ASCII letter or digit (NaN, before the text's start or after its end, is not). */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
