import type { Label } from '../detect/types.js';

/** Labels whose last four characters stay visible, as on a card receipt, so a user can tell which one. */
const KEEP_TAIL: ReadonlySet<Label> = new Set(['CREDIT_CARD', 'IBAN', 'BANK_ACCOUNT']);

/**
 * Irreversible replacement: `[EMAIL]`, or `[CREDIT_CARD ****1111]` for card and account numbers (the
 * truncation PCI DSS allows to display). Square brackets, never angle brackets, so a mask can never be
 * mistaken for a placeholder by the restorer. Short numbers keep nothing: four digits of a six-digit
 * account would reveal most of it.
 */
export function maskValue(label: Label, value: string, normalized?: string): string {
  if (KEEP_TAIL.has(label)) {
    const compact = (normalized ?? value).replace(/[^0-9A-Za-z]/g, '');
    if (compact.length >= 12) return `[${label} ****${compact.slice(-4)}]`;
  }
  return `[${label}]`;
}
