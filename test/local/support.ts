import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalModelConfig } from '../../src/providers/local/config.js';
import type { OutboundRequest } from '../../src/providers/types.js';
import { type TinyModelOptions, writeTinyModel } from '../fixtures/tiny-model.js';

export interface TempModels {
  dir: string;
  write(file: string, options?: TinyModelOptions): string;
  remove(): void;
}

export function tempModels(): TempModels {
  const dir = mkdtempSync(join(tmpdir(), 'veil-local-'));
  return {
    dir,
    write: (file, options) => writeTinyModel(join(dir, file), options),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A config for tests: one thread (other suites run in parallel on 2 cores), small context. */
export function testModelConfig(path: string, overrides: Partial<LocalModelConfig> = {}): LocalModelConfig {
  return {
    name: 'tiny-local',
    path,
    file: path,
    contextSize: 1024,
    threads: 1,
    sequences: 2,
    queueSize: 1,
    gpuLayers: 0,
    load: 'lazy',
    maxTokens: 16,
    streamIntervalMs: 0,
    ...overrides,
  };
}

export function chatRequest(body: Record<string, unknown>, signal?: AbortSignal): OutboundRequest {
  return {
    endpoint: 'chat',
    body: { model: 'tiny-local', messages: [{ role: 'user', content: 'Say hello to Ada.' }], ...body },
    stream: body.stream === true,
    model: 'tiny-local',
    headers: {},
    signal: signal ?? new AbortController().signal,
  };
}

export function completionRequest(body: Record<string, unknown>, signal?: AbortSignal): OutboundRequest {
  return {
    endpoint: 'completions',
    body: { model: 'tiny-local', prompt: 'Once upon a time', ...body },
    stream: body.stream === true,
    model: 'tiny-local',
    headers: {},
    signal: signal ?? new AbortController().signal,
  };
}

/** The parts of OpenAI answers the tests look at. */
export interface OpenAiChoice {
  index: number;
  message?: { role: string; content: string };
  delta?: { role?: string; content?: string };
  text?: string;
  finish_reason: string | null;
}
export interface OpenAiBody {
  id: string;
  object: string;
  model: string;
  choices: OpenAiChoice[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  error?: { message: string; param: string | null; code: string };
}

export async function readText(body: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of body) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The `data:` payloads of an SSE body, JSON-parsed except the final [DONE]. */
export function sseEvents(text: string): (OpenAiBody | '[DONE]')[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      if (!block.startsWith('data: ')) throw new Error(`not an SSE data block: ${block.slice(0, 40)}`);
      const data = block.slice('data: '.length);
      return data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as OpenAiBody);
    });
}

/** Waits until `check` holds, polling; for states that settle asynchronously (slots released after abort). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
