import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, totalmem } from 'node:os';

/**
 * What this machine offers a local model: memory, CPU vector extensions (llama.cpp's CPU kernels are several
 * times faster with AVX2 than without), GPU devices, and a measured memory copy speed, which bounds token
 * generation on a CPU (every generated token reads all the weights once).
 */
export interface MachineFacts {
  cpuModel: string;
  cores: number;
  /** Vector extensions llama.cpp uses, as listed in /proc/cpuinfo (empty off Linux). */
  cpuFeatures: string[];
  totalRamBytes: number;
  /** MemAvailable on Linux (includes reclaimable cache), os.freemem() elsewhere. */
  availableRamBytes: number;
  /** GPU devices visible to the OS (driver files), independent of whether llama.cpp can use them. */
  gpuDevices: string[];
}

const INTERESTING_FLAGS = ['avx', 'avx2', 'fma', 'f16c', 'avx512f', 'avx512bw', 'avx512_vnni', 'avx_vnni', 'amx_int8'];

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function parseCpuFlags(cpuinfo: string): string[] {
  const line = cpuinfo.split('\n').find((l) => /^(flags|Features)\s*:/.test(l));
  if (!line) return [];
  const flags = new Set(
    line
      .slice(line.indexOf(':') + 1)
      .trim()
      .split(/\s+/),
  );
  // ARM lists its SIMD as asimd (NEON) and optionally sve / i8mm / dotprod.
  const arm = ['asimd', 'sve', 'i8mm', 'asimddp'];
  return [...INTERESTING_FLAGS, ...arm].filter((f) => flags.has(f));
}

export function parseMemAvailable(meminfo: string): number | undefined {
  const match = /^MemAvailable:\s+(\d+)\s+kB/m.exec(meminfo);
  return match ? Number(match[1]) * 1024 : undefined;
}

function gpuDevices(): string[] {
  const found: string[] = [];
  const nvidia = readText('/proc/driver/nvidia/gpus') !== undefined || existsSync('/dev/nvidia0');
  if (nvidia) found.push('NVIDIA (/dev/nvidia0)');
  if (existsSync('/dev/kfd')) found.push('AMD ROCm (/dev/kfd)');
  if (existsSync('/dev/dri/renderD128')) found.push('DRM render node (/dev/dri/renderD128)');
  if (process.platform === 'darwin' && process.arch === 'arm64') found.push('Apple Silicon (Metal)');
  return found;
}

export function machineFacts(): MachineFacts {
  const cpuinfo = readText('/proc/cpuinfo') ?? '';
  const meminfo = readText('/proc/meminfo') ?? '';
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown CPU',
    cores: availableParallelism(),
    cpuFeatures: parseCpuFlags(cpuinfo),
    totalRamBytes: totalmem(),
    availableRamBytes: parseMemAvailable(meminfo) ?? freemem(),
    gpuDevices: gpuDevices(),
  };
}

/**
 * Copies a buffer larger than any CPU cache a few times and returns bytes moved (read + written) per second.
 * A rough stand-in for the bandwidth llama.cpp sees while generating; the best of three runs filters noise
 * from other processes.
 */
export function measureCopyBandwidth(bytes = 128 * 1024 * 1024): number {
  const from = Buffer.alloc(bytes, 1);
  const to = Buffer.allocUnsafe(bytes);
  from.copy(to); // first touch maps the pages; not timed
  let best = 0;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    from.copy(to);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    best = Math.max(best, (2 * bytes) / seconds);
  }
  return best;
}
