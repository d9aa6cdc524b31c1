import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import '../http/context.js';

export interface AccessLogOptions {
  logger: Logger;
}

/**
 * One structured line per request: request id, method, route path, status, team and key id, duration.
 * Deliberately nothing else: no headers (credentials), no query string, no body, no error message.
 */
export function accessLog(options: AccessLogOptions): MiddlewareHandler {
  return async function accessLog(c, next) {
    const started = performance.now();
    await next();
    const auth = c.get('auth');
    options.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.routePath === '/*' ? 'unmatched' : c.req.routePath,
        status: c.res.status,
        team: auth?.team,
        keyId: auth?.keyId,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
