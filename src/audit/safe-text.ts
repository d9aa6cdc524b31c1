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

/**
 * Most fields are ids, names and the policy's own reasons: when a value has no @, fewer than 12 digits, no run
 * of 40 blob characters, no control character and fits the cap, none of the replacements can apply, so one pass
 * over the characters stands in for the four regexes.
 */
function plain(value: string, maxLength: number): boolean {
  if (value.length > maxLength) return false;
  let digits = 0;
  let blobRun = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x40 || c === 0x2028 || c === 0x2029) return false;
    const isDigit = c >= 0x30 && c <= 0x39;
    if (isDigit) digits += 1;
    // BLOB's class: A-Z a-z 0-9 + / _ -
    const isBlob =
      isDigit ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2b ||
      c === 0x2f ||
      c === 0x5f ||
      c === 0x2d;
    blobRun = isBlob ? blobRun + 1 : 0;
    if (blobRun >= 40) return false;
  }
  return digits < 12;
}

export function safeText(value: string, maxLength = 300): string {
  if (plain(value, maxLength)) return value;
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
