import { existsSync, statSync } from 'node:fs';
import type { LocalModelConfig } from './config.js';
import { fileMissingMessage } from './config.js';
import type { LlamaRuntime } from './llama-runtime.js';
import { type LoadedModel, LocalModelError, loadLocalModel } from './model-loader.js';

/**
 * Owns one model's life: loads it once (concurrent callers share the attempt), remembers why it failed, and
 * retries only when the file on disk changed since, so a model dropped into models/ after start is picked up
 * without hammering llama.cpp with a broken file on every request.
 */
export type LocalModelStateName = 'idle' | 'loading' | 'ready' | 'failed';

export interface LocalModelState {
  state: LocalModelStateName;
  /** Why it failed, or what it is doing; never prompt content. */
  detail?: string;
}

function fileStamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export class ModelHost {
  private current: LocalModelState = { state: 'idle' };
  private loading: Promise<LoadedModel> | undefined;
  private loaded: LoadedModel | undefined;
  private failure: { error: LocalModelError; stamp: string } | undefined;
  private closed = false;

  constructor(
    readonly config: LocalModelConfig,
    private readonly runtime: () => Promise<LlamaRuntime>,
  ) {}

  state(): LocalModelState {
    if (this.current.state === 'idle' && !existsSync(this.config.path)) {
      return { state: 'idle', detail: fileMissingMessage(this.config) };
    }
    return { ...this.current };
  }

  get model(): LoadedModel | undefined {
    return this.loaded;
  }

  /** A failure that a new attempt cannot fix yet (the file did not change since). */
  stuckFailure(): LocalModelError | undefined {
    if (!this.failure) return undefined;
    return this.failure.stamp === fileStamp(this.config.path) ? this.failure.error : undefined;
  }

  /** Loads once; rejects with LocalModelError. */
  load(): Promise<LoadedModel> {
    if (this.closed) return Promise.reject(new LocalModelError('local model is shut down', 'load_failed'));
    if (this.loaded) return Promise.resolve(this.loaded);
    const stuck = this.stuckFailure();
    if (stuck) return Promise.reject(stuck);
    this.loading ??= this.attempt();
    return this.loading;
  }

  private async attempt(): Promise<LoadedModel> {
    const stamp = fileStamp(this.config.path);
    this.current = { state: 'loading', detail: `loading ${this.config.file}` };
    try {
      const loaded = await loadLocalModel(this.config, this.runtime);
      if (this.closed) {
        await loaded.dispose();
        throw new LocalModelError('local model is shut down', 'load_failed');
      }
      this.loaded = loaded;
      this.failure = undefined;
      this.current = {
        state: 'ready',
        detail: `${loaded.summary.architecture}, ${loaded.summary.quantization}, context ${loaded.context.contextSize}, ${loaded.context.totalSequences} sequences, chat format ${loaded.chatWrapper.wrapperName} (${loaded.chatTemplateSource})`,
      };
      return loaded;
    } catch (err) {
      const error =
        err instanceof LocalModelError
          ? err
          : new LocalModelError(`cannot load: ${(err as Error).message}`, 'load_failed');
      this.failure = { error, stamp };
      this.current = { state: 'failed', detail: error.message };
      throw error;
    } finally {
      this.loading = undefined;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.loading;
    if (pending) await pending.catch(() => undefined);
    const loaded = this.loaded;
    this.loaded = undefined;
    this.current = { state: 'idle', detail: 'closed' };
    if (loaded) await loaded.dispose();
  }
}
