import type { Finding } from '../types.js';
import { alignedCells, type CellSpan, countAlignedCells, lineAt, splitCells, trimCell } from './cells.js';

/**
 * A table's cell bounds every finding in it: "Patient<TAB>fractured wrist" is a header cell and a value, so a
 * diagnosis found across the tab is only "fractured wrist"; "Yorkshire<TAB>N18" is a region cell and a postcode cell.
 * A name or a place may spread over columns (first and last name, town and postcode): it is cut into one finding a
 * cell, so nothing it covered is lost. A lab result or a sign is read with its value from the cells beside it, and
 * stays whole. Any other value lives in one cell: the cell holding most of it is kept.
 * Cells are parted by tabs, by pipes with a blank beside them or opening the line (Markdown tables), or by two blanks
 * or more on a line of three such cells or more (a data frame's print); a pipe glued inside a token ("a|b") parts
 * nothing.
 */

/** Labels whose value may run over two cells of a row: each cell keeps its part. */
const SPREADING = new Set<string>(['PERSON', 'LOCATION']);
/** Stands for the gaps of two blanks or more that part the cells of a table aligned with spaces. */
const ALIGNED = '  ';
/** Fewest cells of a line read as a row of a table aligned with spaces. */
const MIN_ALIGNED_CELLS = 3;
/** Types of values read across a row: an analyte or a sign and its result. */
const MEASURED = new Set<string>(['LAB_RESULT', 'VITAL_SIGN']);
/** Labels whose values may hold a pipe or a tab of their own. */
const UNBOUNDED = new Set<string>(['SECRET', 'URL']);

/** The delimiter that parts cells inside text[start, end), if any. */
function delimiterInside(text: string, start: number, end: number): string | undefined {
  let pipe = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\t') return '\t';
    if (c === '|' && !pipe) {
      const spaced = text[i - 1] === ' ' || text[i + 1] === ' ';
      pipe = spaced || text[lineAt(text, i)[0]] === '|';
    }
  }
  if (pipe) return '|';
  // A row of a table aligned with spaces: two blanks inside the span, three cells or more on its line and on the line
  // above or below it (one line of prose with double blanks is no table).
  if (text.slice(start, end).includes('  ')) {
    const [from, to] = lineAt(text, start);
    if (alignedRow(text, from, to) && (alignedLine(text, from - 1) || alignedLine(text, to + 1))) return ALIGNED;
  }
  return undefined;
}

function alignedRow(text: string, from: number, to: number): boolean {
  return countAlignedCells(text.slice(from, to)) >= MIN_ALIGNED_CELLS;
}

/** Whether the line holding position at (the one before or after a row) is a row of the same table. */
function alignedLine(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const [from, to] = lineAt(text, at);
  return to > from && alignedRow(text, from, to);
}

/** The parts of text[start, end) in each cell of its row, trimmed, empty ones left out. */
function partsByCell(text: string, start: number, end: number, delimiter: string): CellSpan[] {
  const [from, to] = lineAt(text, start);
  if (end > to) return [{ start, end }]; // a span over lines is no cell's
  const parts: CellSpan[] = [];
  const cells = delimiter === ALIGNED ? alignedCells(text, from, to) : splitCells(text, from, to, delimiter);
  for (const cell of cells) {
    const s = Math.max(cell.start, start);
    const e = Math.min(cell.end, end);
    if (e <= s) continue;
    const part = trimCell(text, { start: s, end: e });
    if (part.end > part.start) parts.push(part);
  }
  return parts;
}

/**
 * A test or a sign read with its value from the cells beside it ("| Potassium | 6.3 | mmol/L |"): the row is the
 * value, so it stays whole. So does any finding one of whose cells holds a number.
 */
function measured(text: string, f: Finding, parts: CellSpan[]): boolean {
  return MEASURED.has(f.type) || parts.some((p) => /\d/.test(text.slice(p.start, p.end)));
}

/** A code in the next column ("MX", "F", "GBR": a country, a sex) is no part of a person's name. */
function partOfValue(text: string, label: string, part: CellSpan): boolean {
  if (label !== 'PERSON' || part.end - part.start > 3) return true;
  return /\p{Ll}/u.test(text.slice(part.start, part.end));
}

/**
 * A name or a place read across three cells or more is a row read whole (an inventory's number, a building, its
 * street, a cadastral reference, a value), not one value spread over a name's or an address's cells: its cells that
 * hold an amount in thousands ("1.284.300") or a code of letters and digits ("7839203VK4773H0001WE") are other
 * columns', and so is a zero-padded entry number opening the row ("0012"); a house number or a
 * postcode in an address's own cells stays.
 */
const ACROSS_ROW_CELLS = 3;
const AMOUNT_OR_CODE =
  /^(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]{8,})$/u;
const ENTRY_NUMBER = /^0\d+$/;
function otherColumn(text: string, parts: CellSpan[], k: number): boolean {
  const value = text.slice(parts[k]!.start, parts[k]!.end);
  return AMOUNT_OR_CODE.test(value) || (k === 0 && ENTRY_NUMBER.test(value));
}

/** The findings with each one bounded by the table cells it runs over (see above); the others as they are. */
export function boundByCells<F extends Finding>(text: string, findings: F[]): F[] {
  let out: F[] | undefined;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const delimiter = UNBOUNDED.has(f.label) ? undefined : delimiterInside(text, f.start, f.end);
    const parts = delimiter ? partsByCell(text, f.start, f.end, delimiter) : undefined;
    if (parts === undefined || parts.length <= 1) {
      if (parts?.length === 1 && (parts[0]!.start !== f.start || parts[0]!.end !== f.end)) {
        out ??= findings.slice(0, k);
        out.push({ ...f, start: parts[0]!.start, end: parts[0]!.end });
      } else out?.push(f);
      continue;
    }
    out ??= findings.slice(0, k);
    if (SPREADING.has(f.label)) {
      const acrossRow = parts.length >= ACROSS_ROW_CELLS;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        if (partOfValue(text, f.label, p) && !(acrossRow && otherColumn(text, parts, i)))
          out.push({ ...f, start: p.start, end: p.end });
      }
    } else if (measured(text, f, parts)) {
      out.push(f);
    } else {
      const widest = parts.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      out.push({ ...f, start: widest.start, end: widest.end });
    }
  }
  return out ?? findings;
}
