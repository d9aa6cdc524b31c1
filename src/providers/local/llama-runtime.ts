import { getLlama, type Llama, LlamaLogLevel } from 'node-llama-cpp';

/**
 * One llama.cpp backend per process, shared by every local model. Built with `build: "never"` (a missing
 * prebuilt binary must fail at once, not start a 16-minute compile) and an explicit thread ceiling, because
 * node-llama-cpp's default oversubscribes small machines by a wide margin.
 */
export type LlamaLogger = (level: 'error' | 'warn', message: string) => void;

export interface LlamaRuntime {
  llama: Llama;
  /** The last llama.cpp warnings and errors: load failures only say "Failed to load model" otherwise. */
  recentLog(): string[];
  dispose(): Promise<void>;
}

export interface LlamaRuntimeOptions {
  maxThreads: number;
  /** false keeps llama.cpp on the CPU and skips probing GPU backends (faster start on CPU-only hosts). */
  gpu: 'auto' | false;
  log?: LlamaLogger;
}

const KEEP_LINES = 20;

export async function createLlamaRuntime(options: LlamaRuntimeOptions): Promise<LlamaRuntime> {
  const lines: string[] = [];
  const llama = await getLlama({
    build: 'never',
    gpu: options.gpu,
    maxThreads: options.maxThreads,
    logLevel: LlamaLogLevel.warn,
    logger: (level, message) => {
      const text = message.trim();
      if (text === '') return;
      const severity = level === LlamaLogLevel.error || level === LlamaLogLevel.fatal ? 'error' : 'warn';
      if (level !== LlamaLogLevel.error && level !== LlamaLogLevel.fatal && level !== LlamaLogLevel.warn) return;
      lines.push(text);
      if (lines.length > KEEP_LINES) lines.shift();
      options.log?.(severity, text);
    },
  });
  return {
    llama,
    recentLog: () => [...lines],
    dispose: () => llama.dispose(),
  };
}
