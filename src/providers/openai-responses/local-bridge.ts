import { randomBytes } from 'node:crypto';
import { ApiError } from '../../http/errors.js';
import { readAll } from '../../pipeline/relay.js';
import { JSON_HEADERS, once, SSE_HEADERS } from '../local/answer.js';
import { type ChatCompletion, chatChunks, localErrorMessage } from '../local/chat-chunks.js';
import type { OutboundRequest, Target, TargetResponse } from '../types.js';

/**
 * Lets a Responses API request be answered by a local model, which speaks the OpenAI chat API, the way
 * src/providers/anthropic/local-bridge.ts does for Messages: the request becomes a chat completion (instructions
 * as the system message, each message item's text as a chat message) and the answer (JSON or SSE) a Response
 * with one message item. Text only: a request the local model could not answer faithfully (a previous response
 * stored at a provider, a stored conversation or prompt, function calls and their outputs, reasoning items) is
 * refused with a 400 that says why, and it is never sent to the cloud instead.
 */
export async function sendResponsesToLocal(local: Target, outbound: OutboundRequest): Promise<TargetResponse> {
  const chat = responsesAsChat(outbound.body);
  const answer = await local.send({ ...outbound, endpoint: 'chat', body: chat, bodyText: undefined });
  const model = answer.model ?? outbound.model;
  if (answer.status !== 200) {
    return json(answer.status, { error: errorOf(answer.status, await localErrorMessage(answer)) }, answer);
  }
  if (!outbound.stream) {
    const completion = JSON.parse((await readAll(answer.body)).toString('utf8')) as ChatCompletion;
    const choice = completion.choices?.[0];
    const text = choice?.message?.content ?? '';
    return json(200, response(ids(), completion.model ?? model, 'completed', text, completion.usage), answer);
  }
  return { status: 200, headers: SSE_HEADERS, body: chunksAsResponseEvents(answer.body, model), model: answer.model };
}

type Body = Record<string, unknown>;

function refuse(field: string, what: string): never {
  throw new ApiError(
    400,
    `${field}: ${what}; the local model that must answer this request takes text messages only`,
    'invalid_request_error',
    'unsupported_content',
    field,
  );
}

function textOf(content: unknown, field: string): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: Body, i) => {
      if (typeof part.text === 'string' && ['input_text', 'output_text', 'text'].includes(String(part.type))) {
        return part.text;
      }
      if (part.type === 'refusal') return typeof part.refusal === 'string' ? part.refusal : '';
      return refuse(`${field}[${i}]`, `a "${String(part.type)}" part`);
    })
    .join('\n\n');
}

/** The Responses request body as an OpenAI chat completion body (fields the local target understands). */
export function responsesAsChat(body: Body): Body {
  if (typeof body.previous_response_id === 'string') {
    refuse('previous_response_id', 'a response stored at a provider continues here, which the local model never saw');
  }
  if (body.conversation !== undefined && body.conversation !== null) {
    refuse('conversation', 'a conversation stored at a provider');
  }
  if (body.prompt !== undefined && body.prompt !== null) refuse('prompt', 'a prompt stored at a provider');
  const messages: { role: string; content: string }[] = [];
  if (typeof body.instructions === 'string') messages.push({ role: 'system', content: body.instructions });
  if (typeof body.input === 'string') messages.push({ role: 'user', content: body.input });
  else if (Array.isArray(body.input)) {
    body.input.forEach((item: Body, i) => {
      if (item.type !== undefined && item.type !== 'message') refuse(`input[${i}]`, `a "${String(item.type)}" item`);
      messages.push({ role: String(item.role), content: textOf(item.content, `input[${i}].content`) });
    });
  }
  const chat: Body = { model: body.model, messages, stream: body.stream === true };
  if (typeof body.max_output_tokens === 'number') chat.max_tokens = body.max_output_tokens;
  if (typeof body.temperature === 'number') chat.temperature = body.temperature;
  if (typeof body.top_p === 'number') chat.top_p = body.top_p;
  return chat;
}

const ids = () => {
  const hex = randomBytes(12).toString('hex');
  return { response: `resp_local${hex}`, message: `msg_local${hex}` };
};

function message(id: string, text: string, status: 'in_progress' | 'completed'): Body {
  const content = status === 'completed' ? [{ type: 'output_text', text, annotations: [] }] : [];
  return { id, type: 'message', role: 'assistant', status, content };
}

function response(
  id: { response: string; message: string },
  model: string,
  status: 'in_progress' | 'completed',
  text: string,
  usage?: ChatCompletion['usage'],
): Body {
  const input = usage?.prompt_tokens ?? 0;
  const output = usage?.completion_tokens ?? 0;
  return {
    id: id.response,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status,
    model,
    output: status === 'completed' ? [message(id.message, text, 'completed')] : [],
    output_text: status === 'completed' ? text : '',
    usage: status === 'completed' ? { input_tokens: input, output_tokens: output, total_tokens: input + output } : null,
  };
}

/** OpenAI's error shape around the local target's message (see localErrorMessage). */
function errorOf(status: number, message: string): Body {
  return { message, type: status === 429 ? 'rate_limit_error' : 'api_error', code: 'local_error', param: null };
}

const encoder = new TextEncoder();

/**
 * OpenAI chat chunks in, the Responses event sequence out: created, the message item and its output_text part
 * opened before the first delta, an output_text.delta per chunk with text, then the `.done` events and
 * response.completed with the whole text once the stream ends.
 */
export async function* chunksAsResponseEvents(
  chunks: AsyncIterable<Uint8Array>,
  model: string,
): AsyncIterable<Uint8Array> {
  const id = ids();
  let seq = 0;
  const event = (type: string, data: Body) =>
    encoder.encode(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`);
  const at = { item_id: id.message, output_index: 0, content_index: 0 };
  yield event('response.created', { response: response(id, model, 'in_progress', '') });
  yield event('response.output_item.added', { output_index: 0, item: message(id.message, '', 'in_progress') });
  yield event('response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [] } });
  let whole = '';
  let usage: ChatCompletion['usage'];
  for await (const chunk of chatChunks(chunks)) {
    if (chunk.usage) usage = chunk.usage;
    const text = chunk.choices?.[0]?.delta?.content;
    if (text) {
      whole += text;
      yield event('response.output_text.delta', { ...at, delta: text, logprobs: [] });
    }
  }
  yield event('response.output_text.done', { ...at, text: whole, logprobs: [] });
  yield event('response.content_part.done', { ...at, part: { type: 'output_text', text: whole, annotations: [] } });
  yield event('response.output_item.done', { output_index: 0, item: message(id.message, whole, 'completed') });
  yield event('response.completed', { response: response(id, model, 'completed', whole, usage) });
}

function json(status: number, payload: Body, from: TargetResponse): TargetResponse {
  return { status, headers: JSON_HEADERS, body: once(encoder.encode(JSON.stringify(payload))), model: from.model };
}
