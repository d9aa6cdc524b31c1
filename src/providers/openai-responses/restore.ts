import type { SseEvent } from '../../http/sse.js';
import { type ReplacementTable, replaceAll, restoreChangesNothing, StreamingReplacer } from '../../redact/replacer.js';
import type { RestoreTables, StreamRestorer } from '../../redact/restorer.js';

/**
 * Restores pseudonyms in OpenAI Responses API answers. A JSON answer is a Response object; a stream is a series
 * of typed events, each carrying either a piece of one text (`*.delta`), that text whole (`*.done`), or a whole
 * object again (an output item, a content part, the response itself in `response.completed`). Whole texts and
 * objects are restored in one pass; each delta stream (one per output item and part) has its own replacer, so a
 * placeholder cut across deltas comes back whole. Text a replacer still holds when its `.done` event (or the end
 * of the response) arrives goes out first as one more delta shaped like that stream's last one, so a client that
 * concatenates deltas gets exactly the restored `.done` text.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Delta events: the field holding the piece, the `.done` field holding the whole text, and whether it is JSON. */
const DELTAS: Record<string, { done: string; json: boolean }> = {
  'response.output_text': { done: 'text', json: false },
  'response.refusal': { done: 'refusal', json: false },
  'response.function_call_arguments': { done: 'arguments', json: true },
  'response.custom_tool_call_input': { done: 'input', json: false },
  'response.reasoning_summary_text': { done: 'text', json: false },
  'response.reasoning_text': { done: 'text', json: false },
  'response.code_interpreter_call_code': { done: 'code', json: false },
  'response.mcp_call_arguments': { done: 'arguments', json: true },
};

/** Events that carry the whole response object. */
const RESPONSE_EVENTS = new Set([
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.incomplete',
  'response.failed',
]);
/** Events that end the response: every stream still holding text is released before them. */
const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed', 'error']);

/** Text parts of a message or reasoning item: output_text, summary_text, reasoning_text carry `text`. */
function restorePart(part: unknown, table: ReplacementTable): void {
  if (!isObject(part)) return;
  if (typeof part.text === 'string') part.text = replaceAll(table, part.text);
  if (part.type === 'refusal' && typeof part.refusal === 'string') part.refusal = replaceAll(table, part.refusal);
}

/** The string fields `keys` of `owner`, restored in place. */
function restoreFields(owner: unknown, keys: readonly string[], table: ReplacementTable): void {
  if (!isObject(owner)) return;
  for (const key of keys) {
    const value = owner[key];
    if (typeof value === 'string') owner[key] = replaceAll(table, value);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] === 'string') value[i] = replaceAll(table, value[i] as string);
      }
    }
  }
}

/**
 * A hosted tool's call and what it found. The model writes the query, the code or the arguments from the
 * (pseudonymised) conversation, and the tool's results quote what it was given, so placeholders come back in them
 * as in a message: the user sees the real values, as in the answer's text.
 */
function restoreHostedTool(item: Json, tables: RestoreTables): void {
  switch (item.type) {
    case 'web_search_call': {
      const action = item.action;
      restoreFields(action, ['query', 'queries', 'url', 'pattern'], tables.text);
      if (isObject(action) && Array.isArray(action.sources)) {
        for (const source of action.sources) restoreFields(source, ['url', 'title'], tables.text);
      }
      return;
    }
    case 'file_search_call':
      restoreFields(item, ['queries'], tables.text);
      if (Array.isArray(item.results)) {
        for (const result of item.results) {
          restoreFields(result, ['text', 'filename'], tables.text);
          if (isObject(result) && isObject(result.attributes)) {
            restoreFields(result.attributes, Object.keys(result.attributes), tables.text);
          }
        }
      }
      return;
    case 'code_interpreter_call':
      restoreFields(item, ['code'], tables.text);
      if (Array.isArray(item.outputs)) for (const output of item.outputs) restoreFields(output, ['logs'], tables.text);
      return;
    case 'mcp_call':
      restoreFields(item, ['arguments'], tables.json);
      restoreFields(item, ['output', 'error'], tables.text);
      return;
    default:
      return;
  }
}

/** One output item, restored in place: messages, tool calls, reasoning and hosted tools' calls and results. */
export function restoreItem(item: unknown, tables: RestoreTables): void {
  if (!isObject(item)) return;
  switch (item.type) {
    case 'message':
      if (Array.isArray(item.content)) for (const p of item.content) restorePart(p, tables.text);
      return;
    case 'function_call':
      if (typeof item.arguments === 'string') item.arguments = replaceAll(tables.json, item.arguments);
      return;
    case 'custom_tool_call':
      if (typeof item.input === 'string') item.input = replaceAll(tables.text, item.input);
      return;
    case 'reasoning':
      if (Array.isArray(item.summary)) for (const p of item.summary) restorePart(p, tables.text);
      if (Array.isArray(item.content)) for (const p of item.content) restorePart(p, tables.text);
      return;
    default:
      restoreHostedTool(item, tables);
      return;
  }
}

/** A whole Response object (the JSON answer, or the `response` of a lifecycle event), restored in place. */
export function restoreResponsesJson(body: unknown, tables: RestoreTables): unknown {
  if (!isObject(body)) return body;
  if (Array.isArray(body.output)) for (const item of body.output) restoreItem(item, tables);
  if (typeof body.output_text === 'string') body.output_text = replaceAll(tables.text, body.output_text);
  // The instructions are echoed back as they were sent, that is pseudonymised.
  if (typeof body.instructions === 'string') body.instructions = replaceAll(tables.text, body.instructions);
  else if (Array.isArray(body.instructions)) for (const item of body.instructions) restoreItem(item, tables);
  return body;
}

interface DeltaStream {
  replacer: StreamingReplacer;
  /** The stream's last delta event, the shape of the delta this restorer adds for held text. */
  template: Json;
  event: string | undefined;
}

export class ResponsesStreamRestorer implements StreamRestorer {
  private readonly streams = new Map<string, DeltaStream>();

  constructor(private readonly tables: RestoreTables) {}

  restoreEvent(event: SseEvent): SseEvent[] {
    if (event.comment !== undefined || event.data === '') return [event];
    if (restoreChangesNothing(this.tables.text, event.data, [this.streams.values()])) return [event];
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return [{ ...event, data: replaceAll(this.tables.text, event.data) }];
    }
    if (!isObject(parsed) || typeof parsed.type !== 'string') return [event];
    const type = parsed.type;
    const out: SseEvent[] = [];
    if (TERMINAL.has(type)) out.push(...this.flush());

    const dot = type.lastIndexOf('.');
    const base = type.slice(0, dot);
    const spec = DELTAS[base];
    if (spec && type.endsWith('.delta') && typeof parsed.delta === 'string') {
      const key = streamKey(base, parsed);
      let s = this.streams.get(key);
      if (s === undefined) {
        s = {
          replacer: new StreamingReplacer(spec.json ? this.tables.json : this.tables.text),
          template: parsed,
          event: event.event,
        };
        this.streams.set(key, s);
      }
      s.template = parsed;
      const piece = s.replacer.push(parsed.delta);
      if (piece === parsed.delta) return [...out, event];
      // Nothing to send yet: the piece waits for the next delta; the client sees the text once it is whole.
      if (piece === '') return out;
      return [...out, { ...event, data: JSON.stringify({ ...parsed, delta: piece }) }];
    }
    if (spec && type.endsWith('.done')) {
      const held = this.release(streamKey(base, parsed));
      if (held) out.push(held);
      const whole = parsed[spec.done];
      if (typeof whole === 'string')
        parsed[spec.done] = replaceAll(spec.json ? this.tables.json : this.tables.text, whole);
    } else if (RESPONSE_EVENTS.has(type)) {
      restoreResponsesJson(parsed.response, this.tables);
    } else if (type === 'response.output_item.added' || type === 'response.output_item.done') {
      restoreItem(parsed.item, this.tables);
    } else if (
      type === 'response.content_part.added' ||
      type === 'response.content_part.done' ||
      type === 'response.reasoning_summary_part.added' ||
      type === 'response.reasoning_summary_part.done'
    ) {
      restorePart(parsed.part, this.tables.text);
    } else {
      return [...out, event];
    }
    const data = JSON.stringify(parsed);
    return [...out, data === event.data ? event : { ...event, data }];
  }

  flush(): SseEvent[] {
    const out: SseEvent[] = [];
    for (const key of [...this.streams.keys()]) {
      const held = this.release(key);
      if (held) out.push(held);
    }
    return out;
  }

  /** Ends one delta stream: its held text, restored, as one more delta event (or nothing). */
  private release(key: string): SseEvent | undefined {
    const s = this.streams.get(key);
    if (s === undefined) return undefined;
    this.streams.delete(key);
    const text = s.replacer.flush();
    if (text === '') return undefined;
    const delta: Json = { ...s.template, delta: text };
    if (Array.isArray(delta.logprobs)) delta.logprobs = [];
    const data = JSON.stringify(delta);
    return s.event === undefined ? { data } : { event: s.event, data };
  }
}

/** One text stream: its kind, output item and part (content, summary) index. */
function streamKey(base: string, e: Json): string {
  const part = e.content_index ?? e.summary_index ?? '';
  return `${base}:${String(e.item_id ?? '')}:${String(e.output_index ?? '')}:${String(part)}`;
}
