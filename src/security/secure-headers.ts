import type { MiddlewareHandler } from 'hono';

export interface SecureHeadersOptions {
  /** Send Strict-Transport-Security (only when clients reach Veil over TLS, e.g. behind a TLS proxy). */
  hsts?: boolean;
}

/** Headers every API answer carries. JSON and SSE are never meant to be rendered, framed, sniffed or cached. */
const API_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Secure response headers for the API routes. Headers the handler set itself win (an SSE answer keeps its
 * `cache-control: no-cache`), and pages (text/html, the dashboard) are left to set their own policy.
 */
export function secureHeaders(options: SecureHeadersOptions = {}): MiddlewareHandler {
  return async function secureHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    if ((headers.get('content-type') ?? '').startsWith('text/html')) return;
    for (const [name, value] of Object.entries(API_HEADERS)) if (!headers.has(name)) headers.set(name, value);
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
    if (options.hsts) headers.set('strict-transport-security', 'max-age=31536000');
  };
}
