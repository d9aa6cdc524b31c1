import type { Context, Handler, MiddlewareHandler, Next } from 'hono';
import { onAnswerDone, requestHeader } from '../http/node-io.js';
import { estimateTokens, type Lease, type Limiter } from './limiter.js';
import '../http/context.js';

export interface RateLimitOptions {
  limiter: Limiter;
  /**
   * The request body as text, for a body sent without Content-Length (chunked): read once, under the body
   * limit, and kept for the route. Without it the body is read through Hono, with no limit.
   */
  readBody?: (c: Context) => Promise<string>;
}

/**
 * Admission per key and team, after auth (it needs the team) and the body limit. The token estimate comes from
 * Content-Length, or from the body itself when the length is not declared (read once; Hono caches it for the
 * route). The concurrency slot is held until the answer's last byte: for a stream that
 * is when the relayed body ends, errors or is cancelled by the client, not when the handler returns.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  return async function rateLimit(c, next) {
    const lease = acquireFor(options, c, await requestSize(options, c));
    // Under Node the slot is freed when the answer is done; the body is never re-wrapped (see onAnswerDone).
    if (onAnswerDone(c, () => lease.release())) return next();
    let handedOver = false;
    try {
      await next();
      const body = c.res.body;
      if (body) {
        c.res = new Response(releasing(body, lease), c.res);
        handedOver = true;
      }
    } finally {
      if (!handedOver) lease.release();
    }
  };
}

/**
 * rateLimit around one handler instead of as a middleware layer of its own (each layer costs two promises per
 * request). With a declared Content-Length, admission is synchronous and the handler's own promise is returned.
 */
export function admitted(options: RateLimitOptions, handler: Handler): Handler {
  return (c, next) => {
    const declared = declaredSize(c);
    if (declared === undefined) return admitAfterReading(options, handler, c, next);
    return run(handler, c, next, acquireFor(options, c, declared));
  };
}

async function admitAfterReading(options: RateLimitOptions, handler: Handler, c: Context, next: Next) {
  const lease = acquireFor(options, c, await requestSize(options, c));
  return run(handler, c, next, lease);
}

function run(handler: Handler, c: Context, next: Next, lease: Lease) {
  if (onAnswerDone(c, () => lease.release())) return handler(c, next);
  return runReleasing(handler, c, next, lease);
}

/** Outside Node (app.request() in tests): the lease goes with the answer's body, or at once without one. */
async function runReleasing(handler: Handler, c: Context, next: Next, lease: Lease) {
  let handedOver = false;
  try {
    const res = await handler(c, next);
    if (res instanceof Response && res.body) {
      handedOver = true;
      return new Response(releasing(res.body, lease), res);
    }
    return res;
  } finally {
    if (!handedOver) lease.release();
  }
}

/** Content-Length when it is a plain size; 0 for a GET; undefined when the body must be read to know. */
function declaredSize(c: Context): number | undefined {
  if (c.req.method === 'GET') return 0;
  const declared = Number(requestHeader(c, 'content-length'));
  return Number.isSafeInteger(declared) ? declared : undefined;
}

// Admit before reading when the size is declared, so a refused client's upload is never buffered.
async function requestSize(options: RateLimitOptions, c: Context): Promise<number> {
  return declaredSize(c) ?? (await (options.readBody?.(c) ?? c.req.text())).length;
}

function acquireFor(options: RateLimitOptions, c: Context, size: number): Lease {
  const auth = c.get('auth');
  return options.limiter.acquire({
    id: c.get('requestId'),
    keyId: auth.keyId,
    team: auth.team,
    tokens: estimateTokens(size),
  });
}

/** The same bytes, with the lease released once the body is finished, failed or cancelled. */
function releasing(body: ReadableStream<Uint8Array>, lease: Lease): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await reader.read();
          if (done) {
            lease.release();
            controller.close();
          } else controller.enqueue(value);
        } catch (err) {
          lease.release();
          controller.error(err);
        }
      },
      cancel(reason) {
        lease.release();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
