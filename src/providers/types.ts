/**
 * Dispatch contract: every target (cloud upstream, company-run local server, in-process local model)
 * takes a transformed request and answers with status, headers and the raw body bytes in the wire format
 * of the request (OpenAI JSON or SSE, Anthropic JSON or SSE), so restore and relay never care who answered.
 */
export type Endpoint = 'chat' | 'completions' | 'embeddings' | 'responses' | 'messages' | 'count_tokens' | 'models';

export interface OutboundRequest {
  endpoint: Endpoint;
  /** The request body after transform. Targets must not mutate it. */
  body: Record<string, unknown>;
  /**
   * The client's own JSON text of `body`, when nothing was changed and the text says no more than `body` (no
   * duplicate keys: src/http/json-text.ts): an HTTP target may send it instead of serialising `body` again.
   * Whoever changes `body` must drop it.
   */
  bodyText?: string;
  stream: boolean;
  /**
   * Appended to the upstream path, already encoded: a query string (`?limit=20`, model lists page with it) or one
   * model's id (`/claude-x`, Anthropic's models.retrieve).
   */
  query?: string;
  /** Model name as the client asked for it (targets may map it). */
  model: string;
  /** Client headers worth forwarding (already filtered: no hop-by-hop, no auth). */
  headers: Record<string, string>;
  /** The client's own provider key, when the team forwards it. */
  clientProviderKey?: string;
  /** Aborted when the client goes away or a timeout fires: targets stop work and release resources. */
  signal: AbortSignal;
  /**
   * The same cancellation as an EventEmitter (src/pipeline/request-abort.ts), which undici takes as a signal
   * without the cost of an AbortSignal; HTTP targets prefer it when present.
   */
  cancel?: AbortHandle;
  /**
   * Aborts this request's one controller (a target's total timeout uses it, so no second signal is made).
   * Callers without one get no total timeout, only the connect and first-byte timeouts.
   */
  abort?(reason: Error): void;
}

/** What undici accepts as a request signal besides an AbortSignal: an EventEmitter with `aborted` and `reason`. */
export interface AbortHandle {
  readonly aborted: boolean;
  readonly reason: unknown;
  on(event: 'abort', listener: () => void): unknown;
  once(event: 'abort', listener: () => void): unknown;
  removeListener(event: 'abort', listener: () => void): unknown;
}

export interface TargetResponse {
  status: number;
  headers: Record<string, string>;
  /** Raw body bytes as they arrive; consumed once. */
  body: AsyncIterable<Uint8Array>;
  /** Which model answered, when the target knows it without reading the body (local targets). */
  model?: string;
}

export interface Target {
  kind: 'cloud' | 'local';
  name: string;
  send(req: OutboundRequest): Promise<TargetResponse>;
  /** Readiness for /readyz: undefined when ready, else why not. */
  notReady?(): string | undefined;
  close?(): Promise<void>;
}

/** A target failure that the pipeline maps to an HTTP status (502 unreachable, 504 timeout, 503 local down, 429 busy). */
export class TargetError extends Error {
  override name = 'TargetError';
  constructor(
    message: string,
    readonly status: 502 | 503 | 504 | 429,
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
