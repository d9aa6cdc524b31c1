import { type LocalModelsConfig, loadModelsConfig } from './config.js';
import { createLlamaRuntime, type LlamaLogger, type LlamaRuntime } from './llama-runtime.js';
import { createLocalModelTarget, type LocalModelTarget } from './local-target.js';

/**
 * Entry point for the gateway: every model of rules/models.yaml as a target, named as clients and policies
 * call it, all sharing one llama.cpp backend that is created only when the first model loads.
 */
export { CHAT_TEMPLATE_NAMES, type LocalModelConfig, loadModelsConfig } from './config.js';
export { createLocalModelTarget, type LocalModelTarget, type LocalTargetOptions } from './local-target.js';
export type { LocalModelState, LocalModelStateName } from './model-host.js';

export interface LocalTargets {
  targets: Map<string, LocalModelTarget>;
  /** Start-up notes (missing files); never fatal. */
  warnings: string[];
  close(): Promise<void>;
}

export function createLocalTargetsFromConfig(config: LocalModelsConfig, log?: LlamaLogger): LocalTargets {
  let runtime: Promise<LlamaRuntime> | undefined;
  const maxThreads = Math.max(1, ...config.models.map((m) => m.threads));
  const anyGpu = config.models.some((m) => m.gpuLayers !== 0);
  const shared = () => {
    runtime ??= createLlamaRuntime({ maxThreads, gpu: anyGpu ? 'auto' : false, ...(log ? { log } : {}) }).catch(
      (err: unknown) => {
        runtime = undefined;
        throw err;
      },
    );
    return runtime;
  };
  const targets = new Map<string, LocalModelTarget>();
  for (const model of config.models) targets.set(model.name, createLocalModelTarget(model, { runtime: shared }));
  return {
    targets,
    warnings: config.warnings,
    close: async () => {
      await Promise.all([...targets.values()].map((t) => t.close()));
      const made = await runtime?.catch(() => undefined);
      await made?.dispose();
    },
  };
}

/** Reads rules/models.yaml (absent: no local models) and creates the targets. */
export function createLocalTargets(rulesDir: string, modelsDir: string, log?: LlamaLogger): LocalTargets {
  return createLocalTargetsFromConfig(loadModelsConfig(rulesDir, modelsDir), log);
}
