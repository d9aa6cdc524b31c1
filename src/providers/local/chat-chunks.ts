import { readAll } from '../../pipeline/relay.js';
import type { TargetResponse } from '../types.js';

/**
 * What the bridges read from a local model, which speaks the OpenAI chat API: a chat completion (JSON) or its
 * stream of chunks (SSE). The Anthropic and Responses bridges rewrite these into their own wire formats.
 */
export interface ChatCompletion {
  id?: string;
  model?: string;
  choices?: {
    message?: { content?: string | null };
    delta?: { content?: string | null };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

/**
 * The message of a local model's error answer, for a bridge to put in its own wire format's error: the local
 * target's `error.message` (it never quotes the prompt), or a generic one naming the status when the body is not
 * OpenAI's error shape.
 */
export async function localErrorMessage(answer: TargetResponse): Promise<string> {
  const text = (await readAll(answer.body)).toString('utf8');
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } } | null;
    if (typeof parsed?.error?.message === 'string') return parsed.error.message;
  } catch {
    // not JSON: the generic message below
  }
  return `the local model answered with status ${answer.status}`;
}

/** The chunks of a chat completion stream, one per `data:` line, as the bytes arrive (split anywhere). */
export async function* chatChunks(bytes: AsyncIterable<Uint8Array>): AsyncIterable<ChatCompletion> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const piece of bytes) {
    pending += decoder.decode(piece, { stream: true });
    let end = pending.indexOf('\n\n');
    while (end >= 0) {
      const block = pending.slice(0, end);
      pending = pending.slice(end + 2);
      end = pending.indexOf('\n\n');
      for (const line of block.split('\n')) {
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data !== '[DONE]') yield JSON.parse(data) as ChatCompletion;
      }
    }
  }
}
