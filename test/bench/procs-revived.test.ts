import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/lib/loadgen.js';
import { revived } from '../../bench/lib/procs.js';

describe('load results back from the load-generator process', () => {
  it('turns the null percentiles of an empty window (NaN after JSON) back into NaN', () => {
    const empty = { p50: Number.NaN, p99: Number.NaN, mean: Number.NaN };
    const sent: LoadResult = {
      requests: 0,
      errors: 0,
      non2xx: 0,
      rps: 0,
      elapsedMs: 500,
      latency: empty,
      ttfb: empty,
      firstBody: empty,
      bytesIn: 0,
    };
    const received = JSON.parse(JSON.stringify(sent)) as LoadResult;
    expect(received.latency.p50).toBeNull();
    const back = revived(received);
    expect(back.latency.p50).toBeNaN();
    expect(back.firstBody.p99).toBeNaN();
    expect(back.ttfb.mean).toBeNaN();
    expect(back.rps).toBe(0);
  });

  it('keeps measured percentiles as they are', () => {
    const p = { p50: 1.5, p99: 9.25, mean: 2 };
    const r = revived({
      requests: 3,
      errors: 0,
      non2xx: 0,
      rps: 6,
      elapsedMs: 500,
      latency: p,
      ttfb: p,
      firstBody: p,
      bytesIn: 9,
    });
    expect(r.latency).toEqual(p);
  });
});
