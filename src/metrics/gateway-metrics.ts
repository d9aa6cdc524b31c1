import type { AuditEvent } from '../audit/event.js';
import { Registry } from './registry.js';

export interface GatewayMetricsOptions {
  /** Local targets' admission queues (LocalModelTarget.queueDepth), read at each scrape. */
  localQueues?: () => { target: string; running: number; waiting: number }[];
  /** Age in ms of the oldest audit event not yet written (AuditLog.lagMs). */
  auditLagMs?: () => number;
  /** Audit events dropped because the queue overflowed (AuditLog.counters().dropped). */
  auditDropped?: () => number;
  /** The detection cache's counters (CachingDetector.stats), when the engine has one. */
  detectCache?: () => { hits: number; misses: number; entries: number };
  /** Series per metric at most. */
  maxSeries?: number;
}

export interface GatewayMetrics {
  registry: Registry;
  /** Updates request, finding, token and latency metrics from a finished request's audit event. */
  observeAuditEvent(event: AuditEvent): void;
  /** Counts an HTTP answer of any route, including those refused before the pipeline (401, 413, 429). */
  observeResponse(path: string, status: number): void;
}

const seconds = (ms: number) => ms / 1000;

interface RequestSeries {
  requests: { inc(by?: number): void };
  promptTokens: { inc(by?: number): void };
  completionTokens: { inc(by?: number): void };
  inspection: { observe(value: number): void };
  upstream: { observe(value: number): void };
  firstToken: { observe(value: number): void };
  total: { observe(value: number): void };
}

/** Label sets whose series are kept at hand; past this the index starts over (the series themselves stay). */
const MAX_CACHED_SETS = 1000;

/**
 * Endpoint label values. Records of requests refused before the pipeline carry the client's path (an unknown
 * /v1/ path included), so anything else is one `other` series rather than a label value per path tried.
 */
const ENDPOINTS = new Set([
  'chat',
  'completions',
  'embeddings',
  'responses',
  'messages',
  'count_tokens',
  'models',
  'detect',
  'chat/completions',
]);
const endpointLabel = (e: string) => (ENDPOINTS.has(e) ? (e === 'chat/completions' ? 'chat' : e) : 'other');

/** Veil's metrics. Label values come from configuration and fixed vocabularies (team, endpoint, label, status). */
export function createGatewayMetrics(options: GatewayMetricsOptions = {}): GatewayMetrics {
  const registry = new Registry(options.maxSeries);
  const requests = registry.counter(
    'veil_requests_total',
    'Requests that went through the pipeline, by team, endpoint, route (cloud, local, blocked, error) and status.',
    ['team', 'endpoint', 'route', 'status'],
  );
  const responses = registry.counter(
    'veil_http_responses_total',
    'HTTP answers by route path and status, including requests refused before the pipeline.',
    ['path', 'status'],
  );
  const findings = registry.counter('veil_findings_total', 'Sensitive values found, by label and action.', [
    'label',
    'action',
  ]);
  const tokens = registry.counter('veil_tokens_total', 'Tokens reported by upstream usage, by team and kind.', [
    'team',
    'kind',
  ]);
  const inspection = registry.histogram('veil_inspection_seconds', 'Time spent detecting sensitive values.', [
    'endpoint',
  ]);
  const upstream = registry.histogram('veil_upstream_seconds', 'Time from dispatch to the upstream answer headers.', [
    'endpoint',
    'route',
  ]);
  const total = registry.histogram('veil_request_seconds', 'Time from request to the last byte of the answer.', [
    'endpoint',
  ]);
  const firstToken = registry.histogram(
    'veil_time_to_first_token_seconds',
    'Time from dispatch to the first streamed byte.',
    ['endpoint'],
  );
  if (options.localQueues) {
    const read = options.localQueues;
    registry.gauge('veil_local_queue_depth', 'Requests running and waiting per local model.', () =>
      read().flatMap((q): [Record<string, string>, number][] => [
        [{ target: q.target, state: 'running' }, q.running],
        [{ target: q.target, state: 'waiting' }, q.waiting],
      ]),
    );
  }
  if (options.auditLagMs) {
    const read = options.auditLagMs;
    registry.gauge('veil_audit_write_lag_seconds', 'Age of the oldest audit record not yet written.', () =>
      seconds(read()),
    );
  }
  if (options.auditDropped) {
    registry.gauge(
      'veil_audit_dropped_records',
      'Audit records dropped since start (queue overflow).',
      options.auditDropped,
    );
  }
  if (options.detectCache) {
    const read = options.detectCache;
    registry.gauge(
      'veil_detect_cache_lookups',
      'Texts looked up in the detection cache since start, by result.',
      () => {
        const s = read();
        return [
          [{ result: 'hit' }, s.hits],
          [{ result: 'miss' }, s.misses],
        ];
      },
    );
    registry.gauge(
      'veil_detect_cache_entries',
      'Texts whose findings the detection cache holds.',
      () => read().entries,
    );
  }
  registry.gauge('veil_process_resident_memory_bytes', 'Resident set size.', () => process.memoryUsage.rss());
  registry.gauge('veil_process_heap_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed);

  /** The series one kind of request touches, found once per team, endpoint, route and status. */
  const bySet = new Map<string, RequestSeries>();
  /** The last request's label values and series: requests mostly come in runs of one kind, so no key is built. */
  const last = { team: '', endpoint: '', route: '', status: -1, series: undefined as RequestSeries | undefined };
  const seriesFor = (team: string, endpoint: string, route: string, status: number): RequestSeries => {
    if (
      last.series !== undefined &&
      last.status === status &&
      last.team === team &&
      last.endpoint === endpoint &&
      last.route === route
    ) {
      return last.series;
    }
    const key = `${team}\u0000${endpoint}\u0000${route}\u0000${status}`;
    let s = bySet.get(key);
    if (s === undefined) {
      s = {
        requests: requests.with({ team, endpoint, route, status: String(status) }),
        promptTokens: tokens.with({ team, kind: 'prompt' }),
        completionTokens: tokens.with({ team, kind: 'completion' }),
        inspection: inspection.with({ endpoint }),
        upstream: upstream.with({ endpoint, route }),
        firstToken: firstToken.with({ endpoint }),
        total: total.with({ endpoint }),
      };
      // Label values are capped per metric by the registry; this index of them is kept as small.
      if (bySet.size >= MAX_CACHED_SETS) bySet.clear();
      bySet.set(key, s);
    }
    // Updated in place: a request of another kind than the last costs no allocation.
    last.team = team;
    last.endpoint = endpoint;
    last.route = route;
    last.status = status;
    last.series = s;
    return s;
  };
  const byResponse = new Map<string, { inc(by?: number): void }>();
  const lastResponse = { path: '', status: -1, series: undefined as { inc(by?: number): void } | undefined };

  return {
    registry,
    observeAuditEvent(ev) {
      const s = seriesFor(ev.team ?? '', endpointLabel(ev.endpoint), ev.route, ev.status);
      s.requests.inc();
      for (const f of ev.findings) findings.inc({ label: f.label, action: f.action }, f.count);
      if (ev.usage) {
        s.promptTokens.inc(ev.usage.promptTokens);
        s.completionTokens.inc(ev.usage.completionTokens);
      }
      s.inspection.observe(seconds(ev.timings.inspectMs));
      if (ev.timings.upstreamMs !== null) s.upstream.observe(seconds(ev.timings.upstreamMs));
      if (ev.timings.firstTokenMs !== null) s.firstToken.observe(seconds(ev.timings.firstTokenMs));
      s.total.observe(seconds(ev.timings.totalMs));
    },
    observeResponse(path, status) {
      if (lastResponse.series !== undefined && lastResponse.status === status && lastResponse.path === path) {
        lastResponse.series.inc();
        return;
      }
      const key = `${path}\u0000${status}`;
      let s = byResponse.get(key);
      if (s === undefined) {
        s = responses.with({ path, status: String(status) });
        if (byResponse.size >= MAX_CACHED_SETS) byResponse.clear();
        byResponse.set(key, s);
      }
      lastResponse.path = path;
      lastResponse.status = status;
      lastResponse.series = s;
      s.inc();
    },
  };
}
