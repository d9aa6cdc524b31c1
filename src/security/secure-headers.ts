import type { MiddlewareHandler } from 'hono';

export interface SecureHeadersOptions {
  /** Send Strict-Transport-Security (only when clients reach Veil over TLS, e.g. behind a TLS proxy). */
  hsts?: boolean;
}

/** Headers every API answer carries. JSON and SSE are never meant to be rendered, framed, sniffed or cached. */
const API_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};
const HSTS = 'max-age=31536000';

/**
 * The API headers as a fresh plain object, for a handler that builds its answer's headers whole: it adds its
 * own on top (an SSE answer's `cache-control: no-cache` replaces no-store) and marks the answer with
 * `markComplete`. A plain object goes to Node as it is; touching `res.headers` afterwards would make
 * @hono/node-server build a Headers object and copy it back out, about 6-12 µs per answer.
 */
export function apiHeaderRecord(options: SecureHeadersOptions = {}): Record<string, string> {
  // A literal, not a spread of API_HEADERS: V8 copies a literal's template, a spread walks the source's keys.
  const out: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
  };
  if (options.hsts) out['strict-transport-security'] = HSTS;
  return out;
}

/**
 * A mark on the Response itself rather than a WeakSet entry per answer: weak collections cost the garbage
 * collector extra work for every entry, and this one would get one per request.
 */
const COMPLETE = Symbol('veil.headers-complete');

/** Marks an answer whose headers were built from apiHeaderRecord (plus the request id): nothing to add. */
export function markComplete(res: Response): Response {
  (res as unknown as Record<symbol, boolean>)[COMPLETE] = true;
  return res;
}

export function isComplete(res: Response): boolean {
  return (res as unknown as Record<symbol, boolean | undefined>)[COMPLETE] === true;
}

/**
 * Adds the API headers to an answer built some other way. Headers the handler set itself win, and pages
 * (text/html, the dashboard) are left to set their own policy.
 */
export function addApiHeaders(headers: Headers, options: SecureHeadersOptions = {}): void {
  if ((headers.get('content-type') ?? '').startsWith('text/html')) return;
  for (const name in API_HEADERS) if (!headers.has(name)) headers.set(name, API_HEADERS[name] as string);
  if (options.hsts) headers.set('strict-transport-security', HSTS);
}

/** Secure response headers for the API routes, as a middleware (the gateway applies them in its envelope). */
export function secureHeaders(options: SecureHeadersOptions = {}): MiddlewareHandler {
  return async function secureHeaders(c, next) {
    await next();
    if (!isComplete(c.res)) addApiHeaders(c.res.headers, options);
  };
}
