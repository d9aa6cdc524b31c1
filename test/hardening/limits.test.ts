import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ApiError, errorBody } from '../../src/http/errors.js';
import { limitsFromEnv, teamLimits } from '../../src/limits/config.js';
import { Limiter, type RateLimits } from '../../src/limits/limiter.js';
import { rateLimit } from '../../src/limits/middleware.js';
import { checkRequestShape } from '../../src/limits/shape.js';
import type { Segment } from '../../src/pipeline/segments.js';
import '../../src/http/context.js';
import { apiErrorOf } from '../support/api-error.js';

function clockLimiter(key: RateLimits, team: RateLimits = {}, maxTracked?: number) {
  const clock = { t: 0 };
  const limiter = new Limiter({ limitsFor: () => ({ key, team }), now: () => clock.t, maxTracked });
  return { clock, limiter };
}

const refusal = apiErrorOf;

let n = 0;
const req = (keyId = 'k1', team = 't1', tokens = 1) => ({ id: `r${n++}`, keyId, team, tokens });

describe('Limiter', () => {
  it('refuses the request beyond the per-key concurrency with 429 and Retry-After, and admits again on release', () => {
    const { limiter } = clockLimiter({ concurrent: 2 });
    const a = limiter.acquire(req());
    limiter.acquire(req());
    const err = refusal(() => limiter.acquire(req()));
    expect(err.status).toBe(429);
    expect(err.type).toBe('rate_limit_error');
    expect(err.code).toBe('rate_limit_exceeded');
    expect(err.headers['retry-after']).toBe('1');
    expect(errorBody(err, 'openai')).toMatchObject({
      error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' },
    });
    limiter.acquire(req('k2'));
    a.release();
    a.release();
    limiter.acquire(req());
    expect(() => limiter.acquire(req())).toThrow(ApiError);
  });

  it('counts concurrency across the keys of a team', () => {
    const { limiter } = clockLimiter({}, { concurrent: 2 });
    limiter.acquire(req('a'));
    limiter.acquire(req('b'));
    expect(refusal(() => limiter.acquire(req('c'))).message).toContain('team "t1"');
    limiter.acquire(req('d', 't2'));
  });

  it('spreads requests per minute over the minute and says how long to wait', () => {
    const { clock, limiter } = clockLimiter({ requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) limiter.acquire(req()).release();
    const err = refusal(() => limiter.acquire(req()));
    expect(err.headers['retry-after']).toBe('20');
    clock.t = 19_000;
    expect(() => limiter.acquire(req())).toThrow(ApiError);
    clock.t = 20_000;
    limiter.acquire(req()).release();
    expect(() => limiter.acquire(req())).toThrow(ApiError);
  });

  it('takes nothing from any budget when it refuses', () => {
    const { limiter } = clockLimiter({ requestsPerMinute: 1 }, { requestsPerMinute: 2 });
    limiter.acquire(req('a')).release();
    expect(() => limiter.acquire(req('a'))).toThrow(ApiError);
    expect(() => limiter.acquire(req('a'))).toThrow(ApiError);
    // The team budget still has room for one request from another key.
    limiter.acquire(req('b')).release();
    expect(refusal(() => limiter.acquire(req('c'))).message).toContain('team');
  });

  it('limits tokens per minute by the estimate, lets a request larger than the budget through a full bucket, and corrects by usage', () => {
    const { clock, limiter } = clockLimiter({ tokensPerMinute: 600 });
    limiter.acquire({ id: 'big', keyId: 'k', team: 't', tokens: 1000 }).release();
    const err = refusal(() => limiter.acquire({ id: 'x', keyId: 'k', team: 't', tokens: 10 }));
    // 400 tokens of debt plus 10 at 10 tokens per second.
    expect(err.headers['retry-after']).toBe('41');
    clock.t = 120_000;
    const lease = limiter.acquire({ id: 'est', keyId: 'k', team: 't', tokens: 500 });
    // Usage says the request cost 100: 400 are given back while the request runs.
    limiter.observeUsage('est', 100);
    lease.release();
    limiter.acquire({ id: 'next', keyId: 'k', team: 't', tokens: 500 }).release();
    limiter.observeUsage('next', 1);
    expect(() => limiter.acquire({ id: 'last', keyId: 'k', team: 't', tokens: 100 })).toThrow(ApiError);
  });

  it('keeps memory bounded: idle keys are forgotten, busy ones are kept', () => {
    const { clock, limiter } = clockLimiter({ requestsPerMinute: 10, concurrent: 1 }, {}, 100);
    const busy = limiter.acquire(req('busy'));
    for (let i = 0; i < 5000; i++) limiter.acquire(req(`k${i}`)).release();
    expect(limiter.size().keys).toBeLessThanOrEqual(101);
    expect(() => limiter.acquire(req('busy'))).toThrow(ApiError);
    busy.release();
    // Idle keys whose buckets refilled are dropped as new keys arrive, below the cap too.
    clock.t = 61_000;
    for (let i = 0; i < 50; i++) limiter.acquire(req(`late${i}`)).release();
    expect(limiter.size().keys).toBeLessThanOrEqual(60);
    expect(limiter.size().open).toBe(0);
  });
});

describe('rateLimit middleware', () => {
  function app(limiter: Limiter, streamChunks?: string[]) {
    const a = new Hono();
    a.use(async (c, next) => {
      c.set('requestId', `req-${n++}`);
      c.set('auth', { team: 't', keyId: c.req.header('x-key') ?? 'k', policy: {} as never });
      await next();
    });
    a.post('/v1/x', rateLimit({ limiter }), async (c) => {
      const body = await c.req.text();
      if (!streamChunks) return c.json({ ok: true, length: body.length });
      const enc = new TextEncoder();
      let i = 0;
      return new Response(
        new ReadableStream({
          pull(ctrl) {
            const chunk = streamChunks[i++];
            if (chunk === undefined) ctrl.close();
            else ctrl.enqueue(enc.encode(chunk));
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    });
    a.onError((err, c) => {
      if (!(err instanceof ApiError)) throw err;
      return c.json(errorBody(err, 'openai'), err.status as 429, err.headers);
    });
    return a;
  }

  it('answers 429 with Retry-After in the OpenAI error shape, and the route still reads the body', async () => {
    const limiter = new Limiter({ limitsFor: () => ({ key: { requestsPerMinute: 1 }, team: {} }) });
    const a = app(limiter);
    const ok = await a.request('/v1/x', { method: 'POST', body: 'hello' });
    expect(await ok.json()).toEqual({ ok: true, length: 5 });
    const res = await a.request('/v1/x', { method: 'POST', body: 'hello' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' } });
  });

  it('holds the concurrency slot until a streamed body ends or is cancelled', async () => {
    const limiter = new Limiter({ limitsFor: () => ({ key: { concurrent: 1 }, team: {} }) });
    const a = app(limiter, ['a', 'b', 'c']);
    const first = await a.request('/v1/x', { method: 'POST', body: '{}' });
    expect(limiter.size().open).toBe(1);
    expect((await a.request('/v1/x', { method: 'POST', body: '{}' })).status).toBe(429);
    expect(await first.text()).toBe('abc');
    expect(limiter.size().open).toBe(0);
    const second = await a.request('/v1/x', { method: 'POST', body: '{}' });
    const reader = second.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(limiter.size().open).toBe(0);
    expect((await a.request('/v1/x', { method: 'POST', body: '{}' })).status).toBe(200);
  });
});

describe('checkRequestShape', () => {
  const seg = (text: string): Segment => ({ path: ['x'], kind: 'message', text });
  it('refuses too many messages with 400 and too much text with 413', () => {
    const body = { messages: [1, 2, 3] };
    checkRequestShape({ body, segments: [] }, { maxMessages: 3, maxTextChars: 0 });
    const many = refusal(() => checkRequestShape({ body, segments: [] }, { maxMessages: 2, maxTextChars: 0 }));
    expect([many.status, many.code, many.param]).toEqual([400, 'too_many_messages', 'messages']);
    const text = refusal(() =>
      checkRequestShape({ body, segments: [seg('abc'), seg('de')] }, { maxMessages: 0, maxTextChars: 4 }),
    );
    expect([text.status, text.code]).toEqual([413, 'too_much_text']);
    expect(text.message).not.toContain('abc');
  });
});

describe('limits configuration', () => {
  it('reads VEIL_LIMIT_* and refuses malformed values by name', () => {
    const l = limitsFromEnv({
      VEIL_LIMIT_KEY_RPM: '60',
      VEIL_LIMIT_TEAM_CONCURRENT: '8',
      VEIL_LIMIT_MAX_MESSAGES: '10',
    });
    expect(l.key).toEqual({ requestsPerMinute: 60 });
    expect(l.team).toEqual({ concurrent: 8 });
    expect(l.shape.maxMessages).toBe(10);
    expect(() => limitsFromEnv({ VEIL_LIMIT_KEY_TPM: '1.5' })).toThrow('VEIL_LIMIT_KEY_TPM');
    const team = teamLimits(l, { per_key: { concurrent: 2, requests_per_minute: 0, tokens_per_minute: 1000 } });
    expect(team.key).toEqual({ concurrent: 2, requestsPerMinute: 0, tokensPerMinute: 1000 });
    expect(team.team).toEqual({ concurrent: 8 });
  });
});
