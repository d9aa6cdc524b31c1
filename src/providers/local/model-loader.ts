import { existsSync } from 'node:fs';
import {
  type ChatWrapper,
  type LlamaContext,
  type LlamaEmbeddingContext,
  type LlamaModel,
  resolveChatWrapper,
  type SpecializedChatWrapperTypeName,
} from 'node-llama-cpp';
import { CHAT_TEMPLATE_NAMES, fileMissingMessage, type LocalModelConfig } from './config.js';
import { GgufCheckError, type GgufSummary, inspectGguf } from './gguf-inspect.js';
import type { LlamaRuntime } from './llama-runtime.js';

/** A model ready to generate: its weights, one context with a sequence per parallel request, a chat wrapper. */
export interface LoadedModel {
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper;
  summary: GgufSummary;
  /** Where the chat format came from, for doctor and readiness details. */
  chatTemplateSource: 'file' | 'config' | 'guessed';
  /**
   * The context for /v1/embeddings, made on first use (a second context of context_size tokens: models that
   * only chat never pay its memory).
   */
  embeddingContext(): Promise<LlamaEmbeddingContext>;
  dispose(): Promise<void>;
}

/** Why a model cannot be used, in words an operator can act on; never contains prompt text. */
export class LocalModelError extends Error {
  override name = 'LocalModelError';
  constructor(
    message: string,
    readonly reason: 'file_missing' | 'invalid_file' | 'load_failed',
  ) {
    super(message);
  }
}

function isTemplateName(value: string): value is SpecializedChatWrapperTypeName {
  return (CHAT_TEMPLATE_NAMES as readonly string[]).includes(value);
}

function chooseChatWrapper(
  model: LlamaModel,
  config: LocalModelConfig,
  summary: GgufSummary,
): { wrapper: ChatWrapper; source: LoadedModel['chatTemplateSource'] } {
  if (summary.hasChatTemplate || config.chatTemplate === undefined) {
    // With a template in the file, "auto" uses it; without one it guesses from the file name and architecture.
    return {
      wrapper: resolveChatWrapper(model, { warningLogs: false }),
      source: summary.hasChatTemplate ? 'file' : 'guessed',
    };
  }
  const template = config.chatTemplate;
  const wrapper = isTemplateName(template)
    ? resolveChatWrapper(model, { type: template, warningLogs: false })
    : resolveChatWrapper(model, {
        type: 'jinjaTemplate',
        warningLogs: false,
        fallbackToOtherWrappersOnJinjaError: false,
        customWrapperSettings: { jinjaTemplate: { template } },
      });
  return { wrapper, source: 'config' };
}

/** Checks the file in pure JS first, and only then starts the llama.cpp backend (which takes a second or two). */
export async function loadLocalModel(
  config: LocalModelConfig,
  getRuntime: () => Promise<LlamaRuntime>,
): Promise<LoadedModel> {
  if (!existsSync(config.path)) throw new LocalModelError(fileMissingMessage(config), 'file_missing');
  let summary: GgufSummary;
  try {
    summary = await inspectGguf(config.path);
  } catch (err) {
    if (err instanceof GgufCheckError) throw new LocalModelError(`invalid model file: ${err.message}`, 'invalid_file');
    throw err;
  }

  const runtime = await getRuntime();
  let model: LlamaModel;
  try {
    model = await runtime.llama.loadModel({ modelPath: config.path, gpuLayers: config.gpuLayers });
  } catch (err) {
    const log = runtime.recentLog().slice(-3).join(' | ');
    throw new LocalModelError(
      `cannot load ${config.file}: ${(err as Error).message}${log ? ` (llama.cpp: ${log})` : ''}`,
      'load_failed',
    );
  }
  let context: LlamaContext;
  try {
    context = await model.createContext({
      contextSize: config.contextSize,
      sequences: config.sequences,
      threads: config.threads,
    });
  } catch (err) {
    await model.dispose();
    throw new LocalModelError(
      `cannot create a ${config.contextSize}-token context for ${config.file}: ${(err as Error).message}`,
      'load_failed',
    );
  }
  let chosen: ReturnType<typeof chooseChatWrapper>;
  try {
    chosen = chooseChatWrapper(model, config, summary);
  } catch (err) {
    await context.dispose();
    await model.dispose();
    throw new LocalModelError(
      `chat_template of "${config.name}" is unusable: ${(err as Error).message}`,
      'load_failed',
    );
  }
  let embedding: Promise<LlamaEmbeddingContext> | undefined;
  return {
    model,
    context,
    chatWrapper: chosen.wrapper,
    chatTemplateSource: chosen.source,
    summary,
    embeddingContext: () => {
      embedding ??= model
        .createEmbeddingContext({ contextSize: config.contextSize, threads: config.threads })
        .catch((err: unknown) => {
          embedding = undefined;
          throw err;
        });
      return embedding;
    },
    dispose: async () => {
      const made = await embedding?.catch(() => undefined);
      await made?.dispose();
      await context.dispose();
      await model.dispose();
    },
  };
}
