import { keyKind } from '../nlp/field-keys.js';
import { foldKey } from '../nlp/fold.js';
import { GIVEN, WORD } from '../nlp/lexicon.js';
import { type CellSpan, trimCell } from '../table/cells.js';
import { cellsBelowHeaders, type HeaderScan } from '../table/header-below.js';
import { sqlInserts } from '../table/sql-insert.js';
import { type CasualLexicon, headerKey } from './casual-lexicon.js';

export type { CellSpan };

/**
 * Pasted tables (CSV, TSV, semicolon exports, Markdown tables) whose header names a column of people
 * ("first_name,last_name,email", "nombre;email;telefono"): every cell of those columns below the header is a person,
 * whatever its case ("josé antonio ruiz de la fuente", "O'Sullivan", "Tanaka-Briggs"). The table ends at a blank
 * line or at a line without the header's delimiter.
 */

// Words a header of a name column contains: a cheap test before any line is split ("Vorname", "Nachname" hold "name";
// "prénom", "cognome", "sobrenome", "voornaam", "nazwisko", "imię" are the other languages' first and last names). Every header key of the lists
// (rules/casual-names/cues.yaml, keyed by headerKey) must hold one; "next of kin" is read as such, since a bare "kin"
// would send every prose line with a comma and a "-king" word ("thinking, working") to be split.
const HEADER_HINT =
  /name|nombre|apellido|client|contact|patient|paciente|titular|employee|emplead|guest|student|alumn|recipient|destinatario|remitente|sender|author|holder|attendee|surname|responsable|parent|guardian|of[\s_-]+kin|mother|father|spouse|padre|madre|tutor|acudiente|apoderad|c[oó]nyuge|pr[eé]nom|cognom|sobrenom|nome[\s_-]+complet|voornaam|achternaam|nazwisk|imi[eę]|famille|\bnome\b/gi;
// A person's name in a cell: letters, with spaces, apostrophes, dots and hyphens between; no digits, no "@". One
// comma may part the surnames from the given names ("Ruiz Gil, Ana", a quoted cell of a CSV export).
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’.\- ]{0,79}(?:, ?\p{L}[\p{L}\p{M}'’.\- ]{0,40})?$/u;
const MAX_WORDS = 7;
/** Delimiters a header line is tried with, in order. */
const NAME_DELIMITERS = [',', ';', '\t', '|'];
const PLACEHOLDERS = new Set(['n a', 'na', 'none', 'null', 'unknown', 'tbd', 'desconocido', 'ninguno', 'nan', 'test']);

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

const FAMILY_HEADERS = new Set(
  (
    'surname,last name,lastname,family name,apellido,apellidos,primer apellido,cognome,cognomi,nachname,familienname,' +
    'sobrenome,achternaam,nazwisko,nom de famille,cognoms'
  ).split(','),
);

// "apellido1;apellido2", "surname_2", "nombre 2": a numbered column of a name part is that part.
const ORDINAL = / ?\d$/;

function nameColumns(keys: string[], lex: CasualLexicon, raw: readonly string[] = []): number[] {
  const headers = keys.map((k) => (ORDINAL.test(k) && k.length > 3 ? k.replace(ORDINAL, '') : k));
  const named = headers.flatMap((h, i) => (lex.nameHeaders.has(h) || compoundNameKey(raw[i]) ? [i] : []));
  // "nombre;apellidos", "name,surname", "nome,cognome": beside a family-name column a bare name column holds the
  // given names.
  if (named.length > 0 && named.some((i) => FAMILY_HEADERS.has(headers[i]!)))
    for (let i = 0; i < headers.length; i++) if (lex.bareNameHeaders.has(headers[i]!)) named.push(i);
  if (named.length > 0) return named.sort((a, b) => a - b);
  if (!headers.some((h) => lex.contactHeaders.has(h))) return [];
  return headers.flatMap((h, i) => (lex.bareNameHeaders.has(h) ? [i] : []));
}

const NAME_PART_KEYS = new Set(['given', 'family', 'full']);
const MACHINE_KEY = /^[\p{L}\d]+(?:[_.-][\p{L}\d]+)+$|^\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/**
 * A header the lists lack, written as one machine key ("nombre_alumno", "guestLastName", "tutor_nombre"), whose parts
 * still say it holds a name part or a person's full name (field-keys.ts). Prose cut at commas is never one key.
 */
function compoundNameKey(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const key = raw.trim().replace(/^["']|["']$/g, '');
  return MACHINE_KEY.test(key) && NAME_PART_KEYS.has(keyKind(key) ?? '');
}

// A printed form's header line naming a part of a person's name, its labels parted by two spaces or more.
const FORM_NAME_LABELS = /last name|surname|family name|first name|given name|apellidos?\b|nombres?\b/gi;
const FORM_NAME_KEY = /(?:^|\s)(?:last name|surname|family name|first name|given names?|apellidos?|nombres?)(?:\s|$)/;
const WIDE_GAP = /\S+(?: \S+)*/g;

/** Cells of one line parted by two spaces or more (single spaces stay inside a cell). */
function wideCells(text: string, from: number, to: number): CellSpan[] {
  const cells: CellSpan[] = [];
  WIDE_GAP.lastIndex = 0;
  const line = text.slice(from, to);
  for (let m = WIDE_GAP.exec(line); m; m = WIDE_GAP.exec(line))
    cells.push({ start: from + m.index, end: from + m.index + m[0].length });
  return cells;
}

/**
 * "Applicant first name and initial  Last name  Tax id" over "MARCUS T.  JEFFERSON  ...":
 * text copied out of a printed form puts the labels on one line and the values on the next, parted by wide gaps that
 * no longer line up. Cell for cell (the two lines have as many), the value under a label of a name part is a person.
 */
function formNameCells(text: string, lex: CasualLexicon, out: CellSpan[]): void {
  // Only lines holding a wide gap are read: the label search starts at the next such line and, after a label's line,
  // jumps to the next one (no label holds a line break, so a match lies within its line).
  for (let at = text.indexOf('  '); at >= 0; ) {
    FORM_NAME_LABELS.lastIndex = text.lastIndexOf('\n', at) + 1;
    const m = FORM_NAME_LABELS.exec(text);
    if (m === null) return;
    const to = text.indexOf('\n', m.index);
    if (to < 0) return; // the last line: no values below it
    formLine(text, text.lastIndexOf('\n', m.index - 1) + 1, to, lex, out);
    at = text.indexOf('  ', to + 1);
  }
}

/** The line [from, to) holding a label: with wide gaps, its cells are labels over the values of the next line. */
function formLine(text: string, from: number, to: number, lex: CasualLexicon, out: CellSpan[]): void {
  const next = to + 1;
  if (!text.slice(from, to).includes('  ') || next >= text.length) return;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = text.length;
  const labels = wideCells(text, from, to);
  const values = wideCells(text, next, nextEnd);
  if (labels.length < 2 || labels.length !== values.length) return;
  labels.forEach((label, k) => {
    if (FORM_NAME_KEY.test(headerKey(text.slice(label.start, label.end)))) nameCell(text, values[k], out, lex);
  });
}

/** The header scan of a lexicon's name columns, made once per lexicon rather than on every call. */
const scans = new WeakMap<CasualLexicon, HeaderScan>();

function scanOf(lex: CasualLexicon): HeaderScan {
  let scan = scans.get(lex);
  if (scan === undefined) {
    const limit = longestHeader(lex);
    scan = {
      hint: HEADER_HINT,
      delimiters: NAME_DELIMITERS,
      minCells: () => 2,
      columnsOf: (t, cells) =>
        nameColumns(
          cells.map((c) => (longerThan(t, c, limit) ? NO_HEADER : headerKey(t.slice(c.start, c.end)))),
          lex,
          cells.map((c) => (c.end - c.start > 40 ? '' : t.slice(c.start, c.end))),
        ),
      sameWidth: false,
    };
    scans.set(lex, scan);
  }
  return scan;
}

export function findNameColumns(text: string, lex: CasualLexicon): CellSpan[] {
  const out: CellSpan[] = sqlNameCells(text, lex);
  formNameCells(text, lex, out);
  const fromSql = new Set(out.map((c) => c.start));
  cellsBelowHeaders(text, scanOf(lex), (cell) => {
    // A tuple line under an INSERT's column list splits like a CSV row: its names are in already.
    if (!fromSql.has(trimCell(text, cell).start) && !onCommentLine(text, cell.start)) nameCell(text, cell, out, lex);
  });
  return out;
}

/** "# nota RRHH: baja desde el 24/11, aplicar ...": a comment line under a table is no row of it. */
function onCommentLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*(?:#|\/\/|--)/.test(text.slice(lineStart, lineStart + 8));
}

/** Name cells of SQL INSERT statements: the column list heads its value tuples the way a CSV header does. */
function sqlNameCells(text: string, lex: CasualLexicon): CellSpan[] {
  const out: CellSpan[] = [];
  for (const insert of sqlInserts(text)) {
    const columns = nameColumns(
      insert.columns.map((c) => headerKey(text.slice(c.start, c.end))),
      lex,
    );
    for (const row of insert.rows) for (const column of columns) nameCell(text, row[column], out, lex);
  }
  return out;
}

/** The cell's value when it reads as a person's name (letters, a few words, no placeholder). */
function nameCell(text: string, cell: CellSpan | undefined, out: CellSpan[], lex: CasualLexicon): void {
  if (!cell) return;
  const value = trimCell(text, cell);
  const v = text.slice(value.start, value.end);
  if (!NAME_CELL.test(v) || v.split(/\s+/).length > MAX_WORDS) return;
  if (PLACEHOLDERS.has(headerKey(v).replace(/[./]/g, ' ').trim())) return;
  // "TEMP-STAFF", "Vacant post", "Night shift": a row held by no one, in ordinary words only.
  const words = foldKey(v)
    .split(/[\s,.'’-]+/)
    .filter((w) => w.length > 0);
  const ordinary = (w: string) => lex.names.isWord(WORD.COMMON, w) && !lex.names.isWord(GIVEN | WORD.SURNAME, w);
  if (words.length > 0 && words.every(ordinary)) return;
  out.push(value);
}
