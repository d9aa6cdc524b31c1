import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/models.js';
import { parseCpuFlags, parseMemAvailable } from '../../src/providers/local/hardware.js';
import { defaultFileName, PullError, parseModelSource, pullModel } from '../../src/providers/local/pull.js';
import { CATALOG, kvCacheBytes, recommend } from '../../src/providers/local/recommend.js';
import { type TempModels, tempModels } from './support.js';

let models: TempModels;

beforeAll(() => {
  models = tempModels();
  models.write('tiny-chatml.gguf', { chatTemplate: 'chatml', layers: 3 });
  writeFileSync(join(models.dir, 'broken.gguf'), 'not a model');
  writeFileSync(join(models.dir, 'notes.txt'), 'ignored');
});

afterAll(() => models?.remove());

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('veil models list', () => {
  it('lists GGUF files with size, architecture, parameters, quantization and context from the header', async () => {
    const io = capture();
    expect(await run(['list', '--dir', models.dir])).toBe(0);
    const lines = io.out().split('\n');
    const tiny = lines.find((l) => l.startsWith('tiny-chatml.gguf')) ?? '';
    expect(tiny).toMatch(/KiB\s+llama\s+\d+(\.\d)?K\s+F32\s+2048\s+yes/);
    expect(lines.find((l) => l.startsWith('broken.gguf'))).toContain('unreadable');
    expect(io.out()).not.toContain('notes.txt');
  });

  it('prints JSON with exact parameter counts', async () => {
    const io = capture();
    expect(await run(['list', '--dir', models.dir, '--json'])).toBe(0);
    const entries = JSON.parse(io.out()) as { file: string; summary?: { parameters: number; architecture: string } }[];
    const tiny = entries.find((e) => e.file === 'tiny-chatml.gguf');
    // 3 layers of E=64, F=128, KV=32 plus embeddings and output over a 356-token vocabulary.
    const perLayer = 64 + 64 * 64 * 2 + 64 * 32 * 2 + 64 + 3 * 64 * 128;
    expect(tiny?.summary?.parameters).toBe(2 * 64 * 356 + 3 * perLayer + 64);
  });

  it('says so when the directory holds no models', async () => {
    const io = capture();
    expect(await run(['list', '--dir', join(models.dir, 'nothing-here')])).toBe(0);
    expect(io.out()).toContain('no .gguf files');
  });
});

describe('veil models pull', () => {
  it('accepts Hugging Face URIs and https URLs, and refuses anything else before any network access', () => {
    expect(parseModelSource('hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf')).toEqual({
      modelUri: 'hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf',
    });
    expect(parseModelSource('hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M')).toHaveProperty('modelUri');
    expect(parseModelSource('https://example.org/m.gguf')).toEqual({ modelUrl: 'https://example.org/m.gguf' });
    expect(() => parseModelSource('http://example.org/m.gguf')).toThrow(/https/);
    expect(() => parseModelSource('/etc/passwd')).toThrow(PullError);
    expect(() => parseModelSource('ftp://x/y.gguf')).toThrow(/not a model URI/);
  });

  it('keeps the file name of the URI so models.yaml can name it plainly', () => {
    expect(defaultFileName('hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf')).toBe(
      'qwen2.5-1.5b-instruct-q4_k_m.gguf',
    );
    expect(defaultFileName('https://example.org/a/b/model.Q4_K_M.gguf?download=true')).toBe('model.Q4_K_M.gguf');
    expect(defaultFileName('hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M')).toBeUndefined();
  });

  it('exits 2 with usage for a missing or malformed URI', async () => {
    const io = capture();
    expect(await run(['pull'])).toBe(2);
    expect(await run(['pull', 'not-a-uri', '--dir', models.dir])).toBe(2);
    expect(io.err()).toContain('not a model URI');
  });

  it('fails at once with a clear message when the host is unreachable (offline)', async () => {
    const port = await closedPort();
    await expect(pullModel(`https://127.0.0.1:${port}/m.gguf`, { dir: models.dir })).rejects.toThrow(
      /unreachable.*\n.*copy it into the models directory/,
    );
    const io = capture();
    expect(await run(['pull', `https://127.0.0.1:${port}/m.gguf`, '--dir', models.dir])).toBe(1);
    expect(io.err()).toContain('cannot download');
  });
});

describe('veil models recommend', () => {
  const gib = 1024 ** 3;

  it('reads CPU features and available memory from /proc formats', () => {
    expect(parseCpuFlags('processor : 0\nflags\t\t: fpu sse2 avx avx2 fma f16c avx512f\n')).toEqual([
      'avx',
      'avx2',
      'fma',
      'f16c',
      'avx512f',
    ]);
    expect(parseCpuFlags('Features\t: fp asimd evtstrm aes sve\n')).toEqual(['asimd', 'sve']);
    expect(parseMemAvailable('MemTotal: 100 kB\nMemAvailable:    2048 kB\n')).toBe(2048 * 1024);
  });

  it('marks what fits the memory and scales the speed bound with bandwidth and file size', () => {
    const rows = recommend({ availableRamBytes: 4 * gib, totalRamBytes: 8 * gib }, 10 * gib, 4096);
    const byName = (name: string, quant: string) => rows.find((r) => r.model.name === name && r.quant === quant);
    expect(byName('Qwen2.5-0.5B-Instruct', 'Q4_K_M')?.fit).toBe('yes');
    expect(byName('Qwen2.5-7B-Instruct', 'Q4_K_M')?.fit).toBe('tight');
    expect(byName('Llama-3.1-8B-Instruct', 'Q8_0')?.fit).toBe('no');
    const small = byName('Qwen2.5-1.5B-Instruct', 'Q4_K_M')!;
    const large = byName('Qwen2.5-1.5B-Instruct', 'Q8_0')!;
    expect(small.tokensPerSecond * small.fileBytes).toBeCloseTo(10 * gib);
    expect(large.tokensPerSecond).toBeLessThan(small.tokensPerSecond);
    expect(small.pullUri).toBe('hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf');
  });

  it('counts the KV cache per token from layers, KV heads and head size', () => {
    const phi = CATALOG.find((m) => m.name.startsWith('Phi'))!;
    const qwen = CATALOG.find((m) => m.name === 'Qwen2.5-3B-Instruct')!;
    // Without grouped-query attention Phi-3.5 needs far more cache than a similar-size GQA model.
    expect(kvCacheBytes(phi, 1)).toBe(2 * 32 * 32 * 96 * 2);
    expect(kvCacheBytes(phi, 8192)).toBeGreaterThan(5 * kvCacheBytes(qwen, 8192));
  });

  it('prints a table with its basis, and JSON on request', async () => {
    const io = capture();
    expect(await run(['recommend', '--no-gpu-probe', '--context', '4096'])).toBe(0);
    expect(io.out()).toContain('memory copy speed (measured now)');
    expect(io.out()).toContain('How these figures are made');
    expect(io.out()).toContain('veil models pull hf:');
    const json = capture();
    expect(await run(['recommend', '--no-gpu-probe', '--json'])).toBe(0);
    const parsed = JSON.parse(json.out()) as { bandwidthBytesPerSecond: number; rows: unknown[] };
    expect(parsed.bandwidthBytesPerSecond).toBeGreaterThan(0);
    expect(parsed.rows.length).toBe(CATALOG.length * 2);
    expect(await run(['recommend', '--context', 'lots'])).toBe(2);
  });
});
