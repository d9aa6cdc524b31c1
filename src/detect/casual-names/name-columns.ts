import { type CasualLexicon, headerKey } from './casual-lexicon.js';

/**
 * Pasted tables (CSV, TSV, semicolon exports, Markdown tables) whose header names a column of people
 * ("first_name,last_name,email", "nombre;email;telefono"): every cell of those columns below the header is a person,
 * whatever its case ("josé antonio ruiz de la fuente", "O'Sullivan", "Tanaka-Briggs"). The table ends at a blank
 * line or at a line without the header's delimiter.
 */

export interface CellSpan {
  start: number;
  end: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
// Words a header of a name column contains: a cheap test before any line is split.
const HEADER_HINT =
  /name|nombre|apellido|client|contact|patient|paciente|titular|employee|emplead|guest|student|alumn|recipient|destinatario|remitente|sender|author|holder|attendee|surname|responsable/gi;
// A person's name in a cell: letters, with spaces, apostrophes, dots and hyphens between; no digits, no "@".
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’.\- ]{0,79}$/u;
const MAX_WORDS = 7;
const PLACEHOLDERS = new Set(['n a', 'na', 'none', 'null', 'unknown', 'tbd', 'desconocido', 'ninguno', 'nan', 'test']);

/** Cells of one line split by the delimiter, honouring double quotes, as offsets into the text. */
function splitCells(text: string, from: number, to: number, delimiter: string): CellSpan[] {
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

/** The cell's value without blanks and quotes around it. */
function trimCell(text: string, cell: CellSpan): CellSpan {
  let { start, end } = cell;
  while (start < end && /[\s"']/.test(text[start]!)) start++;
  while (end > start && /[\s"']/.test(text[end - 1]!)) end--;
  // A closing apostrophe that belongs to the name ("O'Sullivan'" never happens; "D'Angelo" keeps its inner one).
  return { start, end };
}

/** Longest key in the lexicon's header lists. */
const longestHeaders = new WeakMap<CasualLexicon, number>();

function longestHeader(lex: CasualLexicon): number {
  let longest = longestHeaders.get(lex);
  if (longest === undefined) {
    longest = 0;
    for (const set of [lex.nameHeaders, lex.bareNameHeaders, lex.contactHeaders])
      for (const h of set) longest = Math.max(longest, h.length);
    longestHeaders.set(lex, longest);
  }
  return longest;
}

/** headerKey drops or merges these ASCII characters (white space, "_", "-", quotes, "*", ":"); it keeps the rest. */
const DROPPED = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f_-"\'`*:') DROPPED[ch.charCodeAt(0)] = 1;

/**
 * Whether a cell keeps more ASCII characters in its headerKey than the longest listed header has, so that it names
 * no column: a line of prose with a header word and a few commas is split into long cells, and keying each cost more
 * than the rest of the table search. Characters outside ASCII are not counted (some are white space).
 */
function longerThan(text: string, cell: CellSpan, limit: number): boolean {
  let kept = 0;
  for (let i = cell.start; i < cell.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && DROPPED[c] === 0 && ++kept > limit) return true;
  }
  return false;
}

/** A header key no list holds, for cells too long to be a header. */
const NO_HEADER = '\u0000';

function nameColumns(headers: string[], lex: CasualLexicon): number[] {
  const named = headers.flatMap((h, i) => (lex.nameHeaders.has(h) ? [i] : []));
  if (named.length > 0) return named;
  if (!headers.some((h) => lex.contactHeaders.has(h))) return [];
  return headers.flatMap((h, i) => (lex.bareNameHeaders.has(h) ? [i] : []));
}

/** The line around a position: [start, end) without its line break. */
function lineAt(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return [start, end > start && text[end - 1] === '\r' ? end - 1 : end];
}

export function findNameColumns(text: string, lex: CasualLexicon): CellSpan[] {
  const out: CellSpan[] = [];
  if (!text.includes('\n')) return out; // a table has a header line and rows below it
  // Only lines with a header word are read as headers; the rest of the text is never split.
  HEADER_HINT.lastIndex = 0;
  for (let m = HEADER_HINT.exec(text); m; m = HEADER_HINT.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    HEADER_HINT.lastIndex = to + 1;
    const line = text.slice(from, to);
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const headerCells = splitCells(text, from, to, delimiter);
      if (headerCells.length < 2) continue;
      const limit = longestHeader(lex);
      const columns = nameColumns(
        headerCells.map((c) => (longerThan(text, c, limit) ? NO_HEADER : headerKey(text.slice(c.start, c.end)))),
        lex,
      );
      if (columns.length === 0) continue;
      let rowStart = to + 1;
      while (rowStart < text.length) {
        const [rf, rt] = lineAt(text, rowStart);
        if (rt <= rf || !text.slice(rf, rt).includes(delimiter)) break;
        const cells = splitCells(text, rf, rt, delimiter);
        for (const column of columns) {
          const cell = cells[column];
          if (!cell) continue;
          const value = trimCell(text, cell);
          const v = text.slice(value.start, value.end);
          if (!NAME_CELL.test(v) || v.split(/\s+/).length > MAX_WORDS) continue;
          if (PLACEHOLDERS.has(headerKey(v).replace(/[./]/g, ' ').trim())) continue;
          out.push(value);
        }
        rowStart = rt + 1;
        if (text[rt] === '\r') rowStart++;
      }
      HEADER_HINT.lastIndex = rowStart;
      break;
    }
  }
  return out;
}
