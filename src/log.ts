import { writeSync } from 'node:fs';
import { pino } from 'pino';

/** Keys whose values are credentials wherever they appear in the top three levels of a logged object. */
const SECRET_KEYS = new Set(['authorization', 'x-api-key', 'x-provider-key', 'cookie', 'apikey', 'key']);
const CENSOR = '[redacted]';
const DEPTH = 3;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Error);

/**
 * The logged object with every credential-named value replaced, copying only the objects that change. pino's
 * own `redact` did this for a list of paths, but it cost about 30 µs per line (measured: 34-39 against 5-7 µs
 * without), a tenth of a proxied request's CPU, for the access log line of every request.
 */
export function redactSecrets(obj: Record<string, unknown>, depth = DEPTH): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    const v = obj[k];
    let next = v;
    if (SECRET_KEYS.has(k.toLowerCase())) next = CENSOR;
    else if (depth > 1 && isPlainObject(v)) next = redactSecrets(v, depth - 1);
    if (next !== v) {
      out ??= { ...obj };
      out[k] = next;
    }
  }
  return out ?? obj;
}

/**
 * stdout, written in batches: lines are gathered here and written once 8 KB are held or at most 200 ms later.
 * One write per line (pino's default) cost a write on the libuv thread pool and a completion callback for each
 * request's access line. The batch is written here, synchronously: an asynchronous write handed to the thread
 * pool could still be in flight when the process exited, and its lines were lost (about 1 run in 40 with a slow
 * reader), and on a gateway pinned to one core each handover cost two thread switches. An inherited stdout pipe
 * is usually blocking (libuv leaves it so, and Node's own process.stdout then writes it synchronously too): a
 * reader that stops reading holds the writer once the pipe's buffer is full. A non-blocking one answers EAGAIN:
 * the rest is kept and retried on a timer, and only the exit flush waits for the reader, up to 2 s.
 */
export class LineBatch {
  private held = '';
  /** Batches the destination did not take yet (a full pipe: EAGAIN), oldest first: they go out first. */
  private readonly unwritten: Buffer[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly fd: number,
    private readonly minLength: number,
    private readonly maxWaitMs: number,
    private readonly writeTo: (fd: number, bytes: string | Buffer) => number = (fd, bytes) =>
      typeof bytes === 'string' ? writeSync(fd, bytes) : writeSync(fd, bytes),
  ) {}

  write(line: string): boolean {
    this.held += line;
    if (this.held.length >= this.minLength && this.unwritten.length === 0) this.handOn();
    else this.arm(this.maxWaitMs);
    return true;
  }

  /** Writes what is held now; what the destination cannot take yet stays for the retry timer. */
  handOn(): void {
    this.writeHeld(false);
  }

  /** pino's logger.flush(cb). */
  flush(cb?: (err?: Error) => void): void {
    this.handOn();
    cb?.();
  }

  flushSync(): void {
    this.writeHeld(true);
  }

  /** At exit nothing asynchronous runs any more: what this batch holds is written at once. */
  writeAtExit(): void {
    this.writeHeld(true);
  }

  private writeHeld(wait: boolean): void {
    if (this.held !== '') {
      const text = this.held;
      this.held = '';
      if (this.unwritten.length === 0) {
        // The usual case: the whole batch goes in one write, without copying it into a Buffer first.
        const written = this.attempt(text);
        if (written === Buffer.byteLength(text)) return;
        this.unwritten.push(Buffer.from(text).subarray(written));
        if (!wait) {
          this.arm(RETRY_MS);
          return;
        }
      } else this.unwritten.push(Buffer.from(text));
    }
    let waits = 0;
    while (this.unwritten.length > 0) {
      const first = this.unwritten[0] as Buffer;
      const written = this.attempt(first);
      if (written === 0) {
        // Full: at exit wait for the reader a little, up to 2 s in all.
        if (!wait || ++waits > 200) break;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (written >= first.length) this.unwritten.shift();
      else this.unwritten[0] = first.subarray(written);
    }
    if (this.unwritten.length > 0) this.arm(RETRY_MS);
  }

  /**
   * One write; 0 when the destination is full (EAGAIN). Any other failure (a closed stdout, EPIPE) counts the
   * bytes as gone: logging must never stop the gateway.
   */
  private attempt(bytes: string | Buffer): number {
    try {
      return this.writeTo(this.fd, bytes);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN' && code !== 'EBUSY')
        return typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      return 0;
    }
  }

  private arm(delay: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(this.onTimer, delay);
    this.timer.unref();
  }

  private readonly onTimer = () => {
    this.timer = undefined;
    this.handOn();
  };
}

/** How soon a batch that a full pipe refused is tried again. */
const RETRY_MS = 20;

// Registered before pino's own exit hooks; the batch is the only place lines wait.
const batch = new LineBatch(1, 8192, 200);
process.on('beforeExit', () => batch.handOn());
process.on('exit', () => batch.writeAtExit());
const destination = batch;

/**
 * Structured JSON logs. Nothing from a request body ever goes into a log line: only ids, labels, counts and
 * codes. Credential headers are never logged (and redacted here should one slip into an object).
 */
export const log = pino(
  {
    level: process.env.VEIL_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: { service: 'veil' },
    formatters: { log: (obj) => redactSecrets(obj) },
  },
  destination,
);
