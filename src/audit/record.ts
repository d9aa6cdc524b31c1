import * as crypto from 'node:crypto';
import { isLabel } from '../detect/types.js';
import { ACTIONS } from '../policy/plan.js';
import type { AuditEvent } from './event.js';
import { safeInt, safeMs, safeOptionalText, safeText } from './safe-text.js';

export interface AuditFinding {
  label: string;
  type: string;
  count: number;
  detectors: string[];
  action: string;
}

/** One audit record exactly as stored and hashed: every field already sanitised. */
export interface AuditRecordContent {
  seq: number;
  time: string;
  requestId: string;
  team: string | null;
  keyId: string | null;
  clientIp: string | null;
  endpoint: string;
  modelRequested: string | null;
  modelAnswered: string | null;
  route: string;
  reason: string;
  policy: string | null;
  mode: string | null;
  status: number;
  upstreamStatus: number | null;
  inspectMs: number;
  upstreamMs: number | null;
  firstTokenMs: number | null;
  totalMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
  error: string | null;
  findings: AuditFinding[];
  fingerprints: { label: string; hmac: string }[];
}

export interface AuditRecord extends AuditRecordContent {
  prevHash: string;
  hash: string;
}

/** prev_hash of the very first record of a chain that has never been purged. */
export const GENESIS_HASH = '0'.repeat(64);

const ROUTES = new Set(['cloud', 'local', 'blocked', 'error']);
const MODES = new Set(['enforce', 'monitor']);
const HMAC_HEX = /^[0-9a-f]{64}$/;

/**
 * ISO times that round-trip through Date unchanged (days past the 28th are left to Date, which rolls 02-30 over
 * to March): the gateway's own `toISOString()` output, kept as it is instead of parsed and printed again (1 µs).
 */
const CANONICAL_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function isoTime(value: unknown): string {
  if (typeof value === 'string' && CANONICAL_ISO.test(value)) return value;
  const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

/** Gateway-made request ids; their digit groups would otherwise look like a long number to safeText. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function id(value: unknown, max = 120): string | null {
  return safeOptionalText(value, max);
}

/**
 * safeText of a field that repeats from record to record (team, key id, client address, endpoint, models,
 * policy, reason): the last input and its result are kept per field, so a repeat costs one string comparison
 * instead of a scan. safeText is a pure function of the text and the cap, so the result is the same.
 */
class LastText {
  private input: string | undefined;
  private output = '';

  constructor(private readonly max: number) {}

  text(value: string): string {
    if (value !== this.input) {
      this.output = safeText(value, this.max);
      this.input = value;
    }
    return this.output;
  }

  /** safeOptionalText through the same memory. */
  optional(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    return this.text(typeof value === 'string' ? value : String(value));
  }
}

const last = {
  team: new LastText(120),
  keyId: new LastText(120),
  clientIp: new LastText(64),
  endpoint: new LastText(120),
  modelRequested: new LastText(120),
  modelAnswered: new LastText(120),
  reason: new LastText(300),
  policy: new LastText(120),
};

/**
 * An array with at least one element. Most requests find nothing and carry no fingerprints: their empty lists
 * skip the filter and map below (two arrays each, per record, for nothing).
 */
function hasItems<T>(value: T[] | undefined): value is T[] {
  return Array.isArray(value) && value.length > 0;
}

/**
 * Turns a pipeline event into storable content. Tolerates malformed events (a bug upstream must not lose the
 * record or crash the writer): unknown routes become "error", odd numbers become null, fingerprints that are
 * not 64 hex digits are dropped because they could be a raw value passed by mistake.
 */
export function toContent(input: AuditEvent, seq: number): AuditRecordContent {
  // A null or non-object event (a bug in the caller) still becomes a record, never a failed batch.
  const event = (input !== null && typeof input === 'object' ? input : {}) as Partial<AuditEvent>;
  const findings: AuditFinding[] = !hasItems(event.findings)
    ? []
    : event.findings
        .filter((f) => f !== null && typeof f === 'object')
        .map((f) => ({
          label: isLabel(String(f.label)) || f.label === 'IMAGE' ? String(f.label) : 'UNKNOWN',
          type: safeText(String(f.type ?? ''), 60),
          count: Math.max(0, safeInt(f.count) ?? 0),
          detectors: (Array.isArray(f.detectors) ? f.detectors : [])
            .map((d) => safeText(String(d), 60).replace(/,/g, ' '))
            .filter((d) => d.trim() !== '')
            .sort(),
          action: (ACTIONS as readonly string[]).includes(String(f.action)) ? String(f.action) : 'unknown',
        }));
  const fingerprints = !hasItems(event.fingerprints)
    ? []
    : event.fingerprints
        .filter((f) => f !== null && typeof f === 'object' && typeof f.hmac === 'string' && HMAC_HEX.test(f.hmac))
        .map((f) => ({ label: isLabel(String(f.label)) ? String(f.label) : 'UNKNOWN', hmac: f.hmac }));
  const timings: Partial<AuditEvent['timings']> =
    event.timings !== null && typeof event.timings === 'object' ? event.timings : {};
  const usage = event.usage !== null && typeof event.usage === 'object' ? event.usage : null;
  return {
    seq,
    time: isoTime(event.time),
    requestId:
      typeof event.requestId === 'string' && UUID.test(event.requestId)
        ? event.requestId
        : (id(event.requestId) ?? 'unknown'),
    team: last.team.optional(event.team),
    keyId: last.keyId.optional(event.keyId),
    clientIp: last.clientIp.optional(event.clientIp),
    endpoint: last.endpoint.text(String(event.endpoint ?? '')),
    modelRequested: last.modelRequested.optional(event.modelRequested),
    modelAnswered: last.modelAnswered.optional(event.modelAnswered),
    route: ROUTES.has(String(event.route)) ? String(event.route) : 'error',
    reason: last.reason.text(String(event.reason ?? '')),
    policy: last.policy.optional(event.policy),
    mode: MODES.has(String(event.mode)) ? String(event.mode) : null,
    status: safeInt(event.status) ?? 0,
    upstreamStatus: safeInt(event.upstreamStatus),
    inspectMs: safeMs(timings.inspectMs) ?? 0,
    upstreamMs: safeMs(timings.upstreamMs),
    firstTokenMs: safeMs(timings.firstTokenMs),
    totalMs: safeMs(timings.totalMs) ?? 0,
    promptTokens: usage ? safeInt(usage.promptTokens) : null,
    completionTokens: usage ? safeInt(usage.completionTokens) : null,
    error: safeOptionalText(event.error),
    findings,
    fingerprints,
  };
}

/**
 * The bytes a record's hash covers: every stored field in a fixed order, as JSON. Versioned so the format can
 * change later without making old chains unverifiable.
 */
export function canonical(c: AuditRecordContent): string {
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
    // An empty list is written as [] either way: no mapped copy for it.
    c.findings.length === 0
      ? c.findings
      : c.findings.map((f) => [f.label, f.type, f.count, f.detectors.join(','), f.action]),
    c.fingerprints.length === 0 ? c.fingerprints : c.fingerprints.map((f) => [f.label, f.hmac]),
  ]);
}

/** One-shot hashing (Node 20.12+) costs about half of a Hash object per record; older Node 20 falls back. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** sha256 over the previous hash, a newline and the canonical content. */
export function chainHash(prevHash: string, content: AuditRecordContent): string {
  return sha256Hex(`${prevHash}\n${canonical(content)}`);
}
