import type { SseEvent } from '../http/sse.js';
import { ResponsesStreamRestorer, restoreResponsesJson } from '../providers/openai-responses/restore.js';
import { type ReplacementEntry, ReplacementTable, replaceAll } from './replacer.js';
import { AnthropicStreamRestorer } from './restore-anthropic.js';
import { OpenAiStreamRestorer } from './restore-openai.js';
import type { ResponseFormat, ResponseRestorer } from './types.js';

/** The two ways an original goes back: as text, or inside a JSON string literal (tool-call arguments). */
export interface RestoreTables {
  text: ReplacementTable;
  json: ReplacementTable;
}

/** Escapes a value for the inside of a JSON string literal (no surrounding quotes). */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

export function restoreTables(entries: readonly ReplacementEntry[]): RestoreTables {
  return new LazyJsonTables(new ReplacementTable(entries));
}

/**
 * The JSON table is built the first time tool-call arguments need it: most answers are text only, and building
 * it cost as much as the text table. A class, not a literal with a getter, so every request's tables share one
 * hidden class.
 */
class LazyJsonTables implements RestoreTables {
  private jsonTable: ReplacementTable | undefined;

  constructor(readonly text: ReplacementTable) {}

  get json(): ReplacementTable {
    this.jsonTable ??= this.text.mapValues(jsonEscape, true);
    return this.jsonTable;
  }
}

/** Restores every string inside a parsed value (tool_use input objects); keys are left alone. */
export function restoreDeep(value: unknown, table: ReplacementTable): unknown {
  if (typeof value === 'string') return replaceAll(table, value);
  if (Array.isArray(value)) return value.map((v) => restoreDeep(v, table));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = restoreDeep(v, table);
    return out;
  }
  return value;
}

/** A stream restorer for one response: holds per-choice or per-block state between events. */
export interface StreamRestorer {
  restoreEvent(event: SseEvent): SseEvent[];
  flush(): SseEvent[];
}

/** The restorer for one response of the given format. */
export function createRestorer(format: ResponseFormat, entries: readonly ReplacementEntry[]): ResponseRestorer {
  const tables = restoreTables(entries);
  let stream: StreamRestorer | undefined;
  const streamOf = (): StreamRestorer => {
    stream ??=
      format === 'anthropic-messages'
        ? new AnthropicStreamRestorer(tables)
        : format === 'openai-responses'
          ? new ResponsesStreamRestorer(tables)
          : new OpenAiStreamRestorer(tables, format === 'openai-completions');
    return stream;
  };
  return {
    restoreJson: (body) =>
      format === 'anthropic-messages'
        ? restoreAnthropicJson(body, tables)
        : format === 'openai-responses'
          ? restoreResponsesJson(body, tables)
          : restoreOpenAiJson(body, tables),
    restoreEvent: (event) => streamOf().restoreEvent(event),
    flush: () => (stream ? stream.flush() : []),
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The text-bearing fields of an OpenAI chat message or a completion choice, restored in place. */
const TEXT_FIELDS = ['content', 'refusal', 'reasoning_content', 'reasoning', 'text'] as const;

export function restoreOpenAiJson(body: unknown, tables: RestoreTables): unknown {
  if (!isObject(body) || !Array.isArray(body.choices)) return body;
  for (const choice of body.choices) {
    if (!isObject(choice)) continue;
    if (typeof choice.text === 'string') choice.text = replaceAll(tables.text, choice.text);
    const message = choice.message;
    if (!isObject(message)) continue;
    for (const field of TEXT_FIELDS) {
      const v = message[field];
      if (typeof v === 'string') message[field] = replaceAll(tables.text, v);
      else if (Array.isArray(v)) message[field] = restoreDeep(v, tables.text);
    }
    if (Array.isArray(message.tool_calls)) {
      for (const call of message.tool_calls) {
        if (isObject(call) && isObject(call.function) && typeof call.function.arguments === 'string') {
          call.function.arguments = replaceAll(tables.json, call.function.arguments);
        }
      }
    }
    const legacy = message.function_call;
    if (isObject(legacy) && typeof legacy.arguments === 'string') {
      legacy.arguments = replaceAll(tables.json, legacy.arguments);
    }
  }
  return body;
}

export function restoreAnthropicJson(body: unknown, tables: RestoreTables): unknown {
  if (!isObject(body) || !Array.isArray(body.content)) return body;
  body.content = body.content.map((block: unknown) => {
    if (!isObject(block)) return block;
    if (block.type === 'text' && typeof block.text === 'string')
      return { ...block, text: replaceAll(tables.text, block.text) };
    if (block.type === 'thinking' && typeof block.thinking === 'string') {
      return { ...block, thinking: replaceAll(tables.text, block.thinking) };
    }
    if (block.type === 'tool_use' && 'input' in block)
      return { ...block, input: restoreDeep(block.input, tables.text) };
    return block;
  });
  return body;
}
