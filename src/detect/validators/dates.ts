import { percentDecoded } from './percent-decoded.js';
import type { Validated } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  set: 9,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // French, German, Italian and Portuguese names, folded (a birth date pasted from a form in those languages:
  // "14 février 1991", "4. März 1971"); full names only, with a few unambiguous abbreviations.
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  januar: 1,
  janner: 1,
  februar: 2,
  marz: 3,
  maerz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  okt: 10,
  dezember: 12,
  dez: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  janeiro: 1,
  fevereiro: 2,
  marco: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
};

/** Full month names, of which any beginning of three letters or more is an abbreviation ("Sept", "Agost"). */
const FULL_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...Object.keys(MONTHS).filter((m) => m.length > 3),
];

/**
 * The month a word names: a listed name or abbreviation, or the beginning of a full name. Other words that
 * merely start like one ("sets", "marks", "novels", "decks") are no month.
 */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const listed = MONTHS[w];
  if (listed !== undefined) return listed;
  const byPrefix = MONTHS[w.slice(0, 3)];
  return byPrefix !== undefined && FULL_NAMES.some((name) => name.startsWith(w)) ? byPrefix : undefined;
}

/**
 * A calendar date that exists: numeric (d/m/y, m/d/y, y-m-d) or with a month name in English or Spanish (or in
 * French, German, Italian or Portuguese, spelled out).
 */
/** A weekday, then a day of the month alone, as date-personal-no-year finds it. */
const WEEKDAY_DAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\.?,?\s+(?:the\s+|el\s+|d[ií]a\s+)?(\d{1,2})(?:st|nd|rd|th|º)?$/i;
const OCR_DATE = /^[\dO]{1,2}[./][\dO]{1,2}[./][\dO]{4}$/;

/**
 * A real date carries no type of its own: the rule that found it says which kind it is (a date of birth for a vCard
 * BDAY line, a family tree's "b. 1941" or an HL7 PID field; a date for the others).
 */
const DATE: Validated = Object.freeze({});

/** Days of each month, February with its leap day: a day and month written without a year may fall on it. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `day` is a day of month `month` (1-12) in some year. */
function dayOfMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!;
}

/**
 * The numbers of a value written with ASCII characters other than letters ("03/03/1946", "2012"), as
 * `value.match(/\d+/g)` reads them; undefined when it holds a letter or a character outside ASCII. Most dates are
 * written that way, and need no search for a month's name.
 */
function plainNumbers(value: string): number[] | undefined {
  const nums: number[] = [];
  let from = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0;
    if (c >= 0x30 && c <= 0x39) {
      if (from < 0) from = i;
      continue;
    }
    if (c >= 0x80 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return undefined;
    if (from >= 0) nums.push(Number(value.slice(from, i)));
    from = -1;
  }
  return nums;
}

const plausibleYear = (y: number) => (y >= 1900 && y <= 2100) || (y >= 0 && y <= 99);

export function calendarDate(raw: string): Validated | null {
  const plain = plainNumbers(raw);
  if (plain !== undefined) return numericDate(raw, plain, undefined);
  // A weekday and a day of the month ("Monday 16th", "el lunes 16"): the day must be one a month has.
  const weekday = WEEKDAY_DAY.exec(raw);
  if (weekday) return Number(weekday[1]) >= 1 && Number(weekday[1]) <= 31 ? DATE : null;
  // An OCR'd date with the letter O for a zero ("O7.1O.2OO3"): read each O as 0.
  const value = OCR_DATE.test(raw) ? raw.replace(/O/g, '0') : raw;
  const nums = value.match(/\d+/g)?.map(Number) ?? [];
  const word = /\p{L}{3,}/u.exec(value.replace(/\b(?:de|del|of|the)\b/gi, ''))?.[0];
  const month = word ? monthNumber(word) : undefined;
  if (word && month === undefined) return null;
  if (month !== undefined) {
    const [a, b] = nums;
    // A month alone ("en junio") or with a day or a two-digit year ("25 de agosto", "noviembre 06") is a date
    // either way; the rules that match those ask for a clinical or personal cue.
    if (a === undefined) return DATE;
    if (b === undefined) return (plausibleYear(a) && a > 31) || (a >= 1 && a <= 31) ? DATE : null;
    const day = a <= 31 ? a : b;
    const year = a <= 31 ? b : a;
    return day >= 1 && day <= 31 && plausibleYear(year) ? DATE : null;
  }
  return numericDate(value, nums, word);
}

/** A date of numbers only (d/m/y, m/d/y, y-m-d, d/m, YYYYMMDD, a year): `word`, a letter word found with them. */
function numericDate(value: string, nums: number[], word: string | undefined): Validated | null {
  // Day and month with a slash and no year ("del 4/10 al 9/10"), which only the range rule of
  // date-personal-no-year passes: either order must be a real day of a month.
  if (/^\d{1,2}\/\d{1,2}$/.test(value)) {
    const [p = 0, q = 0] = nums;
    return dayOfMonth(p, q) || dayOfMonth(q, p) ? DATE : null;
  }
  // Day and month each closed by a dot ("03.06."), the European way without a year: day first only.
  if (/^\d{2}\.\d{2}\.$/.test(value)) return dayOfMonth(nums[0] ?? 0, nums[1] ?? 0) ? DATE : null;
  // A compact YYYYMMDD, as HL7 writes dates ("19830917").
  if (/^\d{8}$/.test(value)) {
    const y = Number(value.slice(0, 4));
    const m = Number(value.slice(4, 6));
    const d = Number(value.slice(6, 8));
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? DATE : null;
  }
  // A year alone, from rules that found it after "in", "en", "desde" next to a cue.
  if (nums.length === 1 && !word) return (nums[0] ?? 0) >= 1900 && (nums[0] ?? 0) <= 2100 ? DATE : null;
  if (nums.length !== 3) return null;
  const [x = 0, y = 0, z = 0] = nums;
  if (x >= 1900) return y >= 1 && y <= 12 && z >= 1 && z <= 31 ? DATE : null;
  if (!plausibleYear(z)) return null;
  const dayMonth = x >= 1 && x <= 31 && y >= 1 && y <= 12;
  const monthDay = x >= 1 && x <= 12 && y >= 1 && y <= 31;
  return dayMonth || monthDay ? DATE : null;
}

/**
 * A date given as a query parameter named for a birth date ("?dob=1981-04-12", "fecha_nacimiento=12%2F04%2F1981"):
 * percent-decoded, then read like any date.
 */
export function queryDate(value: string): Validated | null {
  const decoded = percentDecoded(value, true);
  return decoded === null ? null : calendarDate(decoded);
}
