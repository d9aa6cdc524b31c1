import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/log.js';
import { getAuditRecord, queryAudit } from '../../src/audit/query.js';
import { verifyChain } from '../../src/audit/verify.js';
import { openDb } from '../../src/store/db.js';
import { makeEvent } from './events.js';
import { tempDb } from './temp-db.js';

describe('createAuditLog', () => {
  it('queues on record() and writes nothing until flushed', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { flushIntervalMs: 60_000 });
    log.record(makeEvent());
    expect(queryAudit(db).records).toHaveLength(0);
    expect(log.counters().queued).toBe(1);
    await log.flush();
    expect(queryAudit(db).records).toHaveLength(1);
    expect(log.lagMs()).toBe(0);
    await log.close();
  });

  it('writes on its own after the interval and keeps every field', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { flushIntervalMs: 5 });
    const event = makeEvent({
      fingerprints: [{ label: 'EMAIL', hmac: 'a'.repeat(64) }],
      findings: [
        { label: 'EMAIL', type: 'EMAIL', count: 2, detectors: ['b', 'a'], action: 'pseudonymize' },
        { label: 'CREDIT_CARD', type: 'VISA', count: 1, detectors: ['luhn'], action: 'block' },
      ],
    });
    log.record(event);
    await new Promise((r) => setTimeout(r, 50));
    const [stored] = queryAudit(db).records;
    expect(stored).toMatchObject({
      requestId: event.requestId,
      team: 'payments',
      route: 'cloud',
      status: 200,
      totalMs: 123.456,
      promptTokens: 42,
      fingerprints: [{ label: 'EMAIL', hmac: 'a'.repeat(64) }],
    });
    expect(stored?.findings).toEqual([
      { label: 'EMAIL', type: 'EMAIL', count: 2, detectors: ['a', 'b'], action: 'pseudonymize' },
      { label: 'CREDIT_CARD', type: 'VISA', count: 1, detectors: ['luhn'], action: 'block' },
    ]);
    await log.close();
  });

  it('writes full batches without waiting and chains every record', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { batchSize: 10, flushIntervalMs: 60_000 });
    for (let i = 0; i < 25; i++) log.record(makeEvent());
    for (let waited = 0; log.counters().written < 20 && waited < 5_000; waited += 5) {
      await new Promise((r) => setTimeout(r, 5));
    }
    // The 60 s timer never fired: full batches are written at once, one per turn of the event loop; the
    // remaining partial batch waits for the timer or, here, for close().
    expect(log.counters()).toMatchObject({ written: 20, batches: 2 });
    await log.close();
    expect(log.counters()).toMatchObject({ written: 25, batches: 3 });
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 25 });
  });

  it('writes a batch in multi-row groups and a remainder, each record with its own findings', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { batchSize: 100, flushIntervalMs: 60_000 });
    // 19 = two groups of 8 and three single rows.
    for (let i = 0; i < 19; i++) {
      log.record(
        makeEvent({
          status: 200 + i,
          findings: [{ label: 'EMAIL', type: 'EMAIL', count: i + 1, detectors: ['email'], action: 'mask' }],
          fingerprints: [{ label: 'EMAIL', hmac: i.toString(16).padStart(64, '0') }],
        }),
      );
    }
    await log.close();
    const records = queryAudit(db, { order: 'asc', limit: 100 }).records;
    expect(records.map((r) => r.status)).toEqual(Array.from({ length: 19 }, (_, i) => 200 + i));
    expect(records.map((r) => r.findings[0]?.count)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(records.map((r) => r.fingerprints[0]?.hmac)).toEqual(
      Array.from({ length: 19 }, (_, i) => i.toString(16).padStart(64, '0')),
    );
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 19 });
  });

  it('stores every finding of a batch in order, records with 0 to 6 findings each', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { batchSize: 100, flushIntervalMs: 60_000 });
    // 111 finding rows over 37 records: multi-row record groups and single rows both carry findings.
    const labels = ['EMAIL', 'PERSON', 'PHONE', 'IBAN', 'CREDIT_CARD', 'BANK_ACCOUNT'] as const;
    const findingsOf = (i: number) =>
      labels.slice(0, i % 7).map((label, k) => ({
        label,
        type: label,
        count: i * 10 + k,
        detectors: ['b', 'a'],
        action: 'pseudonymize' as const,
      }));
    for (let i = 0; i < 37; i++) log.record(makeEvent({ status: 200 + i, findings: findingsOf(i) }));
    await log.close();
    const records = queryAudit(db, { order: 'asc', limit: 100 }).records;
    expect(records).toHaveLength(37);
    records.forEach((r, i) => {
      expect(r.status).toBe(200 + i);
      expect(r.findings).toEqual(findingsOf(i).map((f) => ({ ...f, detectors: ['a', 'b'] })));
    });
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: 37 });
  });

  it('continues the chain after the database is reopened', async () => {
    const { db, path } = tempDb();
    const first = createAuditLog(db);
    first.record(makeEvent());
    first.record(makeEvent());
    await first.close();
    db.close();
    const again = openDb(path);
    const second = createAuditLog(again);
    second.record(makeEvent());
    await second.close();
    const result = verifyChain(again);
    expect(result).toMatchObject({ ok: true, verified: 3, head: { seq: 3 } });
    again.close();
  });

  it('stores odd events safely instead of crashing', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db);
    const odd = makeEvent({
      time: 'not a time',
      route: 'sideways' as never,
      status: Number.NaN,
      timings: { inspectMs: Number.POSITIVE_INFINITY, upstreamMs: null, firstTokenMs: null, totalMs: -3 },
      findings: [
        null as never,
        { label: 'NOPE' as never, type: 'x', count: 1.7, detectors: [''], action: 'zap' as never },
      ],
      fingerprints: [{ label: 'EMAIL', hmac: 'alice@example.com' }],
      modelRequested: 'card 4111 1111 1111 1111 to alice@example.com',
    });
    log.record(odd);
    await log.close();
    const [stored] = queryAudit(db).records;
    expect(stored).toMatchObject({ route: 'error', status: 0, inspectMs: 0, totalMs: 0, fingerprints: [] });
    expect(stored?.findings).toEqual([{ label: 'UNKNOWN', type: 'x', count: 1, detectors: [], action: 'unknown' }]);
    expect(stored?.modelRequested).toBe('card [number] to [email]');
    expect(verifyChain(db).ok).toBe(true);
  });

  it('turns a null or malformed event into a record instead of poisoning the batch', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db);
    log.record(null as never);
    log.record({ timings: 5, usage: 'x', findings: 'no' } as never);
    log.record(makeEvent({ requestId: 'fine' }));
    await log.close();
    const records = queryAudit(db, { order: 'asc' }).records;
    expect(records.map((r) => [r.requestId, r.route])).toEqual([
      ['unknown', 'error'],
      ['unknown', 'error'],
      ['fine', 'cloud'],
    ]);
    expect(verifyChain(db).ok).toBe(true);
  });

  it('reports a failing database through failure() and keeps the events until it can write', async () => {
    const { db } = tempDb();
    const errors: Error[] = [];
    const log = createAuditLog(db, { flushIntervalMs: 60_000, onError: (e) => errors.push(e) });
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON audit_records BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    log.record(makeEvent());
    await expect(log.flush()).rejects.toThrow(/cannot be written/);
    expect(log.failure()).toMatch(/disk says no/);
    expect(errors).toHaveLength(1);
    expect(log.counters().written).toBe(0);
    db.exec('DROP TRIGGER refuse');
    await log.flush();
    expect(log.failure()).toBeUndefined();
    expect(queryAudit(db).records).toHaveLength(1);
    await log.close();
  });

  it('writes a record that arrives after close()', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db);
    await log.close();
    log.record(makeEvent());
    expect(queryAudit(db).records).toHaveLength(1);
  });

  it('reads one record by seq', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db);
    log.record(makeEvent({ requestId: 'one' }));
    await log.close();
    expect(getAuditRecord(db, 1)?.requestId).toBe('one');
    expect(getAuditRecord(db, 99)).toBeUndefined();
  });

  it('reports the age of the oldest waiting event, and drops the oldest events first when the queue overflows', async () => {
    const { db } = tempDb();
    const log = createAuditLog(db, { flushIntervalMs: 60_000, batchSize: 2, maxQueue: 3 });
    // batchSize 2 would write at once: a failing write keeps everything queued instead.
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON audit_records BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const ids = ['a', 'b', 'c', 'd', 'e'].map((s) => `req-${s}`);
    log.record(makeEvent({ requestId: ids[0] }));
    await new Promise((r) => setTimeout(r, 40));
    const firstAge = log.lagMs();
    expect(firstAge).toBeGreaterThanOrEqual(30);
    for (const requestId of ids.slice(1)) log.record(makeEvent({ requestId }));
    // Five queued into three places: the two oldest went, and the age is now the third one's.
    expect(log.counters().dropped).toBe(2);
    expect(log.lagMs()).toBeLessThan(firstAge);
    db.exec('DROP TRIGGER refuse');
    await log.flush();
    expect(log.lagMs()).toBe(0);
    expect(
      queryAudit(db)
        .records.map((r) => r.requestId)
        .sort(),
    ).toEqual(ids.slice(2));
    await log.close();
  });
});
