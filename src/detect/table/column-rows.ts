import type { Finding, Label } from '../types.js';
import { type CellSpan, cellUnder, headerWords, lineAfter, lineAt, lineCells, trimCell } from './cells.js';

/**
 * Tables whose header names what every row's cell under a column holds (a readings log's "systolic", a patient
 * list's "HbA1c", a journal's "mood"): one walk finds the header lines, splits them, asks the reader what their
 * columns say, and hands it the rows below, delimited (comma, semicolon, tab, pipe) or aligned with spaces.
 */

/** A header line and how its rows are split. */
export interface HeaderLine {
  /** The line's cells. */
  cells: CellSpan[];
  /** Where the line starts (aligned rows are matched to its cells by their offset from it). */
  from: number;
  to: number;
  /** The line's first delimiter, or undefined for a table aligned with spaces. */
  delimiter: string | undefined;
}

/** How one kind of table is found and read. */
export interface TableReader<C> {
  /** A global regex matching a word of a header line: only lines it matches on are split. */
  hint: RegExp;
  minColumns: number;
  /** A header cell longer than this gives no words. */
  maxHeaderCell: number;
  maxRows: number;
  /** Whether a line without a delimiter (a table aligned with spaces) is read as a header. */
  aligned: boolean;
  /**
   * Whether a delimited row may hold more cells than its header (a name split in two by a comma): else a row with
   * another count ends the table.
   */
  extraCells: boolean;
  /**
   * What the header's columns say, from each cell's folded words (headerWords; undefined for a cell too long, empty
   * or of more than four words), or undefined when the line heads no table of this kind.
   */
  columns(words: Array<string[] | undefined>, text: string, line: HeaderLine): C | undefined;
}

/** The findings array of a walk with a row reader: the reader pushes its own, nothing is pushed here. */
const UNUSED: Finding[] = [];

/** Reads one row of a table: false ends the table. */
export type RowReader<C> = (columns: C, header: HeaderLine, cells: CellSpan[], rowFrom: number) => boolean;

/**
 * Calls `row` for each row under each header line the reader takes, up to a blank line, a row of one cell, one whose
 * count does not fit the header's, or `row` returning false. The hint goes on after the last row read. `take`, when
 * given, is asked once a header is taken, before its rows are read: a test of the whole text too costly to ask first.
 */
export function columnRows<C>(text: string, reader: TableReader<C>, row: RowReader<C>, take?: () => boolean): void {
  walk(text, reader, take, row, UNUSED, '');
}

/** A table whose columns at the given indexes hold values of one kind, each a finding when it passes `value`. */
export interface ColumnValueReader extends TableReader<number[]> {
  /** A value as its cell holds it, trimmed (a regex without the g flag: it is tested cell by cell). */
  value: RegExp;
  label: Label;
  type: string;
  score: number;
}

/**
 * The findings of the cells under the reader's columns whose values pass its test. A delimited row with extra cells
 * is read from the right when that puts more values under the columns (a name or an address split by commas).
 */
export function columnValues(
  text: string,
  reader: ColumnValueReader,
  detector: string,
  take?: () => boolean,
): Finding[] {
  const out: Finding[] = [];
  walk(text, reader, take, undefined, out, detector);
  return out;
}

/**
 * The walk of columnRows and columnValues. Without `row` the rows' values are read by pushValues, called directly:
 * a callback shared by every reader is a call V8 cannot inline, a few percent slower on a long table.
 */
function walk<C>(
  text: string,
  reader: TableReader<C>,
  take: (() => boolean) | undefined,
  row: RowReader<C> | undefined,
  out: Finding[],
  detector: string,
): void {
  const { hint, maxRows, extraCells, maxHeaderCell } = reader;
  hint.lastIndex = 0;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    hint.lastIndex = to + 1;
    const delimiter = /[|\t;,]/.exec(text.slice(from, to))?.[0];
    if (delimiter === undefined && !reader.aligned) continue;
    const cells = lineCells(text, from, to, delimiter);
    if (cells.length < reader.minColumns) continue;
    const words: Array<string[] | undefined> = [];
    for (const c of cells) {
      const cell = trimCell(text, c);
      const w = cell.end - cell.start > maxHeaderCell ? undefined : headerWords(text.slice(cell.start, cell.end));
      words.push(w === undefined || w.length === 0 || w.length > 4 ? undefined : w);
    }
    const header: HeaderLine = { cells, from, to, delimiter };
    const columns = reader.columns(words, text, header);
    if (columns === undefined || (take !== undefined && !take())) continue;
    let rowStart = lineAfter(text, to);
    for (let n = 0; n < maxRows && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      if (rt <= rf) break;
      const rowCells = lineCells(text, rf, rt, delimiter);
      if (rowCells.length < 2) break;
      if (delimiter !== undefined && (extraCells ? rowCells.length < cells.length : rowCells.length !== cells.length))
        break;
      if (row !== undefined) {
        if (!row(columns, header, rowCells, rf)) break;
      } else {
        // Only columnValues walks without a row reader, with a ColumnValueReader.
        const values = reader as unknown as ColumnValueReader;
        pushValues(text, values, columns as unknown as number[], header, rowCells, rf, out, detector);
      }
      rowStart = lineAfter(text, rt);
      hint.lastIndex = rowStart;
    }
  }
}

/** Pushes the findings of a row's cells under the columns whose values pass the reader's test. */
function pushValues(
  text: string,
  reader: ColumnValueReader,
  columns: number[],
  header: HeaderLine,
  row: CellSpan[],
  rowFrom: number,
  out: Finding[],
  detector: string,
): void {
  const test = reader.value;
  const delimited = header.delimiter !== undefined;
  const extra = delimited ? row.length - header.cells.length : 0;
  const shift = extra > 0 ? bestShift(text, row, columns, extra, test) : 0;
  for (const k of columns) {
    const cell = delimited ? row[k + shift] : cellUnder(header.cells, k, header.from, row, rowFrom);
    if (!cell) continue;
    const value = trimCell(text, cell);
    if (value.end > value.start && test.test(text.slice(value.start, value.end)))
      out.push({
        start: value.start,
        end: value.end,
        label: reader.label,
        type: reader.type,
        score: reader.score,
        detector,
      });
  }
}

/** 0 or the row's extra cells, whichever puts more values under the columns (the extra on a tie). */
function bestShift(text: string, row: CellSpan[], columns: number[], extra: number, test: RegExp): number {
  const fits = (shift: number): number =>
    columns.filter((k) => {
      const cell = row[k + shift];
      if (!cell) return false;
      const value = trimCell(text, cell);
      return test.test(text.slice(value.start, value.end));
    }).length;
  return fits(0) > fits(extra) ? 0 : extra;
}
