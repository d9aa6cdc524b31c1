import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { createAuditLog } from '../../src/audit/log.js';
import { verifyChain } from '../../src/audit/verify.js';
import { LABELS } from '../../src/detect/types.js';
import { ACTIONS } from '../../src/policy/plan.js';
import { openDb } from '../../src/store/db.js';

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constant(null));
const ms = fc.oneof(fc.double({ noNaN: false }), fc.constant(null));
const event: fc.Arbitrary<AuditEvent> = fc.record({
  time: fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string(),
  ),
  requestId: fc.string({ maxLength: 40 }),
  team: text,
  keyId: text,
  clientIp: text,
  endpoint: fc.string({ maxLength: 30 }),
  modelRequested: text,
  modelAnswered: text,
  route: fc.constantFrom('cloud', 'local', 'blocked', 'error'),
  reason: fc.string({ maxLength: 80 }),
  policy: text,
  mode: fc.constantFrom('enforce', 'monitor', null),
  findings: fc.array(
    fc.record({
      label: fc.constantFrom(...LABELS),
      type: fc.string({ maxLength: 20 }),
      count: fc.integer({ min: -5, max: 1e6 }),
      detectors: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      action: fc.constantFrom(...ACTIONS),
    }),
    { maxLength: 4 },
  ),
  status: fc.integer({ min: 0, max: 599 }),
  upstreamStatus: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constant(null)),
  timings: fc.record({ inspectMs: fc.double(), upstreamMs: ms, firstTokenMs: ms, totalMs: fc.double() }),
  usage: fc.oneof(fc.record({ promptTokens: fc.nat(), completionTokens: fc.nat() }), fc.constant(null)),
  error: text,
}) as fc.Arbitrary<AuditEvent>;

const COLUMNS = ['team', 'reason', 'status', 'total_ms', 'route', 'time', 'request_id', 'prompt_tokens'] as const;

describe('hash chain (property)', () => {
  it('verifies whatever events are written, and any edited column breaks it at that record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom(...COLUMNS),
        async (events, pick, column) => {
          const db = openDb(':memory:');
          const log = createAuditLog(db);
          for (const e of events) log.record(e);
          await log.close();
          expect(verifyChain(db)).toMatchObject({ ok: true, verified: events.length });
          const seq = (pick % events.length) + 1;
          // A value no sanitised record can hold, so the edit always changes the row.
          const forged =
            column === 'status' || column === 'prompt_tokens' || column === 'total_ms' ? -7 : 'forged\u0001';
          db.prepare(`UPDATE audit_records SET ${column} = ? WHERE seq = ?`).run(forged, seq);
          expect(verifyChain(db).firstBreak?.seq).toBe(seq);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
