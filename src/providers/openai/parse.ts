import { badRequest } from '../../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../../pipeline/segments.js';
import type { ParsedRequest, RequestAdapter } from '../adapter.js';
import { CHAT_FIELDS, COMPLETIONS_FIELDS, EMBEDDINGS_FIELDS, requestFieldSegments } from '../request-fields.js';
import { chatToolSegments, requestSettingSegments } from '../tool-definitions.js';
import { optionalBoolean, requireArray, requireObject, requireString, requireText, unsupported } from '../validate.js';

const SYSTEM_ROLES = new Set(['system', 'developer']);
/** Content parts that carry no text of the client's in the request (an image is pixels); forwarded as they are. */
const OPAQUE_PARTS = new Set(['image_url']);
/** Image parts of the request being parsed (parsing is synchronous: reset and read by parseChat alone). */
let images = 0;

/**
 * A `file` part: a stored file (file_id) holds nothing that passes through here and is forwarded; an inline file
 * (file_data, the base64 of a PDF or text file) does, and Veil cannot read it, so it is refused as /v1/responses
 * refuses input_file's file_data. The file name travels too and is inspected.
 */
function filePart(
  part: Record<string, unknown>,
  path: PathPart[],
  kind: Segment['kind'],
  role: string,
  out: Segment[],
) {
  const field = formatPath(path);
  const file = requireObject(part.file, `${field}.file`);
  if (file.file_data !== undefined && file.file_data !== null) unsupported(`${field}.file.file_data`, 'an inline file');
  if (typeof file.filename === 'string')
    out.push({ path: [...path, 'file', 'filename'], kind, role, text: file.filename });
}

function contentSegments(content: unknown, path: PathPart[], role: string, out: Segment[]): void {
  const kind = SYSTEM_ROLES.has(role) ? 'system' : role === 'tool' ? 'tool_result' : 'message';
  if (content === undefined || content === null) return;
  if (typeof content === 'string') {
    out.push({ path, kind, role, text: content });
    return;
  }
  const parts = requireArray(content, formatPath(path), false);
  parts.forEach((raw, i) => {
    const field = `${formatPath(path)}[${i}]`;
    const part = requireObject(raw, field);
    const type = requireString(part.type, `${field}.type`);
    if (type === 'text' || type === 'input_text' || type === 'refusal') {
      const key = type === 'refusal' ? 'refusal' : 'text';
      out.push({ path: [...path, i, key], kind, role, text: requireText(part[key], `${field}.${key}`, field) });
    } else if (type === 'file') {
      filePart(part, [...path, i], kind, role, out);
    } else if (type === 'input_audio') {
      // Spoken words are text Veil cannot read (as /v1/responses refuses input_audio).
      unsupported(`${field}.input_audio`, 'inline audio');
    } else if (!OPAQUE_PARTS.has(type)) {
      throw badRequest(`${field}.type "${type}" is not supported by this gateway`, 'unsupported_content', field);
    } else if (type === 'image_url') {
      images++;
    }
  });
}

/** Request fields for the provider's bookkeeping whose string values go upstream (see requestSettingSegments). */
const CHAT_SETTINGS = ['user', 'safety_identifier', 'prompt_cache_key'];

/**
 * A predicted output (`prediction: {type: 'content', content}`) is text the client expects the answer to repeat,
 * often the whole file being edited: read like the assistant's message. A placeholder there only makes the
 * prediction match less.
 */
function predictionSegments(value: unknown, out: Segment[]): void {
  if (value === undefined || value === null) return;
  const prediction = requireObject(value, 'prediction');
  if (prediction.content === undefined || prediction.content === null) return;
  contentSegments(prediction.content, ['prediction', 'content'], 'assistant', out);
}

function parseChat(input: unknown): ParsedRequest {
  const body = requireObject(input, 'body');
  const model = requireString(body.model, 'model');
  const stream = optionalBoolean(body.stream, 'stream');
  const messages = requireArray(body.messages, 'messages');
  const segments: Segment[] = [];
  images = 0;
  messages.forEach((raw, i) => {
    const message = requireObject(raw, `messages[${i}]`);
    const role = requireString(message.role, `messages[${i}].role`);
    contentSegments(message.content, ['messages', i, 'content'], role, segments);
    if (message.tool_calls !== undefined && message.tool_calls !== null) {
      requireArray(message.tool_calls, `messages[${i}].tool_calls`, false).forEach((rawCall, j) => {
        const call = requireObject(rawCall, `messages[${i}].tool_calls[${j}]`);
        const fn = requireObject(call.function, `messages[${i}].tool_calls[${j}].function`);
        if (typeof fn.arguments === 'string') {
          segments.push({
            path: ['messages', i, 'tool_calls', j, 'function', 'arguments'],
            kind: 'tool_call_arguments',
            role,
            text: fn.arguments,
          });
        }
      });
    }
  });
  chatToolSegments(body, segments);
  requestSettingSegments(body, segments, CHAT_SETTINGS);
  predictionSegments(body.prediction, segments);
  requestFieldSegments(body, CHAT_FIELDS, segments);
  return { body, segments, model, stream, images };
}

/** `prompt` and `suffix` as code-completion clients send them; token arrays cannot be inspected. */
function textOrTexts(value: unknown, field: string, kind: Segment['kind'], out: Segment[]): void {
  if (typeof value === 'string') {
    out.push({ path: [field], kind, text: value });
    return;
  }
  // Either shape is accepted, so a wrong type names both (not "must be an array" for a number or a boolean).
  if (value !== undefined && !Array.isArray(value)) {
    throw badRequest(`${field} must be a string or an array of strings`, 'invalid_type', field);
  }
  const list = requireArray(value, field);
  list.forEach((item, i) => {
    if (typeof item !== 'string') {
      throw badRequest(
        `${field}[${i}] must be a string: token arrays cannot be inspected by this gateway, send text`,
        'uninspectable_input',
        field,
      );
    }
    out.push({ path: [field, i], kind, text: item });
  });
}

function parseCompletions(input: unknown): ParsedRequest {
  const body = requireObject(input, 'body');
  const model = requireString(body.model, 'model');
  const stream = optionalBoolean(body.stream, 'stream');
  const segments: Segment[] = [];
  if (body.prompt === undefined) throw badRequest('prompt is required', 'missing_field', 'prompt');
  textOrTexts(body.prompt, 'prompt', 'prompt', segments);
  if (body.suffix !== undefined && body.suffix !== null) {
    if (typeof body.suffix !== 'string') throw badRequest('suffix must be a string', 'invalid_type', 'suffix');
    segments.push({ path: ['suffix'], kind: 'suffix', text: body.suffix });
  }
  requestSettingSegments(body, segments, ['user']);
  requestFieldSegments(body, COMPLETIONS_FIELDS, segments);
  return { body, segments, model, stream };
}

function parseEmbeddings(input: unknown): ParsedRequest {
  const body = requireObject(input, 'body');
  const model = requireString(body.model, 'model');
  if (body.input === undefined) throw badRequest('input is required', 'missing_field', 'input');
  const segments: Segment[] = [];
  textOrTexts(body.input, 'input', 'embedding_input', segments);
  requestSettingSegments(body, segments, ['user']);
  requestFieldSegments(body, EMBEDDINGS_FIELDS, segments);
  return { body, segments, model, stream: false };
}

export const openaiChat: RequestAdapter = {
  endpoint: 'chat',
  wire: 'openai',
  responseFormat: 'openai-chat',
  parse: parseChat,
};
export const openaiCompletions: RequestAdapter = {
  endpoint: 'completions',
  wire: 'openai',
  responseFormat: 'openai-completions',
  parse: parseCompletions,
};
export const openaiEmbeddings: RequestAdapter = {
  endpoint: 'embeddings',
  wire: 'openai',
  responseFormat: null,
  parse: parseEmbeddings,
};
