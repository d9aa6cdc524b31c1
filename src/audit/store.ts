import type { Db } from '../store/db.js';
import type { AuditFinding, AuditRecord, AuditRecordContent } from './record.js';

/** Column names as stored, for the rows better-sqlite3 returns. */
export interface RecordRow {
  seq: number;
  time: string;
  request_id: string;
  team: string | null;
  key_id: string | null;
  client_ip: string | null;
  endpoint: string;
  model_requested: string | null;
  model_answered: string | null;
  route: string;
  reason: string;
  policy: string | null;
  mode: string | null;
  status: number;
  upstream_status: number | null;
  inspect_ms: number;
  upstream_ms: number | null;
  first_token_ms: number | null;
  total_ms: number;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  error: string | null;
  finding_count: number;
  prev_hash: string;
  hash: string;
}

interface FindingRow {
  record_seq: number;
  idx: number;
  label: string;
  type: string;
  count: number;
  detectors: string;
  action: string;
}

interface FingerprintRow {
  record_seq: number;
  idx: number;
  label: string;
  hmac: string;
}

const RECORD_COLUMNS = `seq, time, request_id, team, key_id, client_ip, endpoint, model_requested,
  model_answered, route, reason, policy, mode, status, upstream_status, inspect_ms, upstream_ms, first_token_ms,
  total_ms, prompt_tokens, completion_tokens, error, finding_count, prev_hash, hash`;
const RECORD_PLACEHOLDERS = `(${Array(25).fill('?').join(', ')})`;

/** Positional (binding by name costs a third more per row in better-sqlite3); recordValues() gives the order. */
export const INSERT_RECORD_SQL = `INSERT INTO audit_records (${RECORD_COLUMNS}) VALUES ${RECORD_PLACEHOLDERS}`;

/**
 * One statement for `rows` records, their values one after the other: better-sqlite3 pays a call, a statement
 * reset and a result object per run(), about 1 µs of a record's 9 µs in single-row inserts.
 */
export function insertRecordsSql(rows: number): string {
  return `INSERT INTO audit_records (${RECORD_COLUMNS}) VALUES ${Array(rows).fill(RECORD_PLACEHOLDERS).join(', ')}`;
}

/** A record's columns in INSERT_RECORD_SQL's order. */
export function recordValues(c: AuditRecordContent, prevHash: string, hash: string): unknown[] {
  const out: unknown[] = [];
  pushRecordValues(out, c, prevHash, hash);
  return out;
}

/** Appends a record's columns, in INSERT_RECORD_SQL's order, to the values of a multi-row insert. */
export function pushRecordValues(out: unknown[], c: AuditRecordContent, prevHash: string, hash: string): void {
  out.push(
    c.seq,
    c.time,
    c.requestId,
    c.team,
    c.keyId,
    c.clientIp,
    c.endpoint,
    c.modelRequested,
    c.modelAnswered,
    c.route,
    c.reason,
    c.policy,
    c.mode,
    c.status,
    c.upstreamStatus,
    c.inspectMs,
    c.upstreamMs,
    c.firstTokenMs,
    c.totalMs,
    c.promptTokens,
    c.completionTokens,
    c.error,
    c.findings.length,
    prevHash,
    hash,
  );
}
/** Columns per row of the two detail tables, and the head of their inserts (one `(?, ...)` per row follows). */
export const FINDING_COLUMNS = 7;
export const FINGERPRINT_COLUMNS = 4;
export const INSERT_FINDINGS_SQL =
  'INSERT INTO audit_findings (record_seq, idx, label, type, count, detectors, action) VALUES';
export const INSERT_FINGERPRINTS_SQL = 'INSERT INTO audit_fingerprints (record_seq, idx, label, hmac) VALUES';

/** Appends a record's finding rows and fingerprint rows, in the column order above. */
export function pushDetailValues(findings: unknown[], prints: unknown[], c: AuditRecordContent): void {
  for (let i = 0; i < c.findings.length; i++) {
    const f = c.findings[i] as AuditFinding;
    findings.push(c.seq, i, f.label, f.type, f.count, f.detectors.join(','), f.action);
  }
  for (let i = 0; i < c.fingerprints.length; i++) {
    const f = c.fingerprints[i] as AuditRecordContent['fingerprints'][number];
    prints.push(c.seq, i, f.label, f.hmac);
  }
}

/** Rows per statement of the detail inserts at most (the variables stay far below SQLite's limit). */
const DETAIL_ROWS = 64;

/**
 * Inserts any number of rows, given as one flat array of `columns` values per row, DETAIL_ROWS per statement:
 * better-sqlite3's call, reset and result per run() cost a finding row about as much as SQLite's own insert.
 * Statements for shorter tails are prepared when first needed and kept (at most DETAIL_ROWS of them).
 */
export function multiRowInserter(db: Db, head: string, columns: number): (values: unknown[]) => void {
  const row = `(${Array(columns).fill('?').join(', ')})`;
  const statements = new Map<number, ReturnType<Db['prepare']>>();
  const statement = (rows: number) => {
    let s = statements.get(rows);
    if (s === undefined) {
      s = db.prepare(`${head} ${Array(rows).fill(row).join(', ')}`);
      statements.set(rows, s);
    }
    return s;
  };
  return (values) => {
    const rows = values.length / columns;
    for (let at = 0; at < rows; at += DETAIL_ROWS) {
      const n = Math.min(DETAIL_ROWS, rows - at);
      statement(n).run(n === rows ? values : values.slice(at * columns, (at + n) * columns));
    }
  };
}

export function rowToRecord(row: RecordRow, findings: AuditFinding[], fingerprints: AuditRecord['fingerprints']) {
  const record: AuditRecord = {
    seq: row.seq,
    time: row.time,
    requestId: row.request_id,
    team: row.team,
    keyId: row.key_id,
    clientIp: row.client_ip,
    endpoint: row.endpoint,
    modelRequested: row.model_requested,
    modelAnswered: row.model_answered,
    route: row.route,
    reason: row.reason,
    policy: row.policy,
    mode: row.mode,
    status: row.status,
    upstreamStatus: row.upstream_status,
    inspectMs: row.inspect_ms,
    upstreamMs: row.upstream_ms,
    firstTokenMs: row.first_token_ms,
    totalMs: row.total_ms,
    promptTokens: row.prompt_tokens,
    completionTokens: row.completion_tokens,
    error: row.error,
    findings,
    fingerprints,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
  return record;
}

/**
 * Loads full records (with findings and fingerprints) for the given rows in three queries instead of one per
 * row; better-sqlite3 cannot run other statements while an iterator is open, so callers page through rows.
 */
export function attachDetails(db: Db, rows: RecordRow[]): AuditRecord[] {
  if (rows.length === 0) return [];
  const seqs = rows.map((r) => r.seq);
  const placeholders = seqs.map(() => '?').join(',');
  const findings = db
    .prepare<number[], FindingRow>(
      `SELECT * FROM audit_findings WHERE record_seq IN (${placeholders}) ORDER BY record_seq, idx`,
    )
    .all(...seqs);
  const fingerprints = db
    .prepare<number[], FingerprintRow>(
      `SELECT * FROM audit_fingerprints WHERE record_seq IN (${placeholders}) ORDER BY record_seq, idx`,
    )
    .all(...seqs);
  const findingsBySeq = new Map<number, AuditFinding[]>();
  for (const f of findings) {
    const list = findingsBySeq.get(f.record_seq) ?? [];
    list.push({
      label: f.label,
      type: f.type,
      count: f.count,
      detectors: f.detectors === '' ? [] : f.detectors.split(','),
      action: f.action,
    });
    findingsBySeq.set(f.record_seq, list);
  }
  const printsBySeq = new Map<number, AuditRecord['fingerprints']>();
  for (const f of fingerprints) {
    const list = printsBySeq.get(f.record_seq) ?? [];
    list.push({ label: f.label, hmac: f.hmac });
    printsBySeq.set(f.record_seq, list);
  }
  return rows.map((row) => rowToRecord(row, findingsBySeq.get(row.seq) ?? [], printsBySeq.get(row.seq) ?? []));
}

/** The seq and hash the next record links to: the newest record, else the purge anchor, else genesis. */
export function chainHead(db: Db): { seq: number; hash: string } | undefined {
  return chainHeadReader(db)();
}

/** chainHead with its statements prepared once, for the writer that asks before every batch. */
export function chainHeadReader(db: Db): () => { seq: number; hash: string } | undefined {
  const last = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1',
  );
  const anchor = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_anchor WHERE id = 1');
  return () => last.get() ?? anchor.get();
}
