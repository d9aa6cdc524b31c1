import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/audit/checkpointer.js';
import { createAuditLog } from '../../src/audit/log.js';
import { verifyChain } from '../../src/audit/verify.js';
import { openDb } from '../../src/store/db.js';
import { makeEvent } from './events.js';
import { tempDb } from './temp-db.js';

const autoCheckpoint = (db: ReturnType<typeof openDb>) => db.pragma('wal_autocheckpoint', { simple: true });

describe('WAL checkpoints off the event loop', () => {
  it('turns the commit-time checkpoint off while the log is open and copies the WAL from the worker', async () => {
    const { db, path } = tempDb();
    const log = createAuditLog(db, { batchSize: 500, flushIntervalMs: 60_000 });
    expect(autoCheckpoint(db)).toBe(0);
    const before = statSync(path).size;
    for (let i = 0; i < 10_000; i++) log.record(makeEvent({ status: 200 + (i % 7) }));
    await log.flush();
    // The commits themselves no longer checkpoint: only the worker can have moved pages into the main file.
    let grown = statSync(path).size;
    for (let waited = 0; grown <= before && waited < 10_000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
      grown = statSync(path).size;
    }
    expect(grown).toBeGreaterThan(before);
    await log.close();
    expect(autoCheckpoint(db)).toBe(1000);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 10_000 });
    db.close();
  });

  it('lets a process with nothing else to do await close() to its end', () => {
    const { dir } = tempDb();
    // A script whose only pending work is the log's close(): the process must not exit before close() settles
    // (Node exits with 13 when a top-level await is left pending).
    const script = [
      "import { createAuditLog } from './src/audit/log.ts';",
      "import { openDb } from './src/store/db.ts';",
      `const db = openDb(${JSON.stringify(join(dir, 'cli.db'))});`,
      'const log = createAuditLog(db, { flushIntervalMs: 60_000 });',
      "log.record({ requestId: 'r', endpoint: '/v1/chat/completions', route: 'cloud', reason: 'clean', status: 200 });",
      'await log.close();',
      "process.stdout.write('closed ' + log.counters().written);",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: run.status, out: run.stdout }).toEqual({ status: 0, out: 'closed 1' });
  });

  it('leaves an in-memory database to SQLite', async () => {
    const db = openDb(':memory:');
    expect(startCheckpointer(db)).toBeUndefined();
    const log = createAuditLog(db, { flushIntervalMs: 60_000 });
    log.record(makeEvent());
    await log.close();
    expect(autoCheckpoint(db)).toBe(1000);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 1 });
  });

  it('closes twice without error and records written after close still reach the database', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { flushIntervalMs: 60_000 });
    log.record(makeEvent());
    await log.close();
    await log.close();
    log.record(makeEvent());
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 2 });
    db.close();
  });
});
