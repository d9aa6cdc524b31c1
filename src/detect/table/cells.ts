/**
 * Pasted tables read one way for both directions: a value's column header above it (context.ts: the header is
 * every row's cue) and the cells below a header (casual-names: every cell of a name column is a person). Lines
 * are split into cells by one splitter, honouring double quotes, for comma, semicolon, tab and pipe tables.
 */

export interface CellSpan {
  start: number;
  end: number;
}

export type Delimiter = ',' | ';' | '\t' | '|';

/** Delimiters in the order a line is read by: a pipe or tab table may hold commas inside its cells. */
export const DELIMITERS: readonly Delimiter[] = ['\t', '|', ';', ','];

/** Cells of text[from, to) split by the delimiter, honouring double quotes, as offsets into the text. */
export function splitCells(text: string, from: number, to: number, delimiter: string): CellSpan[] {
  const cells: CellSpan[] = [];
  let start = from;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  cells.push({ start, end: to });
  return cells;
}

/** How many cells text[from, to) splits into (see splitCells), without building them. */
export function countCells(text: string, from: number, to: number, delimiter: string): number {
  let n = 1;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) n++;
  }
  return n;
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
  let rowStart = headerEnd + 1;
  if (text[headerEnd] === '\r') rowStart++;
  while (rowStart < text.length) {
    const [from, to] = lineAt(text, rowStart);
    if (to <= from || !text.slice(from, to).includes(delimiter)) break;
    rows.push({ end: to, cells: splitCells(text, from, to, delimiter) });
    rowStart = to + 1;
    if (text[to] === '\r') rowStart++;
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
