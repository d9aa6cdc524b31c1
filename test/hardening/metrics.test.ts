import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditSink } from '../../src/audit/event.js';
import { type ApiError, errorBody } from '../../src/http/errors.js';
import { createGatewayMetrics } from '../../src/metrics/gateway-metrics.js';
import { countResponses, metricsRoute, tapAuditSink } from '../../src/metrics/http.js';
import { Registry } from '../../src/metrics/registry.js';
import { makeEvent } from '../audit/events.js';

/** Parses the exposition text strictly: every line is a comment (HELP/TYPE) or `name{labels} value`. */
function parseExposition(text: string) {
  const samples = new Map<string, number>();
  const types = new Map<string, string>();
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram)$/.exec(line);
    if (type) {
      expect(types.has(type[1]!)).toBe(false);
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*$/.test(line)) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\n"])*",?)*\})? (\S+)$/.exec(
      line,
    );
    expect(m, `bad line: ${line}`).not.toBeNull();
    const value = m![3] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m![3]);
    expect(Number.isNaN(value) && m![3] !== 'NaN').toBe(false);
    samples.set(`${m![1]}${m![2] ?? ''}`, value);
  }
  return { samples, types };
}

describe('Registry', () => {
  it('renders counters, histograms and gauges in the Prometheus text format', () => {
    const r = new Registry();
    const c = r.counter('t_requests_total', 'Requests.\nSecond line \\ here', ['team', 'status']);
    c.inc({ team: 'a', status: '200' });
    c.inc({ team: 'a', status: '200' }, 2);
    c.inc({ team: 'we"ird\\\nname', status: '500' });
    const h = r.histogram('t_seconds', 'Latency.', ['endpoint'], [0.1, 1]);
    h.observe({ endpoint: 'chat' }, 0.05);
    h.observe({ endpoint: 'chat' }, 0.5);
    h.observe({ endpoint: 'chat' }, 5);
    r.gauge('t_depth', 'Depth.', () => 3);
    r.gauge('t_broken', 'Throws.', () => {
      throw new Error('boom');
    });
    const text = r.renderPrometheus();
    const { samples, types } = parseExposition(text);
    expect(types.get('t_requests_total')).toBe('counter');
    expect(types.get('t_seconds')).toBe('histogram');
    expect(samples.get('t_requests_total{team="a",status="200"}')).toBe(3);
    expect(text).toContain('t_requests_total{team="we\\"ird\\\\\\nname",status="500"} 1');
    expect(text).toContain('# HELP t_requests_total Requests.\\nSecond line \\\\ here');
    expect(samples.get('t_seconds_bucket{endpoint="chat",le="0.1"}')).toBe(1);
    expect(samples.get('t_seconds_bucket{endpoint="chat",le="1"}')).toBe(2);
    expect(samples.get('t_seconds_bucket{endpoint="chat",le="+Inf"}')).toBe(3);
    expect(samples.get('t_seconds_count{endpoint="chat"}')).toBe(3);
    expect(samples.get('t_seconds_sum{endpoint="chat"}')).toBeCloseTo(5.55);
    expect(samples.get('t_depth')).toBe(3);
    expect(text).not.toContain('t_broken ');
  });

  it('caps the series of a metric, folding the rest into one _other series', () => {
    const r = new Registry(10);
    const c = r.counter('t_total', 'x', ['id']);
    for (let i = 0; i < 1000; i++) c.inc({ id: String(i) });
    const { samples } = parseExposition(r.renderPrometheus());
    expect(samples.size).toBe(11);
    expect(samples.get('t_total{id="_other"}')).toBe(990);
  });

  it('counts through a label set held with with() as through inc and observe, rendering it only once used', () => {
    const r = new Registry(3);
    const c = r.counter('t_total', 'x', ['id']);
    const h = r.histogram('t_seconds', 'x', ['id'], [1]);
    const a = c.with({ id: 'a' });
    const unused = c.with({ id: 'never' });
    const ha = h.with({ id: 'a' });
    expect(r.renderPrometheus()).not.toContain('id="');
    a.inc();
    a.inc(2);
    a.inc(-1);
    c.inc({ id: 'a' });
    ha.observe(0.5);
    ha.observe(Number.NaN);
    h.observe({ id: 'a' }, 3);
    for (let i = 0; i < 5; i++) c.inc({ id: String(i) });
    const late = c.with({ id: 'late' });
    late.inc();
    const { samples } = parseExposition(r.renderPrometheus());
    expect(samples.get('t_total{id="a"}')).toBe(4);
    expect(samples.has('t_total{id="never"}')).toBe(false);
    expect(samples.get('t_total{id="_other"}')).toBe(4);
    expect(samples.get('t_seconds_count{id="a"}')).toBe(2);
    expect(samples.get('t_seconds_bucket{id="a",le="1"}')).toBe(1);
    expect(unused).toBeDefined();
  });

  it('refuses invalid and duplicate names', () => {
    const r = new Registry();
    expect(() => r.counter('bad-name', 'x')).toThrow();
    expect(() => r.counter('ok', 'x', ['le'])).toThrow();
    r.counter('ok', 'x');
    expect(() => r.counter('ok', 'x')).toThrow();
  });
});

describe('gateway metrics', () => {
  it('turns audit events into request, finding, token and latency metrics', () => {
    const refused = { inspectMs: 0, upstreamMs: null, firstTokenMs: null, totalMs: 1 };
    const m = createGatewayMetrics({
      localQueues: () => [{ target: 'local', running: 1, waiting: 4 }],
      auditLagMs: () => 250,
    });
    m.observeAuditEvent(makeEvent({ endpoint: 'chat' }));
    m.observeAuditEvent(
      makeEvent({
        endpoint: 'chat',
        route: 'blocked',
        status: 403,
        findings: [{ label: 'SECRET', type: 'API_KEY', count: 1, detectors: ['d'], action: 'block' }],
        timings: { inspectMs: 2, upstreamMs: null, firstTokenMs: null, totalMs: 3 },
        usage: null,
      }),
    );
    m.observeAuditEvent(
      makeEvent({
        endpoint: 'chat/completions',
        route: 'error',
        status: 401,
        team: null,
        findings: [],
        usage: null,
        timings: refused,
      }),
    );
    m.observeAuditEvent(
      makeEvent({
        endpoint: 'nope/../x',
        route: 'error',
        status: 404,
        team: null,
        findings: [],
        usage: null,
        timings: refused,
      }),
    );
    const { samples } = parseExposition(m.registry.renderPrometheus());
    expect(samples.get('veil_requests_total{team="payments",endpoint="chat",route="cloud",status="200"}')).toBe(1);
    expect(samples.get('veil_requests_total{team="",endpoint="chat",route="error",status="401"}')).toBe(1);
    expect(samples.get('veil_requests_total{team="",endpoint="other",route="error",status="404"}')).toBe(1);
    expect(samples.get('veil_requests_total{team="payments",endpoint="chat",route="blocked",status="403"}')).toBe(1);
    expect(samples.get('veil_findings_total{label="EMAIL",action="pseudonymize"}')).toBe(2);
    expect(samples.get('veil_findings_total{label="SECRET",action="block"}')).toBe(1);
    expect(samples.get('veil_tokens_total{team="payments",kind="prompt"}')).toBe(42);
    expect(samples.get('veil_inspection_seconds_count{endpoint="chat"}')).toBe(3);
    expect(samples.get('veil_upstream_seconds_count{endpoint="chat",route="cloud"}')).toBe(1);
    expect(samples.get('veil_time_to_first_token_seconds_count{endpoint="chat"}')).toBe(1);
    expect(samples.get('veil_request_seconds_count{endpoint="chat"}')).toBe(3);
    expect(samples.get('veil_local_queue_depth{target="local",state="waiting"}')).toBe(4);
    expect(samples.get('veil_audit_write_lag_seconds')).toBe(0.25);
    expect(samples.get('veil_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts runs and alternations of request kinds each in their own series', () => {
    const m = createGatewayMetrics();
    const kinds = [
      { team: 'payments', status: 200 },
      { team: 'payments', status: 200 },
      { team: 'research', status: 200 },
      { team: 'payments', status: 502 },
      { team: 'payments', status: 200 },
      { team: 'research', status: 200 },
    ];
    for (const k of kinds) {
      m.observeAuditEvent(makeEvent({ endpoint: 'chat', ...k }));
      m.observeResponse('/v1/chat/completions', k.status);
    }
    m.observeResponse('/v1/models', 200);
    const { samples } = parseExposition(m.registry.renderPrometheus());
    const requests = (team: string, status: number) =>
      samples.get(`veil_requests_total{team="${team}",endpoint="chat",route="cloud",status="${status}"}`);
    expect([requests('payments', 200), requests('research', 200), requests('payments', 502)]).toEqual([3, 2, 1]);
    expect(samples.get('veil_http_responses_total{path="/v1/chat/completions",status="200"}')).toBe(5);
    expect(samples.get('veil_http_responses_total{path="/v1/chat/completions",status="502"}')).toBe(1);
    expect(samples.get('veil_http_responses_total{path="/v1/models",status="200"}')).toBe(1);
    expect(samples.get('veil_tokens_total{team="research",kind="prompt"}')).toBe(84);
  });

  it('serves /metrics, behind a bearer token when one is set, and counts every answer', async () => {
    const metrics = createGatewayMetrics();
    const app = new Hono();
    app.use(countResponses(metrics));
    app.get('/metrics', metricsRoute({ metrics, token: 'scrape-secret' }));
    app.get('/v1/models', (c) => c.json({}));
    app.onError((err, c) => c.json(errorBody(err as ApiError, 'openai'), (err as ApiError).status as 401));
    await app.request('/v1/models');
    await app.request('/nowhere');
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await app.request('/metrics', { headers: { authorization: 'Bearer scrape-secret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const { samples } = parseExposition(await res.text());
    expect(samples.get('veil_http_responses_total{path="/v1/models",status="200"}')).toBe(1);
    expect(samples.get('veil_http_responses_total{path="unmatched",status="404"}')).toBe(1);
    expect(samples.get('veil_http_responses_total{path="/metrics",status="401"}')).toBe(2);
  });

  it('taps the audit sink: observers see each event, a failing observer costs no record', async () => {
    const recorded: AuditEvent[] = [];
    const sink: AuditSink = {
      record: (e) => recorded.push(e),
      failure: () => undefined,
      flush: async () => {},
      close: async () => {},
    };
    const seen: string[] = [];
    const tapped = tapAuditSink(
      sink,
      () => {
        throw new Error('observer bug');
      },
      (e) => seen.push(e.requestId),
    );
    const ev = makeEvent();
    tapped.record(ev);
    expect(recorded).toEqual([ev]);
    expect(seen).toEqual([ev.requestId]);
  });
});
