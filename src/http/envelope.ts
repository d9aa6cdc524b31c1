import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { logWhenDone, routeLabel, writeAccessLine } from '../security/access-log.js';
import { addApiHeaders, apiHeaderRecord, isComplete } from '../security/secure-headers.js';
import { sentStatus } from './node-io.js';
import { newRequestId } from './request-id.js';
import './context.js';

export interface EnvelopeOptions {
  logger: Logger;
  /** Counts every answer by matched route path (`unmatched` for none) and status. */
  observeResponse(path: string, status: number): void;
  /** VEIL_HSTS=1 when clients reach Veil over TLS. */
  hsts?: boolean;
  /** True once shutdown began: answers then close their connection so keep-alive clients move on. */
  draining?: () => boolean;
}

/**
 * What every answer gets, in one middleware (each layer of Hono's compose costs an async call and a promise):
 * a request id (`x-veil-request-id`), the API security headers, the response count, and the access line once
 * the answer is done. A handler that built its headers from `c.get('responseHeaders')` and marked its answer
 * complete (src/security/secure-headers.ts) leaves nothing to add here, so its plain header object goes to
 * Node untouched; any other answer (errors, 404, health) gets the headers added to its Headers.
 */
export function envelope(options: EnvelopeOptions): MiddlewareHandler {
  const { logger, hsts } = options;
  return async function envelope(c, next) {
    const started = performance.now();
    const id = newRequestId();
    c.set('startedAt', started);
    c.set('requestId', id);
    const headers = responseHeaders(id, hsts);
    if (options.draining?.()) headers.connection = 'close';
    c.set('responseHeaders', headers);
    const watched = logWhenDone(logger, c, started);
    await next();
    const res = c.res;
    // An answer its handler wrote to Node itself (a relayed stream) is already on its way with its headers.
    const sent = sentStatus(c);
    if (sent === undefined) {
      if (!isComplete(res)) {
        addApiHeaders(res.headers, { hsts });
        res.headers.set('x-veil-request-id', id);
      }
      if (options.draining?.()) res.headers.set('connection', 'close');
    }
    const status = sent ?? res.status;
    options.observeResponse(routeLabel(c), status);
    if (!watched) writeAccessLine(logger, c, status, started);
  };
}

/** The headers a handler starts its answer with (`c.get('responseHeaders')`): the API headers and the request id. */
export function responseHeaders(requestId: string, hsts?: boolean): Record<string, string> {
  const out = apiHeaderRecord(hsts ? HSTS_ON : NO_OPTIONS);
  out['x-veil-request-id'] = requestId;
  return out;
}

const HSTS_ON = { hsts: true };
const NO_OPTIONS = {};
