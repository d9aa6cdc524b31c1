/**
 * A token bucket refilled lazily from the clock on each use: `capacity` per minute, no timer. A request may
 * take more than is left (its cost is an estimate, and a request larger than the whole budget must still be
 * possible once the bucket is full), so the level may go negative; that debt is paid back by refilling.
 */
export class Bucket {
  level: number;
  private at: number;

  constructor(
    readonly capacity: number,
    now: number,
  ) {
    this.level = capacity;
    this.at = now;
  }

  /** Per-millisecond refill. */
  private get rate(): number {
    return this.capacity / 60_000;
  }

  refill(now: number): void {
    if (now > this.at) {
      this.level = Math.min(this.capacity, this.level + (now - this.at) * this.rate);
      this.at = now;
    }
  }

  /** Milliseconds until `cost` could be taken (0 when it can be taken now). Costs above capacity need a full bucket. */
  waitFor(cost: number, now: number): number {
    this.refill(now);
    const need = Math.min(cost, this.capacity);
    // A tiny epsilon: refill arithmetic in floating point must not turn "just enough" into a 1 ms wait.
    if (this.level + 1e-9 >= need) return 0;
    return (need - this.level) / this.rate;
  }

  take(cost: number): void {
    this.level -= cost;
  }

  /** Gives back (negative: takes more) after the real cost is known. */
  adjust(delta: number): void {
    this.level = Math.min(this.capacity, this.level + delta);
  }

  /** True when the bucket is full again: its state is the same as a fresh one's, so it can be forgotten. */
  full(now: number): boolean {
    this.refill(now);
    return this.level >= this.capacity;
  }
}
