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

export function phone(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length < 7 || digits.length > 15 || isTrivialDigits(digits)) return null;
  // Dates and version numbers share the shape of grouped digits.
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d+\.\d+\.\d+$/.test(value.trim()))
    return null;
  const trimmed = value.replace(/\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i, '').trim();
  const international = /^(?:\+|00)/.test(trimmed);
  try {
    if (international) {
      const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
      return parsed?.isValid() ? { type: 'PHONE_INTL', normalized: parsed.number } : null;
    }
    for (const country of NATIONAL_COUNTRIES) {
      const parsed = parsePhoneNumberFromString(trimmed, country);
      if (parsed?.isValid()) return { type: 'PHONE', normalized: parsed.number };
    }
  } catch {
    // libphonenumber throws on some malformed input; a value it cannot parse is not a phone number.
  }
  return null;
}
