import { countAlignedCells } from '../table/cells.js';

/**
 * Tables aligned with spaces rather than delimiters: a data frame's print ("df.head()"), a query result, an aggregate
 * pasted from a notebook. Cells are split by two spaces or more, and a value's column is the header word above it.
 */

/** Rows of an aligned block looked at above a value. */
const MAX_ALIGNED_ROWS = 60;
/** Longest row read, in characters either side of the value. */
const MAX_ROW_CHARS = 2000;

/**
 * The top line of a block of lines aligned with spaces ("variant  city  sessions", a data frame's print) above the
 * line at p, each line of three cells or more; undefined when p's line is no such row or opens the block.
 */
export function alignedHeaderAbove(text: string, p: number): string | undefined {
  // Bounded either side: one long line (a minified file) is no table row, and must not be sliced per value.
  const from = Math.max(0, p - MAX_ROW_CHARS);
  const back = text.slice(from, p).lastIndexOf('\n');
  if (back < 0 && from > 0) return undefined;
  let lineStart = from + back + 1;
  const ahead = text.slice(p, p + MAX_ROW_CHARS).indexOf('\n');
  if (ahead < 0 && p + MAX_ROW_CHARS < text.length) return undefined;
  const lineEnd = ahead < 0 ? text.length : p + ahead;
  if (countAlignedCells(text.slice(lineStart, lineEnd)) < 3) return undefined;
  let header: string | undefined;
  for (let rows = 0; rows < MAX_ALIGNED_ROWS && lineStart > 0; rows++) {
    const windowStart = Math.max(0, lineStart - 1 - MAX_ROW_CHARS);
    const prevBreak = text.slice(windowStart, lineStart - 1).lastIndexOf('\n');
    if (prevBreak < 0 && windowStart > 0) break;
    const prevStart = windowStart + prevBreak + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    if (countAlignedCells(prev) < 3) break;
    header = prev;
    lineStart = prevStart;
  }
  return header;
}

/**
 * The header word above text[start, end) in a table aligned with spaces: the word of the header line whose columns
 * overlap the value's (pandas aligns right, most tools left), folded to lower case; undefined when none does.
 */
export function alignedColumnAbove(text: string, start: number, end: number): string | undefined {
  const header = alignedHeaderAbove(text, start);
  if (header === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = start - lineStart;
  const to = end - lineStart;
  for (const m of header.matchAll(/\S+/g)) {
    const hs = m.index ?? 0;
    if (hs < to && from < hs + m[0].length) return m[0].toLowerCase();
  }
  return undefined;
}
