/**
 * A single-consumer async iterable of byte chunks fed by a producer callback (the model's token callback).
 * When the consumer stops early (client gone, relay error) `onCancel` fires so generation stops and the
 * sequence is released instead of running on for nobody. Chunks that piled up while the consumer was busy
 * (a slow socket) are handed over joined as one, so a backlog costs one write downstream, not one per chunk.
 */
export class ByteChannel implements AsyncIterable<Uint8Array> {
  private readonly buffered: Uint8Array[] = [];
  private waiting: ((result: IteratorResult<Uint8Array>) => void) | undefined;
  private failWaiting: ((err: unknown) => void) | undefined;
  private ended = false;
  private failure: { error: unknown } | undefined;
  private cancelled = false;

  constructor(private readonly onCancel: () => void) {}

  get isCancelled(): boolean {
    return this.cancelled;
  }

  push(chunk: Uint8Array): void {
    if (this.ended || this.cancelled) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      resolve({ value: chunk, done: false });
    } else {
      this.buffered.push(chunk);
    }
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  fail(error: unknown): void {
    if (this.ended) return;
    this.failure = { error };
    this.ended = true;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      reject(error);
    }
  }

  private cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.buffered.length = 0;
    this.onCancel();
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => {
        if (this.buffered.length > 0) {
          const value = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
          this.buffered.length = 0;
          return Promise.resolve({ value: value as Uint8Array, done: false });
        }
        if (this.failure) return Promise.reject(this.failure.error);
        if (this.ended || this.cancelled) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          this.waiting = resolve;
          this.failWaiting = reject;
        });
      },
      return: () => {
        this.cancel();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
