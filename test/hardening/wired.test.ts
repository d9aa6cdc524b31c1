import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { rulesWith } from '../support/rules.js';

/**
 * The limits, metrics and security middleware as wired into the gateway (see the wiring notes of issue 7).
 * Each test skips itself while the gateway does not serve GET /metrics yet, so the file can land first.
 */
const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  ...extra,
});

describe('limits, metrics and secure headers in the running gateway', () => {
  let rig: TestRig;
  let wired = false;
  beforeAll(async () => {
    const rulesDir = rulesWith({
      'policies/tight.yaml': `team: tight
upstreams: { openai: openai, anthropic: anthropic }
limits:
  per_key: { concurrent: 1, requests_per_minute: 3, tokens_per_minute: 0 }
  max_messages: 2
`,
    });
    try {
      rig = await startRig({ rulesDir, env: { VEIL_LIMIT_MAX_TEXT_CHARS: '5000' } });
    } catch {
      // Before the wiring, policySchema has no `limits:` block and refuses the policy above.
      return;
    }
    wired = (await fetch(rig.url('/metrics'))).status === 200;
  });
  afterAll(() => rig?.close());

  it('refuses a key over its team policy limits with 429 and Retry-After, and too many messages with 400', async (ctx) => {
    if (!wired) ctx.skip();
    const key = rig.gateway.keys.create('tight').key;
    const post = (body: unknown) =>
      fetch(rig.url('/v1/chat/completions'), {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    rig.upstream.set({ chunkSize: 1, eventDelayMs: 30 });
    const streaming = await post(chat('a slow streamed answer', { stream: true }));
    expect(streaming.status).toBe(200);
    const busy = await post(chat('second at once'));
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' } });
    await streaming.text();
    rig.upstream.set({});
    const many = await post({ model: 'm', messages: [1, 2, 3].map((i) => ({ role: 'user', content: `m${i}` })) });
    expect(many.status).toBe(400);
    expect(((await many.json()) as { error: { code: string } }).error.code).toBe('too_many_messages');
    expect((await post(chat('third request this minute'))).status).toBe(200);
    const perMinute = await post(chat('fourth request this minute'));
    expect(perMinute.status).toBe(429);
    expect(Number(perMinute.headers.get('retry-after'))).toBeGreaterThan(1);
    // Another team's key is not affected.
    expect((await rig.post('/v1/chat/completions', chat('default team'))).status).toBe(200);
  });

  it('refuses text beyond VEIL_LIMIT_MAX_TEXT_CHARS with 413', async (ctx) => {
    if (!wired) ctx.skip();
    const res = await rig.post('/v1/chat/completions', chat('x'.repeat(5001)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_much_text');
  });

  it('serves GET /metrics with requests, findings and latencies from the audit events', async (ctx) => {
    if (!wired) ctx.skip();
    await (await rig.post('/v1/chat/completions', chat('Mail maria.lopez@example.com please'))).text();
    const res = await fetch(rig.url('/metrics'));
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(text).toMatch(/^veil_requests_total\{team="default",endpoint="chat",route="cloud",status="200"\} \d+$/m);
    expect(text).toMatch(/^veil_findings_total\{label="EMAIL",action="pseudonymize"\} \d+$/m);
    expect(text).toMatch(/^veil_request_seconds_count\{endpoint="chat"\} \d+$/m);
    expect(text).toMatch(/^veil_audit_write_lag_seconds \S+$/m);
    expect(text).toMatch(/^veil_http_responses_total\{path="\/v1\/chat\/completions",status="429"\} \d+$/m);
  });

  it('counts the answers of every proxied endpoint under its route path, refused ones too', async (ctx) => {
    if (!wired) ctx.skip();
    const paths = ['/v1/completions', '/v1/embeddings', '/v1/responses', '/v1/messages', '/v1/messages/count_tokens'];
    for (const path of paths) {
      const res = await fetch(rig.url(path), { method: 'POST', body: '{}' });
      expect(res.status).toBe(401);
      await res.text();
    }
    const text = await (await fetch(rig.url('/metrics'))).text();
    for (const path of paths) {
      expect(text).toMatch(new RegExp(`^veil_http_responses_total\\{path="${path}",status="401"\\} 1$`, 'm'));
    }
  });

  it('answers the API with secure headers', async (ctx) => {
    if (!wired) ctx.skip();
    const res = await rig.post('/v1/chat/completions', chat('hi'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const streamed = await rig.post('/v1/chat/completions', chat('hi', { stream: true }));
    expect(streamed.headers.get('cache-control')).toBe('no-cache');
    await streamed.text();
  });
});
