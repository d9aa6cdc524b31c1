import { calendarDate } from '../validators/dates.js';
import { alignedCells, type CellSpan, headerWords, lineAt } from './cells.js';

/**
 * Personal dates in tables printed with their columns lined up by spaces: a data frame's print (df.head()), a query
 * result, a fixed-width report. Under a header that names a date of someone's life ("dob", "birth_date",
 * "fecha_nac", "admission_date") every date of the column is that person's, however far its row is from the header:
 * no cue word sits near "1968-09-14" in the fortieth row. Delimited tables (CSV, TSV, pipes) are not read here: the
 * header above a value is already every row's cue there (context.ts, table/header-above.ts).
 */

/** Header words that name a date of birth or of death on their own. */
const BIRTH_WORDS = new Set([
  'dob',
  'birth',
  'birthdate',
  'birthday',
  'born',
  'dateofbirth',
  'nacimiento',
  'nac',
  'fnac',
  'naissance',
  'geburtsdatum',
  'geburtstag',
  'nascita',
  'nascimento',
]);
const DEATH_WORDS = new Set(['dod', 'death', 'deceased', 'defuncion', 'fallecimiento']);
/** Events of a person's care or job that name a personal date with a date word ("admission_date", "fecha_ingreso"). */
const EVENT_WORDS = new Set(['admission', 'admit', 'admitted', 'discharge', 'discharged', 'hire', 'hired', 'ingreso']);
const DATE_WORDS = new Set(['date', 'dt', 'fecha', 'on', 'at', 'day', 'dia']);

/** Header words a personal date column holds: only lines one of them is on are ever split. */
const HEADER_HINT =
  /dob|dod|birth|born|nac|naissance|geburt|nascita|nascimento|death|deceased|defunci|fallec|admi|discharg|hire|ingreso/gi;
const MAX_HEADER_CELL = 40;
const MIN_COLUMNS = 3;
const MAX_ROWS = 200;
const MAX_CELL = 30;
const HAS_DIGIT = /\d/;

/** DATE_OF_BIRTH or DATE when the header names a personal date, else undefined. */
export function personalDateHeader(header: string): 'DATE_OF_BIRTH' | 'DATE' | undefined {
  if (header.length > MAX_HEADER_CELL) return undefined;
  const words = headerWords(header);
  if (words.length === 0 || words.length > 4) return undefined;
  if (words.some((w) => BIRTH_WORDS.has(w))) return 'DATE_OF_BIRTH';
  if (words.some((w) => DEATH_WORDS.has(w))) return 'DATE';
  if (words.some((w) => EVENT_WORDS.has(w)) && words.some((w) => DATE_WORDS.has(w))) return 'DATE';
  return undefined;
}

export interface DateCell extends CellSpan {
  type: 'DATE_OF_BIRTH' | 'DATE';
}

/** The dates under personal-date headers of the space-aligned tables of a text. */
export function personalDateCells(text: string): DateCell[] {
  const out: DateCell[] = [];
  // A table lined up with spaces has line breaks and double blanks: most prose has no double blank at all.
  if (!text.includes('\n') || !text.includes('  ')) return out;
  HEADER_HINT.lastIndex = 0;
  for (let m = HEADER_HINT.exec(text); m; m = HEADER_HINT.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    HEADER_HINT.lastIndex = to + 1;
    const line = text.slice(from, to);
    // Delimited tables are read by their header cell above (context.ts); tabs are one of their delimiters.
    if (/[|,;\t]/.test(line)) continue;
    const header = alignedCells(text, from, to);
    if (header.length < MIN_COLUMNS) continue;
    const columns: Array<{ k: number; type: 'DATE_OF_BIRTH' | 'DATE' }> = [];
    header.forEach((c, k) => {
      const type = personalDateHeader(text.slice(c.start, c.end));
      if (type) columns.push({ k, type });
    });
    if (columns.length === 0) continue;
    let rowStart = to + 1;
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      const row = alignedCells(text, rf, rt);
      if (row.length < 2) break;
      for (const { k, type } of columns) {
        const cell = cellUnder(text, header, k, from, row, rf);
        if (cell) out.push({ ...cell, type });
      }
      rowStart = rt + 1;
      HEADER_HINT.lastIndex = rowStart;
    }
  }
  return out;
}

/**
 * The date of a row under header cell k: the row's k-th cell (or k+1-th when the row opens with an index the header
 * lacks, as a data frame's print does), else the row's cell that overlaps the header's columns; only if it is a date.
 */
function cellUnder(
  text: string,
  header: CellSpan[],
  k: number,
  headerFrom: number,
  row: CellSpan[],
  rowFrom: number,
): CellSpan | undefined {
  const shift = row.length === header.length + 1 ? 1 : row.length === header.length ? 0 : -1;
  if (shift >= 0) {
    const byIndex = row[k + shift]!;
    if (isDate(text, byIndex)) return byIndex;
  }
  const h = header[k]!;
  const hs = h.start - headerFrom;
  const he = h.end - headerFrom;
  const overlapping = row.filter((c) => c.start - rowFrom < he && hs < c.end - rowFrom);
  return overlapping.length === 1 && isDate(text, overlapping[0]!) ? overlapping[0] : undefined;
}

function isDate(text: string, cell: CellSpan): boolean {
  if (cell.end - cell.start > MAX_CELL) return false;
  const value = text.slice(cell.start, cell.end);
  return HAS_DIGIT.test(value) && DATE_SHAPE.test(value) && calendarDate(value.split(/[ T]\d\d:/)[0]!) !== null;
}

/** A numeric date (y-m-d, d/m/y, m/d/y, with dots or dashes), optionally with a time; or a day, a month name, a year. */
const DATE_SHAPE =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}[ -][\p{L}]{3,10}\.?[ -]\d{4})(?:[ T]\d\d:\d\d(?::\d\d)?)?$/u;
