import type { AuditEvent } from '../audit/event.js';
import { fingerprint } from '../audit/fingerprint.js';
import type { Plan } from '../policy/plan.js';
import type { Segment } from './segments.js';

/**
 * The audit record of one request, filled in as the request moves through the stages. It is built from
 * labels, counts and timings only: nothing here ever holds a value from the request or the answer.
 */
export class AuditDraft {
  readonly event: AuditEvent;

  constructor(init: { requestId: string; time: string; endpoint: string; clientIp: string | null }) {
    this.event = {
      time: init.time,
      requestId: init.requestId,
      team: null,
      keyId: null,
      clientIp: init.clientIp,
      endpoint: init.endpoint,
      modelRequested: null,
      modelAnswered: null,
      route: 'error',
      reason: '',
      policy: null,
      mode: null,
      findings: [],
      status: 0,
      upstreamStatus: null,
      timings: { inspectMs: 0, upstreamMs: null, firstTokenMs: null, totalMs: 0 },
      usage: null,
      error: null,
    };
  }

  plan(plan: Plan): void {
    this.event.route = plan.route;
    this.event.reason = plan.reason;
    this.event.policy = plan.policy;
    this.event.mode = plan.mode;
    const images: AuditEvent['findings'] = plan.images
      ? [{ label: 'IMAGE', type: 'IMAGE', count: plan.images.count, detectors: ['parser'], action: plan.images.action }]
      : [];
    // Most requests hold nothing sensitive: the draft keeps its empty list.
    if (plan.items.length === 0) {
      if (images.length > 0) this.event.findings = images;
      return;
    }
    const groups = new Map<string, AuditEvent['findings'][number]>();
    for (const { finding, action } of plan.items) {
      const key = `${finding.label}\u0000${finding.type}\u0000${action}`;
      let g = groups.get(key);
      if (!g) {
        g = { label: finding.label, type: finding.type, count: 0, detectors: [], action };
        groups.set(key, g);
      }
      g.count++;
      if (!g.detectors.includes(finding.detector)) g.detectors.push(finding.detector);
    }
    this.event.findings = [...groups.values(), ...images];
  }

  /**
   * Keyed fingerprints of the found values (VEIL_FINGERPRINT_KEY), so an investigator can later ask whether a
   * given value was sent; the canonical form is used so differently written copies match.
   */
  fingerprints(plan: Plan, segments: readonly Segment[], key: string): void {
    const seen = new Set<string>();
    const out: NonNullable<AuditEvent['fingerprints']> = [];
    for (const { finding } of plan.items) {
      const text = segments[finding.segment]?.text;
      if (text === undefined) continue;
      const hmac = fingerprint(key, finding.normalized ?? text.slice(finding.start, finding.end));
      if (seen.has(hmac)) continue;
      seen.add(hmac);
      out.push({ label: finding.label, hmac });
    }
    if (out.length > 0) this.event.fingerprints = out;
  }
}
