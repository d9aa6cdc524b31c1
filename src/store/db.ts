import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** migrations/ at the package root, found from this file both in src/ (tsx, vitest) and in dist/. */
export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

export interface OpenOptions {
  migrationsDir?: string;
  /** Apply pending migrations on open (the server does; `veil migrate` does it explicitly). */
  migrate?: boolean;
  readonly?: boolean;
}

export function openDb(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  }
  if (options.migrate !== false && !options.readonly) migrate(db, options.migrationsDir);
  return db;
}

export interface MigrationResult {
  applied: string[];
  current: number;
}

/**
 * Applies numbered migrations (NNN_name.sql) in order, each in its own transaction together with its row in
 * schema_migrations, so a failing file leaves the database exactly as it was before that file.
 */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): MigrationResult {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const files = readdirSync(dir)
    .map((name) => ({ name, match: /^(\d+)_[\w-]+\.sql$/.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map((f) => ({ name: f.name, version: Number(f.match[1]) }))
    .sort((a, b) => a.version - b.version);
  const seen = new Set<number>();
  for (const f of files) {
    if (seen.has(f.version)) throw new Error(`migrations: two files with version ${f.version}`);
    seen.add(f.version);
  }
  const applied: string[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const f of files) {
    if (done.has(f.version)) continue;
    const sql = readFileSync(join(dir, f.name), 'utf8');
    const apply = db.transaction(() => {
      db.exec(sql);
      record.run(f.version, f.name, new Date().toISOString());
    });
    try {
      apply();
    } catch (err) {
      throw new Error(`migration ${f.name} failed, database left unchanged: ${(err as Error).message}`);
    }
    applied.push(f.name);
  }
  const current = files.length > 0 ? Math.max(...files.map((f) => f.version), 0) : 0;
  return { applied, current };
}
