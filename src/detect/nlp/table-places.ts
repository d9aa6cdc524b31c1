import { placeCells } from '../table/place-columns.js';
import { alignedColumnAbove } from './place-aligned.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/**
 * Values of the place columns of pasted tables (SQL INSERT, CSV, TSV: table/place-columns.ts) as token spans, added to
 * the places found word by word: "Ogden" or "04401" under "city" and "zip" is a place whatever it looks like alone.
 */

// Words that open an INSERT or head a place column: a table is read only when one of them is in the text.
const TRIGGER = cueWords([
  'insert',
  'city',
  'town',
  'zip',
  'zipcode',
  'postcode',
  'postal',
  'ciudad',
  'cp',
  'plz',
  // Birthplace columns of a registration form ("COMUNE_NASCITA", "birthplace"); "birth" or "nacimiento" alone would
  // read every "Fecha de nacimiento" row of a key-value table as a header.
  'comune',
  'birthplace',
]);
const DELIMITER_TOKENS = new Set([',', ';', '|']);

function mayHoldTable(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.cues & TRIGGER) === 0) continue;
    if (t.key === 'insert') return true;
    // A header cell: the word opens a line or stands next to a delimiter.
    if (
      t.lineStart ||
      DELIMITER_TOKENS.has(tokens[k - 1]?.text ?? '') ||
      DELIMITER_TOKENS.has(tokens[k + 1]?.text ?? '')
    )
      return true;
  }
  return false;
}

// Delimiters the rebuilt text may hold (it has no tab: textOf writes blanks between tokens), as bits.
const DELIMITER_BITS = new Map([
  [',', 1],
  [';', 2],
  ['|', 4],
]);
const INSERT = /insert/i;

/**
 * Whether placeCells may find a cell in the rebuilt text (textOf), whose lines are the token lines: an INSERT
 * statement (sqlInserts reads only a text with "insert" in it, which lies inside one word), or a header line whose next
 * line holds one of its delimiters (cellsBelowHeaders reads no other). A clinical note whose "CP: 28016" line has no
 * comma, semicolon or pipe in common with the next is neither, and is not rebuilt and scanned.
 */
function mayHoldCells(tokens: readonly Token[]): boolean {
  let above = 0;
  let line = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineStart) {
      if ((above & line) !== 0) return true;
      above = line;
      line = 0;
    }
    if (t.kind === 'punct') line |= DELIMITER_BITS.get(t.text) ?? 0;
    else if (t.kind === 'word' && t.text.length >= 6 && INSERT.test(t.text)) return true;
  }
  return (above & line) !== 0;
}

/**
 * The text the tokens were read from, with blanks between tokens: a line break, then the line's indent, before a
 * line's first token, so columns aligned with spaces keep their offsets.
 */
function textOf(tokens: readonly Token[]): string {
  let text = '';
  for (const t of tokens) {
    if (t.start > text.length)
      text += t.lineStart ? `\n${' '.repeat(t.start - text.length - 1)}` : ' '.repeat(t.start - text.length);
    text += t.text;
  }
  return text;
}

/** The spans found so far with the place cells of tables added where nothing was found, in token order. */
export function tableCellSpans(tokens: readonly Token[], found: TokenSpan[]): TokenSpan[] {
  // Both readers below read the same rebuilt text: it is built once, by the first that needs it.
  let text: string | undefined;
  const rebuilt = () => {
    text ??= textOf(tokens);
    return text;
  };
  return alignedPostcodes(tokens, delimitedCellSpans(tokens, found, rebuilt), rebuilt);
}

function delimitedCellSpans(tokens: readonly Token[], found: TokenSpan[], rebuilt: () => string): TokenSpan[] {
  if (tokens.length === 0 || !mayHoldTable(tokens) || !mayHoldCells(tokens)) return found;
  const cells = placeCells(rebuilt());
  if (cells.length === 0) return found;
  const covered = new Uint8Array(tokens.length);
  for (const f of found) for (let k = f.first; k <= f.last; k++) covered[k] = 1;
  const added: TokenSpan[] = [];
  let k = 0;
  for (const cell of [...cells].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k]!.start < cell.start) k++;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= cell.end) last++;
    if (k >= tokens.length || tokens[k]!.end > cell.end) continue;
    let free = true;
    for (let j = k; j <= last; j++) if (covered[j]) free = false;
    if (free) added.push({ first: k, last, score: 0.85, type: 'TABLE_PLACE' });
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.first - b.first);
}

/** Words of a postal-code header; "postal_code" and "codigo_postal" are read by their "postal". */
const POSTCODE_WORD = cueWords(['zip', 'zipcode', 'postcode', 'postal', 'cp', 'plz']);
const POSTCODE_HEADER = /^(?:zip|zipcode|zip_code|postcode|post_code|postal_code|postalcode|cp|plz|codigo_postal)$/;

/**
 * "0  C-1009283  ...  02139  41": in a table aligned with spaces (a data frame's print, a query result), a number of
 * four or five digits standing alone under a postal-code header is a postal code. Read only when such a header word
 * is in the text.
 */
function alignedPostcodes(tokens: readonly Token[], found: TokenSpan[], rebuilt: () => string): TokenSpan[] {
  if (!tokens.some((t) => (t.cues & POSTCODE_WORD) !== 0)) return found;
  const text = rebuilt();
  const covered = new Uint8Array(tokens.length);
  for (const f of found) for (let k = f.first; k <= f.last; k++) covered[k] = 1;
  const added: TokenSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || t.kind !== 'number' || t.text.length < 4 || t.text.length > 5) continue;
    if (tokens[k - 1]?.end === t.start || tokens[k + 1]?.start === t.end) continue;
    const header = alignedColumnAbove(text, t.start, t.end);
    if (header !== undefined && POSTCODE_HEADER.test(header))
      added.push({ first: k, last: k, score: 0.85, type: 'TABLE_PLACE' });
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.first - b.first);
}
