import { badRequest } from '../http/errors.js';
import { formatPath, type PathPart, type Segment, USER_LOCATION_TYPES } from '../pipeline/segments.js';
import { fieldNameSegment } from './request-fields.js';
import { requireArray, requireObject, requireText, unsupported } from './validate.js';

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
  const text = requireText(value, formatPath([...path, key]));
  out.push({ path: [...path, key], kind: 'tool_definition', text });
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
  const text = requireText(holder.definition, formatPath([...at, 'definition']), formatPath(at));
  out.push({ path: [...at, 'definition'], kind: 'tool_definition', text });
}

/**
 * A credential the client hands the provider to call a server of its own (an MCP server's token or header): a
 * `credential` segment, which inspection reports as a SECRET of type AUTHORIZATION_TOKEN whatever its shape.
 * The shipped policy blocks secrets, so a token never leaves unless the team's policy allows that type.
 */
function credential(value: unknown, path: PathPart[], out: Segment[]): void {
  if (value === undefined || value === null) return;
  out.push({ path, kind: 'credential', text: requireText(value, formatPath(path)) });
}

/** A server's address: read like a description (a token in its query blocks), left as written otherwise. */
function serverUrl(owner: Json, key: string, path: PathPart[], out: Segment[]): void {
  description(owner, path, out, key);
}

/**
 * A hosted web search tool's `user_location` (Anthropic web_search, Responses web_search and
 * web_search_preview): the user's whereabouts, so each of city, region, country and time zone is a `location`
 * segment, reported as a LOCATION whatever it says. A placeholder there would make the provider search near a
 * place called "<LOCATION_1>", so a field the policy would change is left out of the request instead (all four
 * are optional: the search is then simply not localised). Any other field is refused rather than sent unread.
 */
function userLocation(tool: Json, path: PathPart[], out: Segment[]): void {
  const raw = tool.user_location;
  if (raw === undefined || raw === null) return;
  const at = [...path, 'user_location'];
  const location = requireObject(raw, formatPath(at));
  for (const [key, value] of Object.entries(location)) {
    if (key === 'type' || value === undefined || value === null) continue;
    const field = formatPath([...at, key]);
    if (!Object.hasOwn(USER_LOCATION_TYPES, key)) unsupported(field, 'an unknown user_location field');
    out.push({ path: [...at, key], kind: 'location', text: requireText(value, field), onChange: 'omit' });
  }
}

/**
 * A list of domains a hosted search or fetch tool may or may not visit: the developer's configuration, read like a
 * description (a person's own site in it is found as it would be in prose).
 */
function domains(owner: Json, key: string, path: PathPart[], out: Segment[]): void {
  const list = owner[key];
  if (list === undefined || list === null) return;
  requireArray(list, formatPath([...path, key]), false).forEach((domain, i) => {
    const field = formatPath([...path, key, i]);
    out.push({ path: [...path, key, i], kind: 'tool_definition', text: requireText(domain, field) });
  });
}

/**
 * A file_search tool's `filters` (a comparison {key, type, value} or a compound {type, filters}): each string
 * value is a `setting` segment (a filter often names a customer or an author). The attribute names (`key`) and
 * operators (`type`) are the developer's code. A placeholder would match nothing in the vector store, so a value
 * the policy would change refuses the request (onChange: refuse) instead of searching for the placeholder; any
 * other string field is refused unread.
 */
function filterValues(filter: unknown, path: PathPart[], out: Segment[]): void {
  const field = formatPath(path);
  const node = requireObject(filter, field);
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') continue;
    if ((key === 'type' || key === 'key') && typeof value === 'string') continue;
    if (key === 'filters') {
      requireArray(value, `${field}.filters`, false).forEach((sub, i) => {
        filterValues(sub, [...path, 'filters', i], out);
      });
    } else if (key === 'value' && typeof value === 'string') {
      out.push({ path: [...path, 'value'], kind: 'setting', text: value, onChange: 'refuse' });
    } else if (key === 'value' && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') {
          out.push({ path: [...path, 'value', i], kind: 'setting', text: item, onChange: 'refuse' });
        } else if (typeof item !== 'number' && typeof item !== 'boolean') {
          throw badRequest(`${field}.value[${i}] must be a string, number or boolean`, 'invalid_type', field);
        }
      });
    } else {
      unsupported(`${field}.${key}`, 'a file_search filter field');
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
 * Anthropic Messages (and count_tokens): `tools[].description`, `tools[].input_schema` and its `input_examples`;
 * a web search tool's `user_location` (the user's location) and the domain lists of web search and web fetch
 * tools; `mcp_servers[]`, whose `url` is read like a description and whose `authorization_token` is a credential;
 * a structured output's JSON schema (`output_config.format.schema`, the beta `output_format.schema`).
 */
export function anthropicToolSegments(body: Json, out: Segment[]): void {
  tools(body, 'tools', (tool, at) => {
    description(tool, at, out);
    schemaDescriptions(tool.input_schema, [...at, 'input_schema'], out);
    if (tool.input_examples !== undefined) valueStrings(tool.input_examples, [...at, 'input_examples'], out);
    userLocation(tool, at, out);
    domains(tool, 'allowed_domains', at, out);
    domains(tool, 'blocked_domains', at, out);
  });
  tools(body, 'mcp_servers', (server, at) => {
    serverUrl(server, 'url', at, out);
    credential(server.authorization_token, [...at, 'authorization_token'], out);
  });
  // Structured outputs: the JSON schema the answer must follow (output_config.format; the beta output_format).
  const config = body.output_config;
  if (config !== null && typeof config === 'object' && !Array.isArray(config)) {
    const format = (config as Json).format;
    if (format !== null && typeof format === 'object' && !Array.isArray(format)) {
      schemaDescriptions((format as Json).schema, ['output_config', 'format', 'schema'], out);
    }
  }
  const beta = body.output_format;
  if (beta !== null && typeof beta === 'object' && !Array.isArray(beta)) {
    schemaDescriptions((beta as Json).schema, ['output_format', 'schema'], out);
  }
}

/**
 * Responses: `tools[].description` and `.parameters` (function and custom tools), a custom tool's grammar, an MCP
 * server's `server_description` and `server_url` (read) and its `authorization` and `headers` values
 * (credentials), a web search tool's `user_location` and `filters.allowed_domains`, a file_search tool's
 * `filters` values, and a `text.format` JSON schema. Returns how many images the tools carry (an
 * image_generation tool's inline `input_image_mask`), which the images rule counts like any image part.
 */
export function responsesToolSegments(body: Json, out: Segment[]): number {
  let images = 0;
  tools(body, 'tools', (tool, at) => {
    if (tool.type === 'web_search' || tool.type === 'web_search_preview' || tool.user_location !== undefined) {
      userLocation(tool, at, out);
    }
    if (tool.type === 'web_search' && tool.filters !== undefined && tool.filters !== null) {
      const filters = requireObject(tool.filters, `${formatPath(at)}.filters`);
      domains(filters, 'allowed_domains', [...at, 'filters'], out);
    }
    if (tool.type === 'file_search' && tool.filters !== undefined && tool.filters !== null) {
      filterValues(tool.filters, [...at, 'filters'], out);
    }
    if (tool.type === 'image_generation' && tool.input_image_mask !== undefined && tool.input_image_mask !== null) {
      const mask = requireObject(tool.input_image_mask, `${formatPath(at)}.input_image_mask`);
      if (typeof mask.image_url === 'string') images++;
    }
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
  return images;
}

/**
 * Values a client sets on the request for the provider's own bookkeeping, not for the model: `metadata` values
 * (chat, Responses; Anthropic's metadata.user_id), the end-user id (`user`, `safety_identifier`) and
 * `prompt_cache_key`. They go upstream and are stored there, so each is a `setting` segment; the provider asks
 * for opaque ids, so one the policy would change (an e-mail as the user id) is left out of the request rather
 * than replaced by a placeholder every user would share. A metadata key is inspected as a field name (an e-mail
 * as a key is refused with a 400, see fieldNameSegment).
 */
export function requestSettingSegments(body: Json, out: Segment[], fields: readonly string[]): void {
  const metadata = body.metadata;
  if (metadata !== undefined && metadata !== null) {
    const map = requireObject(metadata, 'metadata');
    for (const [key, value] of Object.entries(map)) {
      if (value === undefined || value === null) continue;
      const field = formatPath(['metadata', key]);
      const text = requireText(value, field);
      out.push(fieldNameSegment(['metadata', key], key));
      out.push({ path: ['metadata', key], kind: 'setting', text, onChange: 'omit' });
    }
  }
  for (const key of fields) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    out.push({ path: [key], kind: 'setting', text: requireText(value, key), onChange: 'omit' });
  }
}
