import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { createAuditLog } from '../../src/audit/log.js';
import { type Db, openDb } from '../../src/store/db.js';
import { makeEvent } from './events.js';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A migrated database file in a fresh temp directory, removed after the test. */
export function tempDb(): { db: Db; path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'veil-audit-'));
  dirs.push(dir);
  const path = join(dir, 'veil.db');
  return { db: openDb(path), path, dir };
}

/** Writes the events through the real audit log and waits until they are stored. */
export async function writeEvents(db: Db, events: Partial<AuditEvent>[]): Promise<void> {
  const log = createAuditLog(db, { flushIntervalMs: 60_000 });
  for (const e of events) log.record(makeEvent(e));
  await log.close();
}
