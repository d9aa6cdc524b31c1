import { randomBytes } from 'node:crypto';
import { ApiError } from '../../http/errors.js';
import { readAll } from '../../pipeline/relay.js';
import { JSON_HEADERS, once, SSE_HEADERS } from '../local/answer.js';
import { type ChatCompletion, chatChunks, localErrorMessage } from '../local/chat-chunks.js';
import type { OutboundRequest, Target, TargetResponse } from '../types.js';

/**
 * Lets an Anthropic Messages request be answered by a local model, which speaks the OpenAI chat API: the request
 * is rewritten as a chat completion, and the answer (JSON or SSE) rewritten back into Messages form. Without
 * this, a Claude client whose prompt the policy keeps in the building could only be refused.
 */
export async function sendMessagesToLocal(local: Target, outbound: OutboundRequest): Promise<TargetResponse> {
  const chat = messagesAsChat(outbound.body);
  // A new body: the client's Messages text (bodyText) must not go out in its place.
  const answer = await local.send({ ...outbound, endpoint: 'chat', body: chat, bodyText: undefined });
  const model = answer.model ?? outbound.model;
  if (answer.status !== 200) {
    return jsonResponse(answer.status, errorAsMessagesError(answer.status, await localErrorMessage(answer)), answer);
  }
  if (!outbound.stream) {
    const completion = JSON.parse((await readAll(answer.body)).toString('utf8')) as ChatCompletion;
    return jsonResponse(200, completionAsMessage(completion, model), answer);
  }
  return {
    status: 200,
    headers: SSE_HEADERS,
    body: chunksAsMessageEvents(answer.body, model),
    model: answer.model,
  };
}

type Body = Record<string, unknown>;

/** Anthropic's content: a string or a list of blocks. Only text reaches a local model; other blocks are refused. */
function textOf(content: unknown, field: string): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  content.forEach((block: Body, i) => {
    if (block.type === 'text' && typeof block.text === 'string') parts.push(block.text);
    else if (block.type === 'thinking' || block.type === 'redacted_thinking') return;
    else {
      throw new ApiError(
        400,
        `${field}[${i}] is a "${String(block.type)}" block; the local model that must answer this request takes text only`,
        'invalid_request_error',
        'unsupported_content',
      );
    }
  });
  return parts.join('\n\n');
}

/** The Messages request body as an OpenAI chat completion body (fields the local target understands). */
export function messagesAsChat(body: Body): Body {
  const messages: { role: string; content: string }[] = [];
  if (body.system !== undefined) messages.push({ role: 'system', content: textOf(body.system, 'system') });
  (body.messages as Body[]).forEach((m, i) => {
    messages.push({ role: String(m.role), content: textOf(m.content, `messages[${i}].content`) });
  });
  const chat: Body = { model: body.model, messages, max_tokens: body.max_tokens, stream: body.stream === true };
  if (typeof body.temperature === 'number') chat.temperature = body.temperature;
  if (typeof body.top_p === 'number') chat.top_p = body.top_p;
  if (Array.isArray(body.stop_sequences) && body.stop_sequences.length > 0) chat.stop = body.stop_sequences;
  return chat;
}

const stopReason = (finish: string | null | undefined) => (finish === 'length' ? 'max_tokens' : 'end_turn');
const messageId = () => `msg_local${randomBytes(12).toString('hex')}`;

export function completionAsMessage(completion: ChatCompletion, model: string): Body {
  const choice = completion.choices?.[0];
  return {
    id: messageId(),
    type: 'message',
    role: 'assistant',
    model: completion.model ?? model,
    content: [{ type: 'text', text: choice?.message?.content ?? '' }],
    stop_reason: stopReason(choice?.finish_reason),
    stop_sequence: null,
    usage: {
      input_tokens: completion.usage?.prompt_tokens ?? 0,
      output_tokens: completion.usage?.completion_tokens ?? 0,
    },
  };
}

/** Anthropic's error types by status; the message is the local target's own (see localErrorMessage). */
function errorAsMessagesError(status: number, message: string): Body {
  const type =
    status === 400
      ? 'invalid_request_error'
      : status === 429
        ? 'rate_limit_error'
        : status === 503
          ? 'overloaded_error'
          : 'api_error';
  return { type: 'error', error: { type, message } };
}

const encoder = new TextEncoder();
const event = (type: string, data: Body) =>
  encoder.encode(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);

/**
 * OpenAI chat chunks in, the Messages event sequence out: message_start and one text block opened before the
 * first delta, a content_block_delta per chunk with text, and the closing events once the stream ends.
 */
export async function* chunksAsMessageEvents(
  chunks: AsyncIterable<Uint8Array>,
  model: string,
): AsyncIterable<Uint8Array> {
  let finish: string | null | undefined;
  let usage: ChatCompletion['usage'];
  yield event('message_start', {
    message: {
      id: messageId(),
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 0, output_tokens: 0 },
    },
  });
  yield event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
  for await (const chunk of chatChunks(chunks)) {
    const choice = chunk.choices?.[0];
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) usage = chunk.usage;
    const text = choice?.delta?.content;
    if (text) yield event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } });
  }
  yield event('content_block_stop', { index: 0 });
  yield event('message_delta', {
    delta: { stop_reason: stopReason(finish), stop_sequence: null },
    usage: { input_tokens: usage?.prompt_tokens ?? 0, output_tokens: usage?.completion_tokens ?? 0 },
  });
  yield event('message_stop', {});
}

function jsonResponse(status: number, payload: Body, from: TargetResponse): TargetResponse {
  return { status, headers: JSON_HEADERS, body: once(encoder.encode(JSON.stringify(payload))), model: from.model };
}
