/**
 * Admission for a local model: `slots` requests run at once (one per context sequence), up to `queueSize`
 * wait in arrival order, and the rest are refused at once so a burst cannot pile up unbounded memory and
 * latency behind a CPU-bound model.
 */
export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

interface Waiter {
  grant: (release: () => void) => void;
  fail: (err: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class SlotPool {
  private running = 0;
  private readonly waiters: Waiter[] = [];

  constructor(
    readonly slots: number,
    readonly queueSize: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves with a release function once a slot is free; rejects when the queue is full or on abort. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiters.length >= this.queueSize) {
      return Promise.reject(new QueueFullError(`${this.running} running, ${this.waiters.length} waiting`));
    }
    return new Promise((grant, fail) => {
      const waiter: Waiter = { grant, fail };
      if (signal) {
        waiter.signal = signal;
        waiter.onAbort = () => {
          const at = this.waiters.indexOf(waiter);
          if (at >= 0) this.waiters.splice(at, 1);
          fail(abortReason(signal));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
    });
  }

  /** Refuses everyone still waiting (shutdown). */
  rejectWaiting(err: Error): void {
    for (const waiter of this.waiters.splice(0)) {
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.fail(err);
    }
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) {
        // The slot passes straight to the next waiter, so `running` stays the same.
        if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
        next.grant(this.releaser());
      } else {
        this.running--;
      }
    };
  }
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}
