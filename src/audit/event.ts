import type { Label } from '../detect/types.js';
import type { Action, Mode, Route } from '../policy/plan.js';

/**
 * What the pipeline reports about one finished request. It holds no raw value, prompt or answer: only
 * labels, counts, actions and timings. Fingerprints are keyed HMACs computed before the event is built.
 */
export interface AuditEvent {
  time: string;
  requestId: string;
  team: string | null;
  keyId: string | null;
  clientIp: string | null;
  endpoint: string;
  modelRequested: string | null;
  modelAnswered: string | null;
  route: Route | 'error';
  reason: string;
  policy: string | null;
  mode: Mode | null;
  /**
   * Per label and type: how many, which detectors, what was done. `IMAGE` counts the request's image parts (the
   * parser's count, never their bytes) with the action of the policy's `images` rule.
   */
  findings: { label: Label | 'IMAGE'; type: string; count: number; detectors: string[]; action: Action }[];
  status: number;
  upstreamStatus: number | null;
  timings: { inspectMs: number; upstreamMs: number | null; firstTokenMs: number | null; totalMs: number };
  usage: { promptTokens: number; completionTokens: number } | null;
  /** Error code and a message that never contains a value from the request. */
  error: string | null;
  /** HMAC-SHA256 fingerprints of found values (hex), when VEIL_FINGERPRINT_KEY is set. */
  fingerprints?: { label: Label; hmac: string }[];
}

export interface AuditSink {
  /** Queues the event; never blocks the request. */
  record(event: AuditEvent): void;
  /** Undefined when writes succeed; otherwise why the log cannot be written (readiness, fail-closed). */
  failure(): string | undefined;
  /** Writes everything queued (graceful shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
