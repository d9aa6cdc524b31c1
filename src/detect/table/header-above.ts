import { type CellSpan, countCells, type Delimiter, delimiterOf, splitCells } from './cells.js';
import { sqlColumnAt } from './sql-insert.js';

/** Longest table row looked at, in characters either side of the value. */
const MAX_ROW_CHARS = 4000;
/** Rows of a table block are looked for this far up; a header further away is not this value's. */
const MAX_ROWS_UP = 200;
/** A Markdown rule row under the header (|---|:---:|). */
const RULE_ROW = /^[\s|:+-]*$/;
/** Comma and semicolon tables need this many columns: a line of prose has a comma or two as well. */
const MIN_SEPARATED_COLUMNS = 3;
/** A header cell of a comma or semicolon table is a label, not a sentence. */
const MAX_HEADER_CELL = 48;

/**
 * For the text asked last: by row start, the start of its block's top line, how many rows up it is, and the
 * delimiter and cell count the block was read with.
 */
let memoText: string | undefined;
const memo = new Map<number, [number, number, string, number]>();

/**
 * The header cell above offset p: the column name of an SQL INSERT whose value list holds p, or the cell of the
 * header line above p when p sits in a data row of a table pasted as delimited lines (the same number of cells
 * on every line of the block; tab, pipe, semicolon or comma, the last two with 3 or more short header cells).
 */
export function headerAbove(text: string, p: number): CellSpan | undefined {
  const sql = sqlColumnAt(text, p);
  if (sql) return sql;
  // Only a bounded stretch either side is searched for the row's ends: on one long line (a minified file, a
  // megabyte of digits) an unbounded search per finding made the scan quadratic, and such a line is no row.
  const from = Math.max(0, p - MAX_ROW_CHARS);
  const back = text.slice(from, p).lastIndexOf('\n');
  if (back < 0) return undefined;
  const lineStart = from + back + 1;
  const ahead = text.slice(p, p + MAX_ROW_CHARS).indexOf('\n');
  if (ahead < 0 && p + MAX_ROW_CHARS < text.length) return undefined;
  const lineEnd = ahead < 0 ? text.length : p + ahead;
  const delimiter = delimiterOf(text, lineStart, lineEnd);
  if (delimiter === undefined || lineStart === 0) return undefined;
  const cells = countCells(text, lineStart, lineEnd, delimiter);
  const separated = delimiter === ',' || delimiter === ';';
  if (separated && cells < MIN_SEPARATED_COLUMNS) return undefined;
  const headerStart = blockStart(text, lineStart, delimiter, cells);
  if (headerStart === lineStart) return undefined;
  let headerEnd = text.indexOf('\n', headerStart);
  if (headerEnd < 0) headerEnd = text.length;
  const header = splitCells(text, headerStart, headerEnd, delimiter);
  if (separated && header.some((c) => c.end - c.start > MAX_HEADER_CELL)) return undefined;
  const column = countCells(text, lineStart, p, delimiter) - 1;
  const cell = header[column];
  if (cell === undefined || RULE_ROW.test(text.slice(cell.start, cell.end))) return undefined;
  return cell;
}

/**
 * Start of the topmost line of the block of lines with `cells` cells that ends with the line at lineStart, at
 * most MAX_ROWS_UP rows up. Blocks found whole are remembered for the text, so the rows of one table share the
 * walk (the answer is the same as walking every time).
 */
function blockStart(text: string, lineStart: number, delimiter: Delimiter, cells: number): number {
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  const visited: number[] = [];
  let headerStart = lineStart;
  let up = 0;
  let whole = false;
  for (; up < MAX_ROWS_UP; up++) {
    if (headerStart === 0) {
      whole = true;
      break;
    }
    const known = memo.get(headerStart);
    if (known !== undefined && known[2] === delimiter && known[3] === cells && up + known[1] <= MAX_ROWS_UP) {
      headerStart = known[0];
      up += known[1];
      whole = true;
      break;
    }
    visited.push(headerStart);
    const prevStart = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (countCells(text, prevStart, headerStart - 1, delimiter) !== cells) {
      whole = true;
      break;
    }
    headerStart = prevStart;
  }
  if (whole) for (let i = 0; i < visited.length; i++) memo.set(visited[i]!, [headerStart, up - i, delimiter, cells]);
  return headerStart;
}
