import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
