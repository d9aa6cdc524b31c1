import type { Db } from '../store/db.js';
import type { AuditRecord } from './record.js';
import { attachDetails, type RecordRow } from './store.js';

export interface AuditFilters {
  /** ISO time, inclusive. */
  from?: string;
  /** ISO time, exclusive. */
  to?: string;
  team?: string;
  route?: string;
  /** Only requests with at least one finding of this label. */
  label?: string;
  /** An exact status (403) or a class ("4xx"). */
  status?: string;
  requestId?: string;
  keyId?: string;
  /** Page size, 1..1000 (default 50). */
  limit?: number;
  /** Opaque value from a previous page's nextCursor. */
  cursor?: string;
  /** Newest first (default) or oldest first (exports). */
  order?: 'asc' | 'desc';
}

export interface AuditPage {
  records: AuditRecord[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}

interface Where {
  sql: string;
  params: (string | number)[];
}

/** SQL conditions for the filters; shared by the page query and the overview statistics. */
export function whereClause(filters: AuditFilters, alias = 'r'): Where {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filters.from) add(`${alias}.time >= ?`, filters.from);
  if (filters.to) add(`${alias}.time < ?`, filters.to);
  if (filters.team) add(`${alias}.team = ?`, filters.team);
  if (filters.route) add(`${alias}.route = ?`, filters.route);
  if (filters.requestId) add(`${alias}.request_id = ?`, filters.requestId);
  if (filters.keyId) add(`${alias}.key_id = ?`, filters.keyId);
  if (filters.label) {
    add(`EXISTS (SELECT 1 FROM audit_findings f WHERE f.record_seq = ${alias}.seq AND f.label = ?)`, filters.label);
  }
  const status = filters.status?.trim().toLowerCase();
  if (status) {
    const cls = /^([1-5])xx$/.exec(status);
    if (cls) add(`${alias}.status BETWEEN ? AND ?`, Number(cls[1]) * 100, Number(cls[1]) * 100 + 99);
    else if (/^\d{3}$/.test(status)) add(`${alias}.status = ?`, Number(status));
    else add('0 = 1');
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1 = 1', params };
}

function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor || !/^\d{1,15}$/.test(cursor)) return undefined;
  return Number(cursor);
}

export function queryAudit(db: Db, filters: AuditFilters = {}): AuditPage {
  const limit = Math.min(1000, Math.max(1, Math.trunc(filters.limit ?? 50) || 50));
  const order = filters.order === 'asc' ? 'ASC' : 'DESC';
  const where = whereClause(filters);
  const after = decodeCursor(filters.cursor);
  if (after !== undefined) {
    where.sql += order === 'ASC' ? ' AND r.seq > ?' : ' AND r.seq < ?';
    where.params.push(after);
  }
  const rows = db
    .prepare<(string | number)[], RecordRow>(
      `SELECT r.* FROM audit_records r WHERE ${where.sql} ORDER BY r.seq ${order} LIMIT ?`,
    )
    .all(...where.params, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    records: attachDetails(db, page),
    nextCursor: rows.length > limit && last ? String(last.seq) : undefined,
  };
}

export function getAuditRecord(db: Db, seq: number): AuditRecord | undefined {
  const row = db.prepare<[number], RecordRow>('SELECT * FROM audit_records WHERE seq = ?').get(seq);
  return row ? attachDetails(db, [row])[0] : undefined;
}

/** "24h", "7d", "30m" before now, or an ISO date/time; undefined when it is neither. */
export function parseTime(value: string, now = Date.now()): string | undefined {
  const relative = /^(\d{1,6})([mhd])$/.exec(value.trim());
  if (relative) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[relative[2] as 'm' | 'h' | 'd'];
    return new Date(now - Number(relative[1]) * unit).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const TEXT_FILTERS = ['team', 'route', 'label', 'status', 'requestId', 'keyId'] as const;

/**
 * Filters from query-string style input (admin API, dashboard form, CLI). Returns the problems instead of
 * throwing so callers can answer 400 with them; values are never echoed back.
 */
export function parseFilters(input: Record<string, string | undefined>): { filters: AuditFilters; errors: string[] } {
  const filters: AuditFilters = {};
  const errors: string[] = [];
  for (const name of ['from', 'to'] as const) {
    const raw = input[name]?.trim();
    if (!raw) continue;
    const time = parseTime(raw);
    if (time) filters[name] = time;
    else errors.push(`${name}: expected an ISO time or a duration such as 24h or 7d`);
  }
  for (const name of TEXT_FILTERS) {
    const raw = input[name]?.trim();
    if (!raw) continue;
    if (raw.length > 200) errors.push(`${name}: too long`);
    else filters[name] = raw;
  }
  if (input.limit?.trim()) {
    const limit = Number(input.limit);
    if (Number.isInteger(limit) && limit >= 1 && limit <= 1000) filters.limit = limit;
    else errors.push('limit: expected a whole number from 1 to 1000');
  }
  if (input.cursor?.trim()) {
    if (decodeCursor(input.cursor.trim()) === undefined) errors.push('cursor: not a cursor from a previous page');
    else filters.cursor = input.cursor.trim();
  }
  if (input.order === 'asc' || input.order === 'desc') filters.order = input.order;
  return { filters, errors };
}
