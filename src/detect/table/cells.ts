/**
 * Pasted tables read one way for both directions: a value's column header above it (context.ts: the header is
 * every row's cue) and the cells below a header (casual-names: every cell of a name column is a person). Lines
 * are split into cells by one splitter, honouring RFC 4180 quotes, for comma, semicolon, tab and pipe tables; tables
 * aligned with spaces by alignedCells.
 */

export interface CellSpan {
  start: number;
  end: number;
}

export type Delimiter = ',' | ';' | '\t' | '|';

/** Delimiters in the order a line is read by: a pipe or tab table may hold commas inside its cells. */
export const DELIMITERS: readonly Delimiter[] = ['\t', '|', ';', ','];

/**
 * Whether the character at i opens a quoted cell (RFC 4180): a double quote that is the first non-blank character of
 * its cell. A quote inside a cell ('5" screen', 'the "Aurora" plan') is part of the value and quotes nothing.
 */
function opensQuote(text: string, cellStart: number, i: number): boolean {
  for (let k = cellStart; k < i; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/**
 * Walks text[from, to) cell by cell, honouring RFC 4180 quotes: a cell that opens with a double quote runs to its
 * closing quote, a doubled quote ("") inside it stands for one quote, and the delimiter inside it splits nothing.
 * Calls `split` at each delimiter that ends a cell (a delimiter of one character: longer ones split nothing).
 */
function walkCells(text: string, from: number, to: number, delimiter: string, split: (at: number) => void): void {
  if (delimiter.length !== 1) return;
  // Code units, not one-character strings: every line of a text is walked, for each delimiter asked about.
  const d = delimiter.charCodeAt(0);
  let cellStart = from;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (i + 1 < to && text.charCodeAt(i + 1) === QUOTE)
        i++; // "" inside a quoted cell
      else quoted = false;
    } else if (c === d) {
      split(i);
      cellStart = i + 1;
    } else if (c === QUOTE && opensQuote(text, cellStart, i)) quoted = true;
  }
}

const QUOTE = 0x22;

/** Cells of text[from, to) split by the delimiter, honouring RFC 4180 quotes, as offsets into the text. */
export function splitCells(text: string, from: number, to: number, delimiter: string): CellSpan[] {
  const cells: CellSpan[] = [];
  let start = from;
  walkCells(text, from, to, delimiter, (at) => {
    cells.push({ start, end: at });
    start = at + 1;
  });
  cells.push({ start, end: to });
  return cells;
}

/** How many cells text[from, to) splits into (see splitCells), without building them: walkCells' loop, inlined. */
export function countCells(text: string, from: number, to: number, delimiter: string): number {
  if (delimiter.length !== 1) return 1;
  const d = delimiter.charCodeAt(0);
  let n = 1;
  let cellStart = from;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (i + 1 < to && text.charCodeAt(i + 1) === QUOTE)
        i++; // "" inside a quoted cell
      else quoted = false;
    } else if (c === d) {
      n++;
      cellStart = i + 1;
    } else if (c === QUOTE && opensQuote(text, cellStart, i)) quoted = true;
  }
  return n;
}

/** Two or more blanks (or a tab) between two cells of a table aligned with spaces. */
const ALIGNED_GAP = /\S(?: {2,}|\t)(?=\S)/g;
/** A cell of a table aligned with spaces: words with single blanks between them. */
const ALIGNED_CELL = /\S+(?: \S+)*/g;

/** How many cells a line of a table aligned with spaces holds (cells are parted by two blanks or a tab). */
export function countAlignedCells(line: string): number {
  return (line.match(ALIGNED_GAP)?.length ?? 0) + 1;
}

/** Cells of text[from, to) of a table aligned with spaces: parted where two or more blanks (or a tab) stand. */
export function alignedCells(text: string, from: number, to: number): CellSpan[] {
  const cells: CellSpan[] = [];
  const line = text.slice(from, to);
  for (const m of line.matchAll(ALIGNED_CELL)) {
    const at = from + (m.index ?? 0);
    cells.push({ start: at, end: at + m[0].length });
  }
  return cells;
}

/** Cells of the line text[from, to): parted by its delimiter when it has one, else by its aligned gaps. */
export function lineCells(text: string, from: number, to: number, delimiter: string | undefined): CellSpan[] {
  return delimiter ? splitCells(text, from, to, delimiter) : alignedCells(text, from, to);
}

/** The cell without blanks and quotes around it. */
export function trimCell(text: string, cell: CellSpan): CellSpan {
  let { start, end } = cell;
  while (start < end && /[\s"']/.test(text[start]!)) start++;
  while (end > start && /[\s"']/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The line around a position: [start, end) without its line break. */
export function lineAt(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return [start, end > start && text[end - 1] === '\r' ? end - 1 : end];
}

/** Where the line after the one ending at `end` (a lineAt end: before its "\r\n" or "\n") starts. */
export function lineAfter(text: string, end: number): number {
  return text[end] === '\r' ? end + 2 : end + 1;
}

/** The first delimiter of DELIMITERS that occurs in text[from, to). */
export function delimiterOf(text: string, from: number, to: number): Delimiter | undefined {
  const line = text.slice(from, to);
  return DELIMITERS.find((d) => line.includes(d));
}

/**
 * The rows under a header line that ends at `headerEnd`, each as its cells: every following line holding the
 * delimiter, up to a blank line or one without it.
 */
export function rowsBelow(
  text: string,
  headerEnd: number,
  delimiter: string,
): Array<{ end: number; cells: CellSpan[] }> {
  const rows: Array<{ end: number; cells: CellSpan[] }> = [];
  let rowStart = lineAfter(text, headerEnd);
  while (rowStart < text.length) {
    const [from, to] = lineAt(text, rowStart);
    if (to <= from || !text.slice(from, to).includes(delimiter)) break;
    rows.push({ end: to, cells: splitCells(text, from, to, delimiter) });
    rowStart = lineAfter(text, to);
  }
  return rows;
}

/** The words of a header cell, lower-case and without accents: "billingCity" -> billing, city; "fecha_nac" -> fecha, nac. */
export function headerWords(header: string): string[] {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The words of a header cell read as a column's label (trimmed, see headerWords), or undefined when the cell is longer
 * than maxChars or holds no word or more than four: a sentence, not a label.
 */
export function labelWords(text: string, cell: CellSpan, maxChars: number): string[] | undefined {
  const t = trimCell(text, cell);
  if (t.end - t.start > maxChars) return undefined;
  const words = headerWords(text.slice(t.start, t.end));
  return words.length === 0 || words.length > 4 ? undefined : words;
}

/** The cell of an aligned row that starts in header column k's stretch (up to the next column's start), if any. */
export function cellUnder(
  header: CellSpan[],
  k: number,
  headerFrom: number,
  row: CellSpan[],
  rowFrom: number,
): CellSpan | undefined {
  const left = header[k]!.start - headerFrom;
  const right = k + 1 < header.length ? header[k + 1]!.start - headerFrom : Number.POSITIVE_INFINITY;
  for (const cell of row) {
    const at = cell.start - rowFrom;
    if (at >= left - 1 && at < right) return cell;
  }
  return undefined;
}
