import type { Db } from '../store/db.js';

export interface PurgeResult {
  purged: number;
  /** The last purged record, now the anchor the remaining chain starts from. */
  anchor?: { seq: number; hash: string };
}

/**
 * Deletes the oldest records up to (not including) the first one at or after `before`, and moves the anchor to
 * the last deleted record so the remaining chain still verifies from its first row. Purging follows chain order,
 * not time order, so a slightly out-of-order timestamp never leaves a hole in the chain.
 */
export function purgeOlderThan(db: Db, before: Date): PurgeResult {
  const cutoff = before.toISOString();
  const run = db.transaction((): PurgeResult => {
    const firstKept = db
      .prepare<[string], { seq: number }>('SELECT MIN(seq) AS seq FROM audit_records WHERE time >= ?')
      .get(cutoff);
    const limitRow = firstKept?.seq
      ? { seq: firstKept.seq }
      : db.prepare<[], { seq: number | null }>('SELECT MAX(seq) + 1 AS seq FROM audit_records').get();
    const limit = limitRow?.seq ?? null;
    if (limit === null) return { purged: 0 };
    const last = db
      .prepare<[number], { seq: number; hash: string }>(
        'SELECT seq, hash FROM audit_records WHERE seq < ? ORDER BY seq DESC LIMIT 1',
      )
      .get(limit);
    if (!last) return { purged: 0 };
    db.prepare('DELETE FROM audit_findings WHERE record_seq < ?').run(limit);
    db.prepare('DELETE FROM audit_fingerprints WHERE record_seq < ?').run(limit);
    const purged = db.prepare('DELETE FROM audit_records WHERE seq < ?').run(limit).changes;
    const previous = db.prepare<[], { purged: number }>('SELECT purged FROM audit_anchor WHERE id = 1').get();
    db.prepare(
      `INSERT INTO audit_anchor (id, seq, hash, purged, purged_at, before) VALUES (1, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, purged = excluded.purged,
       purged_at = excluded.purged_at, before = excluded.before`,
    ).run(last.seq, last.hash, (previous?.purged ?? 0) + purged, new Date().toISOString(), cutoff);
    return { purged, anchor: last };
  });
  return run.immediate();
}
