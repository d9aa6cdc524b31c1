import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimit, shutdownGrace, startGateway } from '../../src/gateway.js';
import { rawRequest } from '../hardening/raw-http.js';
import { startRig, type TestRig } from '../support/gateway.js';

/** A request whose body comes in chunked transfer encoding, without Content-Length, split in `parts`. */
function chunked(key: string, body: string, parts: number): string {
  const size = Math.ceil(body.length / parts);
  let framed = '';
  for (let i = 0; i < body.length; i += size) {
    const piece = body.slice(i, i + size);
    framed += `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`;
  }
  const head = [
    'POST /v1/chat/completions HTTP/1.1',
    'host: 127.0.0.1',
    `authorization: Bearer ${key}`,
    'content-type: application/json',
    'transfer-encoding: chunked',
    'connection: close',
  ];
  return `${head.join('\r\n')}\r\n\r\n${framed}0\r\n\r\n`;
}

describe('request bodies', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ env: { VEIL_MAX_BODY_BYTES: '4096' } });
  });
  afterAll(() => rig.close());

  it('reads a chunked body without Content-Length and answers it', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello in pieces' }] });
    const res = await rawRequest(rig.gateway.port, chunked(rig.key, body, 3));
    expect(res.status).toBe(200);
    expect(res.text).toContain('hello in pieces');
  });

  it('refuses a chunked body over the limit with 413', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x'.repeat(6000) }] });
    const res = await rawRequest(rig.gateway.port, chunked(rig.key, body, 4));
    expect(res.status).toBe(413);
  });
});

describe('the body limit setting', () => {
  it('takes a Content-Length body up to VEIL_MAX_BODY_BYTES and refuses one over it with 413', async () => {
    const rig = await startRig({ env: { VEIL_MAX_BODY_BYTES: '2048' } });
    try {
      const fits = await rig.post('/v1/chat/completions', {
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'y'.repeat(1500) }],
      });
      expect(fits.status).toBe(200);
      const over = await rig.post('/v1/chat/completions', {
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'y'.repeat(2100) }],
      });
      expect(over.status).toBe(413);
      const { error } = (await over.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('body_too_large');
      expect(error.message).toContain('2048');
      expect(rig.upstream.requests).toHaveLength(1);
    } finally {
      await rig.close();
    }
  });

  it('stops the start on a value that is not a whole number of bytes, instead of running without a limit', async () => {
    for (const bad of ['4MB', '-1', '0', '1.5']) {
      const start = startGateway({ port: 0, dbPath: ':memory:', warmUp: false, env: { VEIL_MAX_BODY_BYTES: bad } });
      await expect(start, bad).rejects.toThrow(/^VEIL_MAX_BODY_BYTES: must be a whole number of at least 1/);
    }
    expect(bodyLimit(undefined)).toBe(4 * 1024 * 1024);
    expect(bodyLimit('')).toBe(4 * 1024 * 1024);
    expect(bodyLimit('65536')).toBe(65536);
  });

  it('stops the start on a shutdown grace that is not a whole number of milliseconds, instead of forcing every close', async () => {
    for (const bad of ['10s', '-5', '2.5']) {
      const start = startGateway({ port: 0, dbPath: ':memory:', warmUp: false, env: { VEIL_SHUTDOWN_GRACE_MS: bad } });
      await expect(start, bad).rejects.toThrow(/^VEIL_SHUTDOWN_GRACE_MS: must be a whole number of at least 0/);
    }
    expect(shutdownGrace(undefined)).toBe(10_000);
    expect(shutdownGrace('')).toBe(10_000);
    expect(shutdownGrace('0')).toBe(0);
    expect(shutdownGrace('2500')).toBe(2500);
  });
});

describe('the body that leaves', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  const post = (body: string) =>
    fetch(`${rig.gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${rig.key}`, 'content-type': 'application/json' },
      body,
    });

  it('is the client text itself when nothing in it changes', async () => {
    const body =
      '{ "model" : "gpt-4o-mini",\n  "messages": [{"role": "user", "content": "caf\\u00e9 \\"quoted\\": yes"}] }';
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(rig.upstream.requests.at(-1)?.body).toBe(body);
  });

  it('is the parsed body, never the text, when a key is repeated (the upstream might read the other copy)', async () => {
    const hidden = 'call Maria Garcia at maria.garcia@example.com';
    const body = `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"${hidden}"}],"messages":[{"role":"user","content":"hello"}]}`;
    const res = await post(body);
    expect(res.status).toBe(200);
    const sent = rig.upstream.requests.at(-1)?.body ?? '';
    expect(sent).not.toContain('Maria');
    expect(JSON.parse(sent).messages).toEqual([{ role: 'user', content: 'hello' }]);
  });

  it('is re-serialised once Veil rewrote a value', async () => {
    const body = JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'write to maria.garcia@example.com please' }],
    });
    const res = await post(body);
    expect(res.status).toBe(200);
    const sent = rig.upstream.requests.at(-1)?.body ?? '';
    expect(sent).not.toContain('maria.garcia@example.com');
  });
});
