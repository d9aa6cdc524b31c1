import { statSync } from 'node:fs';
import { GgmlType, type GgufFileInfo, GgufFileType, readGgufFileInfo } from 'node-llama-cpp';

/**
 * Reads and checks a GGUF header in pure JS before llama.cpp sees the file: some malformed files make
 * llama.cpp abort the whole process (GGML_ASSERT) instead of throwing, so the gateway must refuse them here.
 */
export interface GgufSummary {
  path: string;
  sizeBytes: number;
  architecture: string;
  name?: string;
  /** Sum of the tensors' element counts. */
  parameters: number;
  /** File type as llama.cpp names it (Q4_K_M, Q8_0, F16, ...). */
  quantization: string;
  contextLength?: number;
  hasChatTemplate: boolean;
}

export class GgufCheckError extends Error {
  override name = 'GgufCheckError';
}

/** Recurrent architectures have no attention heads or feed-forward sizes to check. */
const RECURRENT = new Set(['mamba', 'mamba2', 'rwkv6', 'rwkv6qwen2', 'rwkv7', 'arwkv7']);

function positive(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value) > 0;
  // Some architectures store per-layer sizes as arrays.
  if (Array.isArray(value)) return value.length > 0 && value.some((v) => positive(v));
  return false;
}

function lookup(metadata: unknown, dotted: string): unknown {
  let node: unknown = metadata;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** What is missing for llama.cpp to load the file safely; empty when the header looks complete. */
export function structuralProblems(info: GgufFileInfo): string[] {
  const problems: string[] = [];
  const arch = lookup(info.metadata, 'general.architecture');
  if (typeof arch !== 'string' || arch === '') return ['general.architecture is missing'];
  const required = [`${arch}.block_count`, `${arch}.embedding_length`];
  if (!RECURRENT.has(arch)) required.push(`${arch}.feed_forward_length`, `${arch}.attention.head_count`);
  for (const key of required) if (!positive(lookup(info.metadata, key))) problems.push(`${key} is missing or zero`);
  const tokens = lookup(info.metadata, 'tokenizer.ggml.tokens');
  if (!Array.isArray(tokens) || tokens.length === 0) problems.push('tokenizer.ggml.tokens is missing');
  if (typeof lookup(info.metadata, 'tokenizer.ggml.model') !== 'string')
    problems.push('tokenizer.ggml.model is missing');
  if (!info.tensorInfo || info.tensorInfo.length === 0) problems.push('the file holds no tensors');
  return problems;
}

function quantizationName(info: GgufFileInfo): string {
  const fileType = lookup(info.metadata, 'general.file_type');
  if (typeof fileType === 'number' && GgufFileType[fileType] !== undefined) {
    return GgufFileType[fileType].replace(/^(MOSTLY|ALL)_/, '');
  }
  // Older files carry no file type: name the type most of the weight bytes use.
  const counts = new Map<number, number>();
  for (const t of info.tensorInfo ?? []) {
    const elements = t.dimensions.reduce<number>((n, d) => n * Number(d), 1);
    counts.set(t.ggmlType, (counts.get(t.ggmlType) ?? 0) + elements);
  }
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return dominant ? (GgmlType[dominant[0]] ?? 'unknown') : 'unknown';
}

export function summarizeGguf(path: string, sizeBytes: number, info: GgufFileInfo): GgufSummary {
  const architecture = String(lookup(info.metadata, 'general.architecture') ?? 'unknown');
  const name = lookup(info.metadata, 'general.name');
  const contextLength = lookup(info.metadata, `${architecture}.context_length`);
  const parameters = (info.tensorInfo ?? []).reduce(
    (sum, t) => sum + t.dimensions.reduce<number>((n, d) => n * Number(d), 1),
    0,
  );
  return {
    path,
    sizeBytes,
    architecture,
    ...(typeof name === 'string' ? { name } : {}),
    parameters,
    quantization: quantizationName(info),
    ...(typeof contextLength === 'number' ? { contextLength } : {}),
    hasChatTemplate: typeof lookup(info.metadata, 'tokenizer.chat_template') === 'string',
  };
}

/** Reads the header of a local file; throws GgufCheckError naming the problem (never the file's content). */
export async function inspectGguf(path: string, options: { strict?: boolean } = {}): Promise<GgufSummary> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new GgufCheckError(`cannot read ${path}`);
  }
  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(path, { sourceType: 'filesystem', logWarnings: false, readTensorInfo: true });
  } catch (err) {
    throw new GgufCheckError(`${path} is not a readable GGUF file (${(err as Error).message.slice(0, 200)})`);
  }
  if (options.strict !== false) {
    const problems = structuralProblems(info);
    if (problems.length > 0) throw new GgufCheckError(`${path} is incomplete: ${problems.join('; ')}`);
  }
  return summarizeGguf(path, size, info);
}
