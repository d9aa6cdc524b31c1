import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { FINGERPRINT_BLOCK, fingerprint, lookupValue } from '../../src/audit/fingerprint.js';
import { purgeOlderThan } from '../../src/audit/retention.js';
import { verifyChain } from '../../src/audit/verify.js';
import { type Db, MIGRATIONS_DIR, migrate, openDb } from '../../src/store/db.js';
import { tempDb, writeEvents } from './temp-db.js';

const KEY = Buffer.from('f'.repeat(32));
const SOUGHT = 'lucia.ferrer@example.net';
const OTHER = '4000056655665556';

/** `n` events; those at the given positions (1-based, so position = seq in a fresh log) carry SOUGHT. */
function events(n: number, sought: number[], time?: (i: number) => string): Partial<AuditEvent>[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    return {
      requestId: `r${i}`,
      ...(time ? { time: time(i) } : {}),
      fingerprints: [
        { label: 'CREDIT_CARD' as const, hmac: fingerprint(KEY, `${OTHER}${i}`) },
        ...(sought.includes(i) ? [{ label: 'EMAIL' as const, hmac: fingerprint(KEY, SOUGHT) }] : []),
      ],
    };
  });
}

const found = (db: Db) => lookupValue(db, KEY, SOUGHT).map((h) => h.requestId);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('fingerprint lookups over the per-block index', () => {
  it('finds a value in every block it was stored in, oldest first, and nothing else', async () => {
    const { db } = tempDb();
    const seqs = [1, FINGERPRINT_BLOCK - 1, FINGERPRINT_BLOCK, 2 * FINGERPRINT_BLOCK + 7];
    await writeEvents(db, events(2 * FINGERPRINT_BLOCK + 20, seqs));
    expect(found(db)).toEqual(seqs.map((s) => `r${s}`));
    // Forms of the sought value as an investigator may type them still meet the stored form.
    expect(lookupValue(db, KEY, ' Lucia.Ferrer@Example.NET ').map((h) => h.requestId)).toEqual(
      seqs.map((s) => `r${s}`),
    );
    expect(lookupValue(db, KEY, `${OTHER}${FINGERPRINT_BLOCK + 3}`).map((h) => h.requestId)).toEqual([
      `r${FINGERPRINT_BLOCK + 3}`,
    ]);
    expect(lookupValue(db, KEY, 'nobody@example.org')).toEqual([]);
    expect(lookupValue(db, 'another-key', SOUGHT)).toEqual([]);
  });

  it('asks the index block by block instead of scanning the fingerprints', async () => {
    const { db } = tempDb();
    await writeEvents(db, events(3, [2]));
    const plan = (
      db
        .prepare('EXPLAIN QUERY PLAN SELECT 1 FROM audit_fingerprints WHERE record_seq / 1024 = ? AND hmac = ?')
        .all(0, 'x') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join('\n')).toContain('audit_fingerprints_block_hmac');
    expect(found(db)).toEqual(['r2']);
  });

  it('an empty log and a purged head still answer', async () => {
    const { db } = tempDb();
    expect(found(db)).toEqual([]);
    const old = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const recent = new Date().toISOString();
    // The first block and a half are old: the purge removes them, the lookup starts in a later block.
    const cut = Math.floor(1.5 * FINGERPRINT_BLOCK);
    await writeEvents(
      db,
      events(2 * FINGERPRINT_BLOCK, [5, cut - 1, cut + 1, 2 * FINGERPRINT_BLOCK], (i) => (i < cut ? old : recent)),
    );
    expect(purgeOlderThan(db, new Date(Date.now() - 86_400_000)).purged).toBe(cut - 1);
    expect(found(db)).toEqual([`r${cut + 1}`, `r${2 * FINGERPRINT_BLOCK}`]);
    expect(verifyChain(db).ok).toBe(true);
  });

  it('a log written before migration 003 keeps its fingerprints findable after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-migrations-003-'));
    dirs.push(dir);
    const early = join(dir, 'early');
    mkdirSync(early);
    for (const f of readdirSync(MIGRATIONS_DIR).filter((name) => /^00[12]_/.test(name))) {
      copyFileSync(join(MIGRATIONS_DIR, f), join(early, f));
    }
    const db = openDb(join(dir, 'veil.db'), { migrationsDir: early });
    const seqs = [3, FINGERPRINT_BLOCK + 1];
    await writeEvents(db, events(FINGERPRINT_BLOCK + 5, seqs));
    const indexes = () =>
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_fingerprints'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    expect(indexes()).toContain('audit_fingerprints_hmac');
    expect(migrate(db).applied).toEqual(['003_audit_fingerprint_blocks.sql']);
    expect(indexes()).toContain('audit_fingerprints_block_hmac');
    expect(indexes()).not.toContain('audit_fingerprints_hmac');
    expect(found(db)).toEqual(seqs.map((s) => `r${s}`));
    // Records written after the migration join the same chain and the same lookups.
    await writeEvents(db, [{ requestId: 'later', fingerprints: [{ label: 'EMAIL', hmac: fingerprint(KEY, SOUGHT) }] }]);
    expect(found(db)).toEqual([...seqs.map((s) => `r${s}`), 'later']);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: FINGERPRINT_BLOCK + 6 });
    db.close();
  });
});
