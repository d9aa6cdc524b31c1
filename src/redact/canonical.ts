import type { Label } from '../detect/types.js';

/**
 * The form in which two findings count as the same value, so they share one pseudonym. A detector's own
 * `normalized` wins; otherwise equal values written differently are folded here per kind: e-mail case,
 * spaces and dashes in numbers, letter case and spacing in names. Whatever folds together comes back in
 * the spelling seen first in the request.
 */
export function canonicalValue(label: Label, raw: string, normalized?: string): string {
  if (normalized !== undefined && normalized !== '') return normalized;
  switch (label) {
    case 'EMAIL':
      return raw.trim().toLowerCase();
    case 'CREDIT_CARD':
    case 'BANK_ACCOUNT':
      return raw.replace(/[\s.-]/g, '');
    case 'IBAN':
    case 'NATIONAL_ID':
      return raw.replace(/[\s.-]/g, '').toUpperCase();
    case 'PHONE':
      return raw.replace(/[^\d+]/g, '');
    case 'PERSON':
    case 'LOCATION':
    case 'ORGANIZATION':
      return raw.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    default:
      return raw;
  }
}
