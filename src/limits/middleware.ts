import type { Context, MiddlewareHandler } from 'hono';
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
    const auth = c.get('auth');
    // Admit before reading when the size is declared, so a refused client's upload is never buffered.
    const declared = Number(requestHeader(c, 'content-length'));
    const size =
      c.req.method === 'GET'
        ? 0
        : Number.isSafeInteger(declared)
          ? declared
          : (await (options.readBody?.(c) ?? c.req.text())).length;
    const lease = options.limiter.acquire({
      id: c.get('requestId'),
      keyId: auth.keyId,
      team: auth.team,
      tokens: estimateTokens(size),
    });
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
