/**
 * A single-consumer async iterable of byte chunks fed by a producer callback (the model's token callback).
 * When the consumer stops early (client gone, relay error) `onCancel` fires so generation stops and the
 * sequence is released instead of running on for nobody.
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
        const chunk = this.buffered.shift();
        if (chunk) return Promise.resolve({ value: chunk, done: false });
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
