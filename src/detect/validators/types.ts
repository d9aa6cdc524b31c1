import type { SampleTest } from './documented-samples.js';

/** What a validator learned about a candidate: a finer type, the canonical form, or a score override. */
export interface Validated {
  type?: string;
  normalized?: string;
  score?: number;
  /**
   * A value that may be nobody's: published for testing or documentation (a gateway's sandbox card, a manual's
   * example IBAN, a fictional 555-01xx number), a public line, an organisation's own account. Dropped when the text
   * around it says so, by the reading named here (documentedSampleInContext).
   */
  sample?: SampleTest;
}

/** Returns null when the candidate is not a real value (bad checksum, impossible date, placeholder, ...). */
export type Validator = (value: string) => Validated | null;

/** Digits only; validators accept values written with spaces, dots, dashes or line breaks between groups. */
export function digitsOf(value: string): string {
  return value.replace(/\D+/g, '');
}

/** Letters and digits only, upper-cased. */
export function alnumUpper(value: string): string {
  return value.replace(/[^0-9A-Za-z]+/g, '').toUpperCase();
}

/** True when every digit is the same or the digits run 0123.../9876..., which real identifiers avoid. */
export function isTrivialDigits(digits: string): boolean {
  if (/^(\d)\1*$/.test(digits)) return true;
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}
