import { LlamaChat, LlamaCompletion, type LlamaContextSequence } from 'node-llama-cpp';
import type { LoadedModel } from './model-loader.js';
import type { LocalGeneration, SamplingOptions } from './openai-request.js';
import type { FinishReason } from './openai-response.js';

/**
 * Runs one request on one context sequence (never shared: two generations on one sequence interleave and
 * corrupt each other's KV state) and reports exact token usage from the sequence's token meter, which counts
 * what was evaluated, unlike text callbacks that merge byte tokens.
 */
export interface GenerationResult {
  text: string;
  finishReason: FinishReason;
  promptTokens: number;
  completionTokens: number;
  /** True when the signal stopped generation early. */
  aborted: boolean;
}

export interface GenerationHooks {
  onText?: (text: string) => void;
  signal: AbortSignal;
  /** Used when the request sets no max_tokens. */
  defaultMaxTokens: number;
  /** From promptTokens(); bounds the answer length. */
  promptTokens: number;
}

/**
 * Tokens the prompt takes in the model's format. Counted before generating because llama.cpp would otherwise
 * "shift" an overlong prompt, silently dropping part of what the user sent, or fail deep inside generation.
 */
export function promptTokens(loaded: LoadedModel, request: LocalGeneration): number {
  if (request.kind === 'chat') {
    const { contextText } = loaded.chatWrapper.generateContextState({ chatHistory: request.history });
    return contextText.tokenize(loaded.model.tokenizer).length;
  }
  const suffix = request.suffix !== undefined ? loaded.model.tokenize(request.suffix).length : 0;
  return loaded.model.tokenize(request.prompt).length + suffix + 1;
}

function libraryOptions(sampling: SamplingOptions, sequence: LlamaContextSequence, hooks: GenerationHooks) {
  // The answer must fit beside the prompt: generating past the context would shift the prompt out.
  const room = Math.max(1, sequence.contextSize - hooks.promptTokens);
  const maxTokens = Math.min(sampling.maxTokens ?? hooks.defaultMaxTokens, room);
  return {
    maxTokens,
    temperature: sampling.temperature,
    ...(sampling.topP !== undefined ? { topP: sampling.topP } : {}),
    ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
    ...(sampling.stop.length > 0 ? { customStopTriggers: sampling.stop } : {}),
    repeatPenalty: {
      ...(sampling.frequencyPenalty !== undefined ? { frequencyPenalty: sampling.frequencyPenalty } : {}),
      ...(sampling.presencePenalty !== undefined ? { presencePenalty: sampling.presencePenalty } : {}),
    },
    signal: hooks.signal,
    stopOnAbortSignal: true,
    ...(hooks.onText ? { onTextChunk: hooks.onText } : {}),
  };
}

function finishReasonOf(stopReason: string): FinishReason {
  return stopReason === 'maxTokens' ? 'length' : 'stop';
}

export async function generateOnSequence(
  loaded: LoadedModel,
  sequence: LlamaContextSequence,
  request: LocalGeneration,
  hooks: GenerationHooks,
): Promise<GenerationResult> {
  const options = libraryOptions(request.sampling, sequence, hooks);
  let text: string;
  let stopReason: string;
  if (request.kind === 'chat') {
    const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: loaded.chatWrapper });
    try {
      const result = await chat.generateResponse(request.history, options);
      text = result.response;
      stopReason = result.metadata.stopReason;
    } finally {
      chat.dispose({ disposeSequence: false });
    }
  } else {
    const completion = new LlamaCompletion({ contextSequence: sequence });
    try {
      const result =
        request.suffix !== undefined && completion.infillSupported
          ? await completion.generateInfillCompletionWithMeta(request.prompt, request.suffix, options)
          : await completion.generateCompletionWithMeta(request.prompt, options);
      text = result.response;
      stopReason = result.metadata.stopReason;
    } finally {
      completion.dispose({ disposeSequence: false });
    }
  }
  const meter = sequence.tokenMeter.getState();
  return {
    text,
    finishReason: finishReasonOf(stopReason),
    promptTokens: meter.usedInputTokens,
    completionTokens: meter.usedOutputTokens,
    aborted: stopReason === 'abort' || hooks.signal.aborted,
  };
}
