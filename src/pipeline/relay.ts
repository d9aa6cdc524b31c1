import { Readable } from 'node:stream';
import { formatSse, SseParser } from '../http/sse.js';
import type { TargetResponse } from '../providers/types.js';
import type { ResponseRestorer } from '../redact/types.js';
import { type AnswerMeta, collectMeta, emptyMeta } from './usage.js';

/** Upstream headers worth passing to the client; everything else (hop-by-hop, length, cookies) is dropped. */
const PASSED_HEADERS = /^(content-type|retry-after|openai-|x-ratelimit-|anthropic-|request-id|x-request-id)/;

export function passedHeaders(upstream: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(upstream)) if (PASSED_HEADERS.test(k)) out[k] = v;
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
 * re-serialised. Cancelling the returned stream (client gone) aborts the upstream request.
 */
export function relayStream(
  res: TargetResponse,
  restorer: ResponseRestorer | undefined,
  abortUpstream: () => void,
  startedAt: number,
  done: (outcome: RelayOutcome) => void,
): ReadableStream<Uint8Array> {
  const iterator = res.body[Symbol.asyncIterator]();
  const parser = new SseParser();
  const outcome: RelayOutcome = { meta: emptyMeta(), firstByteAt: null, error: null };
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      done(outcome);
    }
  };

  function observe(events: ReturnType<SseParser['push']>): string {
    let out = '';
    for (const ev of events) {
      // Only events that can still tell something: the first one naming the model, and the usage chunk.
      if ((outcome.meta.model === null && ev.data.includes('"model"')) || ev.data.includes('"usage"')) {
        try {
          collectMeta(outcome.meta, JSON.parse(ev.data));
        } catch {
          // Malformed event data: relayed as received; the client's SDK reports it.
        }
      }
      if (restorer) for (const restored of restorer.restoreEvent(ev)) out += formatSse(restored);
    }
    return out;
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done: ended } = await iterator.next();
          if (ended) {
            const tail = observe(parser.end());
            let out = tail;
            if (restorer) for (const ev of restorer.flush()) out += formatSse(ev);
            if (out) controller.enqueue(encoder.encode(out));
            controller.close();
            finish();
            return;
          }
          if (outcome.firstByteAt === null) outcome.firstByteAt = performance.now() - startedAt;
          const restored = observe(parser.push(value));
          if (!restorer) controller.enqueue(value);
          else if (restored) controller.enqueue(encoder.encode(restored));
        } catch (err) {
          // The upstream broke off mid-answer. Held-back text is not flushed: it may be half a placeholder.
          outcome.error = `upstream_stream_error: ${(err as Error).name}`;
          controller.error(err);
          finish();
        }
      },
      cancel() {
        outcome.error = 'client_disconnected';
        abortUpstream();
        void iterator.return?.();
        finish();
      },
    },
    { highWaterMark: 0 },
  );
}
