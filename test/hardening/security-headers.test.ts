import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../../src/security/constant-time.js';
import { addApiHeaders, apiHeaderRecord, secureHeaders } from '../../src/security/secure-headers.js';
import { sanitizeUpstreamHeaders } from '../../src/security/upstream-headers.js';

describe('sanitizeUpstreamHeaders', () => {
  it('strips hop-by-hop, framing, proxy, forwarding and credential headers, and what Connection names', () => {
    const out = sanitizeUpstreamHeaders({
      Connection: 'keep-alive, X-Secret-Hop',
      'Keep-Alive': 'timeout=5',
      'Transfer-Encoding': 'chunked',
      TE: 'trailers',
      Trailer: 'x-checksum',
      Upgrade: 'h2c',
      'Proxy-Authorization': 'Basic abc',
      'Proxy-Connection': 'keep-alive',
      Host: 'evil.example',
      'Content-Length': '5',
      Expect: '100-continue',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-For': '10.0.0.1',
      Forwarded: 'host=evil.example',
      Authorization: 'Bearer veil_key',
      'x-api-key': 'veil_key',
      'x-provider-key': 'sk-client',
      Cookie: 'session=1',
      'x-secret-hop': 'named by Connection',
      'User-Agent': 'sdk/1.0',
      'OpenAI-Organization': 'org-1',
      'anthropic-version': '2023-06-01',
      'x-injected': 'a\r\nHost: evil',
      'x-absent': undefined,
    });
    expect(out).toEqual({ 'user-agent': 'sdk/1.0', 'openai-organization': 'org-1', 'anthropic-version': '2023-06-01' });
  });

  it('reads a Fetch Headers object too', () => {
    const h = new Headers({ connection: 'close', 'user-agent': 'x', 'content-type': 'application/json' });
    expect(sanitizeUpstreamHeaders(h)).toEqual({ 'user-agent': 'x', 'content-type': 'application/json' });
  });
});

describe('secureHeaders', () => {
  const app = new Hono();
  app.use(secureHeaders());
  app.get('/json', (c) => c.json({ ok: true }));
  app.get('/sse', (c) =>
    c.body('data: x\n\n', 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }),
  );
  app.get('/page', (c) => c.html('<p>hi</p>'));

  it('sets nosniff, no framing, a deny-all CSP, no referrer and no-store on API answers', async () => {
    const res = await app.request('/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it("keeps a handler's own cache-control and leaves pages alone", async () => {
    expect((await app.request('/sse')).headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/page')).headers.get('content-security-policy')).toBeNull();
  });
});

describe('constantTimeEqual', () => {
  it('is equality of strings, whatever their lengths', () => {
    expect(constantTimeEqual('secret', 'secret')).toBe(true);
    expect(constantTimeEqual('secret', 'secreT')).toBe(false);
    expect(constantTimeEqual('secret', 'secret-longer')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('', 'x')).toBe(false);
    expect(constantTimeEqual('é', 'é')).toBe(true);
  });
});

describe('apiHeaderRecord', () => {
  it('holds exactly the headers the middleware adds, so both kinds of answer carry the same', async () => {
    for (const hsts of [false, true]) {
      const added = new Headers();
      addApiHeaders(added, { hsts });
      expect(apiHeaderRecord({ hsts })).toEqual(Object.fromEntries(added));
    }
  });

  it('is a fresh object each time: a handler may add its own headers to it', () => {
    const a = apiHeaderRecord();
    a['cache-control'] = 'no-cache';
    expect(apiHeaderRecord()['cache-control']).toBe('no-store');
  });
});
