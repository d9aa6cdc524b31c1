import type { SseEvent } from '../http/sse.js';
import { replaceJsonString } from './json-splice.js';
import { replaceAll, restoreChangesNothing, StreamingReplacer } from './replacer.js';
import { type RestoreTables, restoreDeep, type StreamRestorer } from './restorer.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Which delta field carries the text of each delta type. */
const DELTA_FIELD: Record<string, string> = {
  text_delta: 'text',
  input_json_delta: 'partial_json',
  thinking_delta: 'thinking',
};

interface BlockState {
  deltaType: string;
  replacer: StreamingReplacer;
}

/**
 * Anthropic Messages streams: each content block (by index) is one text stream. Text deltas and thinking
 * deltas restore as text; input_json_delta fragments are pieces of a JSON document, so originals go in
 * JSON-escaped. Whatever a block still holds is released as an extra content_block_delta just before its
 * content_block_stop, so clients never see a delta after a block closed.
 *
 * While no block holds text back, an event whose JSON text holds no first character of a needle is passed on
 * unparsed (exact: see ReplacementTable.skippableJson), and a restored delta is written into the event's own
 * text (replaceJsonString) rather than re-serialised.
 */
export class AnthropicStreamRestorer implements StreamRestorer {
  private readonly blocks = new Map<number, BlockState>();

  constructor(private readonly tables: RestoreTables) {}

  restoreEvent(event: SseEvent): SseEvent[] {
    if (event.comment !== undefined || event.data === '') return [event];
    if (restoreChangesNothing(this.tables.text, event.data, [this.blocks.values()])) return [event];
    let body: unknown;
    try {
      body = JSON.parse(event.data);
    } catch {
      return [{ ...event, data: replaceAll(this.tables.text, event.data) }];
    }
    if (!isObject(body)) return [event];
    const index = typeof body.index === 'number' ? body.index : -1;
    switch (body.type) {
      case 'content_block_start':
        return [this.start(event, body)];
      case 'content_block_delta':
        return [this.delta(event, body, index)];
      case 'content_block_stop':
        return [...this.release(index), event];
      case 'message_stop':
        return [...this.flush(), event];
      default:
        return [event];
    }
  }

  flush(): SseEvent[] {
    return [...this.blocks.keys()].flatMap((index) => this.release(index));
  }

  private start(event: SseEvent, body: Json): SseEvent {
    const block = body.content_block;
    if (!isObject(block)) return event;
    // Start events usually carry empty text or `{}` input; restore whatever they do carry, whole.
    const restored = restoreDeep(block, this.tables.text);
    if (JSON.stringify(restored) === JSON.stringify(block)) return event;
    return { ...event, data: JSON.stringify({ ...body, content_block: restored }) };
  }

  private delta(event: SseEvent, body: Json, index: number): SseEvent {
    const delta = body.delta;
    if (!isObject(delta) || typeof delta.type !== 'string') return event;
    const field = DELTA_FIELD[delta.type];
    const value = field === undefined ? undefined : delta[field];
    if (field === undefined || typeof value !== 'string') return event;
    let state = this.blocks.get(index);
    if (state === undefined) {
      const table = delta.type === 'input_json_delta' ? this.tables.json : this.tables.text;
      state = { deltaType: delta.type, replacer: new StreamingReplacer(table) };
      this.blocks.set(index, state);
    }
    const out = state.replacer.push(value);
    if (out === value) return event;
    const data = replaceJsonString(event.data, value, out);
    return { ...event, data: data ?? JSON.stringify({ ...body, delta: { ...delta, [field]: out } }) };
  }

  private release(index: number): SseEvent[] {
    const state = this.blocks.get(index);
    if (state === undefined) return [];
    this.blocks.delete(index);
    const text = state.replacer.flush();
    if (text === '') return [];
    const field = DELTA_FIELD[state.deltaType] as string;
    const data = { type: 'content_block_delta', index, delta: { type: state.deltaType, [field]: text } };
    return [{ event: 'content_block_delta', data: JSON.stringify(data) }];
  }
}
