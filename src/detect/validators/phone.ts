import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import {
  documentedSampleInContext,
  isFictionalPhone,
  isFreephone,
  isOrganisationLine,
  isPublicLineRange,
} from './documented-samples.js';
import { digitsOf, isTrivialDigits, type Validated } from './types.js';

/**
 * Countries tried for numbers written without an international prefix: the gateway's users write mostly
 * English and Spanish, so North America, Spain, Latin America and the UK come first.
 */
const NATIONAL_COUNTRIES: readonly CountryCode[] = [
  'US',
  'ES',
  'GB',
  'MX',
  'AR',
  'CO',
  'CL',
  'PE',
  'DE',
  'FR',
  'IT',
  'BR',
  'AT',
];

/**
 * National number lengths (digits as written, trunk 0 included) per country. Parsing costs tens of
 * microseconds per country, so a candidate is only parsed for the countries whose lengths it has.
 */
const NATIONAL_LENGTHS: Record<string, readonly number[]> = {
  US: [10, 11],
  ES: [9],
  GB: [10, 11],
  MX: [10],
  AR: [10, 11],
  CO: [10],
  CL: [9],
  PE: [9],
  // Twelve with the trunk 0: German mobiles with an eight-digit subscriber part (0172 5583 9014).
  DE: [7, 8, 9, 10, 11, 12],
  FR: [10],
  IT: [7, 8, 9, 10, 11],
  BR: [10, 11],
  AT: [12],
};

/** Phone texts repeat across turns of one conversation; results are kept for the most recent values. */
const memo = new Map<string, Validated | null>();
const MEMO_SIZE = 2048;

/** A number in the E.164 form systems store: a plus, then the country code and number with nothing between. */
const COMPACT_E164 = /^\+[1-9]\d{10,14}$/;

/** Below the engine's threshold until a context boost adds to it. */
const POSSIBLE_SCORE = 0.45;

/**
 * A dotted triple read as a version (1.12.3, 10.0.19045, 2.104.1): at most one long group, and no group padded
 * with a leading zero, which versions never are. Dotted phone numbers have two long groups or a trunk 0
 * (73.448.266, 07700.063.966, 612.345.678).
 */
function isVersion(value: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (!m) return false;
  const groups = m.slice(1) as string[];
  return groups.filter((g) => g.length >= 3).length <= 1 && !groups.some((g) => g.length > 1 && g[0] === '0');
}

/** Four dot-separated groups of one to three digits, each at most 255: the written form of an IPv4 address. */
function isIpv4Shape(value: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  return m?.slice(1).every((g) => Number(g) <= 255) === true;
}

/** A Belgian enterprise number in its printed shape 0xxx.xxx.xxx, its check digits right (97 - first eight mod 97). */
function isBelgianEnterpriseNumber(value: string): boolean {
  if (!/^[01]\d{3}\.\d{3}\.\d{3}$/.test(value)) return false;
  const digits = value.replace(/\./g, '');
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

export function phone(value: string): Validated | null {
  const cached = memo.get(value);
  if (cached !== undefined) return cached;
  const found = validatePhone(value);
  // 555-0100 to 555-0199 under any North American area code are reserved for fiction and examples; a freephone
  // or UK 03 number is an organisation's line when its context says it is free or a helpline (documented-samples.ts);
  // UK 0300 and UK and Spanish freephone numbers are organisations' lines whatever the context; any other number is
  // one where the label right before it names a switchboard or a reception desk.
  const result: Validated | null = !found
    ? found
    : found.normalized !== undefined && isOrganisationLine(found.normalized, digitsOf(value))
      ? { ...found, sample: 'organisation-line' }
      : isFictionalPhone(digitsOf(value))
        ? { ...found, sample: 'documented-near' }
        : found.normalized !== undefined &&
            (isFreephone(found.normalized) || isPublicLineRange(found.normalized, digitsOf(value)))
          ? { ...found, sample: 'public-line' }
          : { ...found, sample: 'desk-line' };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(value, result);
  return result;
}

/**
 * A number written as its country code and subscriber digits with no plus, as messaging platforms log their users
 * (WhatsApp's wa_id, an SMS gateway's msisdn: 5213319920000, 447700900000): a phone when it is one with the plus.
 */
export function e164Digits(value: string): Validated | null {
  if (!/^[1-9]\d{9,14}$/.test(value)) return null;
  // Mexico dropped the mobile 1 in 2019 and its numbering plan with it; WhatsApp still logs 52 1 and ten digits.
  return phone(/^521\d{10}$/.test(value) ? `+52${value.slice(3)}` : `+${value}`);
}

/**
 * Whether a phone number found at [start, end) outside its rule's own run (the regrouped pass reads it in a few words
 * of context) is nobody's by the whole text: a service line, a freephone a notice gives, a desk's line.
 */
export function phoneOfNobody(text: string, start: number, end: number): boolean {
  const sample = phone(text.slice(start, end))?.sample;
  return sample !== undefined && documentedSampleInContext(text, start, end, sample);
}

function validatePhone(value: string): Validated | null {
  // Line breaks between groups (a number split across lines) read as spaces to libphonenumber.
  const trimmed = value
    .replace(/\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const digits = digitsOf(trimmed);
  if (digits.length < 7 || digits.length > 15 || isTrivialDigits(digits)) return null;
  // A subscriber part of zeros (0808 000 0000, (212) 000-0000) is a form's or a leaflet's stand-in: no line.
  if (/0{6}$/.test(digits)) return null;
  // A year, a month and a serial (2031-04-0172, 2029/11/00815) numbers a contract or a file, not a line; the
  // regrouped pass may offer it with spaces.
  if (/^(?:19|20)\d{2}[-/. ](?:0[1-9]|1[0-2])[-/. ]\d{3,6}$/.test(value.trim())) return null;
  // A year and a padded serial (2026-004417) number a police report, a file or a notice the same way.
  if (/^(?:19|20)\d{2}[-/]0\d{4,6}$/.test(value.trim())) return null;
  // Ten digits dotted in thousands after one digit (1.058.209.447) are how amounts and Colombian cédulas are
  // printed, never a line: numbers dotted in threes open with a two- or three-digit group (612.345.678).
  if (/^\d(?:\.\d{3}){3}$/.test(value.trim())) return null;
  // Thousands dotted down to a round last group (320.450.000, 12.500.000) are an amount or a count of shares, votes
  // or people: a line's number ends in 000 too seldom to be worth the shape.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(value.trim()) && value.trim().endsWith('.000')) return null;
  // Ten digits dotted 4.3.3 from a 0 or 1 whose last two check the first eight by mod 97 (0455.271.380): a Belgian
  // enterprise number (KBO/BCE, a firm's VAT number), which invoices and payslips print in that shape.
  if (isBelgianEnterpriseNumber(value.trim())) return null;
  // Dates, date-times and version numbers share the shape of grouped digits.
  if (
    /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(value.trim()) ||
    isVersion(value.trim())
  )
    return null;
  // Four dotted groups that each fit a byte (10.0.12.4, 84.19.203.7) are how an IPv4 address is written; dotted
  // phone numbers have a group over 255 (670.97.10.26) or another number of groups. The address rule reports it.
  if (isIpv4Shape(value.trim())) return null;
  // A house number followed by a five-digit postcode, or a range of thousands (125.000-350.000).
  if (/^\d{1,3}(?:[-/]\d{1,3})?[ ,]+\d{5}$|^\d{1,3}(?:[.,]\d{3})+\s?-\s?\d/.test(value.trim())) return null;
  const international = /^(?:\+|00)/.test(trimmed);
  try {
    if (international) {
      // "+0034 ..." and "+ 34 ..." are how people also write the 00 or + prefix.
      const parsed = parsePhoneNumberFromString(trimmed.replace(/^\+?00/, '+').replace(/^\+\s+/, '+'));
      if (parsed?.isValid()) return { type: 'PHONE_INTL', normalized: parsed.number };
      if (!parsed?.isPossible()) return null;
      // Right length for the country but not an allocated range (test and fictional numbers): only a cue
      // word lifts it over the engine's reporting threshold, unless it is written in the compact E.164 form
      // (+ and eleven digits or more, nothing between): that is how a system stores a number it took as a phone
      // (an SMS gateway's recipients, a CRM's export), unallocated ranges and made-up numbers alike.
      return COMPACT_E164.test(trimmed)
        ? { type: 'PHONE_INTL', normalized: parsed.number }
        : { type: 'PHONE_INTL', normalized: parsed.number, score: POSSIBLE_SCORE };
    }
    const arMobile = argentineMobile(trimmed);
    if (arMobile !== undefined) return arMobile;
    // National numbers have at most 11 digits in the countries tried, 12 with the trunk 0 in Germany and
    // Austria; longer runs are ISBNs or references.
    if (digits.length > 12 || (digits.length === 12 && digits[0] !== '0')) return null;
    // Seven or eight digits stay under the threshold unless a cue lifts them, whatever libphonenumber says,
    // so they are not worth a parse per country (the most common numeric candidates in prose).
    if (digits.length < 9) return { type: 'PHONE', score: POSSIBLE_SCORE };
    let possible: Validated | null = null;
    // A short group before nine digits or more is a country code (34-607819141), not an area code.
    const countryFirst = /^\d{2,3}[ .-]\d{9,}$/.test(trimmed);
    for (const country of countryFirst ? [] : NATIONAL_COUNTRIES) {
      if (!NATIONAL_LENGTHS[country]?.includes(digits.length)) continue;
      const parsed = parsePhoneNumberFromString(trimmed, country);
      // Seven or eight digits are a valid local number somewhere, but also a street number and a postcode:
      // without a cue they stay under the threshold.
      if (parsed?.isValid())
        return { type: 'PHONE', normalized: parsed.number, ...(digits.length < 9 ? { score: POSSIBLE_SCORE } : {}) };
      if (!possible && parsed?.isPossible())
        possible = { type: 'PHONE', normalized: parsed.number, score: POSSIBLE_SCORE };
    }
    // A country code written without its + (Tfno. 34-607819141): valid only as an international number, so
    // it counts after a cue word like the other possible numbers.
    if (!possible && digits.length >= 10) {
      const parsed = parsePhoneNumberFromString(`+${digits}`);
      if (parsed?.isValid()) possible = { type: 'PHONE_INTL', normalized: parsed.number, score: POSSIBLE_SCORE };
    }
    if (possible) return possible;
  } catch {
    // libphonenumber throws on some malformed input; a value it cannot parse is not a phone number.
  }
  return null;
}

/**
 * An Argentine mobile as Argentines write it at home: the area code (its trunk 0 optional, maybe in brackets),
 * the mobile prefix 15, then the subscriber ("341 15-517-2093", "(011) 15 4471-2290"). Area code and subscriber
 * together run to ten digits; libphonenumber reads the 15 and gives the +54 9 form.
 */
const AR_MOBILE_15 = /^\(?0?([1-3]\d{1,3})\)?[ .-]?15[ .-]?(\d{2,4}[ .-]?\d{2,4}(?:[ .-]?\d{2,4})?)$/;

function argentineMobile(trimmed: string): Validated | null | undefined {
  if (trimmed.indexOf('15') < 0) return undefined;
  const m = AR_MOBILE_15.exec(trimmed);
  if (m === null || m[1]!.length + digitsOf(m[2]!).length !== 10) return undefined;
  const parsed = parsePhoneNumberFromString(trimmed, 'AR');
  return parsed?.isValid() ? { type: 'PHONE', normalized: parsed.number } : undefined;
}

/**
 * Countries whose national numbers start with a trunk 0 and run to ten or eleven digits (mobile and landline),
 * for bare digit runs: a leading 0 is how people write their own number at home, rarely how an order or
 * reference number starts.
 */
const TRUNK_COUNTRIES: readonly CountryCode[] = [
  'GB',
  'TR',
  'PH',
  'FR',
  'DE',
  'IT',
  'NL',
  'BE',
  'AU',
  'ZA',
  'NG',
  'PK',
];

/** A bare national number with its trunk 0 (07700 900123 written 07700900123): valid in one of the countries. */
export function trunkPhone(value: string): Validated | null {
  const digits = digitsOf(value);
  if (!/^0[1-9]\d{8,9}$/.test(digits) || isTrivialDigits(digits.slice(1)) || /0{6}$/.test(digits)) return null;
  try {
    for (const country of TRUNK_COUNTRIES) {
      const parsed = parsePhoneNumberFromString(digits, country);
      if (parsed?.isValid()) return { type: 'PHONE', normalized: parsed.number };
    }
  } catch {
    // A value libphonenumber cannot parse is not a phone number.
  }
  return null;
}

/** Digits as they are read aloud in English and Spanish ("oh" and "o" for zero, as the British say it). */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};
const REPEATS: Readonly<Record<string, number>> = { double: 2, doble: 2, triple: 3 };

/**
 * A number read out digit by digit in a call transcript or a voice note ("oh seven seven double oh, nine four six
 * one", "seis uno dos, tres cuatro cinco..."): the words become digits ("double" and "triple" repeat the next one,
 * a leading "plus" is the international prefix) and the digits are checked like a written number.
 */
export function spelledPhone(value: string): Validated | null {
  const read = spelledDigits(value);
  if (!read || read.digits.length < 7 || read.digits.length > 15) return null;
  const found = phone(read.plus ? `+${read.digits}` : read.digits) ?? trunkPhone(read.digits);
  return found ? { ...found, type: 'PHONE_SPELLED' } : null;
}

/**
 * The digits of a number read out word by word ("uno cero, dos cero cuatro", "oh seven double eight"): "double"
 * and "triple" repeat the next digit, a leading "plus" / "más" is an international prefix; null when a word is
 * not a digit or a repeat word ends the run.
 */
export function spelledDigits(value: string): { digits: string; plus: boolean } | null {
  const words = value
    .toLowerCase()
    .split(/[\s,.\-–]+/)
    .filter((w) => w !== '');
  let digits = '';
  let repeat = 1;
  let plus = false;
  for (const [i, w] of words.entries()) {
    if (REPEATS[w] !== undefined) {
      repeat = REPEATS[w]!;
      continue;
    }
    if ((w === 'plus' || w === 'más' || w === 'mas') && i === 0) {
      plus = true;
      continue;
    }
    // A group already typed as digits ("siete uno dos, 48 90 13": a transcript half read out).
    const d = /^\d{1,4}$/.test(w) ? w : DIGIT_WORDS[w];
    if (d === undefined) return null;
    digits += d.repeat(repeat);
    repeat = 1;
  }
  return repeat === 1 ? { digits, plus } : null;
}

/**
 * An identity number read out digit by digit after its cue ("la cédula uno cero dos cero...", "my social security
 * number is five two three..."): six to twelve digits, not a placeholder run (all one digit, 123456...).
 */
export function spelledId(value: string): Validated | null {
  const read = spelledDigits(value);
  if (!read || read.plus || read.digits.length < 6 || read.digits.length > 12) return null;
  if (isTrivialDigits(read.digits) || /^\d(\d)\1+$/.test(read.digits)) return null;
  return { type: 'ID_SPELLED', normalized: read.digits };
}
