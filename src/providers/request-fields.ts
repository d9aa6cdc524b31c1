import { badRequest } from '../http/errors.js';
import { formatPath, type PathPart, type Segment } from '../pipeline/segments.js';

/**
 * The request fields besides the conversation and the tools, which the parsers read elsewhere: `stop`, the service
 * tier, reasoning and text settings, `include` lists, a JSON schema's name, ids of stored objects... Each goes
 * upstream as the client wrote it, so no string in them leaves uninspected: a value in the provider's closed set
 * for its field carries no free text and passes unread; any other string (a value the set does not list, text in a
 * field the table does not know) is inspected as a `setting` segment. It goes as sent when the policy changes
 * nothing in it (the provider, not Veil, judges whether a new service tier or `include` item is valid), and the
 * request is refused with a 400 naming the field when the policy would change it (a placeholder in a setting means
 * nothing). Numbers and booleans (temperature, max_tokens, a new flag) pass as they are.
 *
 * Rules, by the field's path with array indices left out (`a.*` covers every key of `a` without a rule of its own):
 * - a list of values: the known values, passed unread; another value is a `setting` segment, as an unknown field's;
 * - `text`: text the model reads or matches (a stop sequence): a `setting` segment, the placeholder written in
 *   place. A stop sequence holding a name then stops the answer at that name's placeholder, which is what the
 *   model writes for it;
 * - `name`: a free string that names something (a JSON schema's name, a stored response, prompt or container, a
 *   tool, a voice): a `setting` segment refused with a 400 naming the field when the policy would change it, since
 *   a placeholder would name nothing (or break the name's pattern). Ids and names find nothing and pass as sent;
 * - `location`: a user_location field, as a hosted search tool's (a `location` segment, left out when changed);
 * - `token-ids`: a map from token ids (digits) to numbers (logit_bias). Its keys are text no segment can hold (a
 *   segment is a value), so a key that is not a token id stays a hard 400 rather than leave unread;
 * - `number`: a numeric or boolean setting (temperature, max_tokens, stream...): its value passes; a string there is
 *   a setting to inspect, as an unknown field's;
 * - `parsed`: read by the parser (messages, tools, metadata...).
 *
 * A key is text too: a field name no rule knows (a new parameter, a key inside an unknown map) is a `setting`
 * segment of its own (refusal `key`), refused with a 400 naming the map that holds it when the policy would change
 * it, since a renamed field would be a different request. Known names (a rule's path or a step of one) pass unread.
 */
type Rule = readonly string[] | 'text' | 'name' | 'location' | 'token-ids' | 'number' | 'parsed';
export type FieldRules = Readonly<Record<string, Rule>>;

const EFFORT = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
const SERVICE_TIER = ['auto', 'default', 'flex', 'scale', 'priority'];
const VERBOSITY = ['low', 'medium', 'high'];
const CACHE_RETENTION = ['in_memory', 'in-memory', '24h'];
const SUMMARY = ['auto', 'concise', 'detailed'];
const APPROXIMATE = ['approximate'];

/** Shared by chat and Responses: the moderation, prompt-cache, sampling and stream settings. */
const OPENAI_COMMON: FieldRules = {
  model: 'parsed',
  stream: 'number',
  'stream_options.include_usage': 'number',
  'stream_options.include_obfuscation': 'number',
  temperature: 'number',
  top_p: 'number',
  top_logprobs: 'number',
  parallel_tool_calls: 'number',
  store: 'number',
  metadata: 'parsed',
  user: 'parsed',
  safety_identifier: 'parsed',
  prompt_cache_key: 'parsed',
  tools: 'parsed',
  service_tier: SERVICE_TIER,
  prompt_cache_retention: CACHE_RETENTION,
  'prompt_cache_options.mode': ['implicit', 'explicit'],
  'prompt_cache_options.ttl': ['30m'],
  'moderation.model': 'name',
  'moderation.policy.input.mode': ['score', 'block'],
  'moderation.policy.output.mode': ['score', 'block'],
};

export const CHAT_FIELDS: FieldRules = {
  ...OPENAI_COMMON,
  messages: 'parsed',
  functions: 'parsed',
  n: 'number',
  max_tokens: 'number',
  max_completion_tokens: 'number',
  presence_penalty: 'number',
  frequency_penalty: 'number',
  seed: 'number',
  logprobs: 'number',
  'prediction.type': ['content'],
  'prediction.content': 'parsed',
  stop: 'text',
  reasoning_effort: EFFORT,
  verbosity: VERBOSITY,
  modalities: ['text', 'audio'],
  'audio.format': ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'],
  'audio.voice': 'name',
  'audio.voice.id': 'name',
  'response_format.type': ['text', 'json_object', 'json_schema'],
  'response_format.json_schema.name': 'name',
  'response_format.json_schema.description': 'parsed',
  'response_format.json_schema.schema': 'parsed',
  tool_choice: ['none', 'auto', 'required'],
  'tool_choice.type': ['function', 'custom', 'allowed_tools'],
  'tool_choice.function.name': 'name',
  'tool_choice.custom.name': 'name',
  'tool_choice.allowed_tools.mode': ['auto', 'required'],
  'tool_choice.allowed_tools.tools.type': ['function', 'custom'],
  'tool_choice.allowed_tools.tools.function.name': 'name',
  'tool_choice.allowed_tools.tools.custom.name': 'name',
  function_call: ['none', 'auto'],
  'function_call.name': 'name',
  logit_bias: 'token-ids',
  'web_search_options.search_context_size': VERBOSITY,
  'web_search_options.user_location.type': APPROXIMATE,
  'web_search_options.user_location.approximate.city': 'location',
  'web_search_options.user_location.approximate.region': 'location',
  'web_search_options.user_location.approximate.country': 'location',
  'web_search_options.user_location.approximate.timezone': 'location',
};

export const COMPLETIONS_FIELDS: FieldRules = {
  model: 'parsed',
  metadata: 'parsed',
  prompt: 'parsed',
  suffix: 'parsed',
  user: 'parsed',
  stop: 'text',
  logit_bias: 'token-ids',
  stream: 'number',
  'stream_options.include_usage': 'number',
  max_tokens: 'number',
  temperature: 'number',
  top_p: 'number',
  n: 'number',
  logprobs: 'number',
  echo: 'number',
  best_of: 'number',
  presence_penalty: 'number',
  frequency_penalty: 'number',
  seed: 'number',
};

export const EMBEDDINGS_FIELDS: FieldRules = {
  model: 'parsed',
  metadata: 'parsed',
  input: 'parsed',
  user: 'parsed',
  encoding_format: ['float', 'base64'],
  dimensions: 'number',
};

export const RESPONSES_FIELDS: FieldRules = {
  ...OPENAI_COMMON,
  input: 'parsed',
  instructions: 'parsed',
  max_output_tokens: 'number',
  max_tool_calls: 'number',
  background: 'number',
  'prompt.variables': 'parsed',
  'prompt.id': 'name',
  'prompt.version': 'name',
  previous_response_id: 'name',
  conversation: 'name',
  'conversation.id': 'name',
  include: [
    'file_search_call.results',
    'web_search_call.results',
    'web_search_call.action.sources',
    'message.input_image.image_url',
    'computer_call_output.output.image_url',
    'code_interpreter_call.outputs',
    'reasoning.encrypted_content',
    'message.output_text.logprobs',
  ],
  truncation: ['auto', 'disabled'],
  'reasoning.effort': EFFORT,
  'reasoning.summary': SUMMARY,
  'reasoning.generate_summary': SUMMARY,
  'reasoning.context': ['auto', 'current_turn', 'all_turns'],
  'reasoning.mode': 'name',
  'text.verbosity': VERBOSITY,
  'text.format.type': ['text', 'json_object', 'json_schema'],
  'text.format.name': 'name',
  'text.format.description': 'parsed',
  'text.format.schema': 'parsed',
  'context_management.type': 'name',
  tool_choice: ['none', 'auto', 'required'],
  'tool_choice.type': 'name',
  'tool_choice.mode': ['auto', 'required'],
  'tool_choice.name': 'name',
  'tool_choice.server_label': 'name',
  'tool_choice.tools.*': 'name',
};

export const MESSAGES_FIELDS: FieldRules = {
  model: 'parsed',
  messages: 'parsed',
  system: 'parsed',
  tools: 'parsed',
  mcp_servers: 'parsed',
  max_tokens: 'number',
  stream: 'number',
  temperature: 'number',
  top_p: 'number',
  top_k: 'number',
  'thinking.budget_tokens': 'number',
  'tool_choice.disable_parallel_tool_use': 'number',
  metadata: 'parsed',
  'output_config.format.schema': 'parsed',
  'output_format.schema': 'parsed',
  stop_sequences: 'text',
  service_tier: ['auto', 'standard_only'],
  speed: ['standard', 'fast'],
  'thinking.type': ['enabled', 'disabled', 'adaptive', 'between_tools'],
  'thinking.display': ['summarized', 'omitted'],
  'tool_choice.type': ['auto', 'any', 'tool', 'none'],
  'tool_choice.name': 'name',
  'cache_control.type': ['ephemeral'],
  'cache_control.ttl': ['5m', '1h'],
  'output_config.effort': EFFORT,
  'output_config.format.type': ['json_schema'],
  'output_format.type': ['json_schema'],
  container: 'name',
  'container.id': 'name',
  'container.skills.*': 'name',
  'diagnostics.*': 'name',
  'context_management.edits.type': 'name',
  'context_management.edits.*.type': 'name',
  'context_management.edits.exclude_tools': 'name',
  inference_geo: 'name',
  user_profile_id: 'name',
  workspace_id: 'name',
};

const TOKEN_ID = /^\d+$/;

function ruleFor(rules: FieldRules, dotted: string): Rule | undefined {
  const exact = rules[dotted];
  if (exact !== undefined) return exact;
  const dot = dotted.lastIndexOf('.');
  if (dot < 0) return undefined;
  const parent = dotted.slice(0, dot);
  const wild = rules[`${parent}.*`];
  if (wild !== undefined) return wild;
  // `a.*.b`: any key between a and b.
  const grand = parent.lastIndexOf('.');
  return grand < 0 ? undefined : rules[`${parent.slice(0, grand)}.*${dotted.slice(dot)}`];
}

function walk(value: unknown, path: PathPart[], dotted: string, rules: FieldRules, out: Segment[]): void {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return;
  const rule = ruleFor(rules, dotted);
  if (rule === 'parsed') return;
  const field = formatPath(path);
  if (typeof value === 'string') {
    if (rule === undefined || Array.isArray(rule)) {
      // A known value of a closed set carries no free text; any other string is read before it leaves.
      if (rule === undefined || !rule.includes(value)) {
        out.push({ path, kind: 'setting', text: value, onChange: 'refuse', refusal: 'setting' });
      }
    } else if (rule === 'text') out.push({ path, kind: 'setting', text: value });
    else if (rule === 'name') out.push({ path, kind: 'setting', text: value, onChange: 'refuse', refusal: 'name' });
    else if (rule === 'location') out.push({ path, kind: 'location', text: value, onChange: 'omit' });
    else throw badRequest(`${field} must be an object`, 'invalid_type', field);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], [...path, i], dotted, rules, out);
    return;
  }
  if (typeof value !== 'object') return;
  for (const [key, sub] of Object.entries(value)) {
    if (rule === 'token-ids') {
      if (!TOKEN_ID.test(key) || (typeof sub !== 'number' && sub !== null)) {
        throw badRequest(`${field} maps token ids (digits) to numbers`, 'invalid_value', field);
      }
      continue;
    }
    fieldAt(key, sub, path, `${dotted}.${key}`, rules, out);
  }
}

/** One field of a map: its name when no rule knows it, then its value. */
function fieldAt(key: string, value: unknown, at: PathPart[], dotted: string, rules: FieldRules, out: Segment[]): void {
  const path = [...at, key];
  if (!isKnownName(rules, dotted)) out.push(fieldNameSegment(path, key));
  walk(value, path, dotted, rules, out);
}

/**
 * A field name the client chose (a new parameter, a key of a map Veil does not know, a metadata key) as a segment:
 * its path is the field's, its text the name. It cannot take a placeholder (the provider would read another
 * field), so a change refuses the request; the 400 names the map that holds it, never the name itself.
 */
export function fieldNameSegment(path: PathPart[], key: string): Segment {
  return { path, kind: 'setting', text: key, onChange: 'refuse', refusal: 'key' };
}

/** Every path a rule names and each step towards one (`a.b.c` makes `a`, `a.b`, `a.b.c` known), per table. */
const knownNames = new WeakMap<FieldRules, ReadonlySet<string>>();

function isKnownName(rules: FieldRules, dotted: string): boolean {
  let names = knownNames.get(rules);
  if (names === undefined) {
    const set = new Set<string>();
    for (const path of Object.keys(rules)) {
      for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) set.add(path.slice(0, dot));
      set.add(path);
    }
    knownNames.set(rules, set);
    names = set;
  }
  if (names.has(dotted)) return true;
  // A key under a wildcard (`container.skills.*`, `context_management.edits.*.type`) is any key.
  const dot = dotted.lastIndexOf('.');
  return dot >= 0 && names.has(`${dotted.slice(0, dot)}.*`);
}

/** The segments of the body's other fields (see the rules above): every string outside a closed set is inspected. */
export function requestFieldSegments(body: Record<string, unknown>, rules: FieldRules, out: Segment[]): void {
  for (const [key, value] of Object.entries(body)) fieldAt(key, value, [], key, rules, out);
}
