import type { LlamaContextSequence } from 'node-llama-cpp';
import type { TargetResponse } from '../types.js';
import { ByteChannel } from './byte-channel.js';
import { type GenerationHooks, generateOnSequence, promptTokens } from './generate.js';
import type { LoadedModel } from './model-loader.js';
import type { LocalGeneration } from './openai-request.js';
import { errorBody, OpenAiAnswer, SSE_DONE, sseData, usageOf } from './openai-response.js';
import { abortReason } from './slot-pool.js';
import { TextBatcher } from './text-batcher.js';

/**
 * Turns one admitted generation into the TargetResponse: the whole JSON answer, or an SSE stream that starts
 * at once and ends with the usage chunk and [DONE]. Also the checks that need the loaded model before a
 * sequence is spent on a request (prompt length, infill support).
 */
export const JSON_HEADERS = { 'content-type': 'application/json' };
export const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** A whole answer already in memory as a TargetResponse body. */
export async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

export function errorResponse(status: number, message: string, code: string, param?: string): TargetResponse {
  return { status, headers: JSON_HEADERS, body: once(errorBody(message, 'invalid_request_error', code, param)) };
}

/** The prompt's token count, or the 400 answer when the request cannot run on this model. */
export function preflight(loaded: LoadedModel, generation: LocalGeneration, name: string): number | TargetResponse {
  if (generation.kind === 'completion' && generation.suffix !== undefined) {
    const infill = loaded.model.tokens.infill;
    if (infill.prefix === null || infill.suffix === null) {
      return errorResponse(400, `the local model "${name}" cannot fill in a suffix`, 'unsupported_suffix', 'suffix');
    }
  }
  let prompt: number;
  try {
    prompt = promptTokens(loaded, generation);
  } catch (err) {
    // A chat template can refuse a history (for example roles out of order); say so without quoting it.
    return errorResponse(
      400,
      `the local model's chat format cannot render these messages (${(err as Error).name})`,
      'invalid_messages',
      'messages',
    );
  }
  const contextSize = loaded.context.contextSize;
  if (prompt >= contextSize) {
    return errorResponse(
      400,
      `the prompt takes ${prompt} tokens; the local model "${name}" holds ${contextSize} per request (context_size in models.yaml)`,
      'context_length_exceeded',
      generation.kind === 'chat' ? 'messages' : 'prompt',
    );
  }
  return prompt;
}

export interface AdmittedRun {
  name: string;
  loaded: LoadedModel;
  sequence: LlamaContextSequence;
  generation: LocalGeneration;
  hooks: GenerationHooks;
  /** Aborts the generation (client gone, shutdown). */
  controller: AbortController;
  clientSignal: AbortSignal;
  /** Streams: at most one SSE event per this many ms (see TextBatcher). */
  streamIntervalMs: number;
  /** Disposes the sequence and frees the slot; called exactly once when generation is over. */
  finish: () => Promise<void>;
  /** Registers work that close() must wait for. */
  track: (work: Promise<unknown>) => void;
}

export async function answerJson(run: AdmittedRun): Promise<TargetResponse> {
  const answer = new OpenAiAnswer(run.generation.kind, run.name);
  const echo = run.generation.kind === 'completion' && run.generation.echo ? run.generation.prompt : '';
  const pending = generateOnSequence(run.loaded, run.sequence, run.generation, run.hooks);
  run.track(pending);
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } finally {
    await run.finish();
  }
  if (result.aborted && run.clientSignal.aborted) throw abortReason(run.clientSignal);
  const usage = usageOf(result.promptTokens, result.completionTokens);
  const bytes = new TextEncoder().encode(JSON.stringify(answer.json(echo + result.text, result.finishReason, usage)));
  return { status: 200, headers: JSON_HEADERS, body: once(bytes), model: run.name };
}

export function answerStream(run: AdmittedRun): TargetResponse {
  const { generation } = run;
  const answer = new OpenAiAnswer(generation.kind, run.name);
  const channel = new ByteChannel(() =>
    run.controller.abort(new DOMException('stream consumer stopped', 'AbortError')),
  );
  const first = answer.first();
  if (first) channel.push(sseData(first));
  if (generation.kind === 'completion' && generation.echo) channel.push(answer.deltaEvent(generation.prompt));
  const batcher = new TextBatcher(run.streamIntervalMs, (text) => channel.push(answer.deltaEvent(text)));
  const streaming = generateOnSequence(run.loaded, run.sequence, generation, {
    ...run.hooks,
    onText: (text) => batcher.push(text),
  }).then(
    (result) => {
      batcher.flush();
      const usage = usageOf(result.promptTokens, result.completionTokens);
      channel.push(sseData(answer.last(result.finishReason, usage)));
      if (generation.includeUsage) channel.push(sseData(answer.usageChunk(usage)));
      channel.push(SSE_DONE);
      channel.end();
      return run.finish();
    },
    (err: unknown) => {
      // A client that left needs no error; anything else must reach the relay as a failed stream.
      if (run.controller.signal.aborted) channel.end();
      else channel.fail(err);
      return run.finish();
    },
  );
  run.track(streaming);
  return { status: 200, headers: SSE_HEADERS, body: channel, model: run.name };
}
