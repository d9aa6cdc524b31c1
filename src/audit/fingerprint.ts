import { createHmac } from 'node:crypto';
import type { Db } from '../store/db.js';

/**
 * Keyed fingerprint of a found value: HMAC-SHA256 (hex) of its NFKC form, trimmed. Without the key nobody can
 * test guesses against the database, and the value itself is never stored. The pipeline should pass the
 * detector's canonical form (Finding.normalized: digits of a card, lower-cased e-mail, IBAN without spaces)
 * when there is one, so differently written copies of one value share a fingerprint.
 */
export function fingerprint(key: string | Buffer, value: string): string {
  return createHmac('sha256', key).update(value.normalize('NFKC').trim()).digest('hex');
}

/**
 * The forms a value an investigator types may have been stored under: as typed, lower-cased (e-mails), digits
 * only (cards, phone numbers, numeric ids), letters and digits upper-cased (IBAN, ids with a letter) or
 * lower-cased, and with a leading + kept for phone numbers.
 */
export function lookupForms(value: string): string[] {
  const typed = value.normalize('NFKC').trim();
  const compact = typed.replace(/[\s.\-/()]/g, '');
  const digits = typed.replace(/\D/g, '');
  const forms = [
    typed,
    typed.toLowerCase(),
    compact,
    compact.toUpperCase(),
    compact.toLowerCase(),
    digits,
    typed.startsWith('+') ? `+${digits}` : '',
  ];
  return [...new Set(forms.filter((f) => f !== ''))];
}

export interface LookupHit {
  time: string;
  seq: number;
  requestId: string;
  team: string | null;
  keyId: string | null;
  endpoint: string;
  route: string;
  label: string;
}

/** Every request whose fingerprints include one of the value's forms, oldest first. */
export function lookupValue(db: Db, key: string | Buffer, value: string): LookupHit[] {
  const hmacs = lookupForms(value).map((form) => fingerprint(key, form));
  if (hmacs.length === 0) return [];
  const placeholders = hmacs.map(() => '?').join(',');
  return db
    .prepare<string[], LookupHit>(
      `SELECT DISTINCT r.time, r.seq, r.request_id AS requestId, r.team, r.key_id AS keyId, r.endpoint, r.route,
         f.label
       FROM audit_fingerprints f JOIN audit_records r ON r.seq = f.record_seq
       WHERE f.hmac IN (${placeholders}) ORDER BY r.seq`,
    )
    .all(...hmacs);
}
