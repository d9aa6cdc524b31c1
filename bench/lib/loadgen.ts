import { connect, type Socket } from 'node:net';

/**
 * A closed-loop HTTP/1.1 load generator on raw keep-alive sockets. autocannon and wrk report whole-response
 * latency only; this one also times the first response byte and the first body byte (for SSE: the first
 * event, since both the mock and the gateways write whole events). The request bytes are built once and the
 * response is only scanned for its framing, so the generator spends little CPU of the core it shares.
 */
export interface LoadSpec {
  /** http://host:port */
  origin: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationMs: number;
  /** Give up on a request (count an error, reconnect) after this long. */
  timeoutMs?: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
  mean: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  elapsedMs: number;
  /** Whole response, ms. */
  latency: Percentiles;
  /** First byte of the response (status line), ms. */
  ttfb: Percentiles;
  /** First byte of the body (for SSE: the first event), ms. */
  firstBody: Percentiles;
  bytesIn: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * A body that holds this word gets it replaced, request by request, by a different word of the same length, so
 * that no two requests of a run carry the same prompt (Veil remembers the findings of texts it has seen; a
 * benchmark that resent one prompt would measure that memory, not detection).
 */
export const VARY_MARKER = 'qqqqqqqq';
const MARKER_BYTES = Buffer.from(VARY_MARKER);
const A = 'a'.charCodeAt(0);
const Q = 'q'.charCodeAt(0);
// Per process (each load-generator worker draws its own start), so parallel workers do not repeat each other.
let varyCounter = Math.floor(Math.random() * 26 ** 7);

/**
 * Writes the next counter value as 7 lower-case letters and a final `q` at `at`. Eight free letters sometimes
 * ended like a drug or a diagnosis ("abvjvmab", "abvjvoma", "abvjvvir": 3 in 20000): Veil's medical detector then
 * kept the plain prompt local, and with no local model in the bench that request was a 503. No medical suffix ends
 * in q (0 findings in 100000 words).
 */
function writeVariant(buf: Buffer, at: number): void {
  let n = varyCounter++;
  buf[at + MARKER_BYTES.length - 1] = Q;
  for (let i = MARKER_BYTES.length - 2; i >= 0; i--) {
    buf[at + i] = A + (n % 26);
    n = Math.floor(n / 26);
  }
}

type Phase = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'done';

class Connection {
  private socket!: Socket;
  private phase: Phase = 'done';
  private pending: Buffer | null = null;
  private remaining = 0;
  private status = 0;
  private sentAt = 0;
  private firstByteAt = 0;
  private firstBodyAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Offset of VARY_MARKER in this connection's own copy of the request, or -1. */
  private readonly varyAt: number;
  private readonly request: Buffer;
  stopped = false;

  constructor(
    private readonly host: string,
    private readonly port: number,
    request: Buffer,
    private readonly timeoutMs: number,
    private readonly sink: Sink,
  ) {
    this.varyAt = request.indexOf(MARKER_BYTES);
    // A closed loop writes the next request only after the answer to the last one, so the copy can be reused.
    this.request = this.varyAt >= 0 ? Buffer.from(request) : request;
  }

  start(): void {
    this.open();
  }

  private open(): void {
    let connected = false;
    this.socket = connect({ host: this.host, port: this.port, noDelay: true });
    this.socket.on('connect', () => {
      connected = true;
      this.send();
    });
    this.socket.on('data', (d: Buffer) => this.onData(d));
    this.socket.on('error', () => {
      // counted on close
    });
    this.socket.on('close', () => {
      clearTimeout(this.timer);
      if (this.phase !== 'done' || !connected) this.sink.error();
      this.phase = 'done';
      if (!this.stopped) setTimeout(() => this.open(), connected ? 0 : 50);
      else this.sink.closed();
    });
  }

  private send(): void {
    if (this.stopped) {
      this.socket.end();
      return;
    }
    this.phase = 'head';
    this.pending = null;
    this.firstByteAt = 0;
    this.firstBodyAt = 0;
    this.sentAt = performance.now();
    this.timer = setTimeout(() => this.socket.destroy(), this.timeoutMs);
    if (this.varyAt >= 0) writeVariant(this.request, this.varyAt);
    this.socket.write(this.request);
  }

  private onData(data: Buffer): void {
    const now = performance.now();
    if (this.firstByteAt === 0) this.firstByteAt = now;
    this.sink.bytes(data.length);
    const buf = this.pending ? Buffer.concat([this.pending, data]) : data;
    this.pending = null;
    let at = 0;
    while (at < buf.length && this.phase !== 'done') {
      switch (this.phase) {
        case 'head': {
          const end = buf.indexOf(CRLF2, at);
          if (end === -1) {
            this.pending = buf.subarray(at);
            return;
          }
          const head = buf.toString('latin1', at, end);
          at = end + 4;
          this.status = Number(head.slice(9, 12));
          const lower = head.toLowerCase();
          if (lower.includes('\r\ntransfer-encoding: chunked')) this.phase = 'chunk-size';
          else {
            const m = /\r\ncontent-length: *(\d+)/.exec(lower);
            this.remaining = m ? Number(m[1]) : 0;
            this.phase = 'length';
            if (this.remaining === 0) this.complete(now);
          }
          break;
        }
        case 'length': {
          if (this.firstBodyAt === 0) this.firstBodyAt = now;
          const take = Math.min(this.remaining, buf.length - at);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) this.complete(now);
          break;
        }
        case 'chunk-size': {
          const nl = buf.indexOf(10, at);
          if (nl === -1) {
            this.pending = buf.subarray(at);
            return;
          }
          const size = Number.parseInt(buf.toString('latin1', at, nl), 16);
          at = nl + 1;
          if (size === 0) {
            this.phase = 'chunk-end';
          } else {
            if (this.firstBodyAt === 0) this.firstBodyAt = now;
            this.remaining = size + 2;
            this.phase = 'chunk-data';
          }
          break;
        }
        case 'chunk-data': {
          const take = Math.min(this.remaining, buf.length - at);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) this.phase = 'chunk-size';
          break;
        }
        case 'chunk-end': {
          // No trailers are sent by the servers under test: the last chunk ends with one CRLF.
          if (buf.length - at < 2) {
            this.pending = buf.subarray(at);
            return;
          }
          at += 2;
          this.complete(now);
          break;
        }
      }
    }
  }

  private complete(now: number): void {
    clearTimeout(this.timer);
    this.phase = 'done';
    this.sink.done(
      this.status,
      now - this.sentAt,
      this.firstByteAt - this.sentAt,
      (this.firstBodyAt || now) - this.sentAt,
    );
    this.send();
  }

  stop(): void {
    this.stopped = true;
    if (this.phase === 'done') this.socket.end();
  }
}

interface Sink {
  done(status: number, total: number, ttfb: number, firstBody: number): void;
  error(): void;
  bytes(n: number): void;
  closed(): void;
}

function percentiles(samples: Float64Array, n: number): Percentiles {
  if (n === 0) return { p50: Number.NaN, p99: Number.NaN, mean: Number.NaN };
  const sorted = samples.subarray(0, n).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))] as number;
  return { p50: at(0.5), p99: at(0.99), mean: sum / n };
}

export function buildRequest(spec: Pick<LoadSpec, 'origin' | 'path' | 'headers' | 'body'>): Buffer {
  const url = new URL(spec.origin);
  const body = Buffer.from(spec.body);
  let head = `POST ${spec.path} HTTP/1.1\r\nhost: ${url.host}\r\nconnection: keep-alive\r\n`;
  for (const [k, v] of Object.entries(spec.headers)) head += `${k}: ${v}\r\n`;
  head += `content-length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** Runs `connections` closed loops for `durationMs`; only requests completed inside the window count. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.origin);
  const request = buildRequest(spec);
  const cap = 2_000_000;
  const total = new Float64Array(cap);
  const ttfb = new Float64Array(cap);
  const firstBody = new Float64Array(cap);
  let n = 0;
  let errors = 0;
  let non2xx = 0;
  let bytesIn = 0;
  let open = spec.connections;
  const started = performance.now();
  let ended = 0;

  return new Promise((resolve) => {
    const sink: Sink = {
      done(status, t, b, f) {
        if (ended !== 0) return;
        if (status < 200 || status >= 300) non2xx++;
        if (n < cap) {
          total[n] = t;
          ttfb[n] = b;
          firstBody[n] = f;
          n++;
        }
      },
      error() {
        if (ended === 0) errors++;
      },
      bytes(k) {
        bytesIn += k;
      },
      closed() {
        open--;
        if (open === 0) finish();
      },
    };
    const conns: Connection[] = [];
    for (let i = 0; i < spec.connections; i++) {
      const c = new Connection(url.hostname, Number(url.port), request, spec.timeoutMs ?? 10_000, sink);
      conns.push(c);
      c.start();
    }
    let resolved = false;
    const finish = () => {
      if (resolved) return;
      resolved = true;
      clearTimeout(hardStop);
      const elapsedMs = ended - started;
      resolve({
        requests: n,
        errors,
        non2xx,
        rps: (n / elapsedMs) * 1000,
        elapsedMs,
        latency: percentiles(total, n),
        ttfb: percentiles(ttfb, n),
        firstBody: percentiles(firstBody, n),
        bytesIn,
      });
    };
    setTimeout(() => {
      ended = performance.now();
      for (const c of conns) c.stop();
    }, spec.durationMs);
    // Requests still in flight after the window are not waited for long: they are not counted anyway.
    const hardStop = setTimeout(finish, spec.durationMs + 2_000);
  });
}
