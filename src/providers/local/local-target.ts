import { type OutboundRequest, type Target, TargetError, type TargetResponse } from '../types.js';
import { ByteChannel } from './byte-channel.js';
import type { LocalModelConfig } from './config.js';
import { type GenerationResult, generateOnSequence, promptTokens } from './generate.js';
import { createLlamaRuntime, type LlamaLogger, type LlamaRuntime } from './llama-runtime.js';
import { type LocalModelState, ModelHost } from './model-host.js';
import {
  InvalidRequestError,
  type LocalGeneration,
  parseChatRequest,
  parseCompletionRequest,
} from './openai-request.js';
import { errorBody, OpenAiAnswer, SSE_DONE, sseData, usageOf } from './openai-response.js';
import { abortReason, QueueFullError, SlotPool } from './slot-pool.js';

/**
 * The in-process model as a dispatch target: OpenAI chat/completions in, OpenAI JSON or SSE out. One request
 * holds one context sequence from admission to its last byte; the sequence is disposed after, so a slot can
 * never leak, and a client that goes away stops generation at the next token.
 */
export interface LocalModelTarget extends Target {
  kind: 'local';
  readonly config: LocalModelConfig;
  state(): LocalModelState;
  notReady(): string | undefined;
  queueDepth(): { running: number; waiting: number; slots: number; queueSize: number };
  /** Loads the model now (load: start does this at creation); resolves when ready, rejects with the reason. */
  load(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalTargetOptions {
  /** A shared llama.cpp backend; without one the target creates its own and disposes it on close. */
  runtime?: () => Promise<LlamaRuntime>;
  log?: LlamaLogger;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

function errorResponse(status: number, message: string, code: string, param?: string): TargetResponse {
  return { status, headers: JSON_HEADERS, body: once(errorBody(message, 'invalid_request_error', code, param)) };
}

function supportsInfill(loaded: { model: { tokens: { infill: { prefix: unknown; suffix: unknown } } } }): boolean {
  return loaded.model.tokens.infill.prefix !== null && loaded.model.tokens.infill.suffix !== null;
}

function memoize<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((err: unknown) => {
      made = undefined;
      throw err;
    });
    return made;
  };
}

export function createLocalModelTarget(config: LocalModelConfig, options: LocalTargetOptions = {}): LocalModelTarget {
  let ownRuntime: Promise<LlamaRuntime> | undefined;
  const runtime =
    options.runtime ??
    memoize(() => {
      ownRuntime = createLlamaRuntime({
        maxThreads: config.threads,
        gpu: config.gpuLayers === 0 ? false : 'auto',
        ...(options.log ? { log: options.log } : {}),
      });
      return ownRuntime;
    });
  const host = new ModelHost(config, runtime);
  const pool = new SlotPool(config.sequences, config.queueSize);
  const running = new Set<AbortController>();
  const inflight = new Set<Promise<unknown>>();
  let averageSeconds = 0;
  let closed = false;

  const retryAfter = (): number => {
    // Measured mean request time, scaled by how many requests are ahead; 1 s until something was measured.
    const ahead = (pool.waiting + 1) / pool.slots;
    return Math.min(60, Math.max(1, Math.ceil(averageSeconds * ahead)));
  };

  const unavailable = (message: string): TargetError =>
    new TargetError(`local model "${config.name}" is unavailable: ${message}`, 503, 'local_unavailable');

  function parse(req: OutboundRequest): LocalGeneration | TargetResponse {
    if (req.endpoint !== 'chat' && req.endpoint !== 'completions') {
      return errorResponse(
        400,
        `the local model "${config.name}" serves chat and completions only`,
        'unsupported_endpoint',
      );
    }
    try {
      return req.endpoint === 'chat' ? parseChatRequest(req.body) : parseCompletionRequest(req.body);
    } catch (err) {
      if (err instanceof InvalidRequestError) return errorResponse(400, err.message, 'invalid_request', err.param);
      throw err;
    }
  }

  async function send(req: OutboundRequest): Promise<TargetResponse> {
    if (closed) throw unavailable('shutting down');
    const parsed = parse(req);
    if (!('kind' in parsed)) return parsed;
    const generation = parsed;
    const stuck = host.stuckFailure();
    if (stuck) throw unavailable(stuck.message);

    let release: () => void;
    try {
      release = await pool.acquire(req.signal);
    } catch (err) {
      if (err instanceof QueueFullError) {
        throw new TargetError(
          `local model "${config.name}" is busy (${err.message})`,
          429,
          'local_queue_full',
          retryAfter(),
        );
      }
      throw err;
    }
    const started = performance.now();
    const controller = new AbortController();
    const onClientAbort = () => controller.abort(abortReason(req.signal));
    let finished = false;
    // The sequence id returns to the context asynchronously (under the context lock): the slot is released only
    // after that, or the next request would find no free sequence.
    const finish = async (sequenceDispose?: () => Promise<void>): Promise<void> => {
      if (finished) return;
      finished = true;
      req.signal.removeEventListener('abort', onClientAbort);
      running.delete(controller);
      const seconds = (performance.now() - started) / 1000;
      averageSeconds = averageSeconds === 0 ? seconds : averageSeconds * 0.8 + seconds * 0.2;
      try {
        await sequenceDispose?.();
      } catch {
        // A sequence that fails to dispose belongs to a context being torn down; its slot is moot.
      } finally {
        release();
      }
    };

    let loaded: Awaited<ReturnType<ModelHost['load']>>;
    try {
      loaded = await host.load();
    } catch (err) {
      await finish();
      throw unavailable((err as Error).message);
    }
    if (generation.kind === 'completion' && generation.suffix !== undefined && !supportsInfill(loaded)) {
      await finish();
      return errorResponse(
        400,
        `the local model "${config.name}" cannot fill in a suffix`,
        'unsupported_suffix',
        'suffix',
      );
    }
    if (req.signal.aborted) {
      await finish();
      throw abortReason(req.signal);
    }
    let prompt: number;
    try {
      prompt = promptTokens(loaded, generation);
    } catch (err) {
      await finish();
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
      await finish();
      return errorResponse(
        400,
        `the prompt takes ${prompt} tokens; the local model "${config.name}" holds ${contextSize} per request (context_size in models.yaml)`,
        'context_length_exceeded',
        generation.kind === 'chat' ? 'messages' : 'prompt',
      );
    }
    req.signal.addEventListener('abort', onClientAbort, { once: true });
    running.add(controller);
    let sequence: ReturnType<typeof loaded.context.getSequence>;
    try {
      sequence = loaded.context.getSequence();
    } catch (err) {
      await finish();
      throw unavailable(`no free sequence (${(err as Error).message})`);
    }
    const disposeSequence = () => sequence.dispose();
    const answer = new OpenAiAnswer(generation.kind, config.name);
    const echo = generation.kind === 'completion' && generation.echo ? generation.prompt : '';
    const hooks = { signal: controller.signal, defaultMaxTokens: config.maxTokens, promptTokens: prompt };

    if (!generation.stream) {
      let result: GenerationResult;
      const pending = generateOnSequence(loaded, sequence, generation, hooks);
      inflight.add(pending);
      try {
        result = await pending;
      } finally {
        inflight.delete(pending);
        await finish(disposeSequence);
      }
      if (result.aborted && req.signal.aborted) throw abortReason(req.signal);
      const usage = usageOf(result.promptTokens, result.completionTokens);
      const bytes = new TextEncoder().encode(
        JSON.stringify(answer.json(echo + result.text, result.finishReason, usage)),
      );
      return { status: 200, headers: JSON_HEADERS, body: once(bytes), model: config.name };
    }

    const channel = new ByteChannel(() => controller.abort(new DOMException('stream consumer stopped', 'AbortError')));
    const first = answer.first();
    if (first) channel.push(sseData(first));
    if (echo) channel.push(sseData(answer.delta(echo)));
    const streaming = generateOnSequence(loaded, sequence, generation, {
      ...hooks,
      onText: (text) => {
        if (text !== '') channel.push(sseData(answer.delta(text)));
      },
    }).then(
      (result) => {
        const usage = usageOf(result.promptTokens, result.completionTokens);
        channel.push(sseData(answer.last(result.finishReason, usage)));
        if (generation.includeUsage) channel.push(sseData(answer.usageChunk(usage)));
        channel.push(SSE_DONE);
        channel.end();
        return finish(disposeSequence);
      },
      (err: unknown) => {
        // A client that left needs no error; anything else must reach the relay as a failed stream.
        if (controller.signal.aborted) channel.end();
        else channel.fail(err);
        return finish(disposeSequence);
      },
    );
    inflight.add(streaming);
    void streaming.finally(() => inflight.delete(streaming));
    return { status: 200, headers: SSE_HEADERS, body: channel, model: config.name };
  }

  const target: LocalModelTarget = {
    kind: 'local',
    name: config.name,
    config,
    send,
    state: () => host.state(),
    // Says why a request sent now would fail, nothing else: the conductor checks it before sending, so a model
    // that is loading (requests wait for it) or whose file changed since it failed (the next request retries)
    // counts as ready. state() tells the whole story.
    notReady: () => {
      const s = host.state();
      const blocked = (s.state === 'idle' && s.detail !== undefined) || (s.state === 'failed' && host.stuckFailure());
      return blocked ? `local model "${config.name}" ${s.state}: ${s.detail}` : undefined;
    },
    queueDepth: () => ({ running: pool.active, waiting: pool.waiting, slots: pool.slots, queueSize: pool.queueSize }),
    load: async () => {
      await host.load();
    },
    close: async () => {
      closed = true;
      pool.rejectWaiting(unavailable('shutting down'));
      for (const controller of running) controller.abort(new DOMException('local model closing', 'AbortError'));
      // Generations stop at their next token; the context must outlive them.
      await Promise.allSettled([...inflight]);
      await host.close();
      const own = await ownRuntime?.catch(() => undefined);
      await own?.dispose();
    },
  };
  if (config.load === 'start') target.load().catch(() => undefined);
  return target;
}
