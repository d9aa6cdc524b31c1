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

/**
 * Records per block of the fingerprint index (migrations/003): the index is keyed by (record_seq / 1024, hmac),
 * so the writer's random HMACs only touch the pages of the newest block. The queries below must write the
 * block as `record_seq / 1024` exactly, or SQLite does not recognise the indexed expression.
 */
export const FINGERPRINT_BLOCK = 1024;

/**
 * Every request whose fingerprints include one of the value's forms, oldest first. One index seek per block of
 * the log and form: blocks from the oldest fingerprint's to the newest's, made by a recursive CTE and joined in
 * that order (CROSS JOIN keeps SQLite from scanning the records instead; INDEXED BY makes a missing index an
 * error rather than a silent full scan).
 */
export function lookupValue(db: Db, key: string | Buffer, value: string): LookupHit[] {
  const hmacs = lookupForms(value).map((form) => fingerprint(key, form));
  if (hmacs.length === 0) return [];
  const range = db
    .prepare<[], { lo: number | null; hi: number | null }>(
      `SELECT (SELECT MIN(record_seq) FROM audit_fingerprints) AS lo,
         (SELECT MAX(record_seq) FROM audit_fingerprints) AS hi`,
    )
    .get();
  if (range?.lo == null || range.hi == null) return [];
  const placeholders = hmacs.map(() => '?').join(',');
  return db
    .prepare<(string | number)[], LookupHit>(
      `WITH RECURSIVE blocks(b) AS (SELECT ? UNION ALL SELECT b + 1 FROM blocks WHERE b < ?)
       SELECT DISTINCT r.time, r.seq, r.request_id AS requestId, r.team, r.key_id AS keyId, r.endpoint, r.route,
         f.label
       FROM blocks CROSS JOIN audit_fingerprints f INDEXED BY audit_fingerprints_block_hmac
         CROSS JOIN audit_records r
       WHERE f.record_seq / 1024 = blocks.b AND f.hmac IN (${placeholders}) AND r.seq = f.record_seq
       ORDER BY r.seq`,
    )
    .all(Math.floor(range.lo / FINGERPRINT_BLOCK), Math.floor(range.hi / FINGERPRINT_BLOCK), ...hmacs);
}
