import { badRequest } from '../../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../../pipeline/segments.js';
import type { ParsedRequest, RequestAdapter } from '../adapter.js';
import { optionalBoolean, requireArray, requireObject, requireString } from '../validate.js';

/** Blocks that carry no text Veil could inspect; forwarded as they are. */
const OPAQUE_BLOCKS = new Set(['image', 'document', 'redacted_thinking']);

/** Every string leaf of a JSON value (tool inputs are arbitrary objects), each as its own segment. */
function stringLeaves(value: unknown, path: PathPart[], role: string, out: Segment[]): void {
  if (typeof value === 'string') out.push({ path, kind: 'tool_call_arguments', role, text: value });
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) stringLeaves(value[i], [...path, i], role, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], role, out);
  }
}

function blocks(content: unknown, path: PathPart[], role: string, out: Segment[], kind: Segment['kind']): void {
  if (typeof content === 'string') {
    out.push({ path, kind, role, text: content });
    return;
  }
  const field = formatPath(path);
  requireArray(content, field, false).forEach((raw, i) => {
    const block = requireObject(raw, `${field}[${i}]`);
    const type = requireString(block.type, `${field}[${i}].type`);
    const at = [...path, i];
    if (type === 'text') {
      if (typeof block.text !== 'string') throw badRequest(`${field}[${i}].text must be a string`, 'invalid_type');
      out.push({ path: [...at, 'text'], kind, role, text: block.text });
    } else if (type === 'thinking') {
      if (typeof block.thinking === 'string') out.push({ path: [...at, 'thinking'], kind, role, text: block.thinking });
    } else if (type === 'tool_use') {
      stringLeaves(block.input, [...at, 'input'], role, out);
    } else if (type === 'tool_result') {
      if (block.content !== undefined) blocks(block.content, [...at, 'content'], role, out, 'tool_result');
    } else if (!OPAQUE_BLOCKS.has(type)) {
      throw badRequest(`${field}[${i}].type "${type}" is not supported by this gateway`, 'unsupported_content');
    }
  });
}

function parseMessages(input: unknown): ParsedRequest {
  return parseMessagesBody(input, true);
}

/** The same body without max_tokens or stream: `count_tokens` counts what a Messages request would send. */
function parseCountTokens(input: unknown): ParsedRequest {
  return { ...parseMessagesBody(input, false), stream: false };
}

function parseMessagesBody(input: unknown, answered: boolean): ParsedRequest {
  const body = requireObject(input, 'body');
  const model = requireString(body.model, 'model');
  const stream = answered && optionalBoolean(body.stream, 'stream');
  if (answered && typeof body.max_tokens !== 'number') {
    throw badRequest('max_tokens is required and must be a number', 'missing_field', 'max_tokens');
  }
  const segments: Segment[] = [];
  if (body.system !== undefined) blocks(body.system, ['system'], 'system', segments, 'system');
  requireArray(body.messages, 'messages').forEach((raw, i) => {
    const message = requireObject(raw, `messages[${i}]`);
    const role = requireString(message.role, `messages[${i}].role`);
    if (message.content === undefined) throw badRequest(`messages[${i}].content is required`, 'missing_field');
    blocks(message.content, ['messages', i, 'content'], role, segments, 'message');
  });
  return { body, segments, model, stream };
}

export const anthropicMessages: RequestAdapter = {
  endpoint: 'messages',
  wire: 'anthropic',
  responseFormat: 'anthropic-messages',
  parse: parseMessages,
};

/**
 * POST /v1/messages/count_tokens: the text goes to the provider as a Messages request would, so it is inspected
 * and decided the same way (a blocked value blocks it, pseudonyms replace values); the answer holds no text.
 */
export const anthropicCountTokens: RequestAdapter = {
  endpoint: 'count_tokens',
  wire: 'anthropic',
  responseFormat: null,
  parse: parseCountTokens,
};
