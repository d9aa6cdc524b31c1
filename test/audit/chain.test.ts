import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/log.js';
import { getAuditRecord } from '../../src/audit/query.js';
import { chainHash } from '../../src/audit/record.js';
import { purgeOlderThan } from '../../src/audit/retention.js';
import { parseCheckpoint, verifyChain } from '../../src/audit/verify.js';
import { makeEvent } from './events.js';
import { tempDb, writeEvents } from './temp-db.js';

const DAY = 86_400_000;

describe('hash chain', () => {
  it('verifies an empty log', () => {
    const { db } = tempDb();
    expect(verifyChain(db)).toEqual({ ok: true, verified: 0, head: undefined, anchor: undefined });
  });

  it('names the edited record when a column changes', async () => {
    const { db } = tempDb();
    await writeEvents(
      db,
      Array.from({ length: 5 }, () => ({})),
    );
    db.prepare("UPDATE audit_records SET team = 'someone-else' WHERE seq = 3").run();
    const result = verifyChain(db);
    expect(result.ok).toBe(false);
    expect(result.verified).toBe(2);
    expect(result.firstBreak?.seq).toBe(3);
    expect(result.firstBreak?.problem).toMatch(/changed after it was written/);
  });

  it('notices an edited finding, even though it lives in another table', async () => {
    const { db } = tempDb();
    await writeEvents(db, [{}, {}]);
    db.prepare("UPDATE audit_findings SET action = 'allow' WHERE record_seq = 2").run();
    expect(verifyChain(db).firstBreak?.seq).toBe(2);
  });

  it('notices a deleted record and a record whose hash was recomputed', async () => {
    const { db } = tempDb();
    await writeEvents(
      db,
      Array.from({ length: 4 }, () => ({})),
    );
    db.prepare('DELETE FROM audit_records WHERE seq = 2').run();
    expect(verifyChain(db).firstBreak).toMatchObject({ seq: 3, problem: 'records 2..2 are missing' });

    const other = tempDb().db;
    await writeEvents(
      other,
      Array.from({ length: 3 }, () => ({})),
    );
    // Rewriting a record's hash to match its new content still breaks the link from the next record.
    other.prepare("UPDATE audit_records SET team = 'forged' WHERE seq = 2").run();
    const forged = getAuditRecord(other, 2)!;
    other.prepare('UPDATE audit_records SET hash = ? WHERE seq = 2').run(chainHash(forged.prevHash, forged));
    const result = verifyChain(other);
    expect(result.firstBreak).toMatchObject({ seq: 3, problem: expect.stringMatching(/does not link/) });
  });

  it('detects a rewrite from scratch and a cut tail with a checkpoint kept elsewhere', async () => {
    const { db } = tempDb();
    await writeEvents(
      db,
      Array.from({ length: 4 }, () => ({})),
    );
    const checkpoint = verifyChain(db).head!;
    expect(checkpoint.seq).toBe(4);
    expect(verifyChain(db, [checkpoint]).ok).toBe(true);

    // Whoever can write the file can edit record 2 and recompute every hash after it: the chain alone verifies.
    db.prepare("UPDATE audit_records SET team = 'forged' WHERE seq = 2").run();
    let prev = getAuditRecord(db, 1)!.hash;
    for (let seq = 2; seq <= 4; seq++) {
      const r = getAuditRecord(db, seq)!;
      const hash = chainHash(prev, r);
      db.prepare('UPDATE audit_records SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, seq);
      prev = hash;
    }
    expect(verifyChain(db).ok).toBe(true);
    expect(verifyChain(db, [checkpoint]).firstBreak).toMatchObject({
      seq: 4,
      problem: expect.stringMatching(/differs from the checkpoint/),
    });

    const other = tempDb().db;
    await writeEvents(
      other,
      Array.from({ length: 3 }, () => ({})),
    );
    const head = verifyChain(other).head!;
    other.prepare('DELETE FROM audit_records WHERE seq = 3').run();
    expect(verifyChain(other).ok).toBe(true);
    expect(verifyChain(other, [head]).firstBreak?.problem).toMatch(/newest records were removed/);
    expect(parseCheckpoint(`${head.seq}:${head.hash}`)).toEqual(head);
    expect(parseCheckpoint('3:nothex')).toBeUndefined();
  });

  it('keeps verifying after retention purges the oldest records', async () => {
    const { db } = tempDb();
    const now = Date.now();
    await writeEvents(db, [
      { time: new Date(now - 40 * DAY).toISOString() },
      { time: new Date(now - 35 * DAY).toISOString() },
      { time: new Date(now - 2 * DAY).toISOString() },
      { time: new Date(now).toISOString() },
    ]);
    const purge = purgeOlderThan(db, new Date(now - 30 * DAY));
    expect(purge.purged).toBe(2);
    const findings = db.prepare('SELECT COUNT(*) AS n FROM audit_findings').get() as { n: number };
    expect(findings.n).toBe(2);
    const result = verifyChain(db);
    expect(result).toMatchObject({ ok: true, verified: 2, anchor: { seq: 2, purged: 2 } });

    // New records continue the chain, and purging everything leaves a log that still verifies and grows.
    await writeEvents(db, [{}]);
    expect(purgeOlderThan(db, new Date(now + DAY)).purged).toBe(3);
    await writeEvents(db, [{}]);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 1, head: { seq: 6 }, anchor: { purged: 5 } });
  });

  it('refuses a retention period that is not a positive number of days', () => {
    const { db } = tempDb();
    for (const bad of [Number.NaN, 0, -3]) {
      expect(() => createAuditLog(db, { retentionDays: bad })).toThrow(/positive number of days/);
    }
  });

  it('purges on start when the log has a retention period', async () => {
    const { db } = tempDb();
    await writeEvents(db, [{ time: new Date(Date.now() - 10 * DAY).toISOString() }, {}]);
    const log = createAuditLog(db, { retentionDays: 7 });
    expect(log.counters().purged).toBe(1);
    log.record(makeEvent());
    await log.close();
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 2 });
  });
});
