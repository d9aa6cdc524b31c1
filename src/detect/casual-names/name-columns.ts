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
  /name|nombre|apellido|client|contact|patient|paciente|titular|employee|emplead|guest|student|alumn|recipient|destinatario|remitente|sender|author|holder|attendee|surname|responsable/i;
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

function nameColumns(headers: string[], lex: CasualLexicon): number[] {
  const named = headers.flatMap((h, i) => (lex.nameHeaders.has(h) ? [i] : []));
  if (named.length > 0) return named;
  if (!headers.some((h) => lex.contactHeaders.has(h))) return [];
  return headers.flatMap((h, i) => (lex.bareNameHeaders.has(h) ? [i] : []));
}

export function findNameColumns(text: string, lex: CasualLexicon): CellSpan[] {
  if (!HEADER_HINT.test(text)) return [];
  const out: CellSpan[] = [];
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push([start, end > start && text[end - 1] === '\r' ? end - 1 : end]);
    start = end + 1;
  }
  for (let l = 0; l < lines.length; l++) {
    const [from, to] = lines[l]!;
    const line = text.slice(from, to);
    if (!HEADER_HINT.test(line)) continue;
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const headerCells = splitCells(text, from, to, delimiter);
      if (headerCells.length < 2) continue;
      const columns = nameColumns(
        headerCells.map((c) => headerKey(text.slice(c.start, c.end))),
        lex,
      );
      if (columns.length === 0) continue;
      let row = l + 1;
      for (; row < lines.length; row++) {
        const [rf, rt] = lines[row]!;
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
      }
      l = row - 1;
      break;
    }
  }
  return out;
}
