import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { type PinnedProcess, ROOT, startLoadGenerator, startPinned } from './lib/procs.js';
import { chatBody, plainPrompt } from './lib/prompts.js';
import { buildDist } from './overhead.js';

/**
 * Garbage collection per request: the bare Hono floor and the plumbing gateway (Veil with a detector that finds
 * nothing) under the overhead bench's pass-through load, each started with --trace-gc. Every collection V8
 * reports during the measured window is summed: its pause on the main thread, plus the incremental marking steps
 * it names (also main-thread time, spread over the requests before it). Pinning as in the overhead bench: the
 * server under test alone on core 0, the mock and the load generator on core 1; the targets take turns, round
 * after round, so drift in other load hits both alike.
 *
 *   npx tsx bench/gc.ts [--mode json|sse] [--conns 64] [--bytes 1024] [--seconds 4] [--rounds 3]
 */
export interface GcOptions {
  mode?: 'json' | 'sse';
  connections?: number;
  bytes?: number;
  seconds?: number;
  rounds?: number;
  out?: (line: string) => void;
}

export interface GcSample {
  target: Target;
  requests: number;
  scavenges: number;
  markCompacts: number;
  /** Main-thread ms: pauses plus incremental marking steps. */
  pauseMs: number;
  /** Heap (MB) after the window's last collection. */
  heapAfterMb: number;
}

type Target = 'floor' | 'veil-plumbing';
const TARGETS: readonly Target[] = ['floor', 'veil-plumbing'];

/** `[pid:0x...]  1234 ms: Scavenge 6.2 (7.1) -> 5.3 (8.1) MB, 0.72 / 0.00 ms  (+ 1.2 ms in 4 steps ...` */
const TRACE = /: (Scavenge|Minor Mark-Compact|Mark-Compact|Mark-sweep)[^,]*-> ([\d.]+) \([\d.]+\) MB, ([\d.]+) \/ /;
const STEPS = /\(\+ ([\d.]+) ms in \d+ steps/;

/** Sums what one server's --trace-gc lines report while `counting` is on. */
class GcTally {
  counting = false;
  scavenges = 0;
  markCompacts = 0;
  pauseMs = 0;
  heapAfterMb = 0;

  constructor(server: PinnedProcess) {
    const lines = createInterface({ input: server.child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => this.read(line));
  }

  read(line: string): void {
    const m = TRACE.exec(line);
    if (!m || !this.counting) return;
    if (m[1] === 'Scavenge') this.scavenges += 1;
    else this.markCompacts += 1;
    this.heapAfterMb = Number(m[2]);
    this.pauseMs += Number(m[3]) + Number(STEPS.exec(line)?.[1] ?? 0);
  }

  reset(): void {
    this.scavenges = 0;
    this.markCompacts = 0;
    this.pauseMs = 0;
  }
}

export async function run(options: GcOptions = {}): Promise<GcSample[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const mode = options.mode ?? 'json';
  const connections = options.connections ?? 64;
  const bytes = options.bytes ?? 1024;
  const measureMs = (options.seconds ?? 4) * 1000;
  const rounds = options.rounds ?? 3;
  const built = buildDist(ROOT);
  if (built) out(built);
  if (!existsSync(join(ROOT, 'dist', 'gateway.js'))) throw new Error('dist/gateway.js missing: npm run build first');

  const upstream = await startPinned('mock-server.ts', [], { cpu: 1, tsx: true });
  const loadgen = await startLoadGenerator(1);
  const servers = new Map<Target, { server: PinnedProcess; tally: GcTally }>();
  const samples: GcSample[] = [];
  try {
    const url = upstream.info.url as string;
    for (const target of TARGETS) {
      const server =
        target === 'floor'
          ? await startPinned('floor-server.mjs', [url], { cpu: 0, tsx: false, nodeArgs: ['--trace-gc'] })
          : await startPinned('veil-server.mjs', [url, 'dist', 'plumbing'], {
              cpu: 0,
              tsx: false,
              nodeArgs: ['--trace-gc'],
              // Access lines would share stdout with the trace; the log's cost is not what this measures.
              env: { VEIL_LOG_LEVEL: 'warn' },
            });
      servers.set(target, { server, tally: new GcTally(server) });
    }
    const body = chatBody(plainPrompt(bytes), mode === 'sse');
    out(`gc: ${bytes} B ${mode}, ${connections} connections, ${rounds} rounds of ${measureMs} ms per target`);
    for (let round = 0; round < rounds; round++) {
      for (const target of TARGETS) {
        const { server, tally } = servers.get(target) as { server: PinnedProcess; tally: GcTally };
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (server.info.key) headers.authorization = `Bearer ${server.info.key}`;
        const origin = (server.info.url as string).replace(/\/v1$/, '');
        const spec = { origin, path: '/v1/chat/completions', headers, body, connections };
        await loadgen.run({ ...spec, durationMs: 1000 });
        tally.reset();
        tally.counting = true;
        const result = await loadgen.run({ ...spec, durationMs: measureMs });
        // Trace lines of the window's last collections arrive over the pipe a moment later.
        await new Promise((r) => setTimeout(r, 100));
        tally.counting = false;
        const sample: GcSample = {
          target,
          requests: result.requests,
          scavenges: tally.scavenges,
          markCompacts: tally.markCompacts,
          pauseMs: tally.pauseMs,
          heapAfterMb: tally.heapAfterMb,
        };
        samples.push(sample);
        out(
          `  round ${round + 1} ${target.padEnd(13)} ${String(result.requests).padStart(6)} req  ` +
            `${sample.scavenges} scavenges, ${sample.markCompacts} mark-compacts, ${sample.pauseMs.toFixed(1)} ms  ` +
            `= ${((sample.pauseMs * 1000) / Math.max(1, result.requests)).toFixed(1)} µs/req`,
        );
      }
    }
  } finally {
    for (const { server } of servers.values()) await server.stop();
    await loadgen.stop();
    await upstream.stop();
  }
  out('');
  out('| target | requests | scavenges / 1000 req | mark-compacts / 1000 req | GC µs per request (median of rounds) |');
  out('|---|---|---|---|---|');
  for (const target of TARGETS) {
    const mine = samples.filter((s) => s.target === target);
    const requests = mine.reduce((n, s) => n + s.requests, 0);
    const perRequest = median(mine.map((s) => (s.pauseMs * 1000) / Math.max(1, s.requests)));
    const per1000 = (n: number) => ((n * 1000) / Math.max(1, requests)).toFixed(2);
    out(
      `| ${target} | ${requests} | ${per1000(mine.reduce((n, s) => n + s.scavenges, 0))} | ` +
        `${per1000(mine.reduce((n, s) => n + s.markCompacts, 0))} | ${perRequest.toFixed(1)} |`,
    );
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const number = (name: string) => (argValue(args, name) === undefined ? undefined : Number(argValue(args, name)));
  await run({
    mode: argValue(args, '--mode') === 'sse' ? 'sse' : 'json',
    connections: number('--conns'),
    bytes: number('--bytes'),
    seconds: number('--seconds'),
    rounds: number('--rounds'),
  });
}
