import { type CellSpan, lineAfter, lineAt, rowsBelow, splitCells } from './cells.js';

/** How a caller finds the header lines of the columns it wants, and which of their columns. */
export interface HeaderScan {
  /** Words a wanted header line contains (a global regex): only lines it matches are ever split. */
  hint: RegExp;
  /** Delimiters tried on a header line, in order; the first that gives columns wins. */
  delimiters: readonly string[];
  /** Fewest cells a header line split by this delimiter must have. */
  minCells: (delimiter: string) => number;
  /** Indices of the wanted columns among a header line's cells (none: try the next delimiter). */
  columnsOf: (text: string, cells: CellSpan[]) => number[];
  /** Only rows with as many cells as their header count. */
  sameWidth: boolean;
}

/**
 * The cells of the wanted columns in the rows below each header line of a pasted table (the other direction to
 * header-above.ts): casual names reads name columns with it, the location finder place columns. The scan goes on
 * after a table's last row, so a table's rows are never read as headers.
 */
export function cellsBelowHeaders(text: string, scan: HeaderScan, visit: (cell: CellSpan) => void): void {
  if (!text.includes('\n')) return; // a table has a header line and rows below it
  const { hint } = scan;
  hint.lastIndex = 0;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    hint.lastIndex = to + 1;
    const line = text.slice(from, to);
    // Rows run from the next line and hold the header's delimiter: a line whose next line holds none of its
    // delimiters heads no rows (most prose lines naming a "patient" or a "client"), and is not split.
    if (!nextLineShares(text, to, line, scan.delimiters)) continue;
    for (const delimiter of scan.delimiters) {
      if (!line.includes(delimiter)) continue;
      const headerCells = splitCells(text, from, to, delimiter);
      if (headerCells.length < scan.minCells(delimiter)) continue;
      const columns = scan.columnsOf(text, headerCells);
      if (columns.length === 0) continue;
      const rows = rowsBelow(text, to, delimiter);
      for (const row of rows) {
        if (scan.sameWidth && row.cells.length !== headerCells.length) continue;
        for (const k of columns) {
          const cell = row.cells[k];
          if (cell) visit(cell);
        }
      }
      if (rows.length > 0) hint.lastIndex = rows[rows.length - 1]!.end + 1;
      break;
    }
  }
}

/**
 * Whether the line after the one ending at `to` (where rowsBelow starts) is not empty and holds a delimiter that
 * `line` holds too: otherwise rowsBelow finds no row under `line` with any of them.
 */
function nextLineShares(text: string, to: number, line: string, delimiters: readonly string[]): boolean {
  const rowStart = lineAfter(text, to);
  if (rowStart >= text.length) return false;
  const [from, end] = lineAt(text, rowStart);
  if (end <= from) return false;
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (delimiters.includes(c) && line.includes(c)) return true;
  }
  return false;
}
