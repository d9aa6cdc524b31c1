import type { Db } from '../store/db.js';
import { type AuditFilters, whereClause } from './query.js';

export interface AuditOverview {
  from: string;
  to: string;
  total: number;
  byRoute: Record<string, number>;
  /** Requests per time bucket and route, oldest bucket first. */
  series: { bucketStart: string; counts: Record<string, number> }[];
  bucketMs: number;
  findingsByLabel: { label: string; findings: number; requests: number }[];
  topTeams: { team: string; requests: number; blocked: number; local: number }[];
  latency: { totalMs: Percentiles; inspectMs: Percentiles };
  errors: number;
}

export interface Percentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

const BUCKETS_WANTED = 48;
const NICE_BUCKETS = [60_000, 300_000, 900_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 86_400_000];

function percentiles(db: Db, column: 'total_ms' | 'inspect_ms', where: { sql: string; params: (string | number)[] }) {
  const n = db
    .prepare<(string | number)[], { n: number }>(`SELECT COUNT(*) AS n FROM audit_records r WHERE ${where.sql}`)
    .get(...where.params)?.n;
  const at = (p: number): number | null => {
    if (!n) return null;
    const row = db
      .prepare<(string | number)[], { v: number }>(
        `SELECT r.${column} AS v FROM audit_records r WHERE ${where.sql} ORDER BY r.${column} LIMIT 1 OFFSET ?`,
      )
      .get(...where.params, Math.min(n - 1, Math.floor(p * n)));
    return row?.v ?? null;
  };
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Everything the dashboard's overview shows, for records in [from, to) and the other filters given. */
export function auditOverview(db: Db, range: { from: string; to: string } & AuditFilters): AuditOverview {
  const where = whereClause(range);
  const span = Math.max(60_000, Date.parse(range.to) - Date.parse(range.from));
  const bucketMs = NICE_BUCKETS.find((b) => span / b <= BUCKETS_WANTED) ?? 86_400_000;
  const fromMs = Date.parse(range.from);
  const routes = db
    .prepare<(string | number)[], { route: string; n: number; errors: number }>(
      `SELECT r.route, COUNT(*) AS n, SUM(r.status >= 400) AS errors FROM audit_records r WHERE ${where.sql}
       GROUP BY r.route`,
    )
    .all(...where.params);
  const byRoute: Record<string, number> = {};
  let total = 0;
  let errors = 0;
  for (const r of routes) {
    byRoute[r.route] = r.n;
    total += r.n;
    errors += r.errors;
  }
  const buckets = db
    .prepare<(string | number)[], { bucket: number; route: string; n: number }>(
      `SELECT CAST(((unixepoch(r.time, 'subsec') * 1000) - ?) / ? AS INTEGER) AS bucket, r.route, COUNT(*) AS n
       FROM audit_records r WHERE ${where.sql} GROUP BY bucket, r.route ORDER BY bucket`,
    )
    .all(fromMs, bucketMs, ...where.params);
  const bucketCount = Math.ceil(span / bucketMs);
  const series = Array.from({ length: bucketCount }, (_, i) => ({
    bucketStart: new Date(fromMs + i * bucketMs).toISOString(),
    counts: {} as Record<string, number>,
  }));
  for (const b of buckets) {
    const slot = series[Math.min(bucketCount - 1, Math.max(0, b.bucket))];
    if (slot) slot.counts[b.route] = (slot.counts[b.route] ?? 0) + b.n;
  }
  const findingsByLabel = db
    .prepare<(string | number)[], { label: string; findings: number; requests: number }>(
      `SELECT f.label, SUM(f.count) AS findings, COUNT(DISTINCT f.record_seq) AS requests
       FROM audit_findings f JOIN audit_records r ON r.seq = f.record_seq WHERE ${where.sql}
       GROUP BY f.label ORDER BY findings DESC`,
    )
    .all(...where.params);
  const topTeams = db
    .prepare<(string | number)[], { team: string; requests: number; blocked: number; local: number }>(
      `SELECT COALESCE(r.team, '(none)') AS team, COUNT(*) AS requests, SUM(r.route = 'blocked') AS blocked,
         SUM(r.route = 'local') AS local
       FROM audit_records r WHERE ${where.sql} GROUP BY r.team ORDER BY requests DESC LIMIT 10`,
    )
    .all(...where.params);
  return {
    from: range.from,
    to: range.to,
    total,
    byRoute,
    series,
    bucketMs,
    findingsByLabel,
    topTeams,
    latency: { totalMs: percentiles(db, 'total_ms', where), inspectMs: percentiles(db, 'inspect_ms', where) },
    errors,
  };
}
