import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { closedPort } from '../support/ports.js';
import { rulesWith } from '../support/rules.js';

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  ...extra,
});

interface AuditRow {
  status: number;
  upstream_status: number | null;
  error: string | null;
  route: string;
}

async function auditOf(rig: TestRig, res: Response): Promise<AuditRow> {
  const id = res.headers.get('x-veil-request-id');
  expect(id).toBeTruthy();
  await rig.gateway.audit.flush();
  const row = rig.gateway.db
    .prepare('SELECT status, upstream_status, error, route FROM audit_records WHERE request_id = ?')
    .get(id) as AuditRow | undefined;
  expect(row, 'one audit record per answered request').toBeDefined();
  return row!;
}

async function stillServing(rig: TestRig): Promise<void> {
  rig.upstream.set({});
  const res = await rig.post('/v1/chat/completions', chat('still here?'));
  expect(res.status).toBe(200);
  await res.text();
}

async function errorOf(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/json');
  return ((await res.json()) as { error: { type: string; code: string; message: string } }).error;
}

/** Reads an SSE body to its end or its failure: the text received and whether the stream broke off. */
async function readStream(res: Response): Promise<{ text: string; broke: boolean }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { text, broke: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, broke: true };
  }
}

describe('upstream faults: what the client gets, what the audit says, and the gateway keeps serving', () => {
  let rig: TestRig;
  beforeAll(async () => {
    const rulesDir = rulesWith({
      'upstreams.yaml': `upstreams:
  openai:
    format: openai
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
    timeouts: { connect_ms: 1000, first_byte_ms: 400, total_ms: 3000 }
  anthropic:
    format: anthropic
    base_url: \${ANTHROPIC_BASE_URL}
    api_key: \${ANTHROPIC_API_KEY}
    timeouts: { connect_ms: 1000, first_byte_ms: 400, total_ms: 3000 }
`,
    });
    rig = await startRig({ rulesDir });
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('a hang before headers: 504 upstream_timeout', async () => {
    rig.upstream.set({ hang: true });
    const res = await rig.post('/v1/chat/completions', chat('x'));
    expect(res.status).toBe(504);
    const err = await errorOf(res);
    expect([err.type, err.code]).toEqual(['api_error', 'upstream_timeout']);
    expect(await auditOf(rig, res)).toMatchObject({ status: 504, error: 'upstream_timeout', upstream_status: null });
    await stillServing(rig);
  });

  it('headers after the first-byte deadline on a stream: 504 too', async () => {
    rig.upstream.set({ delayMs: 1000 });
    const res = await rig.post('/v1/chat/completions', chat('x', { stream: true }));
    expect(res.status).toBe(504);
    expect((await errorOf(res)).code).toBe('upstream_timeout');
    await stillServing(rig);
  });

  it('a stream that stops mid-answer: 200 headers, the events so far, then an error event in the OpenAI shape and the end, without [DONE]', async () => {
    rig.upstream.set({ chunkSize: 2, dropAfterEvents: 3, eventDelayMs: 10 });
    const res = await rig.post('/v1/chat/completions', chat('abcdefghijklmnop', { stream: true }));
    expect(res.status).toBe(200);
    const { text, broke } = await readStream(res);
    expect(broke).toBe(false);
    expect(text).not.toContain('[DONE]');
    const events = text.split('\n\n').filter((e) => e.startsWith('data: '));
    // The three events the upstream sent, relayed, then one error event, last.
    expect(events).toHaveLength(4);
    expect(JSON.parse(events[2]!.slice(6)).choices[0].delta.content).toBe('ef');
    expect(JSON.parse(events[3]!.slice(6))).toEqual({
      error: {
        message: 'the upstream stream broke off before the answer was complete',
        type: 'api_error',
        code: 'upstream_stream_error',
        param: null,
      },
    });
    const row = await auditOf(rig, res);
    expect(row.status).toBe(200);
    expect(row.error).toMatch(/^upstream_stream_error/);
    await stillServing(rig);
  });

  it('Anthropic wire: a stream that stops mid-answer ends with an Anthropic error event', async () => {
    rig.upstream.set({ dropAfterEvents: 2, eventDelayMs: 10 });
    const res = await fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: { 'x-api-key': rig.key, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'claude-x',
        max_tokens: 5,
        stream: true,
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    expect(res.status).toBe(200);
    const { text, broke } = await readStream(res);
    expect(broke).toBe(false);
    expect(text).not.toContain('message_stop');
    expect(text.endsWith('\n\n')).toBe(true);
    const last = text.trimEnd().split('\n\n').at(-1)!;
    expect(last.split('\n')[0]).toBe('event: error');
    expect(JSON.parse(last.split('\n')[1]!.slice(6))).toEqual({
      type: 'error',
      error: { type: 'api_error', message: 'the upstream stream broke off before the answer was complete' },
    });
    expect((await auditOf(rig, res)).error).toMatch(/^upstream_stream_error/);
  });

  it('malformed SSE: relayed as received with status 200 (the client SDK reports it), recorded', async () => {
    rig.upstream.set({
      rawBody: 'data: {"choices": [{"delta": {"content": "hi"\n\ndata: not json\n\n: comment\nevent\n\n',
    });
    const res = await rig.post('/v1/chat/completions', chat('x', { stream: true }));
    expect(res.status).toBe(200);
    const { text, broke } = await readStream(res);
    expect(broke).toBe(false);
    expect(text).toContain('data: not json');
    expect((await auditOf(rig, res)).status).toBe(200);
    await stillServing(rig);
  });

  it('an invalid JSON body from the upstream: 502 upstream_invalid_json', async () => {
    rig.upstream.set({ rawBody: '{"choices": [{"message": ' });
    const res = await rig.post('/v1/chat/completions', chat('x'));
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe('upstream_invalid_json');
    expect(await auditOf(rig, res)).toMatchObject({
      status: 502,
      error: 'upstream_invalid_json',
      upstream_status: 200,
    });
    await stillServing(rig);
  });

  it('429 with Retry-After: passed through with its Retry-After, not retried', async () => {
    rig.upstream.set({ status: 429, headers: { 'retry-after': '12' } });
    const res = await rig.post('/v1/chat/completions', chat('x'));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('12');
    await res.text();
    expect(rig.upstream.requests).toHaveLength(1);
    expect(await auditOf(rig, res)).toMatchObject({ status: 429, upstream_status: 429, error: 'upstream_status_429' });
    await stillServing(rig);
  });

  it('500: passed through with the upstream error body, not retried (a POST may have had effects)', async () => {
    rig.upstream.set({ status: 500 });
    const res = await rig.post('/v1/chat/completions', chat('x', { stream: true }));
    expect(res.status).toBe(500);
    expect((await errorOf(res)).message).toBe('mock failure 500');
    expect(rig.upstream.requests).toHaveLength(1);
    expect(await auditOf(rig, res)).toMatchObject({ status: 500, upstream_status: 500, error: 'upstream_status_500' });
    await stillServing(rig);
  });

  it('Anthropic wire: an upstream failure is answered in the Anthropic error shape', async () => {
    rig.upstream.set({ hang: true });
    const res = await fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: { 'x-api-key': rig.key, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-x', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'api_error' } });
  });
});

describe('connection refused', () => {
  it('502 upstream_unreachable, recorded, and the gateway keeps answering', async () => {
    const port = await closedPort();
    const rig = await startRig({ env: { OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` } });
    try {
      for (const stream of [false, true]) {
        const res = await rig.post('/v1/chat/completions', chat('x', { stream }));
        expect(res.status).toBe(502);
        expect((await errorOf(res)).code).toBe('upstream_unreachable');
        expect(await auditOf(rig, res)).toMatchObject({ status: 502, error: 'upstream_unreachable' });
      }
      expect((await fetch(rig.url('/healthz'))).status).toBe(200);
    } finally {
      await rig.close();
    }
  });
});
