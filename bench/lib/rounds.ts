import type { Cell } from './report.js';

/**
 * Interleaved rounds. The host's speed drifts by up to 2x within minutes, so measuring floor then Veil one after
 * the other (4 s each) put that drift into the Veil/floor ratio (the same code came out at 71-112% of the floor).
 * Each cell instead runs its targets in R short rounds, the order rotated every round, and a ratio is taken per
 * round between windows seconds apart, then the median of those paired ratios is reported with their spread.
 */

/** Round r's order: the targets rotated left by r (floor, veil, plumbing / veil, plumbing, floor / ...). */
export function roundOrder<T>(targets: readonly T[], round: number): T[] {
  const n = targets.length;
  if (n === 0) return [];
  const shift = ((round % n) + n) % n;
  return [...targets.slice(shift), ...targets.slice(0, shift)];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

/** Per-round ratios a[i] / b[i] (same round, so the same host speed), their median and min-max. */
export function pairedRatio(a: readonly number[], b: readonly number[]): PairedRatio | undefined {
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (y > 0 && Number.isFinite(x)) ratios.push(x / y);
  }
  if (ratios.length === 0) return undefined;
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), rounds: ratios.length };
}

/** "92% (88-95%)": the paired median with the spread of the rounds; a single round prints alone. */
export function formatRatio(r: PairedRatio): string {
  const pct = (v: number) => (v * 100).toFixed(0);
  return r.rounds > 1 ? `${pct(r.median)}% (${pct(r.min)}-${pct(r.max)}%)` : `${pct(r.median)}%`;
}

/**
 * One cell from its rounds. req/s is the median of the rounds' req/s. Latencies are those of the median round
 * (the round whose req/s is the lower middle), not percentiles over all rounds' samples: the load generator
 * ships percentiles, not its samples, and pooling rounds run at different host speeds would mix those speeds into
 * the tail; the median round is one real, coherent window. Counts and CPU are summed over all rounds.
 */
export function combineRounds(rounds: readonly Cell[]): Cell {
  const first = rounds[0];
  if (!first) throw new Error('combineRounds: no rounds');
  const byRps = [...rounds].sort((a, b) => a.result.rps - b.result.rps);
  const mid = byRps[Math.floor((byRps.length - 1) / 2)] as Cell;
  let seconds = 0;
  let requests = 0;
  let errors = 0;
  let non2xx = 0;
  let bytesIn = 0;
  let sut = 0;
  let side = 0;
  let other = 0;
  let neighbours = 0;
  let cpuMs = 0;
  for (const c of rounds) {
    const s = c.result.elapsedMs / 1000;
    seconds += s;
    requests += c.result.requests;
    errors += c.result.errors;
    non2xx += c.result.non2xx;
    bytesIn += c.result.bytesIn;
    sut += c.sutCores * s;
    side += c.sideCores * s;
    other += c.otherCores * s;
    neighbours += (c.neighbourCores ?? 0) * s;
    // A round's CPU per request may include work done just after its window (overhead.ts SETTLE_MS).
    if (Number.isFinite(c.cpuMsPerRequest)) cpuMs += c.cpuMsPerRequest * c.result.requests;
  }
  const roundRps = rounds.map((c) => c.result.rps);
  return {
    ...mid,
    target: first.target,
    result: {
      ...mid.result,
      requests,
      errors,
      non2xx,
      bytesIn,
      elapsedMs: seconds * 1000,
      rps: median(roundRps),
    },
    sutCores: seconds > 0 ? sut / seconds : 0,
    sideCores: seconds > 0 ? side / seconds : 0,
    otherCores: seconds > 0 ? other / seconds : 0,
    ...(first.neighbourCores === undefined ? {} : { neighbourCores: seconds > 0 ? neighbours / seconds : 0 }),
    cpuMsPerRequest: requests > 0 ? cpuMs / requests : Number.NaN,
    roundRps,
  };
}
