/**
 * Joins the text pieces of a streamed answer so that at most one SSE event leaves every `intervalMs`. Each
 * event costs the gateway a JSON envelope, a pass through the relay, a socket write and a wake-up of the
 * client (measured: most of the streaming path's CPU per token), while a reader cannot tell 20 ms apart.
 *
 * No timer: a piece is sent when it arrives at least `intervalMs` after the last event, and otherwise rides
 * with the next piece, which comes one decoding step later (flush() sends the rest when generation ends).
 * So a model slower than the interval sends every token at once and pays nothing extra, a faster one sends
 * one event per interval, and the first token always goes out at once: time to first token is unchanged.
 * With intervalMs 0 every piece is its own event.
 */
export class TextBatcher {
  private pending = '';
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly send: (text: string) => void,
  ) {}

  push(text: string): void {
    if (text === '') return;
    this.pending += text;
    if (this.intervalMs === 0) {
      this.flush();
      return;
    }
    const now = performance.now();
    if (now - this.lastSent >= this.intervalMs) {
      this.lastSent = now;
      this.flush();
    }
  }

  /** Sends what is pending now. */
  flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.send(text);
  }
}
