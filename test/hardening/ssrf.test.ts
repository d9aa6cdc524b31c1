import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.js';
import { httpRequest, rawRequest } from './raw-http.js';

/**
 * Where the gateway connects comes from configuration only. Each request below tries to steer it to a decoy
 * server; the decoy must receive nothing and the configured upstream must get the request on its usual path.
 */
describe('upstream URLs come only from configuration', () => {
  let rig: TestRig;
  let decoy: MockUpstream;
  let decoyHost: string;
  beforeAll(async () => {
    decoy = await startMockUpstream();
    decoyHost = new URL(decoy.url).host;
    rig = await startRig();
  });
  afterAll(async () => {
    await rig.close();
    await decoy.close();
  });
  beforeEach(() => {
    rig.upstream.reset();
    decoy.reset();
  });

  const chat = (model = 'gpt-4o-mini') => JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] });
  const auth = () => `authorization: Bearer ${rig.key}`;

  async function expectConfiguredUpstream(res: { status: number; text: string }, path = '/v1/chat/completions') {
    expect(res.status).toBe(200);
    expect(decoy.requests).toHaveLength(0);
    expect(rig.upstream.requests.map((r) => r.path)).toEqual([path]);
    const sent = rig.upstream.requests[0]!;
    expect(sent.headers.host).toBe(new URL(rig.upstream.url).host);
    for (const name of ['x-forwarded-host', 'x-forwarded-for', 'forwarded', 'x-original-url', 'x-rewrite-url']) {
      expect(sent.headers[name]).toBeUndefined();
    }
  }

  it('ignores a forged Host header', async () => {
    const res = await rawRequest(
      rig.gateway.port,
      httpRequest('/v1/chat/completions', [`host: ${decoyHost}`, auth()], chat()),
    );
    await expectConfiguredUpstream(res);
  });

  it('ignores an absolute-URI request target naming another server', async () => {
    const target = `http://${decoyHost}/v1/chat/completions`;
    const res = await rawRequest(rig.gateway.port, httpRequest(target, [`host: ${decoyHost}`, auth()], chat()));
    // Either served from configuration or refused; never sent to the decoy.
    expect(decoy.requests).toHaveLength(0);
    if (res.status === 200) await expectConfiguredUpstream(res);
    else expect(rig.upstream.requests).toHaveLength(0);
  });

  it('ignores X-Forwarded-Host, Forwarded and URL-rewrite headers', async () => {
    const headers = [
      'host: localhost',
      `x-forwarded-host: ${decoyHost}`,
      'x-forwarded-proto: http',
      `forwarded: host=${decoyHost};proto=http`,
      `x-original-url: http://${decoyHost}/v1/chat/completions`,
      `x-rewrite-url: http://${decoyHost}/v1/chat/completions`,
      `x-veil-upstream: http://${decoyHost}/v1`,
      auth(),
    ];
    const res = await rawRequest(rig.gateway.port, httpRequest('/v1/chat/completions', headers, chat()));
    await expectConfiguredUpstream(res);
  });

  it('treats a model value holding a URL as a model name, not a destination', async () => {
    for (const model of [`http://${decoyHost}/v1`, `//${decoyHost}/v1/chat/completions`, `../../${decoyHost}`]) {
      rig.upstream.reset();
      const res = await rawRequest(
        rig.gateway.port,
        httpRequest('/v1/chat/completions', ['host: localhost', auth()], chat(model)),
      );
      await expectConfiguredUpstream(res);
      expect((rig.upstream.requests[0]!.json as { model: string }).model).toBe(model);
    }
  });

  it('never follows base-URL fields in the body: they are inspected like any unknown setting, the destination stays', async () => {
    const body = JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      base_url: decoy.url,
      api_base: decoy.url,
      baseURL: decoy.url,
    });
    const res = await rawRequest(
      rig.gateway.port,
      httpRequest('/v1/chat/completions', ['host: localhost', auth()], body),
    );
    await expectConfiguredUpstream(res);
    // Only the provider reads them (and ignores them): they leave as sent, to the configured upstream.
    expect(rig.upstream.requests[0]!.json).toMatchObject({
      base_url: decoy.url,
      api_base: decoy.url,
      baseURL: decoy.url,
    });
  });

  it('keeps the Anthropic route on its configured upstream too', async () => {
    const body = JSON.stringify({
      model: `http://${decoyHost}/`,
      max_tokens: 5,
      messages: [{ role: 'user', content: 'hi' }],
    });
    const headers = [`host: ${decoyHost}`, `x-forwarded-host: ${decoyHost}`, `x-api-key: ${rig.key}`];
    const res = await rawRequest(rig.gateway.port, httpRequest(`http://${decoyHost}/v1/messages`, headers, body));
    expect(decoy.requests).toHaveLength(0);
    if (res.status === 200) await expectConfiguredUpstream(res, '/v1/messages');
  });

  it('does not follow path tricks out of the configured base path', async () => {
    for (const target of ['/v1/../v1/chat/completions', '/v1/chat/completions?url=http://x', '/v1//chat/completions']) {
      rig.upstream.reset();
      const res = await rawRequest(rig.gateway.port, httpRequest(target, ['host: localhost', auth()], chat()));
      expect(decoy.requests).toHaveLength(0);
      if (res.status === 200) expect(rig.upstream.requests.map((r) => r.path)).toEqual(['/v1/chat/completions']);
    }
  });

  it('forwards no hop-by-hop, proxy, forwarding or gateway-credential header upstream', async () => {
    const headers = [
      'host: localhost',
      'connection: x-hop-named',
      'x-hop-named: 1',
      'keep-alive: timeout=5',
      'te: trailers',
      'trailer: x-checksum',
      'upgrade: h2c',
      'proxy-authorization: Basic cHJveHk=',
      'proxy-connection: keep-alive',
      'expect: 100-continue',
      'x-forwarded-for: 10.1.2.3',
      'cookie: session=abc',
      'x-provider-key: sk-should-not-leave',
      'user-agent: fuzz-client/1.0',
      'openai-organization: org-123',
      auth(),
    ];
    const res = await rawRequest(rig.gateway.port, httpRequest('/v1/chat/completions', headers, chat()));
    await expectConfiguredUpstream(res);
    const sent = rig.upstream.requests[0]!.headers;
    for (const name of [
      'x-hop-named',
      'keep-alive',
      'te',
      'trailer',
      'upgrade',
      'proxy-authorization',
      'proxy-connection',
      'expect',
      'cookie',
      'x-provider-key',
    ]) {
      expect(sent[name], name).toBeUndefined();
    }
    expect(sent.authorization).toBe('Bearer sk-upstream-test');
    expect(sent['user-agent']).toBe('fuzz-client/1.0');
    expect(sent['openai-organization']).toBe('org-123');
  });
});
