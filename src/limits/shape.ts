import { ApiError } from '../http/errors.js';
import type { Segment } from '../pipeline/segments.js';
import type { Endpoint } from '../providers/types.js';

export interface ShapeLimits {
  /** Entries of `messages` (of `input` on /v1/responses) at most; 0: unlimited. */
  maxMessages: number;
  /** UTF-16 code units of inspectable text (all segments together) at most; 0: unlimited. */
  maxTextChars: number;
}

/**
 * Refuses a parsed request whose shape is beyond what the gateway accepts, before anything is inspected:
 * the limits bound the work one request can cause, whatever its byte size.
 */
export function checkRequestShape(
  parsed: { body: Record<string, unknown>; segments: readonly Segment[] },
  limits: ShapeLimits,
  endpoint?: Endpoint,
): void {
  // A Responses request carries its conversation as `input` items (messages, tool calls and outputs, reasoning).
  const field = endpoint === 'responses' ? 'input' : 'messages';
  const messages = parsed.body[field];
  if (limits.maxMessages > 0 && Array.isArray(messages) && messages.length > limits.maxMessages) {
    throw new ApiError(
      400,
      `${field} has ${messages.length} entries; this gateway accepts at most ${limits.maxMessages}`,
      'invalid_request_error',
      'too_many_messages',
      field,
    );
  }
  if (limits.maxTextChars > 0) {
    let chars = 0;
    for (const s of parsed.segments) chars += s.text.length;
    if (chars > limits.maxTextChars) {
      throw new ApiError(
        413,
        `the request holds ${chars} characters of text; this gateway accepts at most ${limits.maxTextChars}`,
        'invalid_request_error',
        'too_much_text',
      );
    }
  }
}
