import type { Db } from '../store/db.js';
import { chainHash, GENESIS_HASH } from './record.js';
import { attachDetails, type RecordRow } from './store.js';

export interface ChainBreak {
  seq: number;
  requestId: string;
  time: string;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Records checked and found intact before the first break (all of them when ok). */
  verified: number;
  /** Newest record: keep its hash somewhere else to detect a truncated tail later. */
  head?: { seq: number; hash: string };
  /** Present after a retention purge: where the remaining chain starts. */
  anchor?: { seq: number; hash: string; purged: number; purgedAt: string; before: string };
  firstBreak?: ChainBreak;
}

const PAGE = 1_000;

/** A head (seq and hash) written down earlier, outside the database: `veil audit verify --expect SEQ:HASH`. */
export interface Checkpoint {
  seq: number;
  hash: string;
}

export function parseCheckpoint(text: string): Checkpoint | undefined {
  const m = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2] as string } : undefined;
}

/**
 * Recomputes every record's hash from its stored columns, findings and fingerprints and checks that each links
 * to its predecessor (or to the purge anchor), stopping at the first record that does not.
 *
 * A chain alone cannot tell a rewrite from scratch (every hash recomputed) or a cut tail; checkpoints can: a
 * head copied elsewhere earlier must still be in the chain with the same hash.
 */
export function verifyChain(db: Db, checkpoints: Checkpoint[] = []): VerifyResult {
  // One read transaction: the pages below see one snapshot even while the gateway appends or purges.
  return db.transaction(() => verifySnapshot(db, checkpoints))();
}

function verifySnapshot(db: Db, checkpoints: Checkpoint[]): VerifyResult {
  const anchorRow = db
    .prepare<[], { seq: number; hash: string; purged: number; purged_at: string; before: string }>(
      'SELECT seq, hash, purged, purged_at, before FROM audit_anchor WHERE id = 1',
    )
    .get();
  const anchor = anchorRow
    ? {
        seq: anchorRow.seq,
        hash: anchorRow.hash,
        purged: anchorRow.purged,
        purgedAt: anchorRow.purged_at,
        before: anchorRow.before,
      }
    : undefined;
  const page = db.prepare<[number, number], RecordRow>(
    'SELECT * FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  let expectedSeq = (anchor?.seq ?? 0) + 1;
  let expectedPrev = anchor?.hash ?? GENESIS_HASH;
  let verified = 0;
  let after = Number.MIN_SAFE_INTEGER;
  let head: VerifyResult['head'];
  const expected = new Map(checkpoints.map((c) => [c.seq, c.hash]));
  for (const c of checkpoints) {
    if (anchor && c.seq === anchor.seq && c.hash !== anchor.hash) {
      return {
        ok: false,
        verified: 0,
        anchor,
        firstBreak: {
          seq: c.seq,
          requestId: '(purged)',
          time: anchor.purgedAt,
          problem: 'the purge anchor differs from the checkpoint',
        },
      };
    }
  }
  for (;;) {
    const rows = page.all(after, PAGE);
    if (rows.length === 0) break;
    for (const record of attachDetails(db, rows)) {
      const broken = (problem: string): VerifyResult => ({
        ok: false,
        verified,
        head,
        anchor,
        firstBreak: { seq: record.seq, requestId: record.requestId, time: record.time, problem },
      });
      if (record.seq !== expectedSeq) {
        return broken(
          record.seq < expectedSeq
            ? `record ${record.seq} comes before the chain start (${expectedSeq})`
            : `records ${expectedSeq}..${record.seq - 1} are missing`,
        );
      }
      if (record.prevHash !== expectedPrev) {
        return broken(
          `record ${record.seq} does not link to the record before it (that record or this link was changed)`,
        );
      }
      if (chainHash(record.prevHash, record) !== record.hash) {
        return broken(`record ${record.seq} was changed after it was written (its content does not match its hash)`);
      }
      const checkpoint = expected.get(record.seq);
      if (checkpoint !== undefined && checkpoint !== record.hash) {
        return broken(
          `record ${record.seq} differs from the checkpoint taken earlier: the log was rewritten up to here`,
        );
      }
      verified += 1;
      expectedSeq = record.seq + 1;
      expectedPrev = record.hash;
      head = { seq: record.seq, hash: record.hash };
    }
    after = rows[rows.length - 1]?.seq ?? after;
  }
  const beyond = checkpoints.find((c) => c.seq > (head?.seq ?? anchor?.seq ?? 0));
  if (beyond) {
    return {
      ok: false,
      verified,
      head,
      anchor,
      firstBreak: {
        seq: beyond.seq,
        requestId: '(missing)',
        time: '',
        problem: `record ${beyond.seq} from an earlier checkpoint is gone: the newest records were removed`,
      },
    };
  }
  return { ok: true, verified, head, anchor };
}
