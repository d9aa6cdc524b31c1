import type { NamedDetector } from '../registry.js';
import type { Finding } from '../types.js';
import type { CellSpan } from './cells.js';

/**
 * Dates of birth in the rows of a list of people with no birth word beside the value: a rooming list, a hostel's
 * register, a squad sheet, a passenger list ("Twin 2: Ilse Marek (14/03/1966, passport ...)"). A row here is a
 * line that names a person (two capitalised words, or a surname in capitals and a given name) and holds a full
 * date with a four-digit year. Two readings make such a date the person's birth date:
 *
 * - the row gives an age the date agrees with ("Ilse Marek, 12/03/1984, 42 años": the years from the date to
 *   this year or the last are the age);
 * - the text names a birth field somewhere (a header "name, DOB, passport", a column list, "fecha de nacimiento"
 *   above the list), and two rows or more hold a past date each, years apart from one another: the dates of a
 *   list of people that differ by years are their births, where a list's check-in nights, orders or meetings
 *   fall within a season. A row's date many years after its earliest one is an event of that person's life (a
 *   last visit beside a birth date), not a birth;
 * - the row holds the person's identity document (passport, DNI, NIE, CURP, SSN, NHS number...) and the row's
 *   earliest date lies sixteen years back or more: a travel or a registration line gives name, birth date and
 *   document together, and an older document's own date carries its word (issued, expedido);
 * - the date alone fills a bracket right after the name, sixteen years back or more ("Saw Ruth Adeyemi
 *   (02/03/1969) at home", "Re: Tomás Ibarra Soto (14.11.1958)"): a letter or a note gives its subject's birth
 *   date so, where an event of that person's would carry its word;
 * - the text calls itself a list or register of people (register, roster, residents, members, padrón, socios,
 *   inscritos) and three rows' dates or more, all at least sixteen years back, lie a decade apart or more: the
 *   births of a household or a club, where a history's dates beside famous names come with no register's word.
 *
 * A date after a word of a document's or a booking's own date (issued, expiry, check-in, order, pedido, llegada)
 * is that thing's, in every reading.
 */

export interface PersonRowDate extends CellSpan {
  type: 'DATE_OF_BIRTH';
}

/** A full date with a four-digit year: d/m/y, d.m.y, d-m-y (either order of day and month), y-m-d, "3 May 1990". */
const FULL_DATE =
  /(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:\s+de\s+|\s+|-)[A-Za-zé]{3,10}\.?,?(?:\s+de\s+|\s+|-)\d{4})(?![\w/]|[.-]\d)/g;
/** A cheap look for a date's digits before any line is read. */
const DATE_HINT =
  /\d[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d|\d{1,2}(?:\s+de\s+|\s+|-)[A-Za-zé]{3,10}\.?,?(?:\s+de\s+|\s+|-)\d{4}/;
/** A birth field named anywhere in the text. */
const BIRTH_FIELD =
  /(?<![a-z])(?:d\.?o\.?b\b|birth|born\b|nac(?:imiento|id[oa]s?\b|\.|\b)|f\.?\s?nac|cumplea[ñn]os|naissance|geburt)/i;
/** A register or list of people named anywhere in the text. */
const PEOPLE_LIST =
  /(?<![a-z])(?:register|registry|roster|rota|rooming|manifest|residents?|household|members|membership|guests|passengers|travell?ers|participants|attendees|delegates|crew|squad|players|pupils|students|staff list|team sheet|padr[oó]n|registro|listado|relaci[oó]n de|socios|socias|inscritos|inscritas|residentes|hu[eé]spedes|pasajeros|viajeros|participantes|asistentes|tripulantes|tripulaci[oó]n|plantilla|alumnos|alumnas|jugadores|empadronados|convivientes)(?![a-z])/i;
/** An identity document's word, in a row. */
const ID_WORD =
  /(?<![a-z])(?:passport|pasaporte|passeport|reisepass|dni|nie|nif|curp|rut|c[eé]dula|ssn|nhs\s?(?:no|number)|ni\s?number|id\s?(?:no|number|card)|documento|doc\.?\s?id)(?![a-z])/i;
const ID_YEARS_BACK = 16;
/** A name's last word, then an opening bracket, right before a date ("Ruth Adeyemi (", "SOTO, Ana ("). */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}'’-]+\s?\(\s?$/u;
const BRACKET_CLOSES = /^\s?\)/;
/** "the Golden Gate (27/05/1937)", "el Puente Nuevo (...)": capitalised words after an article name a thing. */
const THING_THEN_BRACKET = /(?<![\p{L}])(?:the|a|an|el|la|los|las|un|una|del|al)\s+(?:\p{Lu}[\p{L}'’-]+\s?)+\(\s?$/iu;
/** The few characters before a date that NAME_THEN_BRACKET reads. */
const NAME_TAIL = 40;
/** An age word anywhere in the text. */
const AGE_WORD = /(?<![a-z])(?:a[ñn]os|edad|age[ds]?|yrs?|years?\s+old|y\.?\s?o)(?![a-z])/i;
/** An age in a row: "42 años", "42 yrs", "42 y/o", "edad 42", "age: 42", "aged 42". */
const AGE_IN_ROW =
  /(?<![\w.,/])(\d{1,3})\s?(?:a[ñn]os|yrs?\.?|years?(?:\s+old)?|y\.?\s?o\.?|y\/o)(?![\w])|(?<![\w])(?:edad|age|aged)\s?[:=]?\s?(\d{1,3})(?![\w.,/]\d|[\w])/gi;
/** A bare number in a row: an age column's value when the text names an age. */
const BARE_NUMBER = /(?<![\w.,/\-:+])(\d{1,3})(?![\w.,/\-:]\d|[\w%])/g;
/** A person's name: two capitalised words (particles between), or a surname in capitals then a given name. */
const NAME_SHAPE =
  /(?<![\p{L}])(?:\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?(?:\s+(?:(?:de|del|la|las|los|da|das|do|dos|van|von|der|di|y|e|bin|al|el|le)\s+)*\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?)+|\p{Lu}{2,}(?:['’-]\p{Lu}+)?,?\s+\p{Lu}\p{Ll}+)(?![\p{L}])/u;
/**
 * Words of a document's, a booking's or an order's own date, just before the date (an article or a preposition may
 * come between: "firmado el", "issued on"); or a preposition alone ("visited the museum on", "llegó el"): an event's
 * date is introduced, where a row gives a birth date bare, after a comma or a bracket.
 */
const NOT_A_BIRTH =
  /(?<![a-z])(?:issued?|issue date|expir\w*|exp|valid|until|till|check[\s-]?in|check[\s-]?out|arrival|arrives?|departure|departs?|order(?:ed)?|invoice[ds]?|booked|booking|paid|sent|signed|created|updated|since|from|to|llegada|llega|salida|sale|entrada|pedido|factura|emisi[oó]n|expedici[oó]n|expedido|caduca\w*|vence\w*|v[aá]lido|hasta|desde|reserva\w*|pagad[oa]|enviad[oa]|firmad[oa]|solicitud|alta|baja|ingreso|visita|cita)(?:\s+(?:el|la|on|the|en|de|del|at|a|al))?\W{0,4}$|(?<![a-z])(?:on|el|en|the|at|since|in|desde|del|al)\s+$/i;
/** How far before the date its own word is looked for. */
const BEFORE = 28;
const MAX_ROW = 400;
const MAX_AGE = 120;
/** A birth list's dates lie at least this many years back. */
const MIN_YEARS_BACK = 2;
/** ... and differ from one another by this many years at least. */
const MIN_SPREAD = 3;
/** A register's births with no birth field named: this many rows, this old, this far apart. */
const LIST_MIN_ROWS = 3;
const LIST_YEARS_BACK = 16;
const LIST_SPREAD = 10;
/** A row's births (of the people a row pairs) lie within this many years of its earliest date. */
const MAX_ROW_SPREAD = 12;

interface RowDate {
  start: number;
  end: number;
  year: number;
  row: [number, number];
}

/** The four-digit year of a date found by FULL_DATE. */
function yearOf(value: string): number {
  const nums = value.match(/\d+/g)!;
  const first = nums[0]!;
  return first.length === 4 ? Number(first) : Number(nums[nums.length - 1]);
}

/** Birth dates of rows of people (see the file's comment), with `thisYear` the year ages are counted to. */
export function personRowDates(text: string, thisYear = new Date().getUTCFullYear()): PersonRowDate[] {
  const out: PersonRowDate[] = [];
  if (!DATE_HINT.test(text)) return out;
  const dates = rowDates(text, thisYear);
  if (dates.length === 0) return out;
  const taken = new Set<RowDate>();
  // A row's earliest date beside an identity document, long ago.
  const earliest = new Map<number, RowDate>();
  for (const d of dates) {
    const e = earliest.get(d.row[0]);
    if (e === undefined || d.year < e.year) earliest.set(d.row[0], d);
  }
  for (const d of earliest.values()) {
    if (d.year <= thisYear - ID_YEARS_BACK && ID_WORD.test(text.slice(d.row[0], d.row[1]))) taken.add(d);
  }
  if (AGE_WORD.test(text)) for (const d of dates) if (agrees(text, d, thisYear)) taken.add(d);
  for (const d of dates) if (d.year <= thisYear - ID_YEARS_BACK && bracketedAfterName(text, d)) taken.add(d);
  const birthField = BIRTH_FIELD.test(text);
  if (birthField || PEOPLE_LIST.test(text)) {
    const [back, minRows, spread] = birthField
      ? [MIN_YEARS_BACK, 2, MIN_SPREAD]
      : [LIST_YEARS_BACK, LIST_MIN_ROWS, LIST_SPREAD];
    const past = dates.filter(
      (d) => d.year <= thisYear - back && d.year - earliest.get(d.row[0])!.year <= MAX_ROW_SPREAD,
    );
    // A register of one line ("Flat 4: A, 1971; B, 1969; C, 2008") counts its people by their dates.
    const rows = new Set(past.map((d) => d.row[0]));
    const count = birthField ? rows.size : Math.max(rows.size, past.length);
    if (count >= minRows) {
      const years = past.map((d) => d.year);
      if (Math.max(...years) - Math.min(...years) >= spread) for (const d of past) taken.add(d);
    }
  }
  for (const d of dates) if (taken.has(d)) out.push({ start: d.start, end: d.end, type: 'DATE_OF_BIRTH' });
  return out;
}

/** The full dates of a text that stand in a row naming a person, with no word of another kind of date before them. */
function rowDates(text: string, thisYear: number): RowDate[] {
  const dates: RowDate[] = [];
  let namedRow = -1;
  let named = false;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const year = yearOf(m[0]);
    if (year < 1900 || year > thisYear) continue;
    const rowFrom = text.lastIndexOf('\n', m.index - 1) + 1;
    const nl = text.indexOf('\n', m.index);
    const rowTo = nl < 0 ? text.length : nl;
    if (rowTo - rowFrom > MAX_ROW) continue;
    if (NOT_A_BIRTH.test(text.slice(Math.max(rowFrom, m.index - BEFORE), m.index))) continue;
    // One look for a name per row, however many dates it holds.
    if (rowFrom !== namedRow) {
      namedRow = rowFrom;
      named = NAME_SHAPE.test(text.slice(rowFrom, rowTo));
    }
    if (named) dates.push({ start: m.index, end: m.index + m[0].length, year, row: [rowFrom, rowTo] });
  }
  return dates;
}

/** Whether `d` alone fills a bracket that follows a capitalised word of the row's name. */
function bracketedAfterName(text: string, d: RowDate): boolean {
  if (!BRACKET_CLOSES.test(text.slice(d.end, d.end + 2))) return false;
  const before = text.slice(Math.max(d.row[0], d.start - NAME_TAIL), d.start);
  return NAME_THEN_BRACKET.test(before) && NAME_SHAPE.test(before) && !THING_THEN_BRACKET.test(before);
}

/** Whether the row of `d` gives an age its year agrees with (counted to this year or the last). */
function agrees(text: string, d: RowDate, thisYear: number): boolean {
  const row = text.slice(d.row[0], d.row[1]);
  const fits = (n: number) => n > 0 && n <= MAX_AGE && thisYear - d.year - n >= 0 && thisYear - d.year - n <= 1;
  AGE_IN_ROW.lastIndex = 0;
  for (let m = AGE_IN_ROW.exec(row); m; m = AGE_IN_ROW.exec(row)) if (fits(Number(m[1] ?? m[2]))) return true;
  BARE_NUMBER.lastIndex = 0;
  const from = d.start - d.row[0];
  const to = d.end - d.row[0];
  for (let m = BARE_NUMBER.exec(row); m; m = BARE_NUMBER.exec(row)) {
    if (m.index >= from && m.index < to) continue;
    if (fits(Number(m[1]))) return true;
  }
  return false;
}

/** The birth dates of rows of people as findings, run by the engine next to its rule packs (registry.ts). */
export class PersonRowDateDetector implements NamedDetector {
  readonly id = 'person-row-dates';
  detect(text: string): Finding[] {
    return personRowDates(text).map((d) => ({
      start: d.start,
      end: d.end,
      label: 'DATE',
      type: d.type,
      score: SCORE,
      detector: this.id,
    }));
  }
}
const SCORE = 0.85;
