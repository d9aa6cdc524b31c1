import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LlamaChat, resolveChatWrapper } from 'node-llama-cpp';
import { startGateway } from '../src/gateway.js';
import { ByteChannel } from '../src/providers/local/byte-channel.js';
import type { LocalModelConfig } from '../src/providers/local/config.js';
import { createLlamaRuntime } from '../src/providers/local/llama-runtime.js';
import { createLocalModelTarget } from '../src/providers/local/local-target.js';
import { OpenAiAnswer, sseData } from '../src/providers/local/openai-response.js';
import { writeTinyModel } from '../test/fixtures/tiny-model.js';

/**
 * Local model speed: node-llama-cpp called directly against the same model behind Veil's local target (and,
 * when the caller adds it, through the whole gateway over HTTP), in one run, interleaved round by round so
 * drift from other load on the machine hits every path alike. Every path generates the same number of tokens
 * from the same prompt with greedy sampling; the generated model never emits end-of-generation, so each
 * answer is exactly max_tokens long.
 */

/** One streamed OpenAI chat request: returns the SSE bytes of the answer. */
export type StreamSend = (body: Record<string, unknown>) => Promise<AsyncIterable<Uint8Array>>;

export interface Sample {
  ttftMs: number;
  totalMs: number;
  completionTokens: number;
  /** CPU time of this whole process (llama.cpp threads and JS) during the request, per generated token. */
  cpuMsPerToken?: number;
}

export interface PathStats {
  path: string;
  rounds: number;
  /**
   * Median over rounds of this path's tokens/s divided by the baseline's in the same round, minus one: pairs
   * runs that saw the same background load, so it is steadier than comparing two medians on a busy machine.
   */
  pairedChangeVsBaseline: number;
  ttftMsMedian: number;
  tokensPerSecondMedian: number;
  /** Tokens after the first divided by the time after the first: the steady decode rate. */
  decodeTokensPerSecondMedian: number;
  /**
   * Process CPU time per generated token: what a path costs regardless of how much CPU other programs left
   * it, so it stays meaningful on a busy machine where wall-clock rates swing.
   */
  cpuMsPerTokenMedian: number;
}

export interface LocalBenchOptions {
  rounds?: number;
  maxTokens?: number;
  /** Shape of the generated model; the default is big enough that per-token compute is not negligible. */
  model?: { layers: number; embd: number; ff: number; heads: number; kvHeads: number };
  threads?: number;
  /** Extra paths measured in the same rounds, e.g. the gateway over HTTP; given the model file's path. */
  extraPaths?: (modelPath: string, modelName: string) => Promise<Record<string, StreamSend>>;
  /** Also measure the whole gateway over HTTP (default true). */
  gateway?: boolean;
  out?: (line: string) => void;
}

// The e-mail address makes the gateway's policy route the request to the local model (EMAIL: local), so
// every path sees the very same prompt.
const PROMPT = 'Summarise the quarterly report for jane.doe@example.com in three sentences.';
const MODEL_NAME = 'bench-local';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function requestBody(maxTokens: number): Record<string, unknown> {
  return {
    model: MODEL_NAME,
    messages: [{ role: 'user', content: PROMPT }],
    max_tokens: maxTokens,
    temperature: 0,
    stream: true,
  };
}

/** Reads an OpenAI SSE answer: time to the first content chunk, and the completion tokens from usage. */
export async function measureOpenAiStream(send: StreamSend, maxTokens: number): Promise<Sample> {
  const started = performance.now();
  const body = await send(requestBody(maxTokens));
  const decoder = new TextDecoder();
  let buffer = '';
  let ttftMs = -1;
  let completionTokens = 0;
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      const data = event.startsWith('data: ') ? event.slice(6) : '';
      if (data === '' || data === '[DONE]') continue;
      const parsed = JSON.parse(data) as {
        choices?: { delta?: { content?: string } }[];
        usage?: { completion_tokens?: number };
      };
      if (ttftMs < 0 && (parsed.choices?.[0]?.delta?.content ?? '') !== '') ttftMs = performance.now() - started;
      if (parsed.usage?.completion_tokens !== undefined) completionTokens = parsed.usage.completion_tokens;
    }
  }
  return { ttftMs, totalMs: performance.now() - started, completionTokens };
}

const rate = (s: Sample) => (s.completionTokens * 1000) / s.totalMs;

function summarize(path: string, samples: Sample[], baseline: Sample[]): PathStats {
  return {
    path,
    rounds: samples.length,
    pairedChangeVsBaseline: median(samples.map((s, i) => rate(s) / rate(baseline[i] ?? s) - 1)),
    ttftMsMedian: median(samples.map((s) => s.ttftMs)),
    tokensPerSecondMedian: median(samples.map(rate)),
    cpuMsPerTokenMedian: median(samples.map((s) => s.cpuMsPerToken ?? Number.NaN)),
    decodeTokensPerSecondMedian: median(
      samples.map((s) => ((s.completionTokens - 1) * 1000) / Math.max(1e-6, s.totalMs - s.ttftMs)),
    ),
  };
}

/**
 * The whole gateway over HTTP on loopback, in this process: auth, inspection (the e-mail address is found),
 * the policy's local route, the local target, restore and audit. Returns the path and its cleanup.
 */
export async function startGatewayPath(
  modelPath: string,
  modelName: string,
  threads: number,
): Promise<{ send: StreamSend; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'veil-bench-gateway-'));
  const rules = join(dir, 'rules');
  // The repository's rules (detector packs, upstreams), with the default team routing e-mail addresses local.
  cpSync(join(import.meta.dirname, '..', 'rules'), rules, { recursive: true });
  writeFileSync(
    join(rules, 'policies', 'default.yaml'),
    `team: default\nupstreams:\n  openai: openai\nactions:\n  EMAIL: local\nlocal:\n  target: ${modelName}\n`,
  );
  writeFileSync(
    join(rules, 'models.yaml'),
    `models:\n  ${modelName}:\n    file: ${modelPath}\n    context_size: 2048\n    threads: ${threads}\n    sequences: 1\n    queue_size: 4\n    gpu_layers: 0\n    load: start\n`,
  );
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    rulesDir: rules,
    dbPath: join(dir, 'veil.db'),
    // The cloud upstream is never called: every bench request is routed local by the policy.
    env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_API_KEY: 'sk-unused', VEIL_MODELS: dir },
  });
  const key = gateway.keys.create('default').key;
  return {
    send: async (body) => {
      const res = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 200 || !res.body || res.headers.get('x-veil-route') !== 'local') {
        throw new Error(`gateway path: status ${res.status}, route ${res.headers.get('x-veil-route')}`);
      }
      return res.body;
    },
    close: async () => {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What the target adds per token in JavaScript, measured apart from the model: building and encoding one SSE
 * chunk, passing it through the byte channel, and a client decoding and parsing it. Wall-clock comparisons
 * on a shared machine swing by more than this, so it is printed next to them.
 */
export async function measureFormattingMicros(tokens = 100_000): Promise<number> {
  const answer = new OpenAiAnswer('chat', MODEL_NAME);
  const channel = new ByteChannel(() => undefined);
  const reader = channel[Symbol.asyncIterator]();
  const decoder = new TextDecoder();
  const before = process.cpuUsage();
  for (let i = 0; i < tokens; i++) {
    channel.push(sseData(answer.delta('ab')));
    const { value } = await reader.next();
    JSON.parse(decoder.decode(value, { stream: true }).slice('data: '.length));
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / tokens;
}

export async function runLocalBench(options: LocalBenchOptions = {}): Promise<PathStats[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const rounds = options.rounds ?? 9;
  const maxTokens = options.maxTokens ?? 64;
  const threads = options.threads ?? 1;
  const shape = options.model ?? { layers: 8, embd: 512, ff: 1408, heads: 8, kvHeads: 4 };
  const dir = mkdtempSync(join(tmpdir(), 'veil-bench-local-'));
  const modelPath = writeTinyModel(join(dir, 'bench.gguf'), { ...shape, chatTemplate: 'chatml', seed: 7 });
  const config: LocalModelConfig = {
    name: MODEL_NAME,
    path: modelPath,
    file: 'bench.gguf',
    contextSize: 2048,
    threads,
    sequences: 1,
    queueSize: 4,
    gpuLayers: 0,
    load: 'lazy',
    maxTokens,
  };
  const runtime = await createLlamaRuntime({ maxThreads: threads, gpu: false });
  const target = createLocalModelTarget(config, { runtime: () => Promise.resolve(runtime) });
  await target.load();
  // The direct path gets its own model and context with the same settings as the target's.
  const model = await runtime.llama.loadModel({ modelPath, gpuLayers: 0 });
  const context = await model.createContext({ contextSize: config.contextSize, sequences: 1, threads });
  // Resolved once, as the target does, so neither path pays for template resolution per request.
  const chatWrapper = resolveChatWrapper(model, { warningLogs: false });
  const gateway = options.gateway === false ? undefined : await startGatewayPath(modelPath, MODEL_NAME, threads);
  try {
    const direct = async (): Promise<Sample> => {
      const sequence = context.getSequence();
      const chat = new LlamaChat({ contextSequence: sequence, chatWrapper });
      const started = performance.now();
      let ttftMs = -1;
      try {
        await chat.generateResponse(
          [
            { type: 'user', text: PROMPT },
            { type: 'model', response: [] },
          ],
          {
            maxTokens,
            temperature: 0,
            repeatPenalty: {},
            onTextChunk: (text) => {
              if (ttftMs < 0 && text !== '') ttftMs = performance.now() - started;
            },
          },
        );
        return { ttftMs, totalMs: performance.now() - started, completionTokens: sequence.tokenMeter.usedOutputTokens };
      } finally {
        chat.dispose({ disposeSequence: false });
        await sequence.dispose();
      }
    };
    const viaTarget: StreamSend = async (body) =>
      (
        await target.send({
          endpoint: 'chat',
          body,
          stream: true,
          model: MODEL_NAME,
          headers: {},
          signal: new AbortController().signal,
        })
      ).body;
    const paths: Record<string, () => Promise<Sample>> = {
      'node-llama-cpp direct': direct,
      'veil local target': () => measureOpenAiStream(viaTarget, maxTokens),
    };
    if (gateway) paths['veil gateway over HTTP'] = () => measureOpenAiStream(gateway.send, maxTokens);
    for (const [name, send] of Object.entries((await options.extraPaths?.(modelPath, MODEL_NAME)) ?? {})) {
      paths[name] = () => measureOpenAiStream(send, maxTokens);
    }
    const withCpu = async (measure: () => Promise<Sample>): Promise<Sample> => {
      const before = process.cpuUsage();
      const sample = await measure();
      const used = process.cpuUsage(before);
      return { ...sample, cpuMsPerToken: (used.user + used.system) / 1000 / Math.max(1, sample.completionTokens) };
    };
    const samples = new Map<string, Sample[]>(Object.keys(paths).map((p) => [p, []]));
    for (const run of Object.values(paths)) await run(); // warm-up, not counted
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so neither path always runs right after the other.
      const order = round % 2 === 0 ? Object.entries(paths) : Object.entries(paths).reverse();
      for (const [name, run] of order) samples.get(name)?.push(await withCpu(run));
    }
    const baseline = samples.get('node-llama-cpp direct') ?? [];
    const stats = [...samples.entries()].map(([name, list]) => summarize(name, list, baseline));
    const base = stats[0];
    const params = shape.layers * (4 * shape.embd * shape.embd + 3 * shape.embd * shape.ff);
    out(
      `local model bench: generated llama model, ${shape.layers} layers, embd ${shape.embd}, ~${(params / 1e6).toFixed(0)}M layer params (F32), ${threads} thread(s), ${maxTokens} tokens per answer, ${rounds} rounds (medians)`,
    );
    out(
      'path                      TTFT ms   tokens/s   decode tokens/s   CPU ms/token   tokens/s vs direct (paired per round)',
    );
    for (const s of stats) {
      const change = `${s.pairedChangeVsBaseline >= 0 ? '+' : ''}${(s.pairedChangeVsBaseline * 100).toFixed(1)}%`;
      out(
        `${s.path.padEnd(24)}  ${s.ttftMsMedian.toFixed(1).padStart(7)}   ${s.tokensPerSecondMedian.toFixed(1).padStart(8)}   ${s.decodeTokensPerSecondMedian.toFixed(1).padStart(15)}   ${s.cpuMsPerTokenMedian.toFixed(2).padStart(12)}   ${s === base ? '(baseline)' : change}`,
      );
    }
    const micros = await measureFormattingMicros();
    out(`local target's own per-token work (SSE chunk built, queued, decoded; isolated): ${micros.toFixed(1)} µs CPU`);
    // Wall-clock rates follow whatever else the machine runs; CPU per token does not, so both are judged.
    out(`machine load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
    for (const s of stats.slice(1)) {
      const slower = -s.pairedChangeVsBaseline * 100;
      const cpu = base ? (s.cpuMsPerTokenMedian / base.cpuMsPerTokenMedian - 1) * 100 : 0;
      const verdict = (pct: number) =>
        `${pct <= 5 ? 'within' : 'NOT within'} 5% (${pct >= 0 ? `${pct.toFixed(1)}% slower` : `${(-pct).toFixed(1)}% faster`})`;
      out(`${s.path}: CPU per token ${verdict(cpu)}; wall-clock tokens/s ${verdict(slower)}`);
    }
    return stats;
  } finally {
    await gateway?.close();
    await context.dispose();
    await model.dispose();
    await target.close();
    await runtime.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Entry for `npm run bench` (bench/run.ts). */
export function run(options: { quick: boolean }): Promise<PathStats[]> {
  return runLocalBench(options.quick ? { rounds: 3, maxTokens: 32 } : {});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--rounds');
  const rounds = at > 0 ? Number(process.argv[at + 1]) : undefined;
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0))
    throw new Error('--rounds takes a whole number');
  if (rounds !== undefined) await runLocalBench({ rounds });
  else await run({ quick: process.argv.includes('--quick') });
}
