import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/lib/loadgen.js';
import type { Cell } from '../../bench/lib/report.js';
import { rpsVsFloor } from '../../bench/lib/report.js';
import { combineRounds, formatRatio, median, pairedRatio, roundOrder } from '../../bench/lib/rounds.js';

const pct = (p50: number) => ({ p50, p99: p50 * 2, mean: p50 });
function window(target: Cell['target'], rps: number, p50: number): Cell {
  const result: LoadResult = {
    requests: rps,
    errors: 0,
    non2xx: 0,
    rps,
    elapsedMs: 1000,
    latency: pct(p50),
    ttfb: pct(p50 / 2),
    firstBody: pct(p50 / 2),
    bytesIn: 0,
  };
  return {
    scenario: 'passthrough',
    bytes: 1024,
    mode: 'json',
    connections: 64,
    target,
    result,
    sutCores: 1,
    sideCores: 0.5,
    otherCores: 0,
    cpuMsPerRequest: 1000 / rps,
  };
}

describe("the overhead bench's interleaved rounds", () => {
  it('rotates the target order every round, each target first once per cycle', () => {
    const t = ['floor', 'veil', 'veil-plumbing'];
    expect([0, 1, 2, 3].map((r) => roundOrder(t, r))).toEqual([
      ['floor', 'veil', 'veil-plumbing'],
      ['veil', 'veil-plumbing', 'floor'],
      ['veil-plumbing', 'floor', 'veil'],
      ['floor', 'veil', 'veil-plumbing'],
    ]);
    expect(roundOrder([], 3)).toEqual([]);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pairs ratios round by round, so drift shared by a round cancels', () => {
    // The host halves its speed after round 1: a sequential A-then-B view would mix that into the ratio.
    const floor = [1000, 1000, 500, 500];
    const veil = [900, 880, 460, 450];
    const r = pairedRatio(veil, floor); // 0.9, 0.88, 0.92, 0.9
    expect(r?.median).toBeCloseTo(0.9);
    expect(r?.min).toBeCloseTo(0.88);
    expect(r?.max).toBeCloseTo(0.92);
    expect(formatRatio(r as NonNullable<typeof r>)).toBe('90% (88-92%)');
    expect(pairedRatio([1], [0])).toBeUndefined();
  });

  it('combines rounds: median req/s, the median round for latencies, CPU over all rounds', () => {
    const rounds = [window('veil', 800, 4), window('veil', 1000, 3), window('veil', 400, 9), window('veil', 900, 3.5)];
    const c = combineRounds(rounds);
    expect(c.result.rps).toBe(850);
    expect(c.result.latency.p50).toBe(4); // the lower-middle round by req/s (800)
    expect(c.result.requests).toBe(3100);
    expect(c.result.elapsedMs).toBe(4000);
    expect(c.cpuMsPerRequest).toBeCloseTo(4000 / 3100);
    expect(c.roundRps).toEqual([800, 1000, 400, 900]);
  });

  it("weighs each round's CPU per request, which may hold work done after its window, by its requests", () => {
    // Both windows kept core 0 busy (sutCores 1), but the rounds' own figures also count what the server did in
    // the pause after each window: the combined figure follows them, not the core share.
    const a = { ...window('veil-plumbing', 1000, 3), cpuMsPerRequest: 1.2 };
    const b = { ...window('veil-plumbing', 500, 6), cpuMsPerRequest: 2.4 };
    expect(combineRounds([a, b]).cpuMsPerRequest).toBeCloseTo((1000 * 1.2 + 500 * 2.4) / 1500);
    expect(combineRounds([a, b]).sutCores).toBe(1);
  });

  it('reports req/s vs the floor from the paired rounds', () => {
    const floor = combineRounds([window('floor', 1000, 3), window('floor', 500, 6)]);
    const veil = combineRounds([window('veil', 900, 3), window('veil', 400, 7)]);
    const r = rpsVsFloor(veil, floor);
    expect(r?.median).toBeCloseTo(0.85);
    expect(r?.min).toBeCloseTo(0.8);
    expect(r?.max).toBeCloseTo(0.9);
    // Without rounds, the single ratio of the two cells.
    expect(rpsVsFloor(window('veil', 900, 3), window('floor', 1000, 3))?.median).toBeCloseTo(0.9);
  });
});
