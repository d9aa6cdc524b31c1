import type { MachineFacts } from './hardware.js';

/**
 * Which small instruct models fit this machine, and roughly how fast they generate on its CPU.
 *
 * Size: parameters × bits per weight of the quantization (llama.cpp's published averages) ÷ 8.
 * Memory: file size + KV cache at the chosen context (2 × layers × KV heads × head size × 2 bytes per token,
 * from each model's published configuration) + a fixed allowance for compute buffers.
 * Speed: on a CPU, generating one token reads every weight once, so tokens/s ≤ memory bandwidth ÷ file size.
 * The bandwidth is measured on this machine by `measureCopyBandwidth`; real figures land below this bound.
 */
export interface CatalogModel {
  name: string;
  /** Billions of parameters. */
  paramsB: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** A Hugging Face repository with official or widely used GGUF files, and its file name pattern. */
  repo: string;
  file: (quant: string) => string;
  notes: string;
}

export const QUANT_BITS: Record<string, number> = {
  Q3_K_M: 3.91,
  Q4_K_M: 4.89,
  Q5_K_M: 5.7,
  Q6_K: 6.56,
  Q8_0: 8.5,
};

export const CATALOG: CatalogModel[] = [
  {
    name: 'Qwen2.5-0.5B-Instruct',
    paramsB: 0.49,
    layers: 24,
    kvHeads: 2,
    headDim: 64,
    repo: 'Qwen/Qwen2.5-0.5B-Instruct-GGUF',
    file: (q) => `qwen2.5-0.5b-instruct-${q.toLowerCase()}.gguf`,
    notes: 'fastest; fine for short rewrites and classification, weak at reasoning',
  },
  {
    name: 'Llama-3.2-1B-Instruct',
    paramsB: 1.24,
    layers: 16,
    kvHeads: 8,
    headDim: 64,
    repo: 'bartowski/Llama-3.2-1B-Instruct-GGUF',
    file: (q) => `Llama-3.2-1B-Instruct-${q}.gguf`,
    notes: 'good English summaries at 1B; 128k training context',
  },
  {
    name: 'Qwen2.5-1.5B-Instruct',
    paramsB: 1.54,
    layers: 28,
    kvHeads: 2,
    headDim: 128,
    repo: 'Qwen/Qwen2.5-1.5B-Instruct-GGUF',
    file: (q) => `qwen2.5-1.5b-instruct-${q.toLowerCase()}.gguf`,
    notes: 'the default in rules/models.yaml: multilingual, small KV cache, usable on any laptop',
  },
  {
    name: 'Qwen2.5-3B-Instruct',
    paramsB: 3.09,
    layers: 36,
    kvHeads: 2,
    headDim: 128,
    repo: 'Qwen/Qwen2.5-3B-Instruct-GGUF',
    file: (q) => `qwen2.5-3b-instruct-${q.toLowerCase()}.gguf`,
    notes: 'clearly better answers than 1.5B at half the speed',
  },
  {
    name: 'Llama-3.2-3B-Instruct',
    paramsB: 3.21,
    layers: 28,
    kvHeads: 8,
    headDim: 128,
    repo: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
    file: (q) => `Llama-3.2-3B-Instruct-${q}.gguf`,
    notes: 'strong English instruction following for its size',
  },
  {
    name: 'Phi-3.5-mini-instruct',
    paramsB: 3.82,
    layers: 32,
    kvHeads: 32,
    headDim: 96,
    repo: 'bartowski/Phi-3.5-mini-instruct-GGUF',
    file: (q) => `Phi-3.5-mini-instruct-${q}.gguf`,
    notes: 'good reasoning, but no grouped-query attention: its KV cache is large, keep the context short',
  },
  {
    name: 'Qwen2.5-7B-Instruct',
    paramsB: 7.62,
    layers: 28,
    kvHeads: 4,
    headDim: 128,
    repo: 'bartowski/Qwen2.5-7B-Instruct-GGUF',
    file: (q) => `Qwen2.5-7B-Instruct-${q}.gguf`,
    notes: 'near cloud quality for everyday tasks; wants 8 GB of free RAM and patience on a CPU',
  },
  {
    name: 'Llama-3.1-8B-Instruct',
    paramsB: 8.03,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    repo: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
    file: (q) => `Meta-Llama-3.1-8B-Instruct-${q}.gguf`,
    notes: 'widely used 8B; similar needs to Qwen2.5-7B',
  },
];

/** Compute buffers and runtime overhead beyond weights and KV cache. */
const OVERHEAD_BYTES = 300 * 1024 * 1024;

export interface Recommendation {
  model: CatalogModel;
  quant: string;
  fileBytes: number;
  ramBytes: number;
  fit: 'yes' | 'tight' | 'no';
  /** Upper bound on generation speed on this CPU. */
  tokensPerSecond: number;
  pullUri: string;
}

export function kvCacheBytes(model: CatalogModel, contextTokens: number): number {
  return 2 * model.layers * model.kvHeads * model.headDim * 2 * contextTokens;
}

export function recommend(
  machine: Pick<MachineFacts, 'availableRamBytes' | 'totalRamBytes'>,
  bandwidthBytesPerSecond: number,
  contextTokens: number,
  quants: string[] = ['Q4_K_M', 'Q8_0'],
): Recommendation[] {
  const rows: Recommendation[] = [];
  for (const model of CATALOG) {
    for (const quant of quants) {
      const bits = QUANT_BITS[quant];
      if (bits === undefined) continue;
      const fileBytes = (model.paramsB * 1e9 * bits) / 8;
      const ramBytes = fileBytes + kvCacheBytes(model, contextTokens) + OVERHEAD_BYTES;
      const fit =
        ramBytes <= machine.availableRamBytes * 0.8 ? 'yes' : ramBytes <= machine.totalRamBytes ? 'tight' : 'no';
      rows.push({
        model,
        quant,
        fileBytes,
        ramBytes,
        fit,
        tokensPerSecond: bandwidthBytesPerSecond / fileBytes,
        pullUri: `hf:${model.repo}/${model.file(quant)}`,
      });
    }
  }
  return rows;
}
