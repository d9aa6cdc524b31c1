import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { createAuditLog } from '../../src/audit/log.js';
import { queryAudit } from '../../src/audit/query.js';
import { verifyChain } from '../../src/audit/verify.js';
import { LABELS } from '../../src/detect/types.js';
import { ACTIONS } from '../../src/policy/plan.js';
import { openDb } from '../../src/store/db.js';
import { makeEvent } from './events.js';

/** Record i carries i % 5 findings and i % 3 fingerprints, so the batch's detail rows span several statements. */
function event(i: number): AuditEvent {
  return makeEvent({
    requestId: `batch-${i}`,
    findings: Array.from({ length: i % 5 }, (_, k) => ({
      label: LABELS[(i + k) % LABELS.length] as (typeof LABELS)[number],
      type: `type-${k}`,
      count: i + k,
      detectors: [`det-${k}`, 'shared'],
      action: ACTIONS[(i + k) % ACTIONS.length] as (typeof ACTIONS)[number],
    })),
    fingerprints: Array.from({ length: i % 3 }, (_, k) => ({
      label: 'EMAIL' as const,
      hmac: (i * 7 + k).toString(16).padStart(64, 'a'),
    })),
  });
}

describe('audit writer: detail rows of a batch', () => {
  for (const batchSize of [1, 7, 150, 500]) {
    it(`stores every finding and fingerprint of its record in order (batches of ${batchSize})`, async () => {
      const db = openDb(':memory:');
      const log = createAuditLog(db, { batchSize, flushIntervalMs: 60_000 });
      const n = 301;
      for (let i = 0; i < n; i++) log.record(event(i));
      await log.close();
      expect(verifyChain(db)).toMatchObject({ ok: true, verified: n });
      const stored = queryAudit(db, { order: 'asc', limit: 1000 }).records;
      expect(stored).toHaveLength(n);
      for (const [i, record] of stored.entries()) {
        const sent = event(i);
        expect(record.requestId).toBe(`batch-${i}`);
        expect(record.findings.map((f) => [f.label, f.type, f.count, f.action, f.detectors])).toEqual(
          sent.findings.map((f) => [f.label, f.type, f.count, f.action, [...f.detectors].sort()]),
        );
        expect(record.fingerprints).toEqual(sent.fingerprints);
      }
      const rows = db.prepare('SELECT COUNT(*) AS n FROM audit_findings').get() as { n: number };
      expect(rows.n).toBe(Array.from({ length: n }, (_, i) => i % 5).reduce((a, b) => a + b, 0));
      db.close();
    });
  }
});
