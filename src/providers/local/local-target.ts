import type { LlamaEmbeddingContext } from 'node-llama-cpp';
import { type OutboundRequest, type Target, TargetError, type TargetResponse } from '../types.js';
import { type AdmittedRun, answerJson, answerStream, errorResponse, preflight } from './answer.js';
import type { LocalModelConfig } from './config.js';
import { answerEmbeddings, type EmbeddingsRequest, parseEmbeddingsRequest } from './embeddings.js';
import { createLlamaRuntime, type LlamaLogger, type LlamaRuntime } from './llama-runtime.js';
import { type LocalModelState, ModelHost } from './model-host.js';
import {
  InvalidRequestError,
  type LocalGeneration,
  parseChatRequest,
  parseCompletionRequest,
} from './openai-request.js';
import { abortReason, QueueFullError, SlotPool } from './slot-pool.js';

/**
 * The in-process model as a dispatch target: OpenAI chat/completions in, OpenAI JSON or SSE out (and
 * embeddings). One request holds one context sequence from admission to its last byte; the sequence is
 * disposed after, so a slot can never leak, and a client that goes away stops generation at the next token.
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
        `the local model "${config.name}" serves chat, completions and embeddings only`,
        'unsupported_endpoint',
      );
    }
    try {
      return req.endpoint === 'chat' ? parseChatRequest(req.body) : parseCompletionRequest(req.body);
    } catch (err) {
      if (err instanceof InvalidRequestError) return errorResponse(400, err.message, err.code, err.param);
      throw err;
    }
  }

  /** A slot of the pool, or 429 when the queue is full. */
  async function admit(signal: AbortSignal): Promise<() => void> {
    try {
      return await pool.acquire(signal);
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
  }

  /** Embeddings take a slot like a generation (they compete for the same CPU) but no context sequence. */
  async function embed(req: OutboundRequest, request: EmbeddingsRequest): Promise<TargetResponse> {
    const release = await admit(req.signal);
    try {
      let context: LlamaEmbeddingContext;
      try {
        context = await (await host.load()).embeddingContext();
      } catch (err) {
        throw unavailable((err as Error).message);
      }
      return await answerEmbeddings(context, request, config.name, config.contextSize, req.signal);
    } finally {
      release();
    }
  }

  async function send(req: OutboundRequest): Promise<TargetResponse> {
    if (closed) throw unavailable('shutting down');
    if (req.endpoint === 'embeddings') {
      let request: EmbeddingsRequest;
      try {
        request = parseEmbeddingsRequest(req.body);
      } catch (err) {
        if (err instanceof InvalidRequestError) return errorResponse(400, err.message, err.code, err.param);
        throw err;
      }
      const stuck = host.stuckFailure();
      if (stuck) throw unavailable(stuck.message);
      const work = embed(req, request);
      inflight.add(work);
      void work.then(
        () => inflight.delete(work),
        () => inflight.delete(work),
      );
      return work;
    }
    const parsed = parse(req);
    if (!('kind' in parsed)) return parsed;
    const generation = parsed;
    const stuck = host.stuckFailure();
    if (stuck) throw unavailable(stuck.message);

    const release = await admit(req.signal);
    let started = performance.now();
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
      if (sequenceDispose) {
        // Only generations count towards the Retry-After estimate; quick refusals would drag it down.
        const seconds = (performance.now() - started) / 1000;
        averageSeconds = averageSeconds === 0 ? seconds : averageSeconds * 0.8 + seconds * 0.2;
      }
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
    if (req.signal.aborted) {
      await finish();
      throw abortReason(req.signal);
    }
    started = performance.now(); // the Retry-After estimate is about generation time, not a one-off load
    const prompt = preflight(loaded, generation, config.name);
    if (typeof prompt !== 'number') {
      await finish();
      return prompt;
    }
    let sequence: ReturnType<typeof loaded.context.getSequence>;
    try {
      sequence = loaded.context.getSequence();
    } catch (err) {
      await finish();
      throw unavailable(`no free sequence (${(err as Error).message})`);
    }
    req.signal.addEventListener('abort', onClientAbort, { once: true });
    running.add(controller);
    const run: AdmittedRun = {
      name: config.name,
      loaded,
      sequence,
      generation,
      hooks: { signal: controller.signal, defaultMaxTokens: config.maxTokens, promptTokens: prompt },
      controller,
      clientSignal: req.signal,
      streamIntervalMs: config.streamIntervalMs,
      finish: () => finish(() => sequence.dispose()),
      track: (work) => {
        inflight.add(work);
        void work.then(
          () => inflight.delete(work),
          () => inflight.delete(work),
        );
      },
    };
    return generation.stream ? answerStream(run) : answerJson(run);
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
