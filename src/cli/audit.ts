import { existsSync, readFileSync } from 'node:fs';
import { exportAudit } from '../audit/export.js';
import { lookupValue } from '../audit/fingerprint.js';
import { parseFilters } from '../audit/query.js';
import { purgeOlderThan } from '../audit/retention.js';
import { type Checkpoint, parseCheckpoint, verifyChain } from '../audit/verify.js';
import { readRuntimeEnv } from '../config/env.js';
import { type Db, openDb } from '../store/db.js';
import { parseCommandArgs } from './args.js';

export const summary = 'check, search, export and purge the audit log (audit verify|lookup|export|purge)';

const USAGE = `veil audit verify [--expect SEQ:HASH ...]   (a head printed by an earlier verify, kept elsewhere)
       veil audit lookup VALUE | veil audit lookup --stdin     (needs VEIL_FINGERPRINT_KEY)
       veil audit export --since 7d|ISO [--until ISO] [--format csv|jsonl] [--team T] [--route R] [--label L] [--status S]
       veil audit purge --days N
  The database is VEIL_DB (default ./data/veil.db) or --db PATH.`;

const OPTIONS = {
  db: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  format: { type: 'string' },
  team: { type: 'string' },
  route: { type: 'string' },
  label: { type: 'string' },
  status: { type: 'string' },
  days: { type: 'string' },
  stdin: { type: 'boolean' },
  expect: { type: 'string', multiple: true },
} as const;

function out(text: string): void {
  process.stdout.write(text);
}

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/** Opens an existing database; read-only unless the command changes it, so a wrong path never creates a file. */
function openAudit(path: string, write: boolean): Db {
  if (!existsSync(path)) throw new Error(`no database at ${path} (set VEIL_DB or --db)`);
  const db = write ? openDb(path) : openDb(path, { readonly: true });
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_records'").get();
  if (!table) {
    db.close();
    throw new Error(`${path} has no audit log yet (run veil migrate)`);
  }
  return db;
}

function verify(db: Db, expect: string[]): number {
  const checkpoints: Checkpoint[] = [];
  for (const text of expect) {
    const checkpoint = parseCheckpoint(text);
    if (!checkpoint) return fail('--expect takes SEQ:HASH as printed by veil audit verify (64 hex digits)');
    checkpoints.push(checkpoint);
  }
  const result = verifyChain(db, checkpoints);
  const anchor = result.anchor
    ? `; ${result.anchor.purged} older records purged (retention), chain anchored at record ${result.anchor.seq}`
    : '';
  if (result.ok) {
    const head = result.head ? `; head ${result.head.seq}:${result.head.hash}` : '';
    const checked = checkpoints.length > 0 ? `; ${checkpoints.length} checkpoint(s) match` : '';
    out(`audit log intact: ${result.verified} records verified${head}${anchor}${checked}\n`);
    if (result.head) out('keep the head outside this machine; pass it later as --expect to detect a rewrite\n');
    return 0;
  }
  const b = result.firstBreak;
  process.stderr.write(
    `audit log BROKEN at record ${b?.seq} (request ${b?.requestId}, ${b?.time}): ${b?.problem}\n` +
      `${result.verified} records before it verified${anchor}\n`,
  );
  return 1;
}

function lookup(db: Db, value: string | undefined): number {
  const key = process.env.VEIL_FINGERPRINT_KEY;
  if (!key) return fail('VEIL_FINGERPRINT_KEY is not set: fingerprints cannot be computed without the same key');
  if (!value) return fail(`lookup needs a value\nusage: ${USAGE}`);
  const hits = lookupValue(db, key, value);
  if (hits.length === 0) {
    out('not found: no recorded request contained this value (while fingerprints were on)\n');
    return 1;
  }
  out(`found in ${hits.length} request(s):\n`);
  for (const h of hits) {
    out(
      `${h.time}  team=${h.team ?? '-'}  key=${h.keyId ?? '-'}  request=${h.requestId}  record=${h.seq}  ` +
        `${h.endpoint}  route=${h.route}  label=${h.label}\n`,
    );
  }
  return 0;
}

async function exportRecords(db: Db, values: Record<string, string | boolean | undefined>): Promise<number> {
  const format = (values.format as string | undefined) ?? 'jsonl';
  if (format !== 'csv' && format !== 'jsonl') return fail('--format must be csv or jsonl');
  if (typeof values.since !== 'string')
    return fail(`export needs --since (for example 7d or 2026-01-01)\nusage: ${USAGE}`);
  const { filters, errors } = parseFilters({
    from: values.since,
    to: values.until as string | undefined,
    team: values.team as string | undefined,
    route: values.route as string | undefined,
    label: values.label as string | undefined,
    status: values.status as string | undefined,
  });
  if (errors.length > 0)
    return fail(errors.map((e) => e.replace(/^from/, '--since').replace(/^to/, '--until')).join('\n'));
  await exportAudit(db, filters, format, (chunk) => {
    if (!process.stdout.write(chunk)) return new Promise<void>((r) => process.stdout.once('drain', () => r()));
  });
  return 0;
}

function purge(db: Db, days: string | undefined): number {
  const n = Number(days);
  if (!days || !Number.isFinite(n) || n < 0) return fail('purge needs --days N (records older than N days go)');
  const result = purgeOlderThan(db, new Date(Date.now() - n * 86_400_000));
  out(
    result.purged === 0
      ? 'nothing to purge\n'
      : `purged ${result.purged} records; the chain is now anchored at record ${result.anchor?.seq}\n`,
  );
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || !['verify', 'lookup', 'export', 'purge'].includes(sub)) return fail(`usage: ${USAGE}`);
  const { values, positionals } = parseCommandArgs(rest, OPTIONS, USAGE);
  const path = typeof values.db === 'string' ? values.db : readRuntimeEnv().dbPath;
  let db: Db;
  try {
    db = openAudit(path, sub === 'purge');
  } catch (err) {
    return fail((err as Error).message, 1);
  }
  try {
    if (sub === 'verify') return verify(db, (values.expect as unknown as string[] | undefined) ?? []);
    if (sub === 'lookup') {
      // --stdin keeps the value out of the shell history and the process list.
      const value = values.stdin ? readFileSync(0, 'utf8').trim() : positionals[0];
      return lookup(db, value);
    }
    if (sub === 'export') return await exportRecords(db, values);
    return purge(db, values.days as string | undefined);
  } finally {
    db.close();
  }
}
