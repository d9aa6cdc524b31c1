import { badRequest } from '../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../pipeline/segments.js';
import { requireArray, requireObject, unsupported } from './validate.js';

/**
 * Tool and output-schema definitions go upstream with every request, and their descriptions are prose a developer
 * wrote (often with a customer's name, a mailbox or an internal host in an example): each description is a
 * `tool_definition` segment, so detection, policy and transform apply to it as to a message. Only prose and
 * instance values are segments (see schemaDescriptions): names, types and the schema's structure are left as
 * they are, so a pseudonymised schema is still the same valid JSON schema.
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

/** Schema keywords whose string value is prose that goes upstream (a title beside a description). */
const ANNOTATIONS = new Set(['description', 'title']);
/** Schema keywords holding instance values (any JSON): every string in them goes upstream and is read. */
const VALUES = new Set(['enum', 'const', 'default', 'examples']);
/** Schema keywords holding a map from names to schemas: the names are the developer's, each value a schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** Every string inside an instance value (an enum's members, a default, an example), each its own segment. */
function valueStrings(value: unknown, path: PathPart[], out: Segment[]): void {
  if (typeof value === 'string') out.push({ path, kind: 'tool_definition', text: value });
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) valueStrings(value[i], [...path, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) valueStrings(v, [...path, key], out);
  }
}

/**
 * The text a JSON schema sends upstream, at any depth (properties, items, $defs, anyOf...): string annotations
 * (`description`, `title`) and every string of an instance value (`enum`, `const`, `default`, `examples`: a
 * default recipient or an example customer is as likely as a description to hold a value). Replacing a string
 * by a placeholder string keeps the schema valid. Keywords with structure (`type`, `format`, `pattern`, `$ref`,
 * `required`) and property names are the developer's code and are left as they are; a property named
 * "description" or "enum" holds a schema and is walked as one.
 */
export function schemaDescriptions(schema: unknown, path: PathPart[], out: Segment[]): void {
  if (Array.isArray(schema)) {
    for (let i = 0; i < schema.length; i++) schemaDescriptions(schema[i], [...path, i], out);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) && typeof value === 'string') {
      out.push({ path: [...path, key], kind: 'tool_definition', text: value });
    } else if (VALUES.has(key)) {
      valueStrings(value, [...path, key], out);
    } else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, sub] of Object.entries(value)) schemaDescriptions(sub, [...path, key, name], out);
    } else if (value !== null && typeof value === 'object') {
      schemaDescriptions(value, [...path, key], out);
    }
  }
}

/**
 * A custom tool's input format: free text (nothing to read) or a grammar (Lark or a regex) whose definition goes
 * upstream and is read like a description; a placeholder in a string literal or a regex stays a literal. Any
 * other format is refused rather than forwarded unread.
 */
function customFormat(owner: Json, path: PathPart[], out: Segment[]): void {
  const raw = owner.format;
  if (raw === undefined || raw === null) return;
  const field = formatPath([...path, 'format']);
  const format = requireObject(raw, field);
  if (format.type === 'text') return;
  if (format.type !== 'grammar') unsupported(`${field}.type`, `a "${String(format.type)}" tool format`);
  // Responses: { type: 'grammar', syntax, definition }; chat: { type: 'grammar', grammar: { syntax, definition } }.
  const holder = format.grammar === undefined ? format : requireObject(format.grammar, `${field}.grammar`);
  const at = format.grammar === undefined ? [...path, 'format'] : [...path, 'format', 'grammar'];
  if (typeof holder.definition !== 'string') {
    throw badRequest(`${formatPath([...at, 'definition'])} must be a string`, 'invalid_type', formatPath(at));
  }
  out.push({ path: [...at, 'definition'], kind: 'tool_definition', text: holder.definition });
}

/**
 * A credential the client hands the provider to call a server of its own (an MCP server's token or header): a
 * `credential` segment, which inspection reports as a SECRET of type AUTHORIZATION_TOKEN whatever its shape.
 * The shipped policy blocks secrets, so a token never leaves unless the team's policy allows that type.
 */
function credential(value: unknown, path: PathPart[], out: Segment[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    throw badRequest(`${formatPath(path)} must be a string`, 'invalid_type', formatPath(path));
  }
  out.push({ path, kind: 'credential', text: value });
}

/** A server's address: read like a description (a token in its query blocks), left as written otherwise. */
function serverUrl(owner: Json, key: string, path: PathPart[], out: Segment[]): void {
  description(owner, path, out, key);
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
    if (tool.custom !== undefined) {
      const custom = requireObject(tool.custom, `${formatPath(at)}.custom`);
      description(custom, [...at, 'custom'], out);
      customFormat(custom, [...at, 'custom'], out);
    }
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

/**
 * Anthropic Messages (and count_tokens): `tools[].description` and `tools[].input_schema`; `mcp_servers[]`, whose
 * `url` is read like a description and whose `authorization_token` is a credential.
 */
export function anthropicToolSegments(body: Json, out: Segment[]): void {
  tools(body, 'tools', (tool, at) => {
    description(tool, at, out);
    schemaDescriptions(tool.input_schema, [...at, 'input_schema'], out);
  });
  tools(body, 'mcp_servers', (server, at) => {
    serverUrl(server, 'url', at, out);
    credential(server.authorization_token, [...at, 'authorization_token'], out);
  });
}

/**
 * Responses: `tools[].description` and `.parameters` (function and custom tools), a custom tool's grammar, an MCP
 * server's `server_description` and `server_url` (read) and its `authorization` and `headers` values
 * (credentials), and a `text.format` JSON schema.
 */
export function responsesToolSegments(body: Json, out: Segment[]): void {
  tools(body, 'tools', (tool, at) => {
    description(tool, at, out);
    description(tool, at, out, 'server_description');
    schemaDescriptions(tool.parameters, [...at, 'parameters'], out);
    if (tool.type === 'custom') customFormat(tool, at, out);
    if (tool.type === 'mcp') {
      serverUrl(tool, 'server_url', at, out);
      credential(tool.authorization, [...at, 'authorization'], out);
      if (tool.headers !== undefined && tool.headers !== null) {
        const headers = requireObject(tool.headers, `${formatPath(at)}.headers`);
        for (const [name, value] of Object.entries(headers)) credential(value, [...at, 'headers', name], out);
      }
    }
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
