import type { AuditEvent } from '../../src/audit/event.js';

let counter = 0;

/** A plausible finished request; overrides change only what a test is about. */
export function makeEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  counter += 1;
  return {
    time: new Date().toISOString(),
    requestId: `req-${counter}`,
    team: 'payments',
    keyId: 'abc123def456',
    clientIp: '127.0.0.1',
    endpoint: '/v1/chat/completions',
    modelRequested: 'gpt-4o-mini',
    modelAnswered: 'gpt-4o-mini-2024-07-18',
    route: 'cloud',
    reason: 'no blocking findings',
    policy: 'payments',
    mode: 'enforce',
    findings: [{ label: 'EMAIL', type: 'EMAIL', count: 2, detectors: ['email-regex'], action: 'pseudonymize' }],
    status: 200,
    upstreamStatus: 200,
    timings: { inspectMs: 1.25, upstreamMs: 120.5, firstTokenMs: 80.125, totalMs: 123.456 },
    usage: { promptTokens: 42, completionTokens: 7 },
    error: null,
    ...overrides,
  };
}
