import { basename } from 'node:path';
import { getLlama, LlamaLogLevel } from 'node-llama-cpp';
import { readRuntimeEnv } from '../config/env.js';
import { loadModelsConfig } from '../providers/local/config.js';
import { machineFacts, measureCopyBandwidth } from '../providers/local/hardware.js';
import { formatBytes, formatModelList, listModelFiles, table } from '../providers/local/model-files.js';
import { PullError, pullModel } from '../providers/local/pull.js';
import { recommend } from '../providers/local/recommend.js';
import { parseCommandArgs } from './args.js';

export const summary = 'local GGUF models (models list | models pull URI | models recommend)';

const USAGE =
  'veil models list [--dir DIR] [--json] | veil models pull URI [--dir DIR] [--file NAME] | veil models recommend [--context N] [--no-gpu-probe] [--json]';

function modelsDir(values: Record<string, string | boolean | undefined>): string {
  return typeof values.dir === 'string' ? values.dir : readRuntimeEnv().modelsDir;
}

async function list(values: Record<string, string | boolean | undefined>): Promise<number> {
  const dir = modelsDir(values);
  const entries = await listModelFiles(dir);
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    process.stdout.write(`no .gguf files in ${dir}; see \`veil models recommend\` and \`veil models pull\`\n`);
    return 0;
  }
  const usedBy = new Map<string, string[]>();
  try {
    for (const m of loadModelsConfig(readRuntimeEnv().rulesDir, dir).models) {
      usedBy.set(basename(m.path), [...(usedBy.get(basename(m.path)) ?? []), m.name]);
    }
  } catch {
    // An invalid models.yaml does not stop listing files; `veil doctor` reports it.
  }
  process.stdout.write(`${formatModelList(entries, usedBy)}\n`);
  return 0;
}

async function pull(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const [uri, ...extra] = positionals;
  if (uri === undefined || extra.length > 0) {
    process.stderr.write(`veil models pull takes one URI\nusage: ${USAGE}\n`);
    return 2;
  }
  const dir = modelsDir(values);
  try {
    const path = await pullModel(uri, {
      dir,
      ...(typeof values.file === 'string' ? { fileName: values.file } : {}),
      progress: process.stderr.isTTY === true,
    });
    process.stdout.write(
      `saved ${path}\nadd it to rules/models.yaml:\n  models:\n    local:\n      file: ${basename(path)}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof PullError) {
      process.stderr.write(`${err.message}\n`);
      return err.message.startsWith('cannot download') ? 1 : 2;
    }
    throw err;
  }
}

/** Asks llama.cpp which GPU backend it can use here (CUDA, Vulkan, Metal) and how much VRAM is free. */
async function probeGpu(): Promise<string> {
  try {
    const llama = await getLlama({ build: 'never', gpu: 'auto', logLevel: LlamaLogLevel.error, maxThreads: 1 });
    try {
      if (llama.gpu === false) return 'none usable by llama.cpp (CPU only)';
      const vram = await llama.getVramState();
      return `${llama.gpu}, ${formatBytes(vram.free)} free of ${formatBytes(vram.total)} VRAM`;
    } finally {
      await llama.dispose();
    }
  } catch (err) {
    return `probe failed (${(err as Error).message.split('\n')[0]})`;
  }
}

async function recommendCommand(values: Record<string, string | boolean | undefined>): Promise<number> {
  const context = values.context === undefined ? 8192 : Number(values.context);
  if (!Number.isInteger(context) || context < 512 || context > 131072) {
    process.stderr.write(`--context must be a whole number of tokens between 512 and 131072\nusage: ${USAGE}\n`);
    return 2;
  }
  const machine = machineFacts();
  const bandwidth = measureCopyBandwidth();
  const gpu = values['no-gpu-probe'] === true ? 'not probed' : await probeGpu();
  const rows = recommend(machine, bandwidth, context);
  if (values.json === true) {
    process.stdout.write(
      `${JSON.stringify({ machine, bandwidthBytesPerSecond: bandwidth, gpu, context, rows }, null, 2)}\n`,
    );
    return 0;
  }
  const features = machine.cpuFeatures.length > 0 ? machine.cpuFeatures.join(' ') : 'none detected';
  const out = [
    `CPU: ${machine.cpuModel}, ${machine.cores} cores; vector extensions: ${features}`,
    machine.cpuFeatures.includes('avx2') || machine.cpuFeatures.includes('asimd')
      ? ''
      : 'warning: no AVX2 (or NEON): llama.cpp runs several times slower; prefer the smallest models.',
    `RAM: ${formatBytes(machine.availableRamBytes)} available of ${formatBytes(machine.totalRamBytes)}`,
    `GPU devices: ${machine.gpuDevices.length > 0 ? machine.gpuDevices.join(', ') : 'none found'}; llama.cpp GPU: ${gpu}`,
    `memory copy speed (measured now): ${formatBytes(bandwidth)}/s`,
    '',
    table(
      ['model', 'quant', 'file', `RAM @${context} ctx`, 'fits', 'tokens/s (bound)', 'pull'],
      rows.map((r) => [
        r.model.name,
        r.quant,
        `~${formatBytes(r.fileBytes)}`,
        `~${formatBytes(r.ramBytes)}`,
        r.fit,
        r.tokensPerSecond >= 10 ? r.tokensPerSecond.toFixed(0) : r.tokensPerSecond.toFixed(1),
        `veil models pull ${r.pullUri}`,
      ]),
    ),
    '',
    'How these figures are made:',
    '  file: parameters x bits per weight of the quantization / 8 (models with large vocabularies come out larger).',
    "  RAM: file + KV cache at the context above (from each model's layer and head counts) + 300 MiB of buffers;",
    '       fits = yes under 80% of available RAM, tight under total RAM.',
    '  tokens/s: each generated token reads all weights once, so speed <= memory speed / file size. Real CPU speed',
    '       lands below this bound (often well below with few cores); with a GPU that holds the model it is higher.',
    '  Q4_K_M is the usual choice on a laptop; Q8_0 is near lossless but twice the size and half the speed.',
  ];
  process.stdout.write(`${out.filter((l, i) => l !== '' || i > 0).join('\n')}\n`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseCommandArgs(
    rest,
    {
      dir: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean' },
      context: { type: 'string' },
      'no-gpu-probe': { type: 'boolean' },
    },
    USAGE,
  );
  if (sub === 'list' && positionals.length === 0) return list(values);
  if (sub === 'pull') return pull(values, positionals);
  if (sub === 'recommend' && positionals.length === 0) return recommendCommand(values);
  process.stderr.write(`usage: ${USAGE}\n`);
  return 2;
}
