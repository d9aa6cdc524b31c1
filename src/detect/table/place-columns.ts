import { startsByFirstCharacter } from '../factor-alternatives.js';
import { type CellSpan, DELIMITERS, headerWords, trimCell } from './cells.js';
import { cellsBelowHeaders, type HeaderScan } from './header-below.js';
import { sqlInserts } from './sql-insert.js';

/**
 * Address records pasted as tables: an SQL INSERT whose column list, or a CSV/TSV header line whose cells, name a
 * city, a postal code or a street ("city, zip", "postal_code", "ciudad;cp", "código postal"). Every value of such a
 * column is a place, whatever it looks like alone ("Ogden", "04401"): the header says what it is.
 */

// Header keys (lower-case, accents and separators dropped) that name a place column, whole or as the last words of
// a key ("billing_city", "homeAddress", "shipping zip"); "capacity" ends in "city" but not in a word "city".
const PLACE_KEYS = new Set([
  'city',
  'town',
  'zip',
  'zipcode',
  'postcode',
  'postalcode',
  'street',
  'streetaddress',
  'address',
  'address1',
  'addressline1',
  'ciudad',
  'localidad',
  'municipio',
  'poblacion',
  'codigopostal',
  'direccion',
  'domicilio',
  'calle',
  'plz',
  'codepostal',
  'ville',
  'cp',
  'ort',
  'stadt',
  'strasse',
  'adresse',
  // A registration form's birthplace and residence columns ("COMUNE_NASCITA", "place_of_birth").
  'comunenascita',
  'luogonascita',
  'comune',
  'indirizzo',
  'birthplace',
  'placeofbirth',
  'lugarnacimiento',
  'lugardenacimiento',
  'geburtsort',
]);
/**
 * Words a header line of a place table contains: the cheap test before a line is split. cellsBelowHeaders reads only
 * where a match starts, so the words are grouped by their first letter (one test rules a group out).
 */
const HEADER_HINT = startsByFirstCharacter(
  /city|town|zip|post|street|address|ciudad|localidad|municipio|poblaci|c[oó]digo|direcci|domicilio|calle|\bcp\b|plz|comune|nascita|indirizzo|birth|nacimiento|geburtsort/gi,
);
const EMPTY_VALUES = new Set(['', 'null', 'default', 'n/a', 'na', 'none', '-', 'unknown']);
const MAX_VALUE = 80;
const MAX_HEADER_CELL = 40;
const MIN_SEPARATED_COLUMNS = 3;

export function placeHeader(header: string): boolean {
  if (header.length > MAX_HEADER_CELL) return false;
  const words = headerWords(header);
  const n = words.length;
  if (n === 0 || n > 4) return false;
  // "email_address", "ip_address": an address that is no place.
  if (n >= 2 && words[n - 1] === 'address' && ['email', 'ip', 'mac', 'e', 'mail', 'wallet'].includes(words[n - 2]!))
    return false;
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) if (PLACE_KEYS.has(words.slice(k).join(''))) return true;
  return false;
}

/** The cells of place columns in the SQL INSERT statements and delimited tables of a text, quotes left out. */
export function placeCells(text: string): CellSpan[] {
  const out: CellSpan[] = [];
  for (const insert of sqlInserts(text)) {
    const headers = insert.columns.map((c) => text.slice(c.start, c.end));
    const columns = placeColumns(headers);
    for (const row of insert.rows) {
      if (row.length === headers.length) for (const k of columns) pushValue(text, row[k], out);
      else for (const k of columns) pushValue(text, shiftedValue(text, row, k, headers), out);
    }
  }
  const taken = new Set(out.map((c) => c.start));
  cellsBelowHeaders(text, PLACE_TABLES, (cell) => {
    if (!taken.has(trimCell(text, cell).start)) pushValue(text, cell, out);
  });
  return out;
}

/** Header lines of place columns; a comma or semicolon line needs three columns to be read as a table. */
const PLACE_TABLES: HeaderScan = {
  hint: HEADER_HINT,
  delimiters: DELIMITERS,
  minCells: (delimiter) => (delimiter === ',' || delimiter === ';' ? MIN_SEPARATED_COLUMNS : 2),
  columnsOf: (text, cells) => placeColumns(cells.map((c) => text.slice(c.start, c.end).trim())),
  sameWidth: true,
};

/** Header keys of a postal code column: its values hold a digit. */
const POSTAL_KEYS = new Set(['zip', 'zipcode', 'postcode', 'postalcode', 'codigopostal', 'plz', 'codepostal', 'cp']);

/**
 * A tuple with one value more or fewer than the column list ("Column count doesn't match"): the values before the
 * slip sit under their columns, those after it one column off, and where the slip is nobody knows. The value under
 * column k is read either way and kept when the two readings agree, or when only one fits the column (a postal code
 * holds a digit: "SILVER" slid under "postcode" is a tier, the code is one cell further).
 */
function shiftedValue(text: string, row: CellSpan[], k: number, headers: string[]): CellSpan | undefined {
  const left = row[k];
  const right = row[k + row.length - headers.length];
  if (left === right) return left;
  const words = headerWords(headers[k]!.replace(/^["'`[]+|["'`\]]+$/g, ''));
  if (!POSTAL_KEYS.has(words.slice(-2).join('')) && !POSTAL_KEYS.has(words[words.length - 1] ?? '')) return undefined;
  const fits = (cell: CellSpan | undefined): boolean =>
    cell !== undefined && /\d/.test(text.slice(cell.start, cell.end));
  if (fits(left) === fits(right)) return undefined;
  return fits(left) ? left : right;
}

function placeColumns(headers: string[]): number[] {
  return headers.flatMap((h, i) => (placeHeader(h.replace(/^["'`[]+|["'`\]]+$/g, '')) ? [i] : []));
}

function pushValue(text: string, cell: CellSpan | undefined, out: CellSpan[]): void {
  if (!cell) return;
  const value = trimCell(text, cell);
  const v = text.slice(value.start, value.end);
  if (v.length > MAX_VALUE || EMPTY_VALUES.has(v.toLowerCase()) || !/[\p{L}\d]/u.test(v)) return;
  // "${CITY}", "{{zip}}", "<city>": a template's placeholder.
  if (/[{}<>$]/.test(v)) return;
  out.push(value);
}
