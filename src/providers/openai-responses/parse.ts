import { badRequest } from '../../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../../pipeline/segments.js';
import type { ParsedRequest, RequestAdapter } from '../adapter.js';
import { RESPONSES_FIELDS, requestFieldSegments } from '../request-fields.js';
import { requestSettingSegments, responsesToolSegments } from '../tool-definitions.js';
import { optionalBoolean, requireArray, requireObject, requireString, requireText, unsupported } from '../validate.js';

/**
 * OpenAI's Responses API (`POST /v1/responses`, `client.responses.create`): every text the request carries
 * becomes a segment (instructions, each input message and its text parts, function-call arguments and outputs,
 * reasoning summaries, custom tool inputs and outputs, prompt-template variables). Items and parts Veil cannot
 * read are refused with a 400 naming them rather than forwarded unread.
 */

const SYSTEM_ROLES = new Set(['system', 'developer']);
/** Items that carry no text of the client's: references to stored items, opaque model state. */
const OPAQUE_ITEMS = new Set(['item_reference']);

type Json = Record<string, unknown>;
/** input_image parts of the request being parsed (parsing is synchronous: reset and read by parseResponses alone). */
let images = 0;

/** One content part of a message or a tool output: text parts are segments, images pass, inline files are refused. */
function part(raw: unknown, path: PathPart[], kind: Segment['kind'], role: string | undefined, out: Segment[]): void {
  const field = formatPath(path);
  const p = requireObject(raw, field);
  const type = requireString(p.type, `${field}.type`);
  if (type === 'input_text' || type === 'output_text' || type === 'text' || type === 'summary_text') {
    out.push({ path: [...path, 'text'], kind, role, text: requireText(p.text, `${field}.text`, field) });
  } else if (type === 'refusal') {
    out.push({ path: [...path, 'refusal'], kind, role, text: requireText(p.refusal, `${field}.refusal`, field) });
  } else if (type === 'input_image') {
    // Like chat's image_url parts: pixels are not text; an image is counted for the policy and never read.
    images++;
  } else if (type === 'input_file') {
    // A stored file (file_id) or one the provider fetches (file_url) holds nothing that passes through here; an
    // inline file (file_data) does, and Veil cannot read it.
    if (p.file_data !== undefined && p.file_data !== null) unsupported(`${field}.file_data`, 'an inline file');
    // The name travels with the reference (a payslip or a report is often named after its person).
    if (typeof p.filename === 'string') out.push({ path: [...path, 'filename'], kind, role, text: p.filename });
  } else {
    unsupported(`${field}.type`, `a "${type}" part`);
  }
}

function content(value: unknown, path: PathPart[], kind: Segment['kind'], role: string | undefined, out: Segment[]) {
  if (value === undefined || value === null) return;
  if (typeof value === 'string') {
    out.push({ path, kind, role, text: value });
    return;
  }
  requireArray(value, formatPath(path), false).forEach((raw, i) => {
    part(raw, [...path, i], kind, role, out);
  });
}

function item(raw: unknown, i: number, out: Segment[]): void {
  const field = `input[${i}]`;
  const it = requireObject(raw, field);
  // An easy input message has no type; a message item says "message".
  const type = it.type === undefined ? 'message' : requireString(it.type, `${field}.type`);
  const at: PathPart[] = ['input', i];
  switch (type) {
    case 'message': {
      const role = requireString(it.role, `${field}.role`);
      const kind = SYSTEM_ROLES.has(role) ? 'system' : 'message';
      if (it.content === undefined) throw badRequest(`${field}.content is required`, 'missing_field', field);
      content(it.content, [...at, 'content'], kind, role, out);
      return;
    }
    case 'function_call': {
      const args = requireStringAllowEmpty(it.arguments, `${field}.arguments`);
      out.push({ path: [...at, 'arguments'], kind: 'tool_call_arguments', role: 'assistant', text: args });
      return;
    }
    case 'custom_tool_call': {
      const input = requireStringAllowEmpty(it.input, `${field}.input`);
      out.push({ path: [...at, 'input'], kind: 'tool_call_arguments', role: 'assistant', text: input });
      return;
    }
    case 'function_call_output':
    case 'custom_tool_call_output': {
      if (it.output === undefined) throw badRequest(`${field}.output is required`, 'missing_field', field);
      content(it.output, [...at, 'output'], 'tool_result', 'tool', out);
      return;
    }
    case 'reasoning': {
      // The model's own earlier reasoning: its summary is text; encrypted_content is the provider's own state.
      if (it.summary !== undefined && it.summary !== null) {
        requireArray(it.summary, `${field}.summary`, false).forEach((s, j) => {
          part(s, [...at, 'summary', j], 'message', 'assistant', out);
        });
      }
      if (it.content !== undefined && it.content !== null) {
        requireArray(it.content, `${field}.content`, false).forEach((c, j) => {
          const p = requireObject(c, `${field}.content[${j}]`);
          if (p.type !== 'reasoning_text' || typeof p.text !== 'string') {
            unsupported(`${field}.content[${j}]`, 'not a reasoning_text part');
          }
          out.push({ path: [...at, 'content', j, 'text'], kind: 'message', role: 'assistant', text: p.text });
        });
      }
      return;
    }
    default:
      if (OPAQUE_ITEMS.has(type)) return;
      unsupported(`${field}.type`, `a "${type}" item`);
  }
}

function requireStringAllowEmpty(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw badRequest(
      value === undefined ? `${field} is required` : `${field} must be a string`,
      value === undefined ? 'missing_field' : 'invalid_type',
      field,
    );
  }
  return value;
}

/** A stored prompt's variables are substituted into its text by the provider: each is inspected like a part. */
function promptVariables(prompt: unknown, out: Segment[]): void {
  if (prompt === undefined || prompt === null) return;
  const p = requireObject(prompt, 'prompt');
  if (p.variables === undefined || p.variables === null) return;
  const vars = requireObject(p.variables, 'prompt.variables');
  for (const [name, value] of Object.entries(vars)) {
    const path: PathPart[] = ['prompt', 'variables', name];
    if (typeof value === 'string') out.push({ path, kind: 'message', role: 'user', text: value });
    else part(value, path, 'message', 'user', out);
  }
}

function threadOf(body: Json): { conversation?: string; previous?: string } {
  const c = body.conversation;
  const conversation = typeof c === 'string' ? c : isObject(c) && typeof c.id === 'string' ? c.id : undefined;
  if (conversation !== undefined) return { conversation };
  const previous = body.previous_response_id;
  return typeof previous === 'string' && previous !== '' ? { previous } : {};
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function parseResponses(input: unknown): ParsedRequest {
  const body = requireObject(input, 'body');
  // A stored prompt may name the model itself; the policy still needs one to check.
  const model = requireString(body.model, 'model');
  const stream = optionalBoolean(body.stream, 'stream');
  const segments: Segment[] = [];
  images = 0;
  if (body.instructions !== undefined && body.instructions !== null) {
    if (typeof body.instructions !== 'string') {
      throw badRequest('instructions must be a string', 'invalid_type', 'instructions');
    }
    segments.push({ path: ['instructions'], kind: 'system', role: 'system', text: body.instructions });
  }
  if (typeof body.input === 'string') {
    segments.push({ path: ['input'], kind: 'message', role: 'user', text: body.input });
  } else if (body.input !== undefined && body.input !== null) {
    requireArray(body.input, 'input', false).forEach((raw, i) => {
      item(raw, i, segments);
    });
  }
  promptVariables(body.prompt, segments);
  images += responsesToolSegments(body, segments);
  requestSettingSegments(body, segments, ['user', 'safety_identifier', 'prompt_cache_key']);
  requestFieldSegments(body, RESPONSES_FIELDS, segments);
  return { body: body as Json, segments, model, stream, thread: threadOf(body), images };
}

export const openaiResponses: RequestAdapter = {
  endpoint: 'responses',
  wire: 'openai',
  responseFormat: 'openai-responses',
  parse: parseResponses,
};
