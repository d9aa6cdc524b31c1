import { badRequest } from '../../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../../pipeline/segments.js';
import type { ParsedRequest, RequestAdapter } from '../adapter.js';
import { MESSAGES_FIELDS, requestFieldSegments } from '../request-fields.js';
import { anthropicToolSegments, requestSettingSegments } from '../tool-definitions.js';
import { optionalBoolean, requireArray, requireObject, requireString, requireText, unsupported } from '../validate.js';

/** Blocks that carry no text of the client's Veil could inspect (pixels, the provider's own state); forwarded. */
const OPAQUE_BLOCKS = new Set(['image', 'redacted_thinking']);
/** Image blocks of the request being parsed (parsing is synchronous: reset and read by parseMessagesBody alone). */
let images = 0;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return: not plain text. */
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The text of a base64 source whose media type is text (text/plain, text/csv...; UTF-8 or ASCII), or undefined
 * when it is anything else or does not decode cleanly: only text Veil can read in full may pass.
 */
export function decodeBase64Text(mediaType: unknown, data: unknown): string | undefined {
  if (typeof mediaType !== 'string' || typeof data !== 'string') return undefined;
  const [type, ...params] = mediaType
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  if (!type?.startsWith('text/')) return undefined;
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') return undefined;
  if (data.length % 4 !== 0 || !BASE64.test(data)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.from(data, 'base64'));
  } catch {
    return undefined;
  }
  return BINARY.test(text) ? undefined : text;
}

/**
 * A `document` block: a text source (`data`) and a content source (text blocks) are inspected like a message;
 * a base64 source only when it is plain text that decodes cleanly (inspected decoded, written back encoded); a
 * PDF or any other base64 is refused, since Veil cannot read it. URL and file sources are references the provider
 * fetches or holds: nothing of them passes through here. The title and context go upstream with it and are read.
 */
function documentBlock(
  block: Record<string, unknown>,
  at: PathPart[],
  role: string,
  out: Segment[],
  kind: Segment['kind'],
) {
  const field = formatPath(at);
  const source = requireObject(block.source, `${field}.source`);
  const type = requireString(source.type, `${field}.source.type`);
  if (type === 'text') {
    if (typeof source.data !== 'string') throw badRequest(`${field}.source.data must be a string`, 'invalid_type');
    out.push({ path: [...at, 'source', 'data'], kind, role, text: source.data });
  } else if (type === 'content') {
    if (source.content === undefined) throw badRequest(`${field}.source.content is required`, 'missing_field');
    blocks(source.content, [...at, 'source', 'content'], role, out, kind);
  } else if (type === 'base64') {
    const text = decodeBase64Text(source.media_type, source.data);
    if (text === undefined) unsupported(`${field}.source`, 'a base64 document that is not plain text');
    out.push({ path: [...at, 'source', 'data'], kind, role, text, encoding: 'base64' });
  } else if (type !== 'url' && type !== 'file') {
    unsupported(`${field}.source.type`, `a "${type}" document source`);
  }
  for (const key of ['title', 'context'] as const) {
    if (typeof block[key] === 'string') out.push({ path: [...at, key], kind, role, text: block[key] as string });
  }
}

/**
 * A `search_result` block (a client's RAG result with citations): its title, its `source` (a URL or a document
 * name, often a person's profile or file) and its text blocks are read.
 */
function searchResultBlock(
  block: Record<string, unknown>,
  at: PathPart[],
  role: string,
  out: Segment[],
  kind: Segment['kind'],
) {
  const field = formatPath(at);
  for (const key of ['source', 'title'] as const) {
    const value = block[key];
    if (value === undefined || value === null) continue;
    out.push({ path: [...at, key], kind, role, text: requireText(value, `${field}.${key}`, field) });
  }
  requireArray(block.content, `${field}.content`, false).forEach((raw, j) => {
    const text = requireObject(raw, `${field}.content[${j}]`);
    if (text.type !== 'text' || typeof text.text !== 'string') {
      unsupported(`${field}.content[${j}]`, 'not a text block');
    }
    out.push({ path: [...at, 'content', j, 'text'], kind, role, text: text.text as string });
  });
}

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
    } else if (type === 'document') {
      documentBlock(block, at, role, out, kind);
    } else if (type === 'search_result') {
      searchResultBlock(block, at, role, out, kind);
    } else if (!OPAQUE_BLOCKS.has(type)) {
      throw badRequest(`${field}[${i}].type "${type}" is not supported by this gateway`, 'unsupported_content');
    } else if (type === 'image') {
      images++;
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
  images = 0;
  if (body.system !== undefined) blocks(body.system, ['system'], 'system', segments, 'system');
  requireArray(body.messages, 'messages').forEach((raw, i) => {
    const message = requireObject(raw, `messages[${i}]`);
    const role = requireString(message.role, `messages[${i}].role`);
    if (message.content === undefined) throw badRequest(`messages[${i}].content is required`, 'missing_field');
    blocks(message.content, ['messages', i, 'content'], role, segments, 'message');
  });
  anthropicToolSegments(body, segments);
  requestSettingSegments(body, segments, []);
  requestFieldSegments(body, MESSAGES_FIELDS, segments);
  return { body, segments, model, stream, images };
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
