import type { SseEvent } from '../http/sse.js';

/** Which response shape a restorer walks. */
export type ResponseFormat = 'openai-chat' | 'openai-completions' | 'openai-responses' | 'anthropic-messages';

/**
 * Puts original values back into an answer that was produced from a pseudonymized request. One restorer
 * serves one response: streaming restorers keep per-choice/per-block state between events.
 */
export interface ResponseRestorer {
  /** A whole JSON response body (parsed); returns the restored body. */
  restoreJson(body: unknown): unknown;
  /**
   * One SSE event of a streamed answer; returns the events to send now. Text that might still turn out to
   * be the start of a placeholder is held back and released by a later event or by flush().
   */
  restoreEvent(event: SseEvent): SseEvent[];
  /** End of the stream: events carrying any text still held back. */
  flush(): SseEvent[];
}
