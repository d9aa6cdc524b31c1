import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryAudit } from '../../src/audit/query.js';
import { verifyChain } from '../../src/audit/verify.js';
import { MIGRATIONS_DIR, migrate, openDb } from '../../src/store/db.js';
import { tempDb, writeEvents } from './temp-db.js';

function schemaOf(db: ReturnType<typeof openDb>): string[] {
  return (db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all() as { sql: string | null }[]).map(
    (r) => JSON.stringify(r),
  );
}

describe('audit migrations', () => {
  it('creates the audit tables and records the migration once', () => {
    const { db } = tempDb();
    const versions = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(versions).toContainEqual({ version: 2, name: '002_audit.sql' });
    expect(migrate(db).applied).toEqual([]);
    for (const table of ['audit_records', 'audit_findings', 'audit_fingerprints', 'audit_anchor']) {
      expect(db.prepare("SELECT 1 AS ok FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)).toEqual({
        ok: 1,
      });
    }
  });

  it('a failing later migration leaves the audit log exactly as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-migrations-'));
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, f), join(dir, f));
    const { db } = tempDb();
    await writeEvents(db, [{ requestId: 'before-1' }, { requestId: 'before-2' }]);
    const before = schemaOf(db);
    // Half of this file would succeed; the whole file must be rolled back.
    writeFileSync(
      join(dir, '900_broken.sql'),
      'ALTER TABLE audit_records ADD COLUMN extra TEXT; DELETE FROM audit_records; INSERT INTO nowhere VALUES (1);',
    );
    expect(() => migrate(db, dir)).toThrow(/900_broken.sql failed, database left unchanged/);
    expect(schemaOf(db)).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations WHERE version = 900').get()).toEqual({ n: 0 });
    expect(queryAudit(db).records.map((r) => r.requestId)).toEqual(['before-2', 'before-1']);
    expect(verifyChain(db).ok).toBe(true);
  });

  it('keeps records and the chain across a reopen of the file', async () => {
    const { db, path } = tempDb();
    await writeEvents(db, [{ requestId: 'kept' }]);
    db.close();
    const reopened = openDb(path);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(queryAudit(reopened).records.map((r) => r.requestId)).toEqual(['kept']);
    await writeEvents(reopened, [{ requestId: 'after' }]);
    expect(verifyChain(reopened)).toMatchObject({ ok: true, verified: 2 });
    reopened.close();
  });
});
