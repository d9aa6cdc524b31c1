import { JSON_HEADERS, once } from '../local/answer.js';
import type { OutboundRequest, TargetResponse } from '../types.js';

/**
 * `count_tokens` for a request the policy keeps in the building: no provider may see it, and a local model has no
 * such endpoint, so Veil answers an estimate itself: about four characters a token over the JSON of what the
 * model would read (system, messages, tools). Clients use the count to budget a context window, where an
 * estimate that errs a little high is better than a refusal.
 */
export function countTokensLocally(outbound: OutboundRequest): TargetResponse {
  const body = outbound.body;
  let chars = 0;
  for (const field of ['system', 'messages', 'tools'] as const) {
    const value = body[field];
    if (value !== undefined) chars += typeof value === 'string' ? value.length : JSON.stringify(value).length;
  }
  const answer = JSON.stringify({ input_tokens: Math.max(1, Math.ceil(chars / 4)) });
  return { status: 200, headers: { ...JSON_HEADERS }, body: once(Buffer.from(answer)), model: outbound.model };
}
