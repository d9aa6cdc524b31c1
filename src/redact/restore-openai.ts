import type { SseEvent } from '../http/sse.js';
import { replaceAll, StreamingReplacer } from './replacer.js';
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
 */
export class OpenAiStreamRestorer implements StreamRestorer {
  private readonly texts = new Map<string, { choice: number; field: DeltaText; replacer: StreamingReplacer }>();
  private readonly tools = new Map<string, { choice: number; call: number; replacer: StreamingReplacer }>();
  /** id/object/created/model of the last chunk, copied into chunks this restorer has to add. */
  private template: Json = {};

  constructor(
    private readonly tables: RestoreTables,
    private readonly completions: boolean,
  ) {}

  restoreEvent(event: SseEvent): SseEvent[] {
    if (event.comment !== undefined || event.data === '') return [event];
    if (event.data.trim() === '[DONE]') return [...this.flush(), event];
    let chunk: unknown;
    try {
      chunk = JSON.parse(event.data);
    } catch {
      return [{ ...event, data: replaceAll(this.tables.text, event.data) }];
    }
    if (!isObject(chunk) || !Array.isArray(chunk.choices)) return [event];
    const { choices, ...rest } = chunk;
    this.template = { ...rest };
    delete this.template.usage;
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
        changed = true;
      }
    });
    return changed ? [{ ...event, data: JSON.stringify(chunk) }] : [event];
  }

  flush(): SseEvent[] {
    const out: SseEvent[] = [];
    for (const [key, s] of this.texts) {
      const text = s.replacer.flush();
      this.texts.delete(key);
      if (text === '') continue;
      const choice = this.completions
        ? { index: s.choice, text, finish_reason: null }
        : { index: s.choice, delta: { [s.field]: text }, finish_reason: null };
      out.push({ data: JSON.stringify({ ...this.template, choices: [choice] }) });
    }
    for (const [key, s] of this.tools) {
      const text = s.replacer.flush();
      this.tools.delete(key);
      if (text === '') continue;
      const delta = { tool_calls: [{ index: s.call, function: { arguments: text } }] };
      out.push({
        data: JSON.stringify({ ...this.template, choices: [{ index: s.choice, delta, finish_reason: null }] }),
      });
    }
    return out;
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
    return true;
  }
}
