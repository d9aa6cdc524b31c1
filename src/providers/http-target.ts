import { errors, Pool } from 'undici';
import type { ResolvedUpstream } from '../config/load.js';
import { type Endpoint, type OutboundRequest, type Target, TargetError, type TargetResponse } from './types.js';

const PATHS: Record<Endpoint, string> = {
  chat: '/chat/completions',
  completions: '/completions',
  embeddings: '/embeddings',
  responses: '/responses',
  messages: '/messages',
  count_tokens: '/messages/count_tokens',
  models: '/models',
};

const ANTHROPIC_VERSION = '2023-06-01';

/**
 * An upstream reached over HTTP (a cloud provider, or a company-run OpenAI-compatible server such as
 * llama.cpp server, Ollama, LM Studio or vLLM when `kind: local`). One undici pool per upstream: measured
 * here, pooled undici served about 2.5 times the requests of the global fetch at 64 connections.
 */
export function createHttpTarget(upstream: ResolvedUpstream, kind: 'cloud' | 'local' = 'cloud'): Target {
  const base = new URL(upstream.base_url.endsWith('/') ? upstream.base_url : `${upstream.base_url}/`);
  const basePath = base.pathname.replace(/\/$/, '');
  const pool = new Pool(base.origin, {
    connections: upstream.connections,
    pipelining: 1,
    connect: { timeout: upstream.timeouts.connect_ms },
    headersTimeout: upstream.timeouts.first_byte_ms,
    bodyTimeout: upstream.timeouts.total_ms,
    keepAliveTimeout: 30_000,
  });

  function headersFor(req: OutboundRequest): Record<string, string> {
    const key = req.clientProviderKey ?? upstream.apiKey;
    const headers: Record<string, string> = { ...req.headers, ...upstream.headers };
    if (req.endpoint !== 'models') headers['content-type'] = 'application/json';
    if (upstream.format === 'anthropic') {
      headers['anthropic-version'] = req.headers['anthropic-version'] ?? ANTHROPIC_VERSION;
      if (key) headers['x-api-key'] = key;
    } else if (key) {
      headers.authorization = `Bearer ${key}`;
    }
    return headers;
  }

  return {
    kind,
    name: upstream.name,
    notReady: () => upstream.unavailable,
    async send(req: OutboundRequest): Promise<TargetResponse> {
      if (upstream.unavailable && !req.clientProviderKey) {
        throw new TargetError(
          `upstream "${upstream.name}" is not configured: ${upstream.unavailable}`,
          503,
          'upstream_unconfigured',
        );
      }
      // The total budget aborts the request's own controller: one signal per request, one timer cleared at the end.
      const timer = setTimeout(
        () =>
          req.abort?.(
            new TargetError(`upstream "${upstream.name}" exceeded the total time allowed`, 504, 'upstream_timeout'),
          ),
        upstream.timeouts.total_ms,
      );
      timer.unref();
      try {
        const res = await pool.request({
          method: req.endpoint === 'models' ? 'GET' : 'POST',
          path: basePath + PATHS[req.endpoint] + (req.query ?? ''),
          headers: headersFor(req),
          body: req.endpoint === 'models' ? null : (req.bodyText ?? JSON.stringify(req.body)),
          signal: req.cancel ?? req.signal,
        });
        const headers: Record<string, string> = {};
        const received = res.headers;
        for (const k in received) {
          const v = received[k];
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        // The body is handed on as undici's own stream (no async generator around it: one promise less per
        // chunk); it closes once read to its end, failed or aborted, and then the budget timer goes.
        res.body.once('close', () => clearTimeout(timer));
        return { status: res.statusCode, headers, body: res.body };
      } catch (err) {
        clearTimeout(timer);
        throw toTargetError(err, upstream.name, req.cancel ?? req.signal);
      }
    },
    close: () => pool.close(),
  };
}

/** Maps undici's failures to what the client should see: unreachable 502, too slow 504. */
export function toTargetError(err: unknown, name: string, signal: { aborted: boolean; reason: unknown }): Error {
  if (signal.aborted) return signal.reason instanceof TargetError ? signal.reason : (err as Error);
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
    return new TargetError(`upstream "${name}" did not answer in time`, 504, 'upstream_timeout');
  }
  if (err instanceof errors.ConnectTimeoutError) {
    return new TargetError(`upstream "${name}" did not accept the connection in time`, 504, 'upstream_timeout');
  }
  return new TargetError(`upstream "${name}" is unreachable`, 502, 'upstream_unreachable');
}
