import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/log.js';

describe('log redaction', () => {
  it('replaces credential-named values in the top three levels and leaves the rest as it was', () => {
    const headers = { authorization: 'Bearer a', 'X-Api-Key': 'b', accept: 'json' };
    const input = {
      requestId: 'r1',
      status: 200,
      key: 'c',
      apiKey: 'd',
      headers,
      nested: { upstream: { cookie: 'e', 'x-provider-key': 'f', ok: 1 }, list: ['authorization'] },
    };
    const out = redactSecrets(input);
    expect(out).toEqual({
      requestId: 'r1',
      status: 200,
      key: '[redacted]',
      apiKey: '[redacted]',
      headers: { authorization: '[redacted]', 'X-Api-Key': '[redacted]', accept: 'json' },
      nested: { upstream: { cookie: '[redacted]', 'x-provider-key': '[redacted]', ok: 1 }, list: ['authorization'] },
    });
    // The caller's objects are not modified.
    expect(headers.authorization).toBe('Bearer a');
    expect(input.key).toBe('c');
  });

  it('returns the very object when nothing needs redacting', () => {
    const line = { requestId: 'r1', method: 'POST', path: '/v1/chat/completions', status: 200, team: 't', keyId: 'k' };
    expect(redactSecrets(line)).toBe(line);
  });
});
