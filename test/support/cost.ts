/**
 * Cost checks that hold on a busy host: CPU time of this process (not wall time, which other processes
 * stretch), compared between two sizes of the same input rather than against a fixed budget. A linear scan
 * grows by the size factor, a quadratic one by its square: the bound sits between the two, with a slack for
 * runs too short to time.
 */

/** CPU microseconds (user + system) this process spent in `fn`, and its result. */
export function cpuTimed<T>(fn: () => T): [T, number] {
  const before = process.cpuUsage();
  const result = fn();
  const spent = process.cpuUsage(before);
  return [result, spent.user + spent.system];
}

/** The least CPU time of `runs` calls of `fn`: a garbage collection or a preempted slice only adds time. */
export function leastCpu(fn: () => unknown, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) least = Math.min(least, cpuTimed(fn)[1]);
  return least;
}

export interface Growth {
  /** CPU microseconds on the small and on the large input. */
  small: number;
  large: number;
  /** The most the large run may take: linear growth with room to spare, well under quadratic growth. */
  bound: number;
}

/**
 * CPU time of `run` on `make(small)` and `make(large)`, and the bound a linear cost keeps to: `slack` times the
 * size factor times the small run, plus `floorUs` for runs of a few microseconds. A slack of 3 at a size factor
 * of 8 allows 24 times the small run where a quadratic cost takes 64 times it. The large run is timed again
 * before it is reported over the bound, so one collection in it does not fail a test.
 */
export function growth(
  make: (n: number) => string,
  run: (text: string) => unknown,
  small: number,
  large: number,
  { slack = 3, floorUs = 20_000, runs = 3 } = {},
): Growth {
  const smallText = make(small);
  const largeText = make(large);
  run(smallText); // first call: compiles the patterns and warms the code up
  const smallUs = leastCpu(() => run(smallText), runs);
  let largeUs = leastCpu(() => run(largeText), 1);
  const bound = slack * (large / small) * smallUs + floorUs;
  if (largeUs > bound) {
    const again = leastCpu(() => run(largeText), 2);
    largeUs = Math.min(largeUs, again);
  }
  return { small: smallUs, large: largeUs, bound };
}
