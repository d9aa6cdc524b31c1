/**
 * Last line of defence for the free-text fields of an audit event (reason, error, model names, detector ids).
 * The pipeline promises never to put a value from the request there, but a client chooses its model name and
 * an upstream's error text can echo a prompt, so anything that looks like an e-mail address or a long number
 * is replaced before it can reach the database. Control characters are dropped and the length is capped.
 */
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
// Twelve or more digits, possibly grouped by spaces, dots or dashes: card numbers, IBAN bodies, phone numbers.
const LONG_NUMBER = /\d(?:[\s.-]?\d){11,}/g;
// Base64/hex blobs long enough to hide an encoded value or a secret.
const BLOB = /[A-Za-z0-9+/_-]{40,}={0,2}/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function safeText(value: string, maxLength = 300): string {
  const cleaned = value
    .replace(CONTROL, ' ')
    .replace(EMAIL, '[email]')
    .replace(LONG_NUMBER, '[number]')
    .replace(BLOB, '[blob]');
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

export function safeOptionalText(value: unknown, maxLength = 300): string | null {
  if (value === null || value === undefined) return null;
  return safeText(typeof value === 'string' ? value : String(value), maxLength);
}

/** A finite number rounded to microseconds, or null: NaN and Infinity would not round-trip through SQLite. */
export function safeMs(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.max(0, value) * 1000) / 1000;
}

export function safeInt(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.trunc(value);
}
