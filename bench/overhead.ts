import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadResult } from './lib/loadgen.js';
import {
  type LoadGenerator,
  machineBusySeconds,
  type PinnedProcess,
  ROOT,
  startLoadGenerator,
  startPinned,
} from './lib/procs.js';
import { summarise } from './lib/profile-summary.js';
import { chatBody, conversationBody, plainPrompt, sensitivePrompt } from './lib/prompts.js';
import { type Cell, type CellKey, renderReport, rpsVsFloor } from './lib/report.js';
import { combineRounds, formatRatio, roundOrder } from './lib/rounds.js';

/**
 * The overhead benchmark (issue 2 point 7, issue 4): the mock upstream called directly, a bare Hono
 * pass-through (the floor) and Veil, under the same load in the same run; then the privacy path, Veil
 * inspecting and pseudonymizing prompts full of sensitive values, next to the floor.
 *
 * Pinning on the 2 cores: the server under test (mock, floor or Veil) runs alone on core 0; the upstream mock
 * and the load generator share core 1 with this (idle) orchestrator. For the direct row the server under test
 * is a second mock on core 0, so every row measures one process on one core of its own.
 */
export interface OverheadOptions {
  quick?: boolean;
  /** Interleaved rounds per target and cell (default 8, quick 2). */
  rounds?: number;
  /** How Veil is started: built JS from dist/ (default) or the TypeScript through tsx. */
  veilFrom?: 'dist' | 'src';
  /** Profile the floor and Veil processes during their measured windows (not start-up): <target>.cpuprofile here. */
  profileDir?: string;
  /** Restrict to one part: pass-through or privacy. */
  only?: 'passthrough' | 'privacy' | 'conversation';
  /** Restrict to these prompt sizes, modes, connection counts and targets (quick A/B runs of a few cells). */
  bytes?: number[];
  modes?: Mode[];
  connections?: number[];
  targets?: Target[];
  /**
   * Another checkout of Veil (a directory with its own bench/lib/veil-server.mjs and dist/, e.g. a git worktree
   * of the previous commit): its two Veil rows run in the same cells, for A/B figures on a busy machine.
   */
  compare?: string;
  /** Print every round of every cell (req/s, core-0 and other CPU, CPU per request), to see where a spread comes from. */
  roundDetail?: boolean;
  out?: (line: string) => void;
}

const SUT_CPU = 0;
const SIDE_CPU = 1;

/** veil-plumbing: the gateway with a detector that finds nothing, i.e. everything but the detection itself. */
type Target = CellKey['target'];
const ALL_TARGETS: readonly Target[] = [
  'direct',
  'floor',
  'veil',
  'veil-plumbing',
  'veil-nocache',
  'compare',
  'compare-plumbing',
];
type Mode = 'json' | 'sse';

interface Workload {
  scenario: CellKey['scenario'];
  bytes: number;
  mode: Mode;
  body: string;
  /** Values the answer must carry (restored) for the run to count. */
  values: string[];
}

function workloads(options: OverheadOptions): Workload[] {
  const only = options.only;
  const out: Workload[] = [];
  if (only === undefined || only === 'passthrough') {
    for (const bytes of [1024, 16384]) {
      for (const mode of ['json', 'sse'] as const) {
        out.push({
          scenario: 'passthrough',
          bytes,
          mode,
          body: chatBody(plainPrompt(bytes), mode === 'sse'),
          values: [],
        });
      }
    }
  }
  if (only === undefined || only === 'conversation') {
    // The 9th turn of a chat: 8 earlier messages of 1 KB, each with sensitive values, resent with a new question.
    for (const mode of ['json', 'sse'] as const) {
      out.push({
        scenario: 'conversation',
        bytes: 8192,
        mode,
        body: conversationBody(8, 1024, mode === 'sse'),
        values: [],
      });
    }
  }
  if (only === undefined || only === 'privacy') {
    for (const bytes of [1024, 4096, 16384]) {
      const prompt = sensitivePrompt(bytes);
      for (const mode of ['json', 'sse'] as const) {
        out.push({
          scenario: 'privacy',
          bytes,
          mode,
          body: chatBody(prompt.text, mode === 'sse'),
          values: prompt.values,
        });
      }
    }
  }
  return out.filter(
    (w) => (!options.bytes || options.bytes.includes(w.bytes)) && (!options.modes || options.modes.includes(w.mode)),
  );
}

const CONNECTIONS: Record<Workload['scenario'], number[]> = {
  passthrough: [1, 16, 64],
  privacy: [1, 64],
  conversation: [1, 64],
};
const TARGETS: Record<Workload['scenario'], Target[]> = {
  passthrough: ['direct', 'floor', 'compare-plumbing', 'veil-plumbing', 'compare', 'veil'],
  privacy: ['floor', 'veil'],
  conversation: ['floor', 'veil-nocache', 'veil'],
};

/** Text of an answer: the JSON message content, or the concatenated deltas of an SSE stream. */
function answerText(raw: string, mode: Mode): string {
  if (mode === 'json')
    return (JSON.parse(raw) as { choices: { message: { content: string } }[] }).choices[0]?.message.content as string;
  let text = '';
  for (const line of raw.split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    const ev = JSON.parse(line.slice(6)) as { choices: { delta: { content?: string } }[] };
    text += ev.choices[0]?.delta.content ?? '';
  }
  return text;
}

/** One request before the load: the answer must be a 200 and, on the privacy path, carry the originals back. */
async function verify(origin: string, path: string, headers: Record<string, string>, w: Workload, target: Target) {
  const res = await fetch(origin + path, { method: 'POST', headers, body: w.body });
  const raw = await res.text();
  if (res.status !== 200)
    throw new Error(`${target} ${w.scenario} ${w.mode}: status ${res.status}: ${raw.slice(0, 300)}`);
  const text = answerText(raw, w.mode);
  const missing = w.values.filter((v) => !text.includes(v));
  if (missing.length > 0) throw new Error(`${target} ${w.mode}: answer lacks restored value(s) ${missing.join(', ')}`);
  if (/<[A-Z_]+_\d+>/.test(text)) throw new Error(`${target} ${w.mode}: a placeholder was left in the answer`);
  const findings = res.headers.get('x-veil-findings');
  if (target.startsWith('veil') && w.scenario !== 'passthrough' && !findings) {
    throw new Error(`veil found nothing in the sensitive prompt: the privacy path is not running`);
  }
  return findings;
}

export async function run(options: OverheadOptions = {}): Promise<Cell[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const warmMs = options.quick ? 300 : 1_000;
  const primeMs = options.quick ? 1_000 : 8_000;
  const primed = new Set<string>();
  const measureMs = options.quick ? 1_200 : 4_000;
  // The measured time of a target is split into interleaved rounds (see lib/rounds.ts): same total bench time.
  // Pass-through cells: 8 rounds of 0.5 s; with 4 of 1 s the per-round ratios still ranged 64-134%, so the median
  // of 4 moved by up to 30 points between runs of the same code, and more, shorter pairs should steady it.
  // Privacy and conversation cells keep 4 of 1 s: at 64 connections Veil inspects the queued prompts one after
  // the other and answers them in bursts more than 0.5 s apart, so a half-second window could hold no answer.
  const roundsOf = (scenario: Workload['scenario']) =>
    options.rounds ?? (options.quick ? 2 : scenario === 'passthrough' ? 8 : 4);
  const rounds = roundsOf('passthrough');
  let veilFrom = options.veilFrom ?? 'dist';
  const notes: string[] = [];
  if (veilFrom === 'dist') {
    const built = buildDist(ROOT);
    if (built) notes.push(built);
    const builtThen = options.compare ? buildDist(options.compare) : undefined;
    if (builtThen) notes.push(`${options.compare}: ${builtThen}`);
    if (!existsSync(join(ROOT, 'dist', 'gateway.js'))) {
      notes.push('dist/gateway.js missing after the build: Veil ran from src through tsx');
      veilFrom = 'src';
    }
  }
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const work = workloads(options);
  const targetsOf = (w: Workload) =>
    TARGETS[w.scenario].filter(
      (t) => (!options.targets || options.targets.includes(t)) && (options.compare || !t.startsWith('compare')),
    );
  const connectionsOf = (w: Workload) =>
    CONNECTIONS[w.scenario].filter((n) => !options.connections || options.connections.includes(n));
  const cells: Cell[] = [];

  out(
    `overhead: ${options.quick ? 'quick' : 'full'} run, ${warmMs} ms warm-up (${primeMs} ms for a target's first cell of a scenario) + ${rounds} interleaved rounds of ${Math.round(measureMs / rounds)} ms per target and pass-through cell (${roundsOf('privacy')} in the others), Veil from ${veilFrom}`,
  );
  const upstream = await startPinned('mock-server.ts', [], { cpu: SIDE_CPU, tsx: true });
  const loadgen = await startLoadGenerator(SIDE_CPU);
  const servers = new Map<Target, PinnedProcess>();
  const profiling = new Set<Target>();
  const started = performance.now();
  try {
    // All servers under test stay up side by side on core 0 (idle ones cost nothing), so that each cell runs
    // its targets in interleaved rounds: drift in the host's speed hits them alike within a round.
    for (const target of ALL_TARGETS) {
      if (work.some((w) => targetsOf(w).includes(target))) {
        servers.set(target, await startTarget(target, upstream.info.url as string, veilFrom, options));
      }
    }
    for (const w of work) {
      const plan = [...servers].filter(([target]) => targetsOf(w).includes(target));
      const endpoints = new Map<Target, { origin: string; headers: Record<string, string> }>();
      for (const [target, sut] of plan) {
        const origin = sut.info.url?.replace(/\/v1$/, '') as string;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (sut.info.key) headers.authorization = `Bearer ${sut.info.key}`;
        endpoints.set(target, { origin, headers });
        const findings = await verify(origin, '/v1/chat/completions', headers, w, target);
        if (target === 'veil' && w.scenario === 'passthrough' && findings) {
          notes.push(`plain ${w.bytes} B prompt: Veil reported findings ${findings}`);
        }
      }
      for (const connections of connectionsOf(w)) {
        const spec = (target: Target) => {
          const { origin, headers } = endpoints.get(target) as { origin: string; headers: Record<string, string> };
          return { origin, path: '/v1/chat/completions', headers, body: w.body, connections };
        };
        const keyOf = (target: Target): CellKey => ({
          scenario: w.scenario,
          bytes: w.bytes,
          mode: w.mode,
          connections,
          target,
        });
        // One warm-up per target, then the rounds back to back with the servers kept up. A target's first cell
        // of a scenario warms longer: 1 s into a new kind of prompt (cards, IBANs, restore) V8's background
        // compiler, pinned to the same core, took 2.2 ms of CPU per 4 KB privacy request, 0.2 ms after 40 s.
        // A deployed gateway serves warm, so the cells measure it warm.
        for (const [target] of plan) {
          const first = !primed.has(`${target} ${w.scenario}`);
          primed.add(`${target} ${w.scenario}`);
          await loadgen.run({ ...spec(target), durationMs: first ? primeMs : warmMs });
        }
        const windows = new Map<Target, Cell[]>(plan.map(([target]) => [target, []]));
        const cellRounds = roundsOf(w.scenario);
        const roundMs = Math.round(measureMs / cellRounds);
        for (let round = 0; round < cellRounds; round++) {
          for (const [target, sut] of roundOrder(plan, round)) {
            if ((target.startsWith('veil') || target === 'floor') && options.profileDir && !profiling.has(target)) {
              profiling.add(target);
              sut.child.kill('SIGUSR2');
            }
            const neighbours = [...servers.values()].filter((p) => p !== sut);
            const cell = await measure(
              loadgen,
              sut,
              upstream,
              neighbours,
              { ...spec(target), durationMs: roundMs },
              keyOf(target),
            );
            windows.get(target)?.push(cell);
          }
        }
        if (options.roundDetail) for (let round = 0; round < cellRounds; round++) out(roundLine(round, windows));
        const combined = plan.map(([target]) => combineRounds(windows.get(target) as Cell[]));
        const floor = combined.find((c) => c.target === 'floor');
        for (const cell of combined) {
          cells.push(cell);
          out(progressLine(cell, floor));
        }
      }
    }
  } finally {
    for (const sut of servers.values()) await sut.stop();
    await loadgen.stop();
    await upstream.stop();
  }
  const report = renderReport(cells, {
    quick: !!options.quick,
    veilFrom,
    warmMs,
    primeMs,
    measureMs,
    rounds,
    otherRounds: roundsOf('privacy'),
    seconds: (performance.now() - started) / 1000,
    notes,
  });
  out('');
  out(report);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'overhead.md'), `${report}\n`);
  out(`written to bench/results/overhead.md`);
  for (const target of options.profileDir ? (['floor', 'veil', 'veil-plumbing'] as const) : []) {
    const file = join(options.profileDir as string, `${target}.cpuprofile`);
    if (existsSync(file)) {
      out(`\n${target} CPU profile (measured windows only): ${file}`);
      out(summarise(JSON.parse(readFileSync(file, 'utf8')), 25));
    }
  }
  return cells;
}

/**
 * `npm run build` before measuring the built gateway, so the bench never measures a stale dist/. tsc emits
 * even when the tree has type errors (colleagues mid-change); that is noted rather than fatal.
 */
export function buildDist(root: string): string | undefined {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const res = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (res.status === 0) return undefined;
  const first = `${res.stdout}${res.stderr}`.split('\n').find((l) => l.trim()) ?? `exit ${res.status}`;
  return `npm run build reported errors (first: ${first.slice(0, 200)}); Veil ran from what tsc emitted`;
}

function startTarget(target: Target, upstreamUrl: string, veilFrom: 'dist' | 'src', options: OverheadOptions) {
  const profileDir = options.profileDir;
  if (target === 'direct') return startPinned('mock-server.ts', [], { cpu: SUT_CPU, tsx: true });
  const env: Record<string, string> = profileDir ? { BENCH_PROFILE: join(profileDir, `${target}.cpuprofile`) } : {};
  if (target === 'floor') return startPinned('floor-server.mjs', [upstreamUrl], { cpu: SUT_CPU, tsx: false, env });
  if (target === 'veil-nocache') env.VEIL_DETECT_CACHE = '0';
  const args = [upstreamUrl, veilFrom, ...(target.endsWith('plumbing') ? ['plumbing'] : [])];
  const script = target.startsWith('compare')
    ? resolve(options.compare as string, 'bench', 'lib', 'veil-server.mjs')
    : 'veil-server.mjs';
  return startPinned(script, args, { cpu: SUT_CPU, tsx: veilFrom === 'src', env });
}

/**
 * Each window is followed by a pause before the next target's window, the server's CPU still counted for the
 * window's requests: at least SETTLE_MS, then until core 0 is quiet (the servers together used not one 10 ms
 * tick of CPU over QUIET_POLL_MS), at most QUIET_MAX_MS. Veil owes work for the requests it served after they are
 * answered: the audit batch goes out up to 100 ms later (its flush timer), the log lines up to 200 ms later (a few
 * bytes). Measured (1 KB SSE, 64 connections, windows of 0.5 s, 16 each): the plumbing gateway used 3.8 ms of
 * CPU in the 150 ms after a window (about 1 µs per request) and none from 150 ms to 1 s later; the floor none.
 * The full Veil, with a heap of 300+ MB, now and then worked on after its window for longer (a window of the
 * plumbing right after it saw 100 ms of it, `--round-detail`'s "idle servers"). Without the pause that work ran
 * in the next target's window on the same core, and the rotation puts the same target after Veil in most rounds.
 */
export const SETTLE_MS = 150;
const QUIET_POLL_MS = 50;
const QUIET_MAX_MS = 1_000;

async function settle(servers: PinnedProcess[]): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const busy = () => servers.reduce((sum, p) => sum + (p.cpu() || 0), 0);
  await sleep(SETTLE_MS);
  for (let waited = 0; waited < QUIET_MAX_MS; waited += QUIET_POLL_MS) {
    const at = busy();
    await sleep(QUIET_POLL_MS);
    if (busy() - at < 0.005) return;
  }
}

async function measure(
  loadgen: LoadGenerator,
  sut: PinnedProcess,
  upstream: PinnedProcess,
  neighbours: PinnedProcess[],
  spec: Parameters<LoadGenerator['run']>[0],
  key: CellKey,
): Promise<Cell> {
  const neighbourCpu = () => neighbours.reduce((sum, p) => sum + (p.cpu() || 0), 0);
  const before = {
    neighbours: neighbourCpu(),
    sut: sut.cpu(),
    upstream: upstream.cpu(),
    loadgen: loadgen.cpu(),
    self: process.cpuUsage(),
    machine: machineBusySeconds(),
  };
  const result: LoadResult = await loadgen.run(spec);
  const seconds = result.elapsedMs / 1000;
  const used = (p: PinnedProcess, at: number) => (p.cpu() - at) / seconds;
  const sutCores = used(sut, before.sut);
  const sideCores = used(upstream, before.upstream) + used(loadgen, before.loadgen);
  const self = process.cpuUsage(before.self);
  const selfCores = (self.user + self.system) / 1e6 / seconds;
  const machineCores = (machineBusySeconds() - before.machine) / seconds;
  const neighbourCores = (neighbourCpu() - before.neighbours) / seconds;
  // The work the window's requests left behind (see SETTLE_MS) counts in CPU per request, not in the core share.
  await settle([sut, ...neighbours]);
  const owed = sut.cpu() - before.sut;
  return {
    ...key,
    result,
    sutCores,
    sideCores,
    otherCores: Math.max(0, machineCores - sutCores - sideCores - selfCores),
    neighbourCores,
    // The direct row's server under test is the mock itself; for the others the upstream mock is on core 1.
    cpuMsPerRequest: result.requests > 0 ? (owed * 1000) / result.requests : Number.NaN,
  };
}

function progressLine(c: Cell, floor: Cell | undefined): string {
  const r = c.result;
  const ratio = floor && c.target !== 'floor' ? rpsVsFloor(c, floor) : undefined;
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '-');
  const first = c.mode === 'sse' ? ` first-event p50 ${ms(r.firstBody.p50)}` : '';
  return (
    `  ${c.scenario.padEnd(11)} ${c.mode.padEnd(4)} ${String(c.bytes).padStart(5)} B  c=${String(c.connections).padStart(2)}  ` +
    `${c.target.padEnd(16)} ${r.rps.toFixed(0).padStart(6)} req/s${ratio ? ` (${formatRatio(ratio)} of floor)` : ''}  p50 ${ms(r.latency.p50)}  p99 ${ms(r.latency.p99)}${first}` +
    `  core0 ${(c.sutCores * 100).toFixed(0)}% core1 ${(c.sideCores * 100).toFixed(0)}% other ${(c.otherCores * 100).toFixed(0)}%${r.errors + r.non2xx ? `  ERRORS ${r.errors}+${r.non2xx}` : ''}`
  );
}

/** One round of a cell: each target's req/s, core-0 share, other load and CPU per request in that round. */
function roundLine(round: number, windows: Map<Target, Cell[]>): string {
  const parts = [...windows].map(([target, cells]) => {
    const c = cells[round];
    if (!c) return `${target} -`;
    const idle = c.neighbourCores === undefined ? '' : ` (idle servers ${(c.neighbourCores * 100).toFixed(1)}%)`;
    return `${target} ${c.result.rps.toFixed(0)} req/s core0 ${(c.sutCores * 100).toFixed(0)}% other ${(c.otherCores * 100).toFixed(0)}%${idle} ${c.cpuMsPerRequest.toFixed(3)} ms/req`;
  });
  return `    round ${round + 1}: ${parts.join(' | ')}`;
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

/** A count from the command line, or undefined (the default) when it is missing or not a whole number above 0. */
function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function optionsFromArgs(args: string[]): OverheadOptions {
  const from = argValue(args, '--veil-from');
  const only = argValue(args, '--only');
  const profile = argValue(args, '--profile');
  const list = (name: string) =>
    argValue(args, name)
      ?.split(',')
      .filter((v) => v !== '');
  const numbers = (name: string) => list(name)?.map(Number);
  return {
    quick: args.includes('--quick'),
    rounds: positive(numbers('--rounds')?.[0]),
    veilFrom: from === 'src' ? 'src' : 'dist',
    profileDir: profile ? resolve(profile) : undefined,
    only: only === 'passthrough' || only === 'privacy' || only === 'conversation' ? only : undefined,
    bytes: numbers('--bytes'),
    modes: list('--mode')?.filter((m): m is Mode => m === 'json' || m === 'sse'),
    connections: numbers('--conns'),
    compare: argValue(args, '--compare') ? resolve(argValue(args, '--compare') as string) : undefined,
    targets: list('--targets')?.filter((t): t is Target => (ALL_TARGETS as readonly string[]).includes(t)),
    roundDetail: args.includes('--round-detail'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(optionsFromArgs(process.argv.slice(2)));
}
