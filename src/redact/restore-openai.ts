import type { SseEvent } from '../http/sse.js';
import { replaceJsonString } from './json-splice.js';
import { replaceAll, restoreChangesNothing, StreamingReplacer } from './replacer.js';
import type { RestoreTables, StreamRestorer } from './restorer.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Delta fields that carry plain text, per choice. Tool-call arguments are handled per call index. */
const DELTA_TEXT = ['content', 'refusal', 'reasoning_content', 'reasoning'] as const;
type DeltaText = (typeof DELTA_TEXT)[number] | 'text';

/**
 * OpenAI chat and completions streams. Each (choice, field) and each (choice, tool call) is its own text
 * stream with its own replacer, because choices interleave and a placeholder can only be split within one
 * of them. Held text is released in the next event of the same stream, appended to the choice's
 * finish_reason event, or, at `[DONE]`/end, sent as an extra chunk shaped like the upstream's own.
 *
 * Most events of an answer hold no placeholder: while no stream holds text back, an event whose JSON text holds
 * no first character of a needle is passed on unparsed (see ReplacementTable.skippableJson for why that is
 * exact). An event whose restore changed one string is rewritten in its own text (replaceJsonString). Parsing
 * and re-serialising every event cost about 4 µs each, most of a 4 KB answer's restore.
 */
export class OpenAiStreamRestorer implements StreamRestorer {
  private readonly texts = new Map<string, { choice: number; field: DeltaText; replacer: StreamingReplacer }>();
  private readonly tools = new Map<string, { choice: number; call: number; replacer: StreamingReplacer }>();
  /**
   * The last chunk parsed: chunks this restorer adds copy its id/object/created/model. It is the last chunk
   * received whenever one is added, since chunks are only passed on unparsed while no stream holds text back.
   */
  private lastChunk: Json | undefined;
  /** How many strings the current event's restore changed, and the last of them before and after. */
  private edits = 0;
  private editedFrom = '';
  private editedTo = '';

  constructor(
    private readonly tables: RestoreTables,
    private readonly completions: boolean,
  ) {}

  restoreEvent(event: SseEvent): SseEvent[] {
    if (event.comment !== undefined || event.data === '') return [event];
    if (event.data.trim() === '[DONE]') return [...this.flush(), event];
    if (restoreChangesNothing(this.tables.text, event.data, [this.texts.values(), this.tools.values()])) return [event];
    let chunk: unknown;
    try {
      chunk = JSON.parse(event.data);
    } catch {
      return [{ ...event, data: replaceAll(this.tables.text, event.data) }];
    }
    if (!isObject(chunk) || !Array.isArray(chunk.choices)) return [event];
    const choices = chunk.choices;
    this.lastChunk = chunk;
    this.edits = 0;
    let changed = false;
    choices.forEach((choice: unknown, position: number) => {
      if (!isObject(choice)) return;
      const index = typeof choice.index === 'number' ? choice.index : position;
      const finished = choice.finish_reason !== null && choice.finish_reason !== undefined;
      if (this.completions) {
        changed = this.restoreField(choice, 'text', index, finished) || changed;
        return;
      }
      const delta = isObject(choice.delta) ? choice.delta : undefined;
      if (delta === undefined && !finished) return;
      const target = delta ?? {};
      for (const field of DELTA_TEXT) changed = this.restoreField(target, field, index, finished) || changed;
      changed = this.restoreToolCalls(target, index, finished) || changed;
      if (delta === undefined && Object.keys(target).length > 0) {
        choice.delta = target;
        this.edited(undefined, '');
        changed = true;
      }
    });
    if (!changed) return [event];
    return [{ ...event, data: this.splice(event.data) ?? JSON.stringify(chunk) }];
  }

  flush(): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.texts.size === 0 && this.tools.size === 0) return out;
    const template = this.template();
    for (const [key, s] of this.texts) {
      const text = s.replacer.flush();
      this.texts.delete(key);
      if (text === '') continue;
      const choice = this.completions
        ? { index: s.choice, text, finish_reason: null }
        : { index: s.choice, delta: { [s.field]: text }, finish_reason: null };
      out.push({ data: JSON.stringify({ ...template, choices: [choice] }) });
    }
    for (const [key, s] of this.tools) {
      const text = s.replacer.flush();
      this.tools.delete(key);
      if (text === '') continue;
      const delta = { tool_calls: [{ index: s.call, function: { arguments: text } }] };
      out.push({
        data: JSON.stringify({ ...template, choices: [{ index: s.choice, delta, finish_reason: null }] }),
      });
    }
    return out;
  }

  /** The upstream's fields of the latest chunk, but its choices and usage, for chunks this restorer adds. */
  private template(): Json {
    const last = this.lastChunk;
    const template: Json = {};
    if (last) for (const key of Object.keys(last)) if (key !== 'choices' && key !== 'usage') template[key] = last[key];
    return template;
  }

  /** Notes a change; `from` undefined: not a string replaced by a string, so the event is re-serialised. */
  private edited(from: string | undefined, to: string): void {
    this.edits += from === undefined ? 2 : 1;
    this.editedFrom = from ?? '';
    this.editedTo = to;
  }

  /** The event's text with its one changed string rewritten, when that is provably exact. */
  private splice(data: string): string | undefined {
    return this.edits === 1 ? replaceJsonString(data, this.editedFrom, this.editedTo) : undefined;
  }

  /** Restores holder[field] through its stream; on the choice's last event also releases what is held. */
  private restoreField(holder: Json, field: DeltaText, choice: number, finished: boolean): boolean {
    const value = holder[field];
    const key = `${choice}:${field}`;
    let state = this.texts.get(key);
    if (typeof value !== 'string' && !(finished && state?.replacer.pending)) return false;
    if (state === undefined) {
      state = { choice, field, replacer: new StreamingReplacer(this.tables.text) };
      this.texts.set(key, state);
    }
    const input = typeof value === 'string' ? value : '';
    const out = finished ? state.replacer.flush(input) : state.replacer.push(input);
    if (finished) this.texts.delete(key);
    if (out === value) return false;
    holder[field] = out;
    this.edited(typeof value === 'string' ? value : undefined, out);
    return true;
  }

  private restoreToolCalls(delta: Json, choice: number, finished: boolean): boolean {
    let changed = false;
    const calls = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
    calls.forEach((call: unknown, position: number) => {
      if (!isObject(call) || !isObject(call.function) || typeof call.function.arguments !== 'string') return;
      const index = typeof call.index === 'number' ? call.index : position;
      const key = `${choice}:${index}`;
      let state = this.tools.get(key);
      if (state === undefined) {
        state = { choice, call: index, replacer: new StreamingReplacer(this.tables.json) };
        this.tools.set(key, state);
      }
      const args = call.function.arguments;
      const out = finished ? state.replacer.flush(args) : state.replacer.push(args);
      if (finished) this.tools.delete(key);
      if (out !== args) {
        call.function.arguments = out;
        this.edited(args, out);
        changed = true;
      }
    });
    if (!finished) return changed;
    // Calls that got no fragment in this last event may still hold text.
    const extra: Json[] = [];
    for (const [key, s] of this.tools) {
      if (s.choice !== choice) continue;
      this.tools.delete(key);
      const text = s.replacer.flush();
      if (text !== '') extra.push({ index: s.call, function: { arguments: text } });
    }
    if (extra.length === 0) return changed;
    delta.tool_calls = [...calls, ...extra];
    this.edited(undefined, '');
    return true;
  }
}
