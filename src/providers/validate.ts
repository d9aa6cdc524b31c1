import { badRequest } from '../http/errors.js';

/** Field checks that name the field in the 400 they raise, so a client sees exactly what to fix. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`${field} must be an object`, 'invalid_type', field);
  }
  return value as Record<string, unknown>;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw badRequest(
      value === undefined ? `${field} is required` : `${field} must be a non-empty string`,
      value === undefined ? 'missing_field' : 'invalid_type',
      field,
    );
  }
  return value;
}

/** A string that may be empty (a description, a token, a metadata value); the 400 names the field. */
export function requireText(value: unknown, field: string, param = field): string {
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`, 'invalid_type', param);
  return value;
}

export function requireArray(value: unknown, field: string, nonEmpty = true): unknown[] {
  if (!Array.isArray(value)) {
    throw badRequest(
      value === undefined ? `${field} is required` : `${field} must be an array`,
      value === undefined ? 'missing_field' : 'invalid_type',
      field,
    );
  }
  if (nonEmpty && value.length === 0) throw badRequest(`${field} must not be empty`, 'invalid_value', field);
  return value;
}

export function optionalBoolean(value: unknown, field: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw badRequest(`${field} must be a boolean`, 'invalid_type', field);
  return value;
}

/** Content the gateway cannot read (an inline file, audio, an unknown part): refused, never forwarded unread. */
export function unsupported(field: string, what: string): never {
  throw badRequest(
    `${field} is ${what}, which this gateway cannot inspect; it was not forwarded`,
    'unsupported_content',
    field,
  );
}
