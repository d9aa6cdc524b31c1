import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LlamaChat, resolveChatWrapper } from 'node-llama-cpp';
import { ByteChannel } from '../src/providers/local/byte-channel.js';
import { type LocalModelConfig, STREAM_INTERVAL_MS } from '../src/providers/local/config.js';
import { createLlamaRuntime } from '../src/providers/local/llama-runtime.js';
import { createLocalModelTarget } from '../src/providers/local/local-target.js';
import { OpenAiAnswer } from '../src/providers/local/openai-response.js';
import { writeTinyModel } from '../test/fixtures/tiny-model.js';

/**
 * Local model speed: node-llama-cpp called directly against the same model behind Veil's local target
 * (in process) and behind the whole gateway over HTTP (JSON and SSE), in one run, interleaved round by round
 * so drift from other load on the machine hits every path alike.
 *
 * Fairness: node-llama-cpp direct (with the in-process target) and the gateway each run in a child process of
 * their own, set up alike, and the HTTP client stays here, so each path's CPU per token is its own (llama.cpp,
 * node-llama-cpp, Veil, HTTP) and not the client's. Every path generates the same number of tokens from the
 * same prompt with greedy sampling and the same seed; the generated model never emits end-of-generation, so
 * each answer is exactly max_tokens long, and the warm-up checks that every path returns the same text.
 */

export interface Sample {
  /** Time to the first content token; for JSON answers, undefined (the whole answer comes at once). */
  ttftMs: number | undefined;
  totalMs: number;
  completionTokens: number;
  /** CPU time of the process doing the generation (llama.cpp threads and JS) during the request, per token. */
  cpuMsPerToken: number;
  /**
   * CPU time of that process's main thread alone, per token: node-llama-cpp's JavaScript and everything Veil
   * does (llama.cpp computes on threads of its own). NaN where /proc/<pid>/task/<pid>/schedstat is missing.
   */
  mainMsPerToken: number;
}

export interface PathStats {
  path: string;
  rounds: number;
  /** Median over rounds of this path's tokens/s divided by the direct path's in the same round, minus one. */
  pairedChangeVsBaseline: number;
  /** The same pairing for CPU per token (positive: costs more). */
  pairedCpuChangeVsBaseline: number;
  ttftMsMedian: number | undefined;
  tokensPerSecondMedian: number;
  /** Tokens after the first divided by the time after the first: the steady decode rate (streams only). */
  decodeTokensPerSecondMedian: number | undefined;
  cpuMsPerTokenMedian: number;
  mainMsPerTokenMedian: number;
}

export interface LocalBenchOptions {
  rounds?: number;
  maxTokens?: number;
  /** Shape of the generated model; the default is big enough that per-token compute is not negligible. */
  model?: { layers: number; embd: number; ff: number; heads: number; kvHeads: number };
  threads?: number;
  /** Also measure the whole gateway over HTTP in a child process (default true). */
  gateway?: boolean;
  /** stream_interval_ms of the local model (default: the shipped default). */
  streamIntervalMs?: number;
  /** Gateways from other checkouts measured in the same rounds (label: repository directory). */
  compare?: Record<string, string>;
  /** Writes a V8 CPU profile of the gateway process's measured requests to this file. */
  gatewayProfile?: string;
  out?: (line: string) => void;
}

// The e-mail address makes the gateway's policy route the request to the local model (EMAIL: local), so
// every path sees the very same prompt.
const PROMPT = 'Summarise the quarterly report for jane.doe@example.com in three sentences.';
const MODEL_NAME = 'bench-local';
const ROOT = join(import.meta.dirname, '..');
const SEED = 42;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function requestBody(maxTokens: number, stream: boolean): Record<string, unknown> {
  return {
    model: MODEL_NAME,
    messages: [{ role: 'user', content: PROMPT }],
    max_tokens: maxTokens,
    temperature: 0,
    seed: SEED,
    stream,
  };
}

interface Read {
  ttftMs: number | undefined;
  totalMs: number;
  completionTokens: number;
  text: string;
}

/** Reads an OpenAI SSE answer: time to the first content chunk, the text, and the tokens from usage. */
export async function readOpenAiStream(body: AsyncIterable<Uint8Array>, started: number): Promise<Read> {
  const decoder = new TextDecoder();
  let buffer = '';
  let ttftMs: number | undefined;
  let completionTokens = 0;
  let text = '';
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
      const content = parsed.choices?.[0]?.delta?.content ?? '';
      if (ttftMs === undefined && content !== '') ttftMs = performance.now() - started;
      text += content;
      if (parsed.usage?.completion_tokens !== undefined) completionTokens = parsed.usage.completion_tokens;
    }
  }
  return { ttftMs, totalMs: performance.now() - started, completionTokens, text };
}

/** CPU time of a process's main thread in ms (ns resolution), or NaN off Linux. */
function mainThreadMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

// ---- the measured processes ----------------------------------------------------------------------------

interface ToChild {
  id: number;
  op: 'cpu' | 'profile-start' | 'profile-stop' | 'run';
  file?: string;
  path?: EnginePath;
}
interface Reply {
  id: number;
  cpuMicros?: number;
  sample?: Sample & { text: string };
  error?: string;
}
type FromChild = { ready: { url?: string; key?: string } } | Reply;
type EnginePath = 'direct' | 'target';

interface BenchChild {
  pid: number;
  ready: { url?: string; key?: string };
  ask(msg: Omit<ToChild, 'id'>): Promise<Reply>;
  stop(): Promise<void>;
}

/** Runs this file again as a child (`--serve-gateway` or `--serve-engine`), talking over IPC. */
async function spawnChild(args: string[], label: string): Promise<BenchChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, ...args], {
    // The gateway's info log (one line per request) is not wanted here; errors still reach stderr.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, VEIL_LOG_LEVEL: 'warn' },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await new Promise<{ url?: string; key?: string }>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`bench ${label} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => fail(new Error(`bench ${label} exited with ${code} before it was ready`)));
    child.on('message', (msg: FromChild) => {
      if ('ready' in msg) {
        clearTimeout(timer);
        ok(msg.ready);
      }
    });
  });
  let next = 0;
  return {
    pid: child.pid as number,
    ready,
    ask: (msg) =>
      new Promise((ok) => {
        const id = ++next;
        const onMessage = (reply: FromChild) => {
          if (!('id' in reply) || reply.id !== id) return;
          child.off('message', onMessage);
          ok(reply);
        };
        child.on('message', onMessage);
        child.send({ ...msg, id } satisfies ToChild);
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface GatewayProcess {
  pid: number;
  url: string;
  key: string;
  /** The child's own CPU time (user + system) in µs, asked over IPC. */
  cpuMicros(): Promise<number>;
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the gateway child. `checkout` is the repository whose src/ it runs (default: this one): another
 * checkout (say, the previous commit unpacked with git archive) runs in the same rounds for a before/after
 * that sees the same machine load; its models.yaml gets no stream_interval_ms (older schemas refuse it).
 */
export async function startGatewayProcess(
  modelPath: string,
  threads: number,
  streamIntervalMs: number,
  checkout?: string,
): Promise<GatewayProcess> {
  const interval = checkout ? 'none' : String(streamIntervalMs);
  const child = await spawnChild(
    ['--serve-gateway', modelPath, String(threads), interval, checkout ?? ROOT],
    'gateway',
  );
  return {
    pid: child.pid,
    url: child.ready.url ?? '',
    key: child.ready.key ?? '',
    cpuMicros: async () => (await child.ask({ op: 'cpu' })).cpuMicros ?? Number.NaN,
    profileStart: async () => {
      await child.ask({ op: 'profile-start' });
    },
    profileStop: async (file) => {
      await child.ask({ op: 'profile-stop', file });
    },
    stop: child.stop,
  };
}

/** Child side: the whole gateway (auth, inspection, the policy's local route, the local target, audit). */
async function serveGateway(modelPath: string, threads: number, interval: string, checkout: string): Promise<void> {
  const { startGateway } = (await import(
    pathToFileURL(join(checkout, 'src', 'gateway.ts')).href
  )) as typeof import('../src/gateway.js');
  const dir = mkdtempSync(join(tmpdir(), 'veil-bench-gateway-'));
  const rules = join(dir, 'rules');
  // The repository's rules (detector packs, upstreams), with the default team routing e-mail addresses local.
  cpSync(join(checkout, 'rules'), rules, { recursive: true });
  writeFileSync(
    join(rules, 'policies', 'default.yaml'),
    `team: default\nupstreams:\n  openai: openai\nactions:\n  EMAIL: local\nlocal:\n  target: ${MODEL_NAME}\n`,
  );
  writeFileSync(
    join(rules, 'models.yaml'),
    `models:\n  ${MODEL_NAME}:\n    file: ${modelPath}\n    context_size: 2048\n    threads: ${threads}\n    sequences: 1\n    queue_size: 4\n    gpu_layers: 0\n    load: start\n${interval === 'none' ? '' : `    stream_interval_ms: ${interval}\n`}`,
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
  const { Session } = await import('node:inspector/promises');
  let session: InstanceType<typeof Session> | undefined;
  process.on('message', async (msg: ToChild) => {
    if (msg.op === 'cpu') {
      const used = process.cpuUsage();
      process.send?.({ id: msg.id, cpuMicros: used.user + used.system } satisfies FromChild);
      return;
    }
    if (msg.op === 'profile-start') {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    } else if (msg.op === 'profile-stop' && session && msg.file) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(msg.file, JSON.stringify(profile));
      session.disconnect();
      session = undefined;
    }
    process.send?.({ id: msg.id } satisfies FromChild);
  });
  // The bench process is gone (crashed or killed): nothing will stop this gateway otherwise.
  process.once('disconnect', () => process.exit(0));
  process.once('SIGTERM', async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
  process.send?.({ ready: { url: gateway.url, key } } satisfies FromChild);
}

/**
 * Child side: node-llama-cpp called directly, and Veil's local target in process (with its reader), on the
 * same model with the same settings; each run measures this process's CPU and main-thread time itself.
 */
async function serveEngine(modelPath: string, threads: number, streamIntervalMs: number, maxTokens: number) {
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
    streamIntervalMs,
  };
  const runtime = await createLlamaRuntime({ maxThreads: threads, gpu: false });
  const target = createLocalModelTarget(config, { runtime: () => Promise.resolve(runtime) });
  await target.load();
  // The direct path gets its own model and context with the same settings as the target's.
  const model = await runtime.llama.loadModel({ modelPath, gpuLayers: 0 });
  const context = await model.createContext({ contextSize: config.contextSize, sequences: 1, threads });
  // Resolved once, as the target does, so neither path pays for template resolution per request.
  const chatWrapper = resolveChatWrapper(model, { warningLogs: false });
  const inProcess = async (measure: () => Promise<Read>): Promise<Sample & { text: string }> => {
    const before = process.cpuUsage();
    const mainBefore = mainThreadMs(process.pid);
    const read = await measure();
    const main = mainThreadMs(process.pid) - mainBefore;
    const used = process.cpuUsage(before);
    const tokens = Math.max(1, read.completionTokens);
    return { ...read, cpuMsPerToken: (used.user + used.system) / 1000 / tokens, mainMsPerToken: main / tokens };
  };
  const direct = () =>
    inProcess(async () => {
      const sequence = context.getSequence();
      const chat = new LlamaChat({ contextSequence: sequence, chatWrapper });
      const started = performance.now();
      let ttftMs: number | undefined;
      try {
        const { response } = await chat.generateResponse(
          [
            { type: 'user', text: PROMPT },
            { type: 'model', response: [] },
          ],
          {
            maxTokens,
            temperature: 0,
            seed: SEED,
            repeatPenalty: {},
            onTextChunk: (text) => {
              if (ttftMs === undefined && text !== '') ttftMs = performance.now() - started;
            },
          },
        );
        const completionTokens = sequence.tokenMeter.usedOutputTokens;
        return { ttftMs, totalMs: performance.now() - started, completionTokens, text: response };
      } finally {
        chat.dispose({ disposeSequence: false });
        await sequence.dispose();
      }
    });
  const viaTarget = () =>
    inProcess(async () => {
      const started = performance.now();
      const res = await target.send({
        endpoint: 'chat',
        body: requestBody(maxTokens, true),
        stream: true,
        model: MODEL_NAME,
        headers: {},
        signal: new AbortController().signal,
      });
      return readOpenAiStream(res.body, started);
    });
  process.on('message', async (msg: ToChild) => {
    if (msg.op !== 'run') return;
    try {
      const sample = await (msg.path === 'direct' ? direct() : viaTarget());
      process.send?.({ id: msg.id, sample } satisfies Reply);
    } catch (err) {
      process.send?.({ id: msg.id, error: String(err) } satisfies Reply);
    }
  });
  const close = async () => {
    await context.dispose();
    await model.dispose();
    await target.close();
    await runtime.dispose();
    process.exit(0);
  };
  process.once('disconnect', close);
  process.once('SIGTERM', close);
  process.send?.({ ready: {} } satisfies FromChild);
}

// ---- the bench ----------------------------------------------------------------------------------------

const rate = (s: Sample) => (s.completionTokens * 1000) / s.totalMs;

function summarize(path: string, samples: Sample[], baseline: Sample[]): PathStats {
  const ttfts = samples.map((s) => s.ttftMs).filter((t): t is number => t !== undefined);
  const streamed = ttfts.length === samples.length;
  return {
    path,
    rounds: samples.length,
    pairedChangeVsBaseline: median(samples.map((s, i) => rate(s) / rate(baseline[i] ?? s) - 1)),
    pairedCpuChangeVsBaseline: median(
      samples.map((s, i) => s.cpuMsPerToken / (baseline[i]?.cpuMsPerToken ?? s.cpuMsPerToken) - 1),
    ),
    ttftMsMedian: streamed ? median(ttfts) : undefined,
    tokensPerSecondMedian: median(samples.map(rate)),
    cpuMsPerTokenMedian: median(samples.map((s) => s.cpuMsPerToken)),
    mainMsPerTokenMedian: median(samples.map((s) => s.mainMsPerToken)),
    decodeTokensPerSecondMedian: streamed
      ? median(samples.map((s) => ((s.completionTokens - 1) * 1000) / Math.max(1e-6, s.totalMs - (s.ttftMs ?? 0))))
      : undefined,
  };
}

/**
 * What the target adds per token in JavaScript, measured apart from the model: building one SSE chunk,
 * passing it through the byte channel, and a client decoding and parsing it. Wall-clock comparisons on a
 * shared machine swing by more than this, so it is printed next to them.
 */
export async function measureFormattingMicros(tokens = 100_000): Promise<number> {
  const answer = new OpenAiAnswer('chat', MODEL_NAME);
  const channel = new ByteChannel(() => undefined);
  const reader = channel[Symbol.asyncIterator]();
  const decoder = new TextDecoder();
  const before = process.cpuUsage();
  for (let i = 0; i < tokens; i++) {
    channel.push(answer.deltaEvent('ab'));
    const { value } = await reader.next();
    JSON.parse(decoder.decode(value, { stream: true }).slice('data: '.length));
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / tokens;
}

const fmt = (value: number | undefined, digits: number, width: number) =>
  (value === undefined ? '-' : value.toFixed(digits)).padStart(width);
const signed = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;

export async function runLocalBench(options: LocalBenchOptions = {}): Promise<PathStats[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const rounds = options.rounds ?? 9;
  const maxTokens = options.maxTokens ?? 256;
  const threads = options.threads ?? 1;
  const streamIntervalMs = options.streamIntervalMs ?? STREAM_INTERVAL_MS;
  const shape = options.model ?? { layers: 8, embd: 512, ff: 1408, heads: 8, kvHeads: 4 };
  const dir = mkdtempSync(join(tmpdir(), 'veil-bench-local-'));
  const modelPath = writeTinyModel(join(dir, 'bench.gguf'), { ...shape, chatTemplate: 'chatml', seed: 7 });
  const gateway =
    options.gateway === false ? undefined : await startGatewayProcess(modelPath, threads, streamIntervalMs);
  const others: [string, GatewayProcess][] = [];
  for (const [label, checkout] of Object.entries(options.compare ?? {})) {
    others.push([label, await startGatewayProcess(modelPath, threads, streamIntervalMs, checkout)]);
  }
  const engine = await spawnChild(
    ['--serve-engine', modelPath, String(threads), String(streamIntervalMs), String(maxTokens)],
    'engine',
  );
  const onEngine = (path: EnginePath) => async (): Promise<Sample & { text: string }> => {
    const reply = await engine.ask({ op: 'run', path });
    if (!reply.sample) throw new Error(`${path}: ${reply.error}`);
    return reply.sample;
  };
  const direct = onEngine('direct');
  const viaTarget = onEngine('target');
  try {
    const overHttp = (gw: GatewayProcess, stream: boolean) => async (): Promise<Sample & { text: string }> => {
      const before = await gw.cpuMicros();
      const mainBefore = mainThreadMs(gw.pid);
      const started = performance.now();
      const res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json' },
        body: JSON.stringify(requestBody(maxTokens, stream)),
      });
      if (res.status !== 200 || !res.body || res.headers.get('x-veil-route') !== 'local') {
        throw new Error(`gateway path: status ${res.status}, route ${res.headers.get('x-veil-route')}`);
      }
      let read: Read;
      if (stream) {
        read = await readOpenAiStream(res.body, started);
      } else {
        const body = (await res.json()) as {
          choices: { message: { content: string } }[];
          usage: { completion_tokens: number };
        };
        const totalMs = performance.now() - started;
        read = {
          ttftMs: undefined,
          totalMs,
          completionTokens: body.usage.completion_tokens,
          text: body.choices[0]?.message.content ?? '',
        };
      }
      const main = mainThreadMs(gw.pid) - mainBefore;
      const cpuMicros = (await gw.cpuMicros()) - before;
      const tokens = Math.max(1, read.completionTokens);
      return { ...read, cpuMsPerToken: cpuMicros / 1000 / tokens, mainMsPerToken: main / tokens };
    };
    const paths: Record<string, () => Promise<Sample & { text: string }>> = {
      'node-llama-cpp direct': direct,
      'veil local target (SSE)': viaTarget,
    };
    if (gateway) {
      paths['veil gateway HTTP SSE'] = overHttp(gateway, true);
      paths['veil gateway HTTP JSON'] = overHttp(gateway, false);
    }
    for (const [label, other] of others) {
      paths[`${label} HTTP SSE`] = overHttp(other, true);
      paths[`${label} HTTP JSON`] = overHttp(other, false);
    }
    // Warm-up, not counted; it also checks that every path generates the very same answer.
    const reference = await direct();
    for (const [name, run] of Object.entries(paths)) {
      const sample = await run();
      if (sample.completionTokens !== reference.completionTokens || sample.text !== reference.text) {
        throw new Error(`${name}: the answer differs from node-llama-cpp's (${sample.completionTokens} tokens)`);
      }
    }
    if (reference.completionTokens !== maxTokens) {
      throw new Error(`the bench model stopped after ${reference.completionTokens} of ${maxTokens} tokens`);
    }
    if (gateway && options.gatewayProfile) await gateway.profileStart();
    const samples = new Map<string, Sample[]>(Object.keys(paths).map((p) => [p, []]));
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so no path always runs right after the same other one.
      const order = round % 2 === 0 ? Object.entries(paths) : Object.entries(paths).reverse();
      for (const [name, run] of order) samples.get(name)?.push(await run());
    }
    if (gateway && options.gatewayProfile) await gateway.profileStop(options.gatewayProfile);
    const baseline = samples.get('node-llama-cpp direct') ?? [];
    const stats = [...samples.entries()].map(([name, list]) => summarize(name, list, baseline));
    const params = shape.layers * (4 * shape.embd * shape.embd + 3 * shape.embd * shape.ff);
    out(
      `local model bench: generated llama model, ${shape.layers} layers, embd ${shape.embd}, ~${(params / 1e6).toFixed(0)}M layer params (F32), ${threads} thread(s), ${maxTokens} tokens per answer (greedy, seed ${SEED}), ${rounds} rounds, paths interleaved (medians; vs direct: paired per round)`,
    );
    out(
      `each path in a process of its own like a server (direct and the in-process target, with its reader, share one; every gateway has one; the HTTP client is this process); stream_interval_ms ${streamIntervalMs}; CPU = that process per token; main = its main thread only (JavaScript, syscalls; llama.cpp computes on other threads)`,
    );
    out(
      'path                       TTFT ms   tokens/s   decode tok/s   CPU ms/token   main ms/token   vs direct: tokens/s   CPU/token   main µs/token',
    );
    const base = stats[0];
    for (const s of stats) {
      const mainExtra = (s.mainMsPerTokenMedian - (base?.mainMsPerTokenMedian ?? 0)) * 1000;
      const vs =
        s === base
          ? '(baseline)'
          : `${signed(s.pairedChangeVsBaseline).padStart(8)}   ${signed(s.pairedCpuChangeVsBaseline).padStart(9)}   ${`${mainExtra >= 0 ? '+' : ''}${mainExtra.toFixed(0)}`.padStart(13)}`;
      out(
        `${s.path.padEnd(26)}  ${fmt(s.ttftMsMedian, 1, 8)}   ${fmt(s.tokensPerSecondMedian, 1, 8)}   ${fmt(s.decodeTokensPerSecondMedian, 1, 12)}   ${fmt(s.cpuMsPerTokenMedian, 3, 12)}   ${fmt(s.mainMsPerTokenMedian, 3, 13)}            ${vs}`,
      );
    }
    const micros = await measureFormattingMicros();
    out(`local target's own per-token work (SSE chunk built, queued, decoded; isolated): ${micros.toFixed(1)} µs CPU`);
    // Wall-clock rates follow whatever else the machine runs; CPU per token does not, so both are judged.
    out(`machine load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
    for (const s of stats.slice(1)) {
      const verdict = (fraction: number) =>
        `${fraction <= 0.05 ? 'within' : 'NOT within'} 5% (${fraction >= 0 ? `${(fraction * 100).toFixed(1)}% slower` : `${(-fraction * 100).toFixed(1)}% faster`})`;
      out(
        `${s.path}: tokens/s ${verdict(-s.pairedChangeVsBaseline)}; CPU per token ${verdict(s.pairedCpuChangeVsBaseline)}`,
      );
    }
    return stats;
  } finally {
    await gateway?.stop();
    for (const [, other] of others) await other.stop();
    await engine.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Entry for `npm run bench` (bench/run.ts). */
export function run(options: { quick: boolean }): Promise<PathStats[]> {
  return runLocalBench(options.quick ? { rounds: 3, maxTokens: 64 } : {});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const serve = process.argv.indexOf('--serve-gateway');
  const engine = process.argv.indexOf('--serve-engine');
  if (engine > 0) {
    const [file, threads, interval, tokens] = process.argv.slice(engine + 1).map((a, i) => (i === 0 ? a : Number(a)));
    await serveEngine(String(file), Number(threads), Number(interval), Number(tokens));
  } else if (serve > 0) {
    const [file, threads, interval, checkout] = process.argv.slice(serve + 1);
    await serveGateway(file ?? '', Number(threads ?? 1), interval ?? 'none', checkout ?? ROOT);
  } else {
    const whole = (name: string) => {
      const value = arg(name);
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!(Number.isInteger(n) && n > 0)) throw new Error(`${name} takes a whole number`);
      return n;
    };
    const quick = process.argv.includes('--quick');
    const rounds = whole('--rounds') ?? (quick ? 3 : undefined);
    const maxTokens = whole('--tokens') ?? (quick ? 64 : undefined);
    const profile = arg('--profile');
    const interval = arg('--interval');
    // --compare label=dir[,label=dir]: gateways from other checkouts in the same rounds.
    const compare = arg('--compare')
      ?.split(',')
      .map((pair) => pair.split('='))
      .filter((pair): pair is [string, string] => pair.length === 2);
    await runLocalBench({
      ...(rounds !== undefined ? { rounds } : {}),
      ...(maxTokens !== undefined ? { maxTokens } : {}),
      ...(profile !== undefined ? { gatewayProfile: profile } : {}),
      ...(interval !== undefined ? { streamIntervalMs: Number(interval) } : {}),
      ...(compare ? { compare: Object.fromEntries(compare) } : {}),
    });
  }
}
