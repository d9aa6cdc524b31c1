import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { LoadResult, LoadSpec, Percentiles } from './loadgen.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const LIB = resolve(import.meta.dirname);

/** Busy CPU seconds of the whole machine (all processes, both cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: busy is user to softirq without idle and iowait.
  const busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0);
  return busy / TICKS;
}

export interface PinnedProcess {
  child: ChildProcess;
  pid: number;
  /** The JSON object the process printed on its first stdout line. */
  info: Record<string, string>;
  /** CPU seconds (user + system) used so far. */
  cpu(): number;
  stop(): Promise<void>;
}

const TICKS = 100;

/** User + system CPU seconds of a process, from /proc (10 ms resolution). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return Number.NaN;
  }
}

export interface SpawnOptions {
  /** The core to pin the process to (taskset -c). */
  cpu: number;
  /** Load the tsx loader (needed for TypeScript entry points). */
  tsx: boolean;
  nodeArgs?: string[];
  env?: Record<string, string>;
  ipc?: boolean;
}

/**
 * Other work on the machine (tests, type checks of colleagues) shares the two cores. With autogroup scheduling
 * (the Linux default) a plain `nice` only weighs a process against its own session, so each bench process
 * starts in a session of its own (detached) whose autogroup gets nice BENCH_NICE (default -20; needs root or
 * CAP_SYS_NICE, else it stays 0 and the report's "other %" column shows how much the figures were disturbed).
 * Only for the bounded time of the run: the autogroup ends with its process.
 */
const NICE = process.env.BENCH_NICE ?? '-20';
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function raisePriority(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    writeFileSync(`/proc/${child.pid}/autogroup`, NICE);
  } catch {
    // not permitted: the run goes on at normal priority
  }
}

function nodeCommand(script: string, args: string[], options: SpawnOptions): string[] {
  return [
    '-n',
    NICE,
    'taskset',
    '-c',
    String(options.cpu),
    process.execPath,
    // The gateway's own start flag (package.json start), so that the bench measures what users run.
    '--no-regexp-tier-up',
    ...(options.tsx ? ['--import', 'tsx'] : []),
    ...(options.nodeArgs ?? []),
    resolve(LIB, script),
    ...args,
  ];
}

/** Starts a server script pinned to one core and waits for the JSON line it prints once listening. */
export async function startPinned(script: string, args: string[], options: SpawnOptions): Promise<PinnedProcess> {
  const child = spawn('nice', nodeCommand(script, args, options), {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  raisePriority(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const info = await new Promise<Record<string, string>>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${script} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code} before it was ready`)));
    // Log lines before the marker are skipped; stdout keeps being drained so the child never blocks on it.
    lines.on('line', (line) => {
      if (!line.startsWith('BENCH_READY ')) return;
      clearTimeout(timer);
      ok(JSON.parse(line.slice('BENCH_READY '.length)) as Record<string, string>);
    });
  });
  return wrap(child, info);
}

function wrap(child: ChildProcess, info: Record<string, string>): PinnedProcess {
  const pid = child.pid as number;
  return {
    child,
    pid,
    info,
    cpu: () => cpuSeconds(pid),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadGenerator extends PinnedProcess {
  run(spec: LoadSpec): Promise<LoadResult>;
}

/** The load generator in its own pinned process, driven over IPC. */
export async function startLoadGenerator(cpu: number): Promise<LoadGenerator> {
  const child = spawn('nice', nodeCommand('loadgen-worker.ts', [], { cpu, tsx: true }), {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  raisePriority(child);
  await new Promise<void>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`load generator exited with ${code}`)));
    child.once('message', () => ok());
  });
  let next = 0;
  const base = wrap(child, {});
  return {
    ...base,
    stop: () => {
      child.disconnect();
      return base.stop();
    },
    run(spec) {
      const id = ++next;
      return new Promise((ok) => {
        const onMessage = (msg: { id?: number; result?: LoadResult }) => {
          if (msg.id !== id || !msg.result) return;
          child.off('message', onMessage);
          ok(revived(msg.result));
        };
        child.on('message', onMessage);
        child.send({ id, spec });
      });
    },
  };
}

/** IPC sends JSON, which turns the NaN percentiles of a window with no completed request into null: undo that. */
export function revived(result: LoadResult): LoadResult {
  const nums = (p: Percentiles): Percentiles => ({
    p50: p.p50 ?? Number.NaN,
    p99: p.p99 ?? Number.NaN,
    mean: p.mean ?? Number.NaN,
  });
  return { ...result, latency: nums(result.latency), ttfb: nums(result.ttfb), firstBody: nums(result.firstBody) };
}
