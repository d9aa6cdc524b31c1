import { describe, expect, it } from 'vitest';
import { csvLine, findingsSummary } from '../../src/audit/export.js';
import { fingerprint, lookupForms, lookupValue } from '../../src/audit/fingerprint.js';
import { parseFilters, queryAudit } from '../../src/audit/query.js';
import { auditOverview } from '../../src/audit/stats.js';
import { tempDb, writeEvents } from './temp-db.js';

const HOUR = 3_600_000;
const now = Date.now();
const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
const card = { label: 'CREDIT_CARD' as const, type: 'VISA', count: 1, detectors: ['luhn'], action: 'block' as const };

async function sample() {
  const { db } = tempDb();
  await writeEvents(db, [
    { requestId: 'a', team: 'claims', route: 'cloud', status: 200, time: at(5), timings: t(100) },
    { requestId: 'b', team: 'claims', route: 'blocked', status: 403, time: at(4), findings: [card], timings: t(5) },
    { requestId: 'c', team: 'ops', route: 'local', status: 200, time: at(3), findings: [], timings: t(300) },
    { requestId: 'd', team: 'ops', route: 'cloud', status: 502, time: at(2), timings: t(50) },
    { requestId: 'e', team: 'claims', route: 'cloud', status: 200, time: at(1), timings: t(120) },
  ]);
  return db;
}

function t(totalMs: number) {
  return { inspectMs: 1, upstreamMs: null, firstTokenMs: null, totalMs };
}

describe('queryAudit', () => {
  it('filters by team, route, label, status and time', async () => {
    const db = await sample();
    const ids = (f: Parameters<typeof queryAudit>[1]) => queryAudit(db, f).records.map((r) => r.requestId);
    expect(ids({ team: 'claims' })).toEqual(['e', 'b', 'a']);
    expect(ids({ route: 'blocked' })).toEqual(['b']);
    expect(ids({ label: 'CREDIT_CARD' })).toEqual(['b']);
    expect(ids({ label: 'EMAIL' })).toEqual(['e', 'd', 'a']);
    expect(ids({ status: '5xx' })).toEqual(['d']);
    expect(ids({ status: '200' })).toEqual(['e', 'c', 'a']);
    expect(ids({ status: 'nonsense' })).toEqual([]);
    expect(ids({ from: at(3.5), to: at(1.5) })).toEqual(['d', 'c']);
  });

  it('pages with a cursor in both orders', async () => {
    const db = await sample();
    const first = queryAudit(db, { limit: 2 });
    expect(first.records.map((r) => r.requestId)).toEqual(['e', 'd']);
    const second = queryAudit(db, { limit: 2, cursor: first.nextCursor });
    expect(second.records.map((r) => r.requestId)).toEqual(['c', 'b']);
    const third = queryAudit(db, { limit: 2, cursor: second.nextCursor });
    expect(third.records.map((r) => r.requestId)).toEqual(['a']);
    expect(third.nextCursor).toBeUndefined();
    const asc = queryAudit(db, { limit: 3, order: 'asc' });
    expect(asc.records.map((r) => r.requestId)).toEqual(['a', 'b', 'c']);
    expect(queryAudit(db, { order: 'asc', cursor: asc.nextCursor }).records.map((r) => r.requestId)).toEqual([
      'd',
      'e',
    ]);
  });

  it('finds a record by request id whatever the id says about time, through the request id index', async () => {
    const { db } = tempDb();
    // A UUIDv7 id's time part is no bound on its record's time: ids never go backwards when the wall clock does
    // (an hour's step back below), the record's time is taken once the body is read, records written before
    // ids were v7 hold v4 ids, and a malformed id is stored as 'unknown'. Hence the index, not a time window.
    const hourAhead = (now + HOUR).toString(16).padStart(12, '0');
    const v7 = `${hourAhead.slice(0, 8)}-${hourAhead.slice(8)}-7abc-9def-0123456789ab`;
    const v4 = '3b1f8c2e-5d4a-4f6b-9c8d-7e6f5a4b3c2d';
    await writeEvents(db, [
      { requestId: v7, time: at(0) },
      { requestId: v4, time: at(30 * 24) },
      { requestId: null as unknown as string, time: at(2) },
    ]);
    const ids = (requestId: string) => queryAudit(db, { requestId }).records.map((r) => r.requestId);
    expect([ids(v7), ids(v4), ids('unknown')]).toEqual([[v7], [v4], ['unknown']]);
    const plan = db
      .prepare<[string], { detail: string }>(
        'EXPLAIN QUERY PLAN SELECT * FROM audit_records r WHERE r.request_id = ? ORDER BY r.seq DESC LIMIT 51',
      )
      .all(v7);
    expect(plan.map((p) => p.detail).join(' ')).toContain('INDEX audit_records_request');
  });

  it('parses filters from query strings and reports bad ones without echoing them', () => {
    const { filters, errors } = parseFilters({ from: '24h', team: 'claims', limit: '10', cursor: '42', to: 'soon' });
    expect(filters.team).toBe('claims');
    expect(filters.limit).toBe(10);
    expect(filters.cursor).toBe('42');
    expect(Date.parse(filters.from ?? '')).toBeGreaterThan(Date.now() - 25 * HOUR);
    expect(errors).toEqual(['to: expected an ISO time or a duration such as 24h or 7d']);
    expect(parseFilters({ limit: '5000', cursor: 'abc' }).errors).toHaveLength(2);
  });
});

describe('auditOverview', () => {
  it('counts routes, labels, teams and latency percentiles in the range', async () => {
    const db = await sample();
    const o = auditOverview(db, { from: at(24), to: at(0) });
    expect(o.total).toBe(5);
    expect(o.byRoute).toEqual({ cloud: 3, blocked: 1, local: 1 });
    expect(o.errors).toBe(2);
    expect(o.findingsByLabel).toEqual([
      { label: 'EMAIL', findings: 6, requests: 3 },
      { label: 'CREDIT_CARD', findings: 1, requests: 1 },
    ]);
    expect(o.topTeams[0]).toEqual({ team: 'claims', requests: 3, blocked: 1, local: 0 });
    expect(o.latency.totalMs).toEqual({ p50: 100, p95: 300, p99: 300 });
    expect(o.series.reduce((n, b) => n + Object.values(b.counts).reduce((a, c) => a + c, 0), 0)).toBe(5);
    expect(auditOverview(db, { from: at(24), to: at(0), team: 'ops' }).total).toBe(2);
  });
});

describe('fingerprints and export', () => {
  it('finds a value by the forms it may have been stored in', async () => {
    const { db } = tempDb();
    const key = Buffer.from('k'.repeat(32));
    await writeEvents(db, [
      { requestId: 'mail', fingerprints: [{ label: 'EMAIL', hmac: fingerprint(key, 'ana.garcia@example.com') }] },
      { requestId: 'iban', fingerprints: [{ label: 'IBAN', hmac: fingerprint(key, 'ES9121000418450200051332') }] },
    ]);
    expect(lookupValue(db, key, 'Ana.Garcia@Example.com').map((h) => h.requestId)).toEqual(['mail']);
    expect(lookupValue(db, key, 'es91 2100 0418 4502 0005 1332').map((h) => h.requestId)).toEqual(['iban']);
    expect(lookupValue(db, 'other-key', 'ana.garcia@example.com')).toEqual([]);
    expect(lookupForms('+34 600-123-456')).toContain('+34600123456');
    expect(fingerprint(key, ' x ')).toBe(fingerprint(key, 'x'));
  });

  it('renders findings in one cell and defuses spreadsheet formulas', async () => {
    const { db } = tempDb();
    await writeEvents(db, [{ requestId: '=HYPERLINK("x")', findings: [card] }]);
    const [record] = queryAudit(db).records;
    expect(findingsSummary(record!)).toBe('CREDIT_CARD/VISA x1 [luhn] block');
    expect(csvLine(record!)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
