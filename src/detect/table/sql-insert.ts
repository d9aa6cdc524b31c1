import type { CellSpan } from './cells.js';

/**
 * SQL INSERT statements with a column list ("INSERT INTO users (name, email, dob) VALUES ('Ana', 'a@x.es',
 * '1987-06-23'), (...)"): the column list is the header of every value tuple, the way a CSV header is of its rows.
 */
export interface SqlInsert {
  /** The column names, as spans of the text (quotes and backticks left out). */
  columns: CellSpan[];
  /** Each tuple's values, as spans of the text (quotes included). */
  rows: CellSpan[][];
  /** From the first tuple's "(" to the last one's ")". */
  start: number;
  end: number;
}

const INSERT_HEAD = /\binsert\s+(?:ignore\s+)?into\s+[\w.`"[\]]+\s*\(([^()]{1,2000})\)\s*values\s*/gi;
const QUICK = /insert/i;
/** Tuples read per statement at most: a dump's long statement is read up to here. */
const MAX_ROWS = 5000;

/** The last two texts read and their statements: the engine asks about a text and its regrouped snippets in turn. */
const recent: Array<[string, SqlInsert[]]> = [];

/** The INSERT statements of a text with their columns and tuples; read once per text. */
export function sqlInserts(text: string): SqlInsert[] {
  for (const [t, inserts] of recent) if (t === text) return inserts;
  const out: SqlInsert[] = [];
  if (QUICK.test(text)) {
    INSERT_HEAD.lastIndex = 0;
    for (let m = INSERT_HEAD.exec(text); m !== null; m = INSERT_HEAD.exec(text)) {
      const listStart = m.index + m[0].indexOf('(') + 1;
      const columns = columnNames(text, listStart, listStart + m[1]!.length);
      const statement = tuples(text, m.index + m[0].length, columns.length);
      if (statement) {
        out.push({ columns, ...statement });
        INSERT_HEAD.lastIndex = Math.max(INSERT_HEAD.lastIndex, statement.end);
      }
    }
  }
  recent.unshift([text, out]);
  if (recent.length > 2) recent.pop();
  return out;
}

/** The names of a column list, each without blanks, quotes, backticks or brackets around it. */
function columnNames(text: string, from: number, to: number): CellSpan[] {
  const out: CellSpan[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ',') continue;
    let s = start;
    let e = i;
    while (s < e && /[\s`"[\]]/.test(text[s]!)) s++;
    while (e > s && /[\s`"[\]]/.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

/**
 * The value tuples from `at` on: "(v, v, ...)" separated by commas, strings in single quotes ('' and \' inside),
 * nested parentheses kept inside their value (NOW(), ARRAY[...]). A tuple with another number of values than the
 * column list ends the statement, unless it is off by one after a tuple that fits.
 */
function tuples(
  text: string,
  at: number,
  width: number,
): { rows: CellSpan[][]; start: number; end: number } | undefined {
  const rows: CellSpan[][] = [];
  let i = at;
  const start = at;
  let end = at;
  while (i < text.length && text[i] === '(' && rows.length < MAX_ROWS) {
    const row: CellSpan[] = [];
    let cellStart = i + 1;
    let depth = 1;
    let quoted = false;
    let j = i + 1;
    let closed = -1;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (quoted) {
        if (c === '\\') j++;
        else if (c === "'") {
          if (text[j + 1] === "'") j++;
          else {
            quoted = false;
            closed = j;
          }
        }
      } else if (c === "'") {
        // "'2026-01-05' 'gold'": a comma left out between two strings (the typo the user asks about) still parts them.
        if (depth === 1 && closed >= cellStart && /^\s+$/.test(text.slice(closed + 1, j))) {
          row.push({ start: cellStart, end: closed + 1 });
          cellStart = j;
        }
        quoted = true;
      } else if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) row.push({ start: cellStart, end: j });
      } else if (c === ',' && depth === 1) {
        row.push({ start: cellStart, end: j });
        cellStart = j + 1;
      }
    }
    // After a tuple that fits the column list, one value more or less is a typo in that tuple: its first values
    // still sit under their columns, and the tuples after it are read on.
    if (depth > 0 || Math.abs(row.length - width) > (rows.length > 0 ? 1 : 0)) break;
    rows.push(row);
    end = j;
    i = j;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== ',') break;
    i++;
    while (i < text.length && /\s/.test(text[i]!)) i++;
  }
  return rows.length > 0 ? { rows, start, end } : undefined;
}

/** The column name over the value holding offset p, when p is inside a tuple of an INSERT statement. */
export function sqlColumnAt(text: string, p: number): CellSpan | undefined {
  for (const insert of sqlInserts(text)) {
    if (p < insert.start || p >= insert.end) continue;
    // The last tuple opening at or before p (tuples are in text order).
    let lo = 0;
    let hi = insert.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (insert.rows[mid]![0]!.start <= p) lo = mid + 1;
      else hi = mid;
    }
    const row = insert.rows[lo - 1];
    if (row === undefined) return undefined;
    const k = row.findIndex((cell) => p >= cell.start && p < cell.end);
    return k >= 0 ? insert.columns[k] : undefined;
  }
  return undefined;
}
