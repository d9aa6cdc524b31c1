import { startsByFirstCharacter } from '../factor-alternatives.js';
import { calendarDate } from '../validators/dates.js';
import {
  alignedCells,
  type CellSpan,
  delimiterOf,
  headerWords,
  lineAfter,
  lineAt,
  splitCells,
  trimCell,
} from './cells.js';
import { sqlInserts } from './sql-insert.js';

/**
 * Personal dates in tables printed with their columns lined up by spaces: a data frame's print (df.head()), a query
 * result, a fixed-width report. Under a header that names a date of someone's life ("dob", "birth_date",
 * "fecha_nac", "admission_date") every date of the column is that person's, however far its row is from the header:
 * no cue word sits near "1968-09-14" in the fortieth row. Delimited tables (CSV, TSV, pipes) and SQL INSERT tuples
 * are read here only from the first row that does not fit its header on: the header above a value is every fitting
 * row's cue (context.ts, table/header-above.ts), but a free-text cell with an unquoted comma ("asthma, inhaler") or a
 * value left out of a tuple shifts the row's cells, and the rows after it lose their header there.
 */

/** Header words that name a date of birth or of death on their own. */
const BIRTH_WORDS = new Set([
  'dob',
  'bday',
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
const DEATH_WORDS = new Set(['dod', 'death', 'died', 'deceased', 'defuncion', 'fallecimiento', 'deces', 'sterbedatum']);
/**
 * Events of a person's care, job or family that name a personal date with a date word ("admission_date",
 * "fecha_ingreso", a child's "placement_date" or "fecha_acogimiento" in an adoption or fostering register).
 */
const EVENT_WORDS = new Set([
  'admission',
  'admit',
  'admitted',
  'discharge',
  'discharged',
  'hire',
  'hired',
  'ingreso',
  'placement',
  'placed',
  'adoption',
  'adopted',
  'acogimiento',
  'adopcion',
]);
const DATE_WORDS = new Set(['date', 'dt', 'fecha', 'on', 'at', 'day', 'dia']);

/**
 * Header words a personal date column holds: only lines one of them is on are ever split. The scan below reads only
 * where a match starts, so the words are grouped by their first letter (one test rules a group out).
 */
const HEADER_HINT = startsByFirstCharacter(
  /dob|dod|birth|born|nac|naissance|geburt|nascita|nascimento|death|died|deceased|defunci|fallec|d[eé]c[eè]s|sterbe|admi|discharg|hire|ingreso|placed|placement|adopt|acogim/gi,
);
const MAX_HEADER_CELL = 40;
const SQL_HEAD = /\binsert\s+(?:ignore\s+)?into\b|\bvalues\s*\(/i;
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

/**
 * The dates under personal-date headers of the space-aligned tables of a text, and of the rows of delimited tables
 * and SQL INSERT statements that do not fit their header.
 */
export function personalDateCells(text: string): DateCell[] {
  const out: DateCell[] = [];
  if (!text.includes('\n')) return out;
  sqlMisfits(text, out);
  // A table lined up with spaces has double blanks: most prose has no double blank at all.
  const aligned = text.includes('  ');
  HEADER_HINT.lastIndex = 0;
  for (let m = HEADER_HINT.exec(text); m; m = HEADER_HINT.exec(text)) {
    const [lineFrom, lineTo] = lineAt(text, m.index);
    HEADER_HINT.lastIndex = lineTo + 1;
    const [from, to] = quotedLine(text, lineFrom, lineTo);
    const line = text.slice(from, to);
    // Delimited tables are read by their header cell above (context.ts); tabs are one of their delimiters. Only
    // their rows that do not fit are read here.
    if (/[|,;\t]/.test(line)) {
      HEADER_HINT.lastIndex = delimitedMisfits(text, from, to, m.index, out);
      continue;
    }
    if (!aligned) continue;
    const header = alignedCells(text, from, to);
    if (header.length < MIN_COLUMNS) continue;
    const columns: Array<{ k: number; type: 'DATE_OF_BIRTH' | 'DATE' }> = [];
    header.forEach((c, k) => {
      const type = personalDateHeader(text.slice(c.start, c.end));
      if (type) columns.push({ k, type });
    });
    if (columns.length === 0) continue;
    let rowStart = lineAfter(text, lineTo);
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [lf, lt] = lineAt(text, rowStart);
      const [rf, rt] = from === lineFrom ? [lf, lt] : quotedLine(text, lf, lt);
      const row = alignedCells(text, rf, rt);
      if (row.length < 2) break;
      for (const { k, type } of columns) {
        const cell = dateUnder(text, header, k, from, row, rf);
        if (cell) out.push({ ...cell, type });
      }
      rowStart = lineAfter(text, lt);
      HEADER_HINT.lastIndex = rowStart;
    }
  }
  return out;
}

/**
 * The content of a line that holds one string of a JSON array, as a notebook's output cell prints a data frame
 * ("text/plain": ["   name   dob\\n", "0  ...\\n"]): without its quotes, its escaped line end and the commas and
 * brackets after it. Any other line is returned as it is.
 */
function quotedLine(text: string, from: number, to: number): [number, number] {
  let s = from;
  while (s < to && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  if (text.charCodeAt(s) !== 34) return [from, to];
  let e = to;
  while (e > s && JSON_TAIL.includes(text[e - 1]!)) e--;
  if (e <= s + 1 || text.charCodeAt(e - 1) !== 34) return [from, to];
  e--;
  if (text.startsWith('\\n', e - 2)) e -= 2;
  return [s + 1, e];
}
const JSON_TAIL = ' \t\r,]}';

/**
 * The dates under personal-date columns of a delimited header line [from, to) whose header hint is at `hint`, in its
 * rows from the first one whose cell count differs from the header's on (see the file's comment); returns where the
 * scan for headers goes on.
 */
function delimitedMisfits(text: string, from: number, to: number, hint: number, out: DateCell[]): number {
  const delimiter = delimiterOf(text, from, to);
  // An INSERT's column list is read with its tuples (sqlMisfits).
  if (delimiter === undefined || SQL_HEAD.test(text.slice(from, to))) return to + 1;
  // The hint must stand in a header cell of its own ("dob", "fecha_nac"), not in a sentence ("nacional, ..."): a
  // cheap look at its stretch between delimiters before the line is split.
  const cellFrom = Math.max(from, text.lastIndexOf(delimiter, hint) + 1);
  const next = text.indexOf(delimiter, hint);
  if (personalDateHeader(text.slice(cellFrom, next < 0 || next > to ? to : next)) === undefined) return to + 1;
  const header = splitCells(text, from, to, delimiter);
  if (header.length < MIN_COLUMNS) return to + 1;
  const columns: Array<{ k: number; type: 'DATE_OF_BIRTH' | 'DATE' }> = [];
  for (let k = 0; k < header.length; k++) {
    const cell = trimCell(text, header[k]!);
    // A header names its columns: a line with a date in it is a data row whose text merely holds a hint.
    if (isDate(text, cell)) return to + 1;
    const type = personalDateHeader(text.slice(cell.start, cell.end));
    if (type) columns.push({ k, type });
  }
  if (columns.length === 0) return to + 1;
  const rows: CellSpan[][] = [];
  let rowStart = lineAfter(text, to);
  for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
    const [rf, rt] = lineAt(text, rowStart);
    if (rt <= rf || !text.slice(rf, rt).includes(delimiter)) break;
    rows.push(splitCells(text, rf, rt, delimiter));
    rowStart = lineAfter(text, rt);
  }
  // Some row must fit the header, or the line is no header of these rows (a sentence with commas above others);
  // unless every row has one count of cells and the header holds labels only: an export whose rows all merge two
  // columns ("Assay,Reading" written "Lithium 0.9") or all lack one fits none of its rows.
  const first = rows.findIndex((row) => row.length !== header.length);
  if (first < 0) return rowStart;
  const misfits = rows.some((row) => row.length === header.length) ? rows.slice(first) : uniformRun(text, header, rows);
  for (const row of misfits) {
    for (const { k, type } of columns) pushShifted(text, row, k, row.length - header.length, type, out);
  }
  return rowStart;
}

/** Longest header cell, and most blanks in it, of a header none of whose rows fits it. */
const MAX_LABEL = 32;
const MAX_LABEL_BLANKS = 3;

/**
 * The rows under a header none of them fits that still sit under it: the first rows, two or more, with one count of
 * cells at most two from the header's (a note with a comma or two may follow them), under a header of short labels
 * (a sentence's stretches between commas are longer). None when they do not.
 */
function uniformRun(text: string, header: CellSpan[], rows: CellSpan[][]): CellSpan[][] {
  const count = rows[0]!.length;
  let n = 1;
  while (n < rows.length && rows[n]!.length === count) n++;
  if (n < 2 || Math.abs(count - header.length) > 2 || !shortLabels(text, header)) return [];
  return rows.slice(0, n);
}

function shortLabels(text: string, header: CellSpan[]): boolean {
  return header.every((c) => {
    const cell = trimCell(text, c);
    const label = text.slice(cell.start, cell.end);
    return label.length > 0 && label.length <= MAX_LABEL && label.split(' ').length <= MAX_LABEL_BLANKS + 1;
  });
}

/**
 * The date of column k in a row `shift` cells longer (or shorter) than its header: the k-th cell when the surplus
 * comma or the missing value lies after it, the (k + shift)-th when it lies before; if both are dates they must agree.
 */
function pushShifted(
  text: string,
  row: CellSpan[],
  k: number,
  shift: number,
  type: 'DATE_OF_BIRTH' | 'DATE',
  out: DateCell[],
): void {
  const left = row[k] ? trimCell(text, row[k]!) : undefined;
  const right = row[k + shift] ? trimCell(text, row[k + shift]!) : undefined;
  const l = left && isDate(text, left) ? left : undefined;
  const r = right && isDate(text, right) ? right : undefined;
  if (l && r && (l.start !== r.start || l.end !== r.end)) return;
  const cell = l ?? r;
  if (cell) out.push({ ...cell, type });
}

/** The dates under personal-date columns of SQL INSERT tuples with more or fewer values than the column list. */
function sqlMisfits(text: string, out: DateCell[]): void {
  for (const insert of sqlInserts(text)) {
    const columns: Array<{ k: number; type: 'DATE_OF_BIRTH' | 'DATE' }> = [];
    insert.columns.forEach((c, k) => {
      const type = personalDateHeader(text.slice(c.start, c.end));
      if (type) columns.push({ k, type });
    });
    if (columns.length === 0) continue;
    for (const row of insert.rows) {
      const shift = row.length - insert.columns.length;
      if (shift === 0) continue;
      for (const { k, type } of columns) pushShifted(text, row, k, shift, type, out);
    }
  }
}

/**
 * The date of a row under header cell k: the row's k-th cell (or k+1-th when the row opens with an index the header
 * lacks, as a data frame's print does), else the row's cell that overlaps the header's columns; only if it is a date.
 */
function dateUnder(
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
