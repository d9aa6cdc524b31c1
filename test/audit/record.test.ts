import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { canonical, toContent } from '../../src/audit/record.js';
import { safeText } from '../../src/audit/safe-text.js';
import { makeEvent } from './events.js';

describe('audit record content', () => {
  it('keeps gateway request ids (UUIDs) intact although their digit groups look like a long number', () => {
    const requestId = '55441728-8315-4b21-9d1c-60a1e6736426';
    expect(toContent(makeEvent({ requestId }), 1).requestId).toBe(requestId);
  });

  it('still scrubs a client-chosen id that carries a card number', () => {
    const content = toContent(makeEvent({ requestId: 'x 4111 1111 1111 1111' }), 1);
    expect(content.requestId).not.toContain('4111');
  });
  it('sanitises repeated and alternating field values exactly as a fresh record would', () => {
    const dirty = 'mail jo.doe@example.org or call 0044 20 7946 0958 12';
    const long = `team-${'x'.repeat(200)}`;
    const sequence: Partial<AuditEvent>[] = [
      { team: 'payments', modelRequested: 'gpt-4o-mini', reason: 'no blocking findings' },
      { team: 'payments', modelRequested: dirty, reason: dirty },
      { team: dirty, modelRequested: 'gpt-4o-mini', reason: 'no blocking findings' },
      { team: long, modelRequested: dirty, reason: long, clientIp: dirty },
      { team: null, modelRequested: null, clientIp: null, policy: dirty },
      { team: 'payments', modelRequested: dirty, reason: dirty, policy: 'payments' },
    ];
    for (const overrides of [...sequence, ...sequence.slice().reverse()]) {
      const c = toContent(makeEvent(overrides), 1);
      const event = makeEvent(overrides);
      const expected = (v: string | null, max = 120) => (v === null ? null : safeText(v, max));
      expect(c.team).toBe(expected(event.team));
      expect(c.modelRequested).toBe(expected(event.modelRequested));
      expect(c.clientIp).toBe(expected(event.clientIp, 64));
      expect(c.policy).toBe(expected(event.policy));
      expect(c.reason).toBe(safeText(event.reason));
      expect(`${c.team} ${c.modelRequested} ${c.reason} ${c.policy}`).not.toMatch(/jo\.doe|7946/);
    }
  });

  it('writes an event without findings or fingerprints as empty lists, whatever shape the lists came in', () => {
    // The layout every record's hash covers, spelled out: an empty findings and fingerprints list is [].
    const reference = (e: AuditEvent, seq: number) => {
      const c = toContent(e, seq);
      return JSON.stringify([
        'v1',
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
        [],
        [],
      ]);
    };
    const shapes: Partial<AuditEvent>[] = [
      { findings: [], fingerprints: undefined },
      { findings: [], fingerprints: [] },
      { findings: undefined as unknown as AuditEvent['findings'] },
      {
        findings: 'none' as unknown as AuditEvent['findings'],
        fingerprints: {} as unknown as AuditEvent['fingerprints'],
      },
      { findings: [null] as unknown as AuditEvent['findings'], fingerprints: [{ label: 'EMAIL', hmac: 'not hex' }] },
    ];
    for (const [i, overrides] of shapes.entries()) {
      const event = makeEvent(overrides);
      const c = toContent(event, i + 1);
      expect(c.findings).toEqual([]);
      expect(c.fingerprints).toEqual([]);
      // A fresh list per record: nothing one record's content holds is shared with another's.
      expect(c.findings).not.toBe(toContent(event, i + 1).findings);
      expect(canonical(c)).toBe(reference(event, i + 1));
    }
  });

  it('still writes every finding and fingerprint of an event that has them', () => {
    const hmac = 'b'.repeat(64);
    const c = toContent(
      makeEvent({
        findings: [{ label: 'EMAIL', type: 'EMAIL', count: 1, detectors: ['z', 'a'], action: 'mask' }],
        fingerprints: [{ label: 'EMAIL', hmac }],
      }),
      7,
    );
    expect(canonical(c)).toContain(`[["EMAIL","EMAIL",1,"a,z","mask"]],[["EMAIL","${hmac}"]]]`);
  });
});
