import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../../config/load.js';

/** Chat wrappers node-llama-cpp ships, by the names its resolveChatWrapper accepts. */
export const CHAT_TEMPLATE_NAMES = [
  'general',
  'deepSeek',
  'qwen',
  'llama3.2-lightweight',
  'llama3.1',
  'llama3',
  'llama2Chat',
  'mistral',
  'alpacaChat',
  'functionary',
  'chatML',
  'falconChat',
  'gemma4',
  'gemma',
  'harmony',
  'muse',
  'seed',
] as const;
export type ChatTemplateName = (typeof CHAT_TEMPLATE_NAMES)[number];

const positiveInt = z.number().int().positive();

/** Default for stream_interval_ms: a reader cannot tell 20 ms apart, and it caps events at 50 a second. */
export const STREAM_INTERVAL_MS = 20;

export const localModelSchema = z
  .object({
    /** GGUF file, relative to the models directory (VEIL_MODELS, default ./models) or absolute. */
    file: z.string().min(1),
    /** Tokens of context per request (prompt + answer); memory for it is reserved once per sequence. */
    context_size: positiveInt.min(256).default(4096),
    /** CPU threads for evaluation; on small machines fewer threads are often faster (see README). */
    threads: positiveInt.optional(),
    /** Requests generated in parallel; each takes one sequence of the context. */
    sequences: positiveInt.max(64).default(1),
    /** Requests waiting for a free sequence beyond which clients get 429. */
    queue_size: z.number().int().min(0).default(16),
    /** Layers offloaded to a GPU: auto decides from free VRAM; 0 keeps everything on the CPU. */
    gpu_layers: z.union([z.literal('auto'), z.literal('max'), z.number().int().min(0)]).default('auto'),
    /**
     * Used only when the GGUF file carries no chat template of its own: a built-in wrapper name (chatML,
     * llama3.1, mistral, ...) or a Jinja template.
     */
    chat_template: z
      .union([
        z.enum(CHAT_TEMPLATE_NAMES),
        z.string().refine((s) => s.includes('{{') || s.includes('{%'), {
          message: `a chat format name (${CHAT_TEMPLATE_NAMES.join(', ')}) or a Jinja template`,
        }),
      ])
      .optional(),
    /** start: load while the gateway starts (first answer is quick); lazy: on the first request. */
    load: z.enum(['lazy', 'start']).default('lazy'),
    /** Default answer length when the client sets no max_tokens. */
    max_tokens: positiveInt.default(512),
    /**
     * Streamed answers: text generated within this many ms goes out as one SSE event (the first token at once).
     * 0 sends every token as its own event, at a measured cost in gateway CPU per token.
     */
    stream_interval_ms: z.number().int().min(0).max(1000).default(STREAM_INTERVAL_MS),
  })
  .strict();

export const modelsFileSchema = z
  .object({ models: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/), localModelSchema).default({}) })
  .strict();

export interface LocalModelConfig {
  /** The model name clients use and the target name policies refer to (local.target, model_map values). */
  name: string;
  /** Absolute path of the GGUF file. */
  path: string;
  /** The file as written in models.yaml, for messages. */
  file: string;
  contextSize: number;
  threads: number;
  sequences: number;
  queueSize: number;
  gpuLayers: 'auto' | 'max' | number;
  chatTemplate?: string;
  load: 'lazy' | 'start';
  maxTokens: number;
  /** Streams: at most one SSE event per this many ms; 0 sends each token at once. */
  streamIntervalMs: number;
}

export interface LocalModelsConfig {
  models: LocalModelConfig[];
  /** Start-up notes for the operator: entries whose file is missing. Never fatal. */
  warnings: string[];
}

/** One thread on a machine with one or two cores, otherwise all but one: leaves room for the HTTP side. */
export function defaultThreads(cores: number = availableParallelism()): number {
  return cores <= 2 ? 1 : cores - 1;
}

export function toLocalModelConfig(
  name: string,
  entry: z.infer<typeof localModelSchema>,
  modelsDir: string,
): LocalModelConfig {
  return {
    name,
    path: isAbsolute(entry.file) ? entry.file : resolve(modelsDir, entry.file),
    file: entry.file,
    contextSize: entry.context_size,
    threads: entry.threads ?? defaultThreads(),
    sequences: entry.sequences,
    queueSize: entry.queue_size,
    gpuLayers: entry.gpu_layers,
    ...(entry.chat_template !== undefined ? { chatTemplate: entry.chat_template } : {}),
    load: entry.load,
    maxTokens: entry.max_tokens,
    streamIntervalMs: entry.stream_interval_ms,
  };
}

/**
 * Reads rules/models.yaml. A missing models.yaml means no local models; a missing GGUF file is a warning (the
 * target reports it in readiness) so a gateway without models still serves its cloud routes.
 */
export function loadModelsConfig(rulesDir: string, modelsDir: string): LocalModelsConfig {
  const file = join(rulesDir, 'models.yaml');
  if (!existsSync(file)) return { models: [], warnings: [] };
  const parsed = readYamlFile(file, modelsFileSchema);
  const models: LocalModelConfig[] = [];
  const warnings: string[] = [];
  for (const [name, entry] of Object.entries(parsed.models)) {
    const config = toLocalModelConfig(name, entry, modelsDir);
    if (!existsSync(config.path)) warnings.push(`local model "${name}": ${fileMissingMessage(config)}`);
    models.push(config);
  }
  return { models, warnings };
}

export function fileMissingMessage(config: Pick<LocalModelConfig, 'file' | 'path'>): string {
  return `file missing, see README (expected ${config.path}; get one with: veil models pull <uri>)`;
}
