import { badRequest } from '../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../pipeline/segments.js';
import { requireArray, requireObject } from './validate.js';

/**
 * Tool and output-schema definitions go upstream with every request, and their descriptions are prose a developer
 * wrote (often with a customer's name, a mailbox or an internal host in an example): each description is a
 * `tool_definition` segment, so detection, policy and transform apply to it as to a message. Only string values
 * of `description` are segments: names, types, enums and the schema's structure are left as they are, so a
 * pseudonymised schema is still the same valid JSON schema.
 */

type Json = Record<string, unknown>;

/** A `description` beside the name of a tool or schema: a string when present. */
function description(owner: Json, path: PathPart[], out: Segment[], key = 'description'): void {
  const value = owner[key];
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    throw badRequest(`${formatPath([...path, key])} must be a string`, 'invalid_type', formatPath([...path, key]));
  }
  out.push({ path: [...path, key], kind: 'tool_definition', text: value });
}

/**
 * Every string `description` inside a JSON schema, at any depth (properties, items, $defs, anyOf...). A property
 * named "description" holds a schema (an object), so only annotations are taken; the walk goes through arrays and
 * objects alike, so a description inside a default or an example value is read too, since it goes upstream as well.
 */
export function schemaDescriptions(schema: unknown, path: PathPart[], out: Segment[]): void {
  if (Array.isArray(schema)) {
    for (let i = 0; i < schema.length; i++) schemaDescriptions(schema[i], [...path, i], out);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' && typeof value === 'string') {
      out.push({ path: [...path, key], kind: 'tool_definition', text: value });
    } else if (value !== null && typeof value === 'object') {
      schemaDescriptions(value, [...path, key], out);
    }
  }
}

function tools(body: Json, key: string, each: (tool: Json, at: PathPart[]) => void): void {
  const list = body[key];
  if (list === undefined || list === null) return;
  requireArray(list, key, false).forEach((raw, i) => {
    each(requireObject(raw, `${key}[${i}]`), [key, i]);
  });
}

/**
 * Chat completions: `tools[].function` (description, parameters), `tools[].custom.description`, the legacy
 * `functions[]`, and a `response_format` JSON schema.
 */
export function chatToolSegments(body: Json, out: Segment[]): void {
  const fn = (f: Json, at: PathPart[]) => {
    description(f, at, out);
    schemaDescriptions(f.parameters, [...at, 'parameters'], out);
  };
  tools(body, 'tools', (tool, at) => {
    if (tool.function !== undefined)
      fn(requireObject(tool.function, `${formatPath(at)}.function`), [...at, 'function']);
    if (tool.custom !== undefined)
      description(requireObject(tool.custom, `${formatPath(at)}.custom`), [...at, 'custom'], out);
  });
  tools(body, 'functions', fn);
  const format = body.response_format;
  if (format !== null && typeof format === 'object' && !Array.isArray(format)) {
    const schema = (format as Json).json_schema;
    if (schema !== undefined && schema !== null) {
      const s = requireObject(schema, 'response_format.json_schema');
      description(s, ['response_format', 'json_schema'], out);
      schemaDescriptions(s.schema, ['response_format', 'json_schema', 'schema'], out);
    }
  }
}

/** Anthropic Messages (and count_tokens): `tools[].description` and `tools[].input_schema`. */
export function anthropicToolSegments(body: Json, out: Segment[]): void {
  tools(body, 'tools', (tool, at) => {
    description(tool, at, out);
    schemaDescriptions(tool.input_schema, [...at, 'input_schema'], out);
  });
}

/**
 * Responses: `tools[].description` and `.parameters` (function and custom tools), an MCP server's
 * `server_description`, and a `text.format` JSON schema.
 */
export function responsesToolSegments(body: Json, out: Segment[]): void {
  tools(body, 'tools', (tool, at) => {
    description(tool, at, out);
    description(tool, at, out, 'server_description');
    schemaDescriptions(tool.parameters, [...at, 'parameters'], out);
  });
  const text = body.text;
  if (text !== null && typeof text === 'object' && !Array.isArray(text)) {
    const format = (text as Json).format;
    if (
      format !== null &&
      typeof format === 'object' &&
      !Array.isArray(format) &&
      (format as Json).type === 'json_schema'
    ) {
      description(format as Json, ['text', 'format'], out);
      schemaDescriptions((format as Json).schema, ['text', 'format', 'schema'], out);
    }
  }
}
