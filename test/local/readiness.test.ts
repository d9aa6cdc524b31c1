import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlamaRuntime, type LlamaRuntime } from '../../src/providers/local/llama-runtime.js';
import { createLocalModelTarget, type LocalModelTarget } from '../../src/providers/local/local-target.js';
import { TargetError } from '../../src/providers/types.js';
import { chatRequest, eventually, readText, type TempModels, tempModels, testModelConfig } from './support.js';

let models: TempModels;
let runtime: LlamaRuntime;
const opened: LocalModelTarget[] = [];

beforeAll(async () => {
  models = tempModels();
  runtime = await createLlamaRuntime({ maxThreads: 1, gpu: false });
});

afterAll(async () => {
  await Promise.all(opened.map((t) => t.close()));
  await runtime?.dispose();
  models?.remove();
});

function target(file: string, overrides: Parameters<typeof testModelConfig>[1] = {}): LocalModelTarget {
  const t = createLocalModelTarget(testModelConfig(join(models.dir, file), overrides), {
    runtime: () => Promise.resolve(runtime),
  });
  opened.push(t);
  return t;
}

describe('local model readiness', () => {
  it('a lazy model is idle and ready to serve before its first request, then loads once', async () => {
    models.write('lazy.gguf');
    const t = target('lazy.gguf');
    expect(t.state().state).toBe('idle');
    expect(t.notReady()).toBeUndefined();
    const res = await t.send(chatRequest({ max_tokens: 2 }));
    expect(res.status).toBe(200);
    await readText(res.body);
    expect(t.state().state).toBe('ready');
    expect(t.state().detail).toContain('llama');
  });

  it('load: start loads without any request; requests during the load wait for it instead of failing', async () => {
    models.write('eager.gguf');
    const t = target('eager.gguf', { load: 'start' });
    expect(['loading', 'ready']).toContain(t.state().state);
    expect(t.notReady()).toBeUndefined();
    const res = await t.send(chatRequest({ max_tokens: 2 }));
    expect(res.status).toBe(200);
    await readText(res.body);
    await eventually(() => t.state().state === 'ready');
  });

  it('a missing file reports "file missing, see README", answers 503, and loads once the file appears', async () => {
    const t = target('later.gguf');
    expect(t.notReady()).toContain('file missing, see README');
    const err = await t.send(chatRequest({ max_tokens: 2 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect(err).toMatchObject({ status: 503, code: 'local_unavailable' });
    expect((err as Error).message).toContain('file missing, see README');
    expect(t.state().state).toBe('failed');

    expect(t.notReady()).toContain('file missing, see README');
    models.write('later.gguf');
    // The next request retries: readiness no longer blocks it.
    expect(t.notReady()).toBeUndefined();
    const res = await t.send(chatRequest({ max_tokens: 2 }));
    expect(res.status).toBe(200);
    await readText(res.body);
    expect(t.notReady()).toBeUndefined();
  });

  it('a file that would abort llama.cpp is refused by the header check, and the process lives on', async () => {
    models.write('no-ffn.gguf', { omitKeys: ['llama.feed_forward_length', 'llama.attention.head_count'] });
    const t = target('no-ffn.gguf');
    await expect(t.load()).rejects.toThrow(/feed_forward_length/);
    expect(t.state().state).toBe('failed');
    expect(t.notReady()).toMatch(/invalid model file.*head_count/);
    await expect(t.send(chatRequest({ max_tokens: 2 }))).rejects.toMatchObject({ status: 503 });
  });

  it('a file that is not GGUF at all fails with a clear reason', async () => {
    writeFileSync(join(models.dir, 'garbage.gguf'), Buffer.from('this is not a model, just text'.repeat(50)));
    const t = target('garbage.gguf');
    await expect(t.load()).rejects.toThrow(/not a readable GGUF file/);
    expect(t.notReady()).toContain('failed');
    expect(t.state().detail).toContain('not a readable GGUF file');
  });

  it('uses the chat template inside the file, else the configured one, else a guess', async () => {
    models.write('with-template.gguf', { chatTemplate: 'chatml' });
    models.write('no-template.gguf');
    const own = target('with-template.gguf', { chatTemplate: 'llama3' });
    const configured = target('no-template.gguf', { chatTemplate: 'chatML' });
    const jinja = target('no-template.gguf', {
      chatTemplate: "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}[assistant] ",
    });
    const guessed = target('no-template.gguf');
    await Promise.all([own.load(), configured.load(), jinja.load(), guessed.load()]);
    expect(own.state().detail).toMatch(/\(file\)/);
    expect(configured.state().detail).toMatch(/ChatML \(config\)/);
    expect(jinja.state().detail).toMatch(/\(config\)/);
    expect(guessed.state().detail).toMatch(/\(guessed\)/);
    const res = await jinja.send(chatRequest({ max_tokens: 3 }));
    expect(res.status).toBe(200);
    await readText(res.body);
  });

  it('refuses requests after close', async () => {
    models.write('closing.gguf');
    const t = target('closing.gguf');
    await t.load();
    await t.close();
    await expect(t.send(chatRequest({ max_tokens: 2 }))).rejects.toMatchObject({ status: 503 });
  });
});
