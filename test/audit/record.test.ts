import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/audit/event.js';
import { toContent } from '../../src/audit/record.js';
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
});
