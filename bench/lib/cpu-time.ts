/** CPU time helpers shared by the profilers and the one-process A/B benches. */

/** CPU microseconds of this process (user + system). */
export function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * CPU microseconds of `count` passes of each side, the sides taking turns and the first side alternating each round,
 * so that neither always follows the other's garbage and a slow spell of the host lands on both alike.
 */
export function interleavedPasses(sides: ReadonlyArray<{ pass: () => unknown }>, count: number): number[][] {
  const times: number[][] = sides.map(() => []);
  for (let p = 0; p < count; p++) {
    const order = p % 2 === 0 ? sides.map((_, s) => s) : sides.map((_, s) => sides.length - 1 - s);
    for (const s of order) {
      const t0 = cpuUs();
      sides[s]!.pass();
      times[s]!.push(cpuUs() - t0);
    }
  }
  return times;
}
