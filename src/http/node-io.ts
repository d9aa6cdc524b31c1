import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { RequestAbort } from '../pipeline/request-abort.js';
import { ApiError } from './errors.js';

/**
 * Direct access to Node's request and response under @hono/node-server. Touching `c.req.raw.body` or
 * `c.req.raw.signal` makes the adapter build a full web Request with a web stream over the socket: measured
 * by the overhead bench, that cost about 9% of the gateway's CPU per request. Reading the IncomingMessage
 * ourselves avoids it; outside Node (app.request() in tests) the web Request is used.
 */
interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

/**
 * A request header (lower-case name). Under Node it is read from the IncomingMessage's parsed headers, which
 * Hono's own lookup re-validates and re-normalises on every call: about ten calls per proxied request.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return typeof value === 'string' ? value : value?.join(', ');
}

const tooLarge = (max: number) =>
  new ApiError(413, `request body larger than ${max} bytes`, 'invalid_request_error', 'body_too_large');

/** The body as text, refused with 413 as soon as it is known to exceed maxBytes (declared or counted). */
export async function readBodyText(c: Context, maxBytes: number): Promise<string> {
  const declared = Number(requestHeader(c, 'content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  if (!incoming) {
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
    return text;
  }
  // Read once: the rate limiter may need the size of a body sent without Content-Length before the route does.
  const held = incoming as IncomingMessage & { [BODY]?: Promise<string> };
  let text = held[BODY];
  if (!text) {
    text = readIncoming(incoming, maxBytes);
    held[BODY] = text;
  }
  return text;
}

/** The body being read, kept on the request itself (a WeakMap entry per request costs the collector more). */
const BODY = Symbol('veil.body');

/**
 * Collects the body from the stream's events: an async iterator over the request cost a promise per chunk and an
 * end-of-stream watcher per request. Over the limit reading stops at once and the 413 goes out.
 */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        // Stop reading; @hono/node-server drains or closes what is left once the 413 has been sent.
        incoming.pause();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    // Closed before its end: the client went away mid-upload.
    const onClose = () => {
      if (incoming.readableEnded) return onEnd();
      done();
      reject(new Error('request body incomplete: the client closed the connection'));
    };
    if (incoming.readableEnded) return reject(new Error('request body already read'));
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

/**
 * The request's one cancellation, aborted when the client goes away before its answer is complete. The
 * conductor aborts the same object on its upstream timeout, so a request holds one signal, not a tree.
 */
export function clientAbort(c: Context): RequestAbort {
  const abort = new RequestAbort();
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (outgoing) {
    whenClosed(outgoing, () => {
      if (!outgoing.writableFinished) abort.abort(new Error('client disconnected'));
    });
  } else {
    c.req.raw.signal.addEventListener('abort', () => abort.abort(new Error('client disconnected')), { once: true });
  }
  return abort;
}

/**
 * Calls `fn` once Node has finished with the answer: its last byte was handed to the socket, or the client
 * went away. Returns false outside Node (app.request() in tests), where the caller has to watch the body.
 * This is what lets middleware hold something for the whole answer without wrapping the body in another stream
 * (a wrapped body also made @hono/node-server stop using its fast path and wait a timer tick for a second
 * chunk before sending the first: about 1 ms on the first SSE event).
 */
export function onAnswerDone(c: Context, fn: () => void): boolean {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (!outgoing) return false;
  whenClosed(outgoing, fn);
  return true;
}

/** The functions waiting for a response's close, kept on the response itself. */
const ON_CLOSE = Symbol('veil.on-close');
type Watched = ServerResponse & { [ON_CLOSE]?: (() => void)[] };

/**
 * Runs `fn` on the response's close, in the order asked. The access log, the rate limiter and the client-abort
 * watch share one listener: each `once` of its own cost a wrapper closure and grew the emitter's listener list.
 */
function whenClosed(outgoing: Watched, fn: () => void): void {
  const waiting = outgoing[ON_CLOSE];
  if (waiting) {
    waiting.push(fn);
    return;
  }
  const fns = [fn];
  outgoing[ON_CLOSE] = fns;
  outgoing.once('close', () => {
    for (let i = 0; i < fns.length; i++) (fns[i] as () => void)();
  });
}

/**
 * The client's address as the socket reports it (what @hono/node-server's getConnInfo gives as remote.address),
 * null outside Node. getConnInfo also reads the port and the family, each through the socket's getters, and
 * builds two objects per request for the one field the audit record keeps.
 */
export function clientAddress(c: Context): string | null {
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? null;
}

/** Node's response for this request, for a handler that writes its answer itself; undefined outside Node. */
export function nodeResponse(c: Context): ServerResponse | undefined {
  return (c.env as NodeBindings | undefined)?.outgoing;
}

/**
 * What a handler returns after writing its answer to Node's response itself: @hono/node-server then leaves the
 * response alone. It recognises the marker only on a standard Response, and the marker is made with whatever
 * global Response there was when its module loaded; reading a body property turns the adapter's lightweight
 * kind into a standard one. Nothing may add headers to it (it is shared): mark it complete.
 */
export function answerAlreadySent(): Response {
  void RESPONSE_ALREADY_SENT.bodyUsed;
  return RESPONSE_ALREADY_SENT;
}

/** The status Node sent, once the head is out (an answer written by its handler); otherwise undefined. */
export function sentStatus(c: Context): number | undefined {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  return outgoing?.headersSent ? outgoing.statusCode : undefined;
}
