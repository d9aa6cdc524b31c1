import type { Segment } from '../pipeline/segments.js';
import type { ResponseFormat } from '../redact/types.js';
import type { Endpoint } from './types.js';

/** A provider request after parsing: the body to forward, the text segments to inspect, and its shape. */
export interface ParsedRequest {
  body: Record<string, unknown>;
  segments: Segment[];
  model: string;
  stream: boolean;
  /**
   * Responses API requests: the stored conversation or the previous response they continue, which scope their
   * pseudonyms (see src/pipeline/response-chains.ts).
   */
  thread?: { conversation?: string; previous?: string };
  /** How many image parts the request carries (counted, never read): the policy's `images` rule governs them. */
  images?: number;
}

/**
 * One adapter per endpoint and wire format. Parsing throws ApiError(400) naming the offending field;
 * anything that holds text Veil cannot read (token arrays, unknown part types carrying text) is refused
 * rather than forwarded unread.
 */
export interface RequestAdapter {
  endpoint: Endpoint;
  wire: 'openai' | 'anthropic';
  /** How answers of this endpoint are restored; null where answers carry no text (embeddings). */
  responseFormat: ResponseFormat | null;
  parse(body: unknown): ParsedRequest;
}
