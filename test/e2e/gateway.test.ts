import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { closedPort } from '../support/ports.js';
import { rulesWith } from '../support/rules.js';

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  ...extra,
});

async function errorOf(res: Response) {
  expect(res.headers.get('x-veil-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const body = (await res.json()) as { error: { message: string; type: string; code: string; param?: string } };
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

describe('OpenAI-compatible pass-through', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('forwards a chat completion with the provider key injected and returns the answer', async () => {
    const res = await rig.post('/v1/chat/completions', chat('What is the capital of France?'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe('What is the capital of France?');
    const sent = rig.upstream.requests[0];
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sk-upstream-test');
    expect(sent?.body).not.toContain(rig.key);
  });

  it('relays a streamed chat completion event by event', async () => {
    rig.upstream.set({ chunkSize: 3, eventDelayMs: 5 });
    const res = await rig.post('/v1/chat/completions', chat('stream me please', { stream: true }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const deltas = text
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: { delta: { content: string } }[] }).choices[0]?.delta.content);
    expect(deltas.join('')).toBe('stream me please');
    expect(deltas.length).toBe(6);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('hands each streamed event on as it comes, never the whole stream at its end', async () => {
    // Five events 150 ms apart: a relay that buffered would deliver them all at once, at the end.
    rig.upstream.set({ chunkSize: 4, eventDelayMs: 150 });
    const res = await rig.post('/v1/chat/completions', chat('abcdefghijklmnopqrst', { stream: true }));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const arrivals: { at: number; events: number }[] = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const events = decoder.decode(value, { stream: true }).split('data: {').length - 1;
      if (events > 0) arrivals.push({ at: performance.now(), events });
    }
    expect(arrivals.reduce((n, a) => n + a.events, 0)).toBe(5);
    expect(arrivals.length).toBeGreaterThan(2);
    // Four more gaps of 150 ms follow the first event; even if a stalled reader got two events in one read, at
    // least two gaps remain between the first read and the last (a loaded host only widens them).
    expect(arrivals.at(-1)!.at - arrivals[0]!.at).toBeGreaterThan(280);
  });

  it('forwards completions with prompt and suffix', async () => {
    const res = await rig.post('/v1/completions', { model: 'code-model', prompt: 'def add(a, b):', suffix: '\n# end' });
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.json).toMatchObject({ prompt: 'def add(a, b):', suffix: '\n# end' });
  });

  it('relays a streamed completion (prompt and suffix, as code-completion clients send it)', async () => {
    rig.upstream.set({ chunkSize: 5 });
    const res = await rig.post('/v1/completions', {
      model: 'code-model',
      prompt: 'function area(r) {',
      suffix: '\n}',
      stream: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const pieces = text
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: { text: string }[] }).choices[0]?.text);
    expect(pieces.join('')).toBe('function area(r) {');
    expect(pieces.length).toBe(4);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(rig.upstream.requests[0]?.json).toMatchObject({ suffix: '\n}', stream: true });
  });

  it('forwards embeddings of a list of inputs', async () => {
    const res = await rig.post('/v1/embeddings', { model: 'text-embedding-3-small', input: ['one', 'two'] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown[] };
    expect(body.data).toHaveLength(2);
  });

  it('lists models', async () => {
    const res = await fetch(rig.url('/v1/models'), { headers: { authorization: `Bearer ${rig.key}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; data: { id: string }[] };
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id)).toContain('mock-model');
  });

  it('answers health and readiness without a key', async () => {
    expect((await fetch(rig.url('/healthz'))).status).toBe(200);
    const ready = await fetch(rig.url('/readyz'));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks.audit).toMatch(/^ok \(lag \d+ ms\)$/);
  });

  it('forwards the Anthropic Messages API with x-api-key auth, JSON and streaming', async () => {
    const body = { model: 'claude-x', max_tokens: 50, messages: [{ role: 'user', content: 'hi claude' }] };
    const res = await fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: { 'x-api-key': rig.key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { content: { text: string }[] }).content[0]?.text).toBe('hi claude');
    expect(rig.upstream.requests[0]?.headers['x-api-key']).toBe('sk-ant-upstream-test');
    const streamed = await fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: { 'x-api-key': rig.key, 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, stream: true }),
    });
    const text = await streamed.text();
    expect(text).toContain('event: message_start');
    expect(text).toContain('event: message_stop');
  });

  it('gives every answer its own x-veil-request-id: health, models, each endpoint, streams and errors', async () => {
    const auth = { authorization: `Bearer ${rig.key}` };
    const answers: [string, Promise<Response>][] = [
      ['healthz', fetch(rig.url('/healthz'))],
      ['readyz', fetch(rig.url('/readyz'))],
      ['models', fetch(rig.url('/v1/models'), { headers: auth })],
      ['model', fetch(rig.url('/v1/models/gpt-4o-mini'), { headers: auth })],
      ['chat', rig.post('/v1/chat/completions', chat('one'))],
      ['chat stream', rig.post('/v1/chat/completions', chat('two', { stream: true }))],
      ['completions', rig.post('/v1/completions', { model: 'code-model', prompt: 'x = ', suffix: ';' })],
      ['completions stream', rig.post('/v1/completions', { model: 'code-model', prompt: 'y = ', stream: true })],
      ['embeddings', rig.post('/v1/embeddings', { model: 'text-embedding-3-small', input: 'three' })],
      ['no key', fetch(rig.url('/v1/models'))],
      ['unknown route', fetch(rig.url('/v2/anything'))],
      ['wrong method', fetch(rig.url('/v1/chat/completions'), { headers: auth })],
      ['bad json', rig.post('/v1/embeddings', '{"input": ')],
    ];
    const ids = new Set<string>();
    for (const [name, pending] of answers) {
      const res = await pending;
      await res.text();
      const id = res.headers.get('x-veil-request-id');
      expect(id, name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id as string);
    }
    expect(ids.size).toBe(answers.length);
  });

  describe('errors in the OpenAI shape with the right status', () => {
    it('400 on malformed JSON', async () => {
      const res = await rig.post('/v1/chat/completions', '{"model": "x", ');
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_json');
    });
    it('400 naming a missing field', async () => {
      const res = await rig.post('/v1/chat/completions', { model: 'gpt-4o' });
      expect(res.status).toBe(400);
      const err = await errorOf(res);
      expect(err.param).toBe('messages');
      expect(err.message).toContain('messages');
    });
    it('400 naming a wrong-typed field', async () => {
      const res = await rig.post('/v1/chat/completions', { model: 'gpt-4o', messages: [{ role: 'user', content: 5 }] });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain('messages[0].content');
    });
    it('400 naming the missing or wrong-typed field on completions and embeddings too; nothing sent', async () => {
      const cases: [string, unknown, string][] = [
        ['/v1/completions', { model: 'code-model' }, 'prompt'],
        ['/v1/completions', { model: 'code-model', prompt: 'let n =', suffix: 42 }, 'suffix'],
        ['/v1/embeddings', { model: 'text-embedding-3-small' }, 'input'],
        ['/v1/embeddings', { model: 'text-embedding-3-small', input: true }, 'input'],
        ['/v1/embeddings', { input: 'vector me' }, 'model'],
        ['/v1/chat/completions', { model: 'gpt-4o-mini', messages: [], stream: 'on' }, 'stream'],
      ];
      for (const [path, body, field] of cases) {
        const res = await rig.post(path, body);
        expect(res.status, `${path} ${field}`).toBe(400);
        const err = await errorOf(res);
        expect([err.type, err.param], `${path} ${field}`).toEqual(['invalid_request_error', field]);
        expect(err.message).toContain(field);
      }
      expect(rig.upstream.requests).toHaveLength(0);
    });
    it('400 for token-array prompts that cannot be inspected', async () => {
      const res = await rig.post('/v1/completions', { model: 'x', prompt: [[1, 2, 3]] });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('uninspectable_input');
      expect(rig.upstream.requests).toHaveLength(0);
    });
    it('401 without a key and with an unknown key', async () => {
      const none = await fetch(rig.url('/v1/chat/completions'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(chat('x')),
      });
      expect(none.status).toBe(401);
      expect((await errorOf(none)).type).toBe('authentication_error');
      const wrong = await rig.post('/v1/chat/completions', chat('x'), {
        authorization: `Bearer veil_aaaaaaaaaaaa_${'A'.repeat(43)}`,
      });
      expect(wrong.status).toBe(401);
      expect(rig.upstream.requests).toHaveLength(0);
    });
    it('404 on an unknown route', async () => {
      const res = await fetch(rig.url('/v1/nothing-here'));
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    });
    it('413 on a body over the limit', async () => {
      const res = await rig.post('/v1/chat/completions', chat('x'.repeat(5 * 1024 * 1024)));
      expect(res.status).toBe(413);
      expect((await errorOf(res)).code).toBe('body_too_large');
    });
    it('415 on a non-JSON content type', async () => {
      const res = await rig.post('/v1/chat/completions', 'model=x', { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
      await errorOf(res);
    });
    it('keeps the upstream status and body of an upstream error', async () => {
      rig.upstream.set({ status: 429, headers: { 'retry-after': '7' } });
      const res = await rig.post('/v1/chat/completions', chat('x'));
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.headers.get('x-veil-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      // The upstream's own body, byte for byte: not re-wrapped in a gateway error.
      expect(await res.text()).toBe(
        JSON.stringify({ error: { message: 'mock failure 429', type: 'mock_error', code: 'mock' } }),
      );
    });
    it('502 on an upstream answer that is not the JSON it claims', async () => {
      rig.upstream.set({ rawBody: '{"choices": [' });
      const res = await rig.post('/v1/chat/completions', chat('x'));
      expect(res.status).toBe(502);
      expect((await errorOf(res)).code).toBe('upstream_invalid_json');
    });
  });

  it('keeps serving when a client disconnects mid-stream, and cancels the upstream request', async () => {
    rig.upstream.set({ chunkSize: 1, eventDelayMs: 20 });
    const res = await rig.post(
      '/v1/chat/completions',
      chat('a long answer that takes a while to stream', { stream: true }),
    );
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => rig.upstream.aborted, { timeout: 5000 }).toBe(1);
    rig.upstream.set({});
    const after = await rig.post('/v1/chat/completions', chat('still here'));
    expect(after.status).toBe(200);
  });
});

describe('upstream failures', () => {
  it('502 when the upstream is unreachable', async () => {
    const port = await closedPort();
    const rig = await startRig({ env: { OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` } });
    try {
      const res = await rig.post('/v1/chat/completions', chat('x'));
      expect(res.status).toBe(502);
      expect((await errorOf(res)).code).toBe('upstream_unreachable');
    } finally {
      await rig.close();
    }
  });

  it('504 when the upstream does not answer in time', async () => {
    const rulesDir = rulesWith({
      'upstreams.yaml': `upstreams:
  openai:
    format: openai
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
    timeouts: { connect_ms: 1000, first_byte_ms: 300, total_ms: 2000 }
  anthropic:
    format: anthropic
    base_url: \${ANTHROPIC_BASE_URL}
    api_key: \${ANTHROPIC_API_KEY}
`,
    });
    const rig = await startRig({ rulesDir });
    try {
      rig.upstream.set({ hang: true });
      const res = await rig.post('/v1/chat/completions', chat('x'));
      expect(res.status).toBe(504);
      expect((await errorOf(res)).code).toBe('upstream_timeout');
    } finally {
      await rig.close();
    }
  });

  it('503 naming what to configure when the provider key is not set', async () => {
    const rig = await startRig({ env: { OPENAI_API_KEY: '' } });
    try {
      expect(rig.gateway.config.warnings.join('\n')).toContain('OPENAI_API_KEY');
      const res = await rig.post('/v1/chat/completions', chat('x'));
      expect(res.status).toBe(503);
      expect((await errorOf(res)).message).toContain('OPENAI_API_KEY');
      // The model list says the same, and /readyz names the route and what to set.
      const models = await fetch(rig.url('/v1/models'), { headers: { authorization: `Bearer ${rig.key}` } });
      expect(models.status).toBe(503);
      const listError = await errorOf(models);
      expect(listError.code).toBe('upstream_unconfigured');
      expect(listError.message).toMatch(/upstream "openai".*set OPENAI_API_KEY/);
      const ready = (await (await fetch(rig.url('/readyz'))).json()) as { checks: Record<string, string> };
      expect(ready.checks['cloud:openai']).toMatch(/set OPENAI_API_KEY/);
      expect(rig.upstream.requests).toHaveLength(0);
    } finally {
      await rig.close();
    }
  });
});

describe('teams that forward their own provider key', () => {
  it('sends the client key from x-provider-key upstream instead of the gateway key', async () => {
    const rulesDir = rulesWith({
      'policies/byok.yaml': 'team: byok\nupstreams:\n  openai: openai\nprovider_key: client\n',
    });
    const rig = await startRig({ rulesDir, team: 'byok', env: { OPENAI_API_KEY: '' } });
    try {
      const missing = await rig.post('/v1/chat/completions', chat('x'));
      expect(missing.status).toBe(401);
      expect((await errorOf(missing)).code).toBe('missing_provider_key');
      const res = await rig.post('/v1/chat/completions', chat('x'), { 'x-provider-key': 'sk-client-own' });
      expect(res.status).toBe(200);
      expect(rig.upstream.requests[0]?.headers.authorization).toBe('Bearer sk-client-own');
      expect(rig.upstream.requests[0]?.headers['x-provider-key']).toBeUndefined();
    } finally {
      await rig.close();
    }
  });
});
