import type { Handler, MiddlewareHandler } from 'hono';
import type { AuditEvent, AuditSink } from '../audit/event.js';
import { ApiError } from '../http/errors.js';
import { constantTimeEqual } from '../security/constant-time.js';
import type { GatewayMetrics } from './gateway-metrics.js';

export interface MetricsRouteOptions {
  metrics: GatewayMetrics;
  /** When set, scrapers must send `Authorization: Bearer <token>` (VEIL_METRICS_TOKEN). */
  token?: string;
}

/** GET /metrics in the Prometheus text format. */
export function metricsRoute(options: MetricsRouteOptions): Handler {
  return function metrics(c) {
    if (options.token) {
      const header = c.req.header('authorization') ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!constantTimeEqual(given, options.token)) {
        throw new ApiError(401, 'metrics need the scrape token', 'authentication_error', 'invalid_metrics_token');
      }
    }
    return c.body(options.metrics.registry.renderPrometheus(), 200, {
      'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      'cache-control': 'no-store',
    });
  };
}

/** Counts every HTTP answer by matched route path (unmatched paths are one series) and status. */
export function countResponses(metrics: GatewayMetrics): MiddlewareHandler {
  return async function countResponses(c, next) {
    await next();
    metrics.observeResponse(c.req.routePath === '/*' ? 'unmatched' : c.req.routePath, c.res.status);
  };
}

/** The audit sink with observers called on each event before it is queued (metrics, usage-corrected limits). */
export function tapAuditSink(sink: AuditSink, ...observers: ((event: AuditEvent) => void)[]): AuditSink {
  return {
    record(event) {
      for (const observe of observers) {
        try {
          observe(event);
        } catch {
          // An observer's failure must never cost the audit record.
        }
      }
      sink.record(event);
    },
    failure: () => sink.failure(),
    flush: () => sink.flush(),
    close: () => sink.close(),
  };
}
