import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
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
];

/** Below the engine's threshold until a context boost adds to it. */
const POSSIBLE_SCORE = 0.45;

export function phone(value: string): Validated | null {
  const trimmed = value.replace(/\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i, '').trim();
  const digits = digitsOf(trimmed);
  if (digits.length < 7 || digits.length > 15 || isTrivialDigits(digits)) return null;
  // Dates, date-times and version numbers share the shape of grouped digits.
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d+\.\d+\.\d+$/.test(value.trim()))
    return null;
  // A house number followed by a five-digit postcode, or a range of thousands (125.000-350.000).
  if (/^\d{1,3}(?:[-/]\d{1,3})?[ ,]+\d{5}$|^\d{1,3}(?:[.,]\d{3})+\s?-\s?\d/.test(value.trim())) return null;
  const international = /^(?:\+|00)/.test(trimmed);
  try {
    if (international) {
      const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
      if (parsed?.isValid()) return { type: 'PHONE_INTL', normalized: parsed.number };
      // Right length for the country but not an allocated range (test and fictional numbers): only a cue
      // word lifts it over the engine's reporting threshold.
      return parsed?.isPossible() ? { type: 'PHONE_INTL', normalized: parsed.number, score: POSSIBLE_SCORE } : null;
    }
    // National numbers have at most 11 digits in the countries tried; longer runs are ISBNs or references.
    if (digits.length > 11) return null;
    let possible: Validated | null = null;
    for (const country of NATIONAL_COUNTRIES) {
      const parsed = parsePhoneNumberFromString(trimmed, country);
      // Seven or eight digits are a valid local number somewhere, but also a street number and a postcode:
      // without a cue they stay under the threshold.
      if (parsed?.isValid())
        return { type: 'PHONE', normalized: parsed.number, ...(digits.length < 9 ? { score: POSSIBLE_SCORE } : {}) };
      if (!possible && parsed?.isPossible())
        possible = { type: 'PHONE', normalized: parsed.number, score: POSSIBLE_SCORE };
    }
    if (possible) return possible;
  } catch {
    // libphonenumber throws on some malformed input; a value it cannot parse is not a phone number.
  }
  return null;
}
