import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { ApiError, errorBody } from '../http/errors.js';
import { formatSse, type SseEvent, SseParser } from '../http/sse.js';
import type { TargetResponse } from '../providers/types.js';
import type { ResponseRestorer } from '../redact/types.js';
import { type AnswerMeta, collectMeta, emptyMeta } from './usage.js';

/** Upstream headers worth passing to the client; everything else (hop-by-hop, length, cookies) is dropped. */
const PASSED_HEADERS = /^(content-type|retry-after|openai-|x-ratelimit-|anthropic-|request-id|x-request-id)/;

export function passedHeaders(upstream: Record<string, string>): Record<string, string> {
  return copyPassedHeaders({}, upstream);
}

/** passedHeaders written straight into the answer's headers (no entry arrays, no intermediate object). */
export function copyPassedHeaders(out: Record<string, string>, upstream: Record<string, string>) {
  for (const k in upstream) if (PASSED_HEADERS.test(k)) out[k] = upstream[k] as string;
  return out;
}

export interface RelayOutcome {
  meta: AnswerMeta;
  /** ms from dispatch to the first streamed byte. */
  firstByteAt: number | null;
  /** Set when the answer could not be relayed whole (upstream broke off, client left). */
  error: string | null;
}

const encoder = new TextEncoder();

/** Reads a whole (non-streamed) answer and restores it; upstream errors keep their status and body. */
export async function readJsonAnswer(
  res: TargetResponse,
  restorer: ResponseRestorer | undefined,
): Promise<{ body: Uint8Array<ArrayBuffer> | string; meta: AnswerMeta; error: string | null }> {
  const raw = await readAll(res.body);
  const meta = emptyMeta();
  const isJson = (res.headers['content-type'] ?? '').includes('json');
  if (!isJson) return { body: raw, meta, error: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    // A 2xx answer that is not the JSON it claims to be is a broken upstream, not something to restore.
    return res.status < 400 ? { body: raw, meta, error: 'upstream_invalid_json' } : { body: raw, meta, error: null };
  }
  collectMeta(meta, parsed);
  if (restorer && res.status < 400) return { body: JSON.stringify(restorer.restoreJson(parsed)), meta, error: null };
  return { body: raw, meta, error: null };
}

/**
 * A whole body. Node streams (undici's bodies) are read from their events: an async iterator over one cost a
 * promise per chunk, an end-of-stream watcher and an iterator object, about 3 µs per answer.
 */
export function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer<ArrayBuffer>> {
  if (!(body instanceof Readable)) return readIterable(body);
  return new Promise<Buffer<ArrayBuffer>>((resolve, reject) => {
    const parts: Buffer<ArrayBuffer>[] = [];
    let size = 0;
    const onData = (chunk: Buffer<ArrayBuffer>) => {
      parts.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => {
      done();
      resolve(parts.length === 1 ? (parts[0] as Buffer<ArrayBuffer>) : Buffer.concat(parts, size));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    // Destroyed without an error: the answer is incomplete all the same.
    const onClose = () => {
      done();
      reject(new Error('the upstream answer ended before its end'));
    };
    const done = () => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      body.off('close', onClose);
    };
    if (body.readableEnded || body.destroyed) return reject(new Error('the upstream answer was already read'));
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
    body.on('close', onClose);
  });
}

async function readIterable(body: AsyncIterable<Uint8Array>): Promise<Buffer<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const chunk of body) parts.push(chunk);
  // Usually one chunk: a view of it, not a copy.
  const one = parts.length === 1 ? (parts[0] as Uint8Array) : undefined;
  return one ? Buffer.from(one.buffer as ArrayBuffer, one.byteOffset, one.byteLength) : Buffer.concat(parts);
}

/**
 * Relays an SSE answer event by event, never buffering it whole. Without a restorer the upstream bytes go out
 * unchanged (events are still parsed to read usage for the audit); with one, each event is restored and
 * re-serialised. The relay itself knows no transport: `pipeTo` writes to Node's response directly, `webStream`
 * makes a web ReadableStream (app.request() in tests, other runtimes). A web stream per answer cost Node 20
 * about 20 µs to construct alone, more than the whole parse of a 1 KB answer, plus a promise per chunk.
 *
 * If the upstream breaks off mid-answer, the client gets a last event in its API's error shape and the answer
 * ends (without [DONE]): held-back text is not flushed, as it may be half a placeholder. If the client goes
 * away, the upstream request is aborted.
 */
export class SseRelay {
  /**
   * Made on first use: without a restorer most answers never need one, now that the model is read from the bytes
   * (each parser holds a StringDecoder, which allocates a buffer of its own).
   */
  private parserMade: SseParser | undefined;
  private get parser(): SseParser {
    if (this.parserMade === undefined) this.parserMade = new SseParser();
    return this.parserMade;
  }
  /**
   * Without a restorer: the bytes after the last event boundary read so far (an event still arriving). Whole
   * events are picked out of the bytes; this part waits for the rest of its event.
   */
  private carry: Buffer | undefined;
  /** Without a restorer: set once an event outgrew MAX_CARRY; the parser then reads the rest of the stream. */
  private parsing = false;
  private readonly outcome: RelayOutcome = { meta: emptyMeta(), firstByteAt: null, error: null };
  private finished = false;
  /** Set once a restored event went out ahead of the rest of its chunk (see chunk). */
  private sentFirst = false;

  constructor(
    private readonly res: TargetResponse,
    private readonly restorer: ResponseRestorer | undefined,
    private readonly abortUpstream: () => void,
    private readonly startedAt: number,
    private readonly done: (outcome: RelayOutcome) => void,
    private readonly wire: 'openai' | 'anthropic' = 'openai',
  ) {}

  /** True when upstream bytes are already waiting to be read. */
  hasPending(): boolean {
    const body = this.res.body;
    return body instanceof Readable && body.readableLength > 0;
  }

  /**
   * What to send for one upstream chunk: the chunk itself when nothing is restored. With `sendFirst`, the
   * answer's first restored event is handed to it as soon as it is restored, and the rest of the chunk is returned:
   * an upstream that sends a whole answer in one read (or a burst of events) would otherwise hold the client's first
   * event until every event of the read was restored.
   */
  chunk(value: Uint8Array, sendFirst?: (bytes: Uint8Array) => void): Uint8Array | undefined {
    if (this.outcome.firstByteAt === null) this.outcome.firstByteAt = performance.now() - this.startedAt;
    if (!this.restorer) {
      this.watch(value instanceof Buffer ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      return value;
    }
    let restored = '';
    let from = 0;
    if (sendFirst !== undefined && !this.sentFirst) {
      // Event by event until the first restored one is out: the parser would otherwise read the whole chunk first.
      const buf = value instanceof Buffer ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      while (!this.sentFirst && from < buf.length) {
        const end = eventEndAfter(buf, from);
        restored += this.observe(this.parser.push(buf.subarray(from, end)), sendFirst);
        from = end;
      }
      value = buf.subarray(from);
    }
    if (from === 0 || value.length > 0) restored += this.observe(this.parser.push(value));
    return restored ? encoder.encode(restored) : undefined;
  }

  /** What is left to send once the upstream ended: the last events and the restorer's held-back text. */
  end(): Uint8Array | undefined {
    if (this.carry) {
      // A last event without its blank line: the parser's end() still reads it.
      this.observe(this.parser.push(this.carry));
      this.carry = undefined;
    }
    let out = this.parserMade === undefined ? '' : this.observe(this.parserMade.end());
    if (this.restorer) for (const ev of this.restorer.flush()) out += formatSse(ev);
    this.finish();
    return out ? encoder.encode(out) : undefined;
  }

  /** The upstream broke off: records why and returns the error event to send last. */
  fail(err: unknown): Uint8Array {
    this.outcome.error ??= `upstream_stream_error: ${(err as Error)?.name ?? 'Error'}`;
    this.finish();
    const error = new ApiError(
      502,
      'the upstream stream broke off before the answer was complete',
      'api_error',
      'upstream_stream_error',
    );
    const body = JSON.stringify(errorBody(error, this.wire));
    return encoder.encode(this.wire === 'anthropic' ? `event: error\ndata: ${body}\n\n` : `data: ${body}\n\n`);
  }

  /** The client went away: the upstream request is aborted. */
  cancel(): void {
    if (this.finished) return;
    this.outcome.error = 'client_disconnected';
    this.abortUpstream();
    this.finish();
  }

  /**
   * Writes the answer to Node's response, whose head the caller has written; upstream reading pauses while the
   * client's socket is full. Node streams (undici's bodies) are followed through their events.
   */
  pipeTo(out: ServerResponse): void {
    const body = this.res.body;
    // `on`, not `once`, here and below: each fires once anyway, and `once` costs a wrapper and a removal per event.
    out.on('close', () => {
      if (!out.writableFinished) {
        this.cancel();
        if (body instanceof Readable) body.destroy();
      }
    });
    if (!(body instanceof Readable)) {
      void this.pipeIterable(body, out);
      return;
    }
    // Chunks written in one turn go out in one write, and so does the end of the answer when the upstream's end
    // came with them: 'end' is emitted on the next tick and microtasks run after it, so the uncork below finds
    // the answer already ended. Node's own cork (uncorked on the next tick) sent the last chunk and the
    // terminating zero-length chunk in two writes: a socket write per answer more than the floor.
    let corked = false;
    const uncork = () => {
      corked = false;
      out.uncork();
    };
    // Read, not 'data': undici emits one 'data' per HTTP chunk, and providers send an HTTP chunk per SSE event,
    // so a 1 KB answer read from the socket at once came as 16 chunks, each passed through the relay and through
    // Node's chunked encoding on its own (64 pieces gathered into one writev). read() hands over everything that
    // has arrived as one buffer, as the floor's stream reader gets it. Nothing waits for more to arrive.
    let blocked = false;
    // The first restored event is written and uncorked on its own, so it is on the socket before the rest of its
    // chunk is restored (Node's response corks every write until the next tick).
    let full = false;
    const sendFirst =
      this.restorer === undefined
        ? undefined
        : (bytes: Uint8Array) => {
            full = !out.write(bytes);
            out.uncork();
          };
    const pump = () => {
      if (blocked) return;
      for (let value: Buffer | null = body.read(); value !== null; value = body.read()) {
        const chunk = this.chunk(value, sendFirst);
        if (chunk) {
          if (!corked) {
            corked = true;
            out.cork();
            queueMicrotask(uncork);
          }
          full = !out.write(chunk);
        }
        if (full) {
          // The client's socket is full: what arrives meanwhile waits in the body (undici stops reading the
          // upstream once its buffer is full) until the answer drains.
          blocked = true;
          full = false;
          out.once('drain', () => {
            blocked = false;
            pump();
          });
          return;
        }
      }
    };
    body.on('readable', pump);
    body.on('end', () => {
      const tail = this.end();
      if (tail) out.end(tail);
      else out.end();
    });
    body.on('error', (err) => {
      if (this.finished) return;
      out.end(this.fail(err));
    });
    body.on('close', () => {
      // Destroyed without 'end' or 'error' (aborted by us after the client left): nothing more to send.
      if (!this.finished && !body.readableEnded) out.end(this.fail(new Error('upstream body closed')));
    });
  }

  private async pipeIterable(body: AsyncIterable<Uint8Array>, out: ServerResponse): Promise<void> {
    const iterator = body[Symbol.asyncIterator]();
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (this.finished) {
          await iterator.return?.();
          return;
        }
        if (done) break;
        const chunk = this.chunk(value);
        if (chunk && !out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      }
      const tail = this.end();
      if (tail) out.end(tail);
      else out.end();
    } catch (err) {
      if (!this.finished) out.end(this.fail(err));
    }
  }

  /** The answer as a web stream, read on demand; cancelling it (client gone) aborts the upstream request. */
  webStream(): ReadableStream<Uint8Array> {
    const iterator = this.res.body[Symbol.asyncIterator]();
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            const { value, done: ended } = await iterator.next();
            if (ended) {
              const tail = this.end();
              if (tail) controller.enqueue(tail);
              controller.close();
              return;
            }
            const chunk = this.chunk(value);
            if (chunk) controller.enqueue(chunk);
          } catch (err) {
            controller.enqueue(this.fail(err));
            controller.close();
          }
        },
        cancel: () => {
          this.cancel();
          void iterator.return?.();
        },
      },
      { highWaterMark: 0 },
    );
  }

  /**
   * An upstream chunk passed through unchanged: only the events that can still tell the model or the usage are
   * parsed. The whole events read so far are searched as bytes: those up to the first one naming the model while
   * it is unknown, and the rest only if they mention a usage that is not null. Decoding and parsing every event
   * cost about a tenth of the gateway's CPU per streamed 1 KB answer, and most of it for a 16 KB one, whose
   * reads often end mid-event. Every push to the parser starts and ends at an event boundary, so it never holds
   * half a line or half a character between pushes.
   */
  private watch(chunk: Buffer): void {
    if (this.parsing) {
      this.observe(this.parser.push(chunk));
      return;
    }
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = lastEventEnd(buf);
    if (end === 0 && buf.length > MAX_CARRY) {
      // One event this long (or line endings without a blank line): the parser takes over, as it would anyway.
      this.parsing = true;
      this.carry = undefined;
      this.observe(this.parser.push(buf));
      return;
    }
    this.carry = end < buf.length ? buf.subarray(end) : undefined;
    const meta = this.outcome.meta;
    let from = 0;
    while (meta.model === null && from < end) {
      const at = keyAt(buf, MODEL_KEY, from);
      if (at === -1 || at >= end) break;
      const stop = eventEndAfter(buf, at);
      // The usual event (one `data:` line, "model" a top-level key, its value without escapes) is read in place,
      // and `from` stays: a usage in that event is still found below. Any other shape goes through the parser.
      const model = topLevelModel(buf, from, at, stop);
      if (model !== undefined) {
        meta.model = model;
        break;
      }
      this.observe(this.parser.push(buf.subarray(from, stop)));
      from = stop;
    }
    if (from < end && mentionsUsage(buf, from, end)) this.observe(this.parser.push(buf.subarray(from, end)));
  }

  private observe(events: SseEvent[], sendFirst?: (bytes: Uint8Array) => void): string {
    let out = '';
    const meta = this.outcome.meta;
    for (const ev of events) {
      // Only events that can still tell something: the first one naming the model, and the usage chunk.
      if ((meta.model === null && ev.data.includes('"model"')) || ev.data.includes('"usage"')) {
        try {
          collectMeta(meta, JSON.parse(ev.data));
        } catch {
          // Malformed event data: relayed as received; the client's SDK reports it.
        }
      }
      if (!this.restorer) continue;
      for (const restored of this.restorer.restoreEvent(ev)) out += formatSse(restored);
      if (sendFirst !== undefined && out !== '') {
        this.sentFirst = true;
        sendFirst(encoder.encode(out));
        sendFirst = undefined;
        out = '';
      }
    }
    return out;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.done(this.outcome);
  }
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Keys without their opening quote: a needle that starts with a quote is searched 10 times slower (quotes abound). */
const MODEL_KEY = Buffer.from('model"');
const USAGE_KEY = Buffer.from('usage"');

/** The offset of the next `"<key>` from `from` on, or -1. */
function keyAt(buf: Buffer, key: Buffer, from: number): number {
  for (let at = buf.indexOf(key, from); at !== -1; at = buf.indexOf(key, at + key.length)) {
    if (at > 0 && buf[at - 1] === QUOTE) return at - 1;
  }
  return -1;
}

const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DATA_FIELD = Buffer.from('data:');

const isJsonSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === LF || b === CR;

/**
 * The model named by the event holding `"model"` at `at`, read from the bytes without decoding or parsing the
 * event; undefined when the event is not in the usual shape, and the caller parses it (what JSON.parse would
 * give, or nothing, decides). The usual shape: the event's only `data:` line holds a JSON object that ends on
 * that line, `at` is one of the object's own keys (outside every string and not in a nested object or array),
 * and its value is a string without a backslash (an escape is left to JSON.parse) and without a second "model"
 * key after it. The rest of the line is not validated: a malformed event of that shape still names its model,
 * where parsing would have ignored the event (the answer is relayed unchanged either way). Decoding parsed the first
 * event's bytes twice (decoder and JSON.parse): the relay's own CPU per 1 KB answer went from about 2.3 to 1.2 µs.
 * `from` is an event boundary before `at`; `stop` the end of the event holding `at`.
 */
function topLevelModel(buf: Buffer, from: number, at: number, stop: number): string | undefined {
  const lineStart = buf.lastIndexOf(LF, at) + 1;
  if (lineStart < from || !startsWith(buf, lineStart, DATA_FIELD)) return undefined;
  // No other data line in the event: the lines before this one (from its start) are id:, event: or comments.
  const eventStart = Math.max(from, eventStartBefore(buf, lineStart, from));
  const other = buf.indexOf(DATA_FIELD, eventStart);
  if (other !== lineStart) return undefined;
  let lineEnd = buf.indexOf(LF, at);
  if (lineEnd === -1 || lineEnd >= stop) return undefined;
  const nextLine = lineEnd + 1;
  // The event ends with this line (another line of it could be a second data line).
  if (!(buf[nextLine] === LF || (buf[nextLine] === CR && buf[nextLine + 1] === LF))) return undefined;
  if (buf[lineEnd - 1] === CR) lineEnd--;
  let open = lineStart + DATA_FIELD.length;
  if (buf[open] === 0x20) open++;
  if (buf[open] !== OPEN_BRACE) return undefined;
  let last = lineEnd - 1;
  while (last > open && isJsonSpace(buf[last])) last--;
  if (buf[last] !== CLOSE_BRACE) return undefined;
  // Depth and strings from the object's opening brace to the key.
  let depth = 0;
  let inString = false;
  for (let i = open; i < at; i++) {
    const b = buf[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  if (inString || depth !== 1) return undefined;
  let i = at + 1 + MODEL_KEY.length;
  while (isJsonSpace(buf[i])) i++;
  if (buf[i] !== COLON) return undefined;
  i++;
  while (isJsonSpace(buf[i])) i++;
  if (buf[i] !== QUOTE) return undefined;
  const valueStart = i + 1;
  const valueEnd = buf.indexOf(QUOTE, valueStart);
  if (valueEnd === -1 || valueEnd >= last) return undefined;
  // An escape, or a control character JSON.parse would refuse.
  for (let j = valueStart; j < valueEnd; j++) {
    const b = buf[j] as number;
    if (b < 0x20 || b === BACKSLASH) return undefined;
  }
  // A second "model" key later on the line: JSON.parse keeps the last value, so the parser decides.
  const again = keyAt(buf, MODEL_KEY, valueEnd);
  if (again !== -1 && again < lineEnd) return undefined;
  return buf.toString('utf8', valueStart, valueEnd);
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** The offset just past the last blank line before `at` (not before `floor`), or `floor` without one. */
function eventStartBefore(buf: Buffer, at: number, floor: number): number {
  // A negative offset would make lastIndexOf count from the end.
  if (at <= floor) return floor;
  for (let i = buf.lastIndexOf(LF, at - 1); i > floor; i = buf.lastIndexOf(LF, i - 1)) {
    if (buf[i - 1] === LF || (buf[i - 1] === CR && i - 1 > floor && buf[i - 2] === LF)) return i + 1;
  }
  return floor;
}

/** An event longer than this without a blank line is left to the parser (the carry is copied on every read). */
const MAX_CARRY = 64 * 1024;

/** The offset just past the last blank line (LF or CRLF line endings, as the parser reads them), or 0. */
function lastEventEnd(buf: Buffer): number {
  for (let i = buf.lastIndexOf(LF); i > 0; i = buf.lastIndexOf(LF, i - 1)) {
    if (buf[i - 1] === LF || (buf[i - 1] === CR && i > 1 && buf[i - 2] === LF)) return i + 1;
  }
  return 0;
}

/** The offset just past the blank line that ends the event holding `at`, or the buffer's length without one. */
function eventEndAfter(buf: Buffer, at: number): number {
  for (let i = buf.indexOf(LF, at); i !== -1; i = buf.indexOf(LF, i + 1)) {
    if (buf[i + 1] === LF) return i + 2;
    if (buf[i + 1] === CR && buf[i + 2] === LF) return i + 3;
  }
  return buf.length;
}

/** True when `"usage"` occurs in [from, end) other than as `"usage": null` (OpenAI sends that in every chunk). */
function mentionsUsage(buf: Buffer, from: number, end: number): boolean {
  for (let at = keyAt(buf, USAGE_KEY, from); at !== -1; at = keyAt(buf, USAGE_KEY, at + 1 + USAGE_KEY.length)) {
    if (at >= end) return false;
    let i = at + 1 + USAGE_KEY.length;
    while (buf[i] === 0x20) i++;
    if (buf[i] !== 0x3a) return true;
    i++;
    while (buf[i] === 0x20) i++;
    // n u l l
    if (buf[i] !== 0x6e || buf[i + 1] !== 0x75 || buf[i + 2] !== 0x6c || buf[i + 3] !== 0x6c) return true;
  }
  return false;
}
