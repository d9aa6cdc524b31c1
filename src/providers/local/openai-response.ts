import { randomBytes } from 'node:crypto';

/**
 * The local model's answers in the OpenAI wire format, so restore, relay and clients treat them exactly like
 * a cloud answer: chat.completion / text_completion JSON, and SSE chunks ending in `data: [DONE]`.
 */
export type FinishReason = 'stop' | 'length';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function usageOf(promptTokens: number, completionTokens: number): Usage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

const encoder = new TextEncoder();

export function sseData(payload: unknown): Uint8Array {
  return encoder.encode(`data: ${JSON.stringify(payload)}\n\n`);
}

export const SSE_DONE = encoder.encode('data: [DONE]\n\n');

/** Builds the response objects of one answer; id and created are fixed per answer as OpenAI does. */
export class OpenAiAnswer {
  readonly id: string;
  readonly created = Math.floor(Date.now() / 1000);
  /**
   * A delta event is the same JSON for every token but the text, so it is serialised once, split where the
   * text goes, and each token only JSON-escapes its text between the two halves.
   */
  private deltaHalves: [string, string] | undefined;

  constructor(
    readonly kind: 'chat' | 'completion',
    readonly model: string,
  ) {
    this.id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-local${randomBytes(12).toString('hex')}`;
  }

  /** The SSE event of one piece of answer text: equal to sseData(delta(text)), built without an object. */
  deltaEvent(text: string): Uint8Array {
    this.deltaHalves ??= this.splitDelta();
    return encoder.encode(this.deltaHalves[0] + JSON.stringify(text) + this.deltaHalves[1]);
  }

  private splitDelta(): [string, string] {
    const marker = JSON.stringify('\u0000veil-text\u0000');
    const whole = `data: ${JSON.stringify(this.delta(JSON.parse(marker) as string))}\n\n`;
    const at = whole.indexOf(marker);
    return [whole.slice(0, at), whole.slice(at + marker.length)];
  }

  json(text: string, finishReason: FinishReason, usage: Usage): Record<string, unknown> {
    const choice =
      this.kind === 'chat'
        ? { index: 0, message: { role: 'assistant', content: text }, logprobs: null, finish_reason: finishReason }
        : { index: 0, text, logprobs: null, finish_reason: finishReason };
    return { ...this.head(false), choices: [choice], usage };
  }

  /** The opening chunk: chat streams announce the assistant role first, as OpenAI does. */
  first(): Record<string, unknown> | undefined {
    if (this.kind !== 'chat') return undefined;
    return {
      ...this.head(true),
      choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }],
    };
  }

  delta(text: string): Record<string, unknown> {
    const choice =
      this.kind === 'chat'
        ? { index: 0, delta: { content: text }, logprobs: null, finish_reason: null }
        : { index: 0, text, logprobs: null, finish_reason: null };
    return { ...this.head(true), choices: [choice] };
  }

  /**
   * The closing chunk carries the finish reason and, always, the usage: the gateway's audit reads it even when
   * the client did not ask for stream_options.include_usage.
   */
  last(finishReason: FinishReason, usage: Usage): Record<string, unknown> {
    const choice =
      this.kind === 'chat'
        ? { index: 0, delta: {}, logprobs: null, finish_reason: finishReason }
        : { index: 0, text: '', logprobs: null, finish_reason: finishReason };
    return { ...this.head(true), choices: [choice], usage };
  }

  /** The separate usage-only chunk clients ask for with stream_options.include_usage. */
  usageChunk(usage: Usage): Record<string, unknown> {
    return { ...this.head(true), choices: [], usage };
  }

  private head(chunk: boolean): Record<string, unknown> {
    const object = this.kind === 'chat' ? (chunk ? 'chat.completion.chunk' : 'chat.completion') : 'text_completion';
    return { id: this.id, object, created: this.created, model: this.model, system_fingerprint: 'veil-local' };
  }
}

export function errorBody(message: string, type: string, code: string, param?: string): Uint8Array {
  return encoder.encode(JSON.stringify({ error: { message, type, param: param ?? null, code } }));
}
