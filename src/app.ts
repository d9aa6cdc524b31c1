import { type Context, Hono } from 'hono';
import type { KeyStore } from './auth/key-store.js';
import type { PolicyConfig } from './config/schema.js';
import { authenticated, gatewayAuth } from './http/auth.js';
import { envelope } from './http/envelope.js';
import { ApiError, errorBody } from './http/errors.js';
import { readBodyText } from './http/node-io.js';
import type { Limiter } from './limits/limiter.js';
import { admitted } from './limits/middleware.js';
import { log } from './log.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import { metricsRoute } from './metrics/http.js';
import { AuditDraft } from './pipeline/audit-draft.js';
import type { ConductorDeps } from './pipeline/conductor.js';
import type { RequestAdapter } from './providers/adapter.js';
import { anthropicCountTokens, anthropicMessages } from './providers/anthropic/parse.js';
import { openaiChat, openaiCompletions, openaiEmbeddings } from './providers/openai/parse.js';
import { openaiResponses } from './providers/openai-responses/parse.js';
import { detectRoute } from './routes/detect.js';
import { isAnthropicClient, modelRoute, modelsRoute } from './routes/models.js';
import { proxyRoute } from './routes/proxy.js';
import { markComplete } from './security/secure-headers.js';
import './http/context.js';

export interface AppDeps extends ConductorDeps {
  keys: KeyStore;
  policies: ReadonlyMap<string, PolicyConfig>;
  maxBodyBytes: number;
  /** Undefined when ready to serve; otherwise the reasons why not (for /readyz). */
  readiness(): { ready: boolean; checks: Record<string, string> };
  /** True once shutdown began: answers then close their connection so keep-alive clients move on. */
  draining?: () => boolean;
  /** Extra routes mounted by the gateway (dashboard, detect API). */
  mount?: (app: Hono) => void;
  limiter: Limiter;
  metrics: GatewayMetrics;
  /** VEIL_METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** VEIL_HSTS=1 when clients reach Veil over TLS. */
  hsts?: boolean;
}

/**
 * The error shape a client reads: Anthropic's on the Messages endpoints, and on the model list and lookup when the
 * client is an Anthropic SDK (the same detection the models route answers by); OpenAI's elsewhere.
 */
function wireOf(c: Context): 'openai' | 'anthropic' {
  const path = c.req.path;
  if (path.startsWith('/v1/messages')) return 'anthropic';
  if ((path === '/v1/models' || path.startsWith('/v1/models/')) && isAnthropicClient(c)) return 'anthropic';
  return 'openai';
}

/** The Hono app: middleware and routes, nothing else. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.use(
    envelope({ logger: log, observeResponse: deps.metrics.observeResponse, hsts: deps.hsts, draining: deps.draining }),
  );
  app.get('/metrics', metricsRoute({ metrics: deps.metrics, token: deps.metricsToken }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    const r = deps.readiness();
    return c.json({ status: r.ready ? 'ready' : 'not_ready', checks: r.checks }, r.ready ? 200 : 503);
  });

  // Auth sits on the known routes only, so an unknown path is a plain 404. The body limit is enforced where
  // the body is read (src/http/node-io.ts), without building a web stream over the socket. Auth and admission
  // wrap the proxied routes' handlers rather than being middleware layers (two promises per layer and request).
  const keys = { keys: deps.keys, policies: deps.policies };
  const auth = gatewayAuth(keys);
  const limits = { limiter: deps.limiter, readBody: (c: Context) => readBodyText(c, deps.maxBodyBytes) };
  const v1 = new Hono();
  // A proxied route names itself for the access line and the response count: Hono's routePath, which the label
  // is read from otherwise, builds an array of the matched routes on every read.
  const proxied = (path: string, adapter: RequestAdapter) => {
    const label = `/v1${path}`;
    const handler = authenticated(keys, admitted(limits, proxyRoute(deps, adapter, deps.maxBodyBytes)));
    v1.post(path, (c, next) => {
      c.set('routeLabel', label);
      return handler(c, next);
    });
  };
  proxied('/chat/completions', openaiChat);
  proxied('/completions', openaiCompletions);
  proxied('/embeddings', openaiEmbeddings);
  proxied('/responses', openaiResponses);
  proxied('/messages', anthropicMessages);
  proxied('/messages/count_tokens', anthropicCountTokens);
  v1.get('/models', auth, modelsRoute(deps.targets));
  v1.get('/models/:id{.+}', auth, modelRoute(deps.targets));
  v1.post('/detect', auth, detectRoute(deps.stages.detector, 1_000_000, deps.maxBodyBytes));
  app.route('/v1', v1);
  deps.mount?.(app);

  app.notFound((c) => {
    const err = new ApiError(404, `no route for ${c.req.method} ${c.req.path}`, 'not_found_error', 'not_found');
    return c.json(errorBody(err, wireOf(c)), 404);
  });
  app.onError((err, c) => {
    const apiError =
      err instanceof ApiError
        ? err
        : new ApiError(500, 'internal error; nothing was forwarded', 'api_error', 'internal_error');
    if (!(err instanceof ApiError)) log.error({ requestId: c.get('requestId'), err: err.name }, 'request failed');
    if (c.req.path.startsWith('/v1/')) {
      // Refused before the conductor (bad key, bad body): still one audit record per request.
      const draft = new AuditDraft({
        requestId: c.get('requestId'),
        time: new Date().toISOString(),
        endpoint: c.req.path.slice(4),
        clientIp: null,
      });
      const auth = c.get('auth');
      draft.event.team = auth?.team ?? null;
      draft.event.keyId = auth?.keyId ?? null;
      draft.event.policy = auth?.policy.team ?? null;
      draft.event.reason = 'refused before inspection';
      draft.event.status = apiError.status;
      draft.event.error = apiError.code;
      draft.event.timings.totalMs = performance.now() - c.get('startedAt');
      deps.audit.record(draft.event);
    }
    const base = c.get('responseHeaders');
    const res = new Response(JSON.stringify(errorBody(apiError, wireOf(c))), {
      status: apiError.status,
      headers: { ...base, ...apiError.headers, 'content-type': 'application/json' },
    });
    return base ? markComplete(res) : res;
  });
  return app;
}
