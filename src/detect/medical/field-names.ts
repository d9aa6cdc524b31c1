/**
 * A term that is the name of a field, not its value: a key written as one identifier ("asthma_or_copd",
 * "alergias_dieta", "insulinDose" is left to the term lists), or a cell of a table's header row ("día | hora |
 * glucemia capilar | qué se hizo", "Time,Ketones mmol/L,Basal units,Notes"). The values under it or after it are read on
 * their own.
 */

/** Cell separators of a pasted table or a CSV export. */
const SEPARATORS = [',', ';', '|', '\t'];
/** Fewest separators of a header row (three cells). */
const HEADER_SEPARATORS = 2;
/** Most words of a header's cell. */
const CELL_WORDS = 4;

/** Whether the term at text[start, end) is a field's name: glued to a key by "_", or a header row's cell. */
export function namesAField(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '_' || text[end] === '_') return true;
  return inHeaderRow(text, start, end);
}

/** The line around text[at], as [start, end). */
function lineAround(text: string, at: number): [number, number] {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return [from, to < 0 ? text.length : to];
}

function count(line: string, separator: string): number {
  let n = 0;
  for (let i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, i + 1)) n++;
  return n;
}

/**
 * Whether the term fills a cell of its line, and the line is a table's header: cells split by one separator, no digit
 * on it, a row of the same table under it and none above it.
 */
function inHeaderRow(text: string, start: number, end: number): boolean {
  const [from, to] = lineAround(text, start);
  if (end > to) return false;
  const line = text.slice(from, to);
  if (/\d/.test(line)) return false;
  const separator = SEPARATORS.find((s) => count(line, s) >= HEADER_SEPARATORS);
  if (separator === undefined) return false;
  // A header's cells are names of a few words; a comma-separated header is written without blanks after its commas
  // (prose's commas have them: "ankle (lateral malleolus, boot fitted), prescribed ...").
  if (separator === ',' && line.includes(', ')) return false;
  if (line.split(separator).some((c) => c.trim().split(/\s+/).length > CELL_WORDS)) return false;
  // The term is its cell, or most of it ("Basal units"): between two separators or a separator and the line's end.
  const cellStart = line.lastIndexOf(separator, start - from - 1) + 1;
  let cellEnd = line.indexOf(separator, end - from);
  if (cellEnd < 0) cellEnd = line.length;
  const cell = line.slice(cellStart, cellEnd).trim();
  if (cell.length > 2 * (end - start) + 4) return false;
  if (to >= text.length) return false;
  const below = text.slice(to + 1, lineAround(text, to + 1)[1]);
  if (count(below, separator) < HEADER_SEPARATORS) return false;
  if (from === 0) return true;
  const above = text.slice(lineAround(text, from - 1)[0], from - 1);
  return count(above, separator) < HEADER_SEPARATORS;
}
