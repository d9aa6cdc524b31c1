import type { Validated } from './types.js';

/** Words an anonymiser or a test image writes where a person's name was. */
const PLACEHOLDERS = new Set([
  'anonymous',
  'anon',
  'anonymized',
  'anonymised',
  'removed',
  'unknown',
  'none',
  'test',
  'phantom',
  'qa',
]);

/**
 * A DICOM person name (family^given^middle^prefix^suffix) that names someone: at least one component with two
 * letters or more that is no anonymiser's placeholder ("ANONYMOUS", "ANON^", "PHANTOM^QA").
 */
export function dicomPersonName(value: string): Validated | null {
  const parts = value
    .split('^')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.every((p) => PLACEHOLDERS.has(p))) return null;
  return parts.some((p) => /\p{L}{2}/u.test(p) && !PLACEHOLDERS.has(p)) ? {} : null;
}
