import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeTinyModel } from '../fixtures/tiny-model.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { closedPort } from '../support/ports.js';
import { rulesWith } from '../support/rules.js';

/**
 * The in-process local model behind the whole gateway: a generated tiny GGUF answers real generations
 * through node-llama-cpp. E-mail addresses stand in for "too sensitive for the cloud" (the policies below
 * send EMAIL local) because the pattern detector finds them deterministically.
 */
interface Answer {
  model: string;
  object: string;
  choices: { message?: { content: string }; delta?: { content?: string }; finish_reason: string | null }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  error?: { message: string; code: string };
}

const MODELS_YAML = `models:
  local:
    file: tiny.gguf
    context_size: 1024
    threads: 1
    sequences: 1
    queue_size: 0
    gpu_layers: 0
    max_tokens: 8
  offline:
    file: absent.gguf
    threads: 1
    gpu_layers: 0
`;

const upstreamsYaml = (deadPort: number) => `upstreams:
  openai:
    format: openai
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
  claude:
    format: anthropic
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
  dead:
    format: openai
    base_url: http://127.0.0.1:${deadPort}/v1
    api_key: \${OPENAI_API_KEY}
`;

const policy = (team: string, upstream: string, local: string) => `team: ${team}
upstreams:
  openai: ${upstream}
actions:
  EMAIL: local
  SECRET: block
local:
${local}
`;

const SENSITIVE = 'Please draft a reply to lena.moravec@orchard-mail.net about her test results.';
const PLAIN = 'What is the capital of France?';

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  max_tokens: 6,
  temperature: 0,
  ...extra,
});

let modelsDir: string;
let r: TestRig;
/** Gateway keys per team: default (route local), fallback, deadcloud (connect errors), offline (model missing). */
const keys: Record<string, string> = {};

// One gateway (one llama.cpp backend, one model load) serves every scenario, each team its own policy.
beforeAll(async () => {
  modelsDir = mkdtempSync(join(tmpdir(), 'veil-e2e-models-'));
  writeTinyModel(join(modelsDir, 'tiny.gguf'), { chatTemplate: 'chatml' });
  const rulesDir = rulesWith({
    'upstreams.yaml': upstreamsYaml(await closedPort()),
    'models.yaml': MODELS_YAML,
    'policies/default.yaml': policy('default', 'openai', '  target: local\n  allow_cloud: false'),
    'policies/engineering.yaml': 'team: engineering\nupstreams:\n  openai: openai\n',
    'policies/fallback.yaml': policy(
      'fallback',
      'openai',
      '  target: local\n  fallback: true\n  model_map:\n    gpt-4o-mini: local',
    ),
    'policies/deadcloud.yaml': policy('deadcloud', 'dead', '  target: local\n  fallback: true'),
    'policies/claude.yaml': policy('claude', 'openai\n  anthropic: claude', '  target: local\n  fallback: true'),
    'policies/offline.yaml': policy('offline', 'openai', '  target: offline\n  allow_cloud: false\n  fallback: true'),
  });
  r = await startRig({ rulesDir, env: { VEIL_MODELS: modelsDir } });
  keys.default = r.key;
  for (const team of ['fallback', 'deadcloud', 'offline', 'claude']) keys[team] = r.gateway.keys.create(team).key;
});

afterAll(async () => {
  await r?.close();
  rmSync(modelsDir, { recursive: true, force: true });
});

beforeEach(() => r.upstream.reset());

const post = (team: string, body: unknown, signal?: AbortSignal) =>
  fetch(r.url('/v1/chat/completions'), {
    method: 'POST',
    headers: { authorization: `Bearer ${keys[team]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

describe('route local by policy', () => {
  it('answers a request the policy keeps local from the local model, and the cloud sees nothing', async () => {
    const res = await post('default', chat(SENSITIVE));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const body = (await res.json()) as Answer;
    expect(body.model).toBe('local');
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.finish_reason).toBe('length');
    expect(body.usage?.completion_tokens).toBe(6);
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('streams the local answer as OpenAI SSE ending in [DONE]', async () => {
    const res = await post('default', chat(SENSITIVE, { stream: true }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const events = text.split('\n\n').filter((e) => e.startsWith('data: {'));
    const chunks = events.map((e) => JSON.parse(e.slice(6)) as Answer);
    expect(chunks.every((c) => c.model === 'local')).toBe(true);
    expect(chunks.at(-1)?.usage?.completion_tokens).toBe(6);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('sends plain requests to the cloud as usual', async () => {
    const res = await post('default', chat(PLAIN));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(r.upstream.requests).toHaveLength(1);
  });

  it('answers 429 with Retry-After when the model is busy and its queue is full', async () => {
    const busy = await post('default', chat(SENSITIVE, { stream: true, max_tokens: 1000 }));
    const reader = busy.body!.getReader();
    await reader.read();
    const refused = await post('default', chat(SENSITIVE));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as Answer).error?.code).toBe('local_queue_full');
    await reader.cancel();
  });

  it('stops generating when the client disconnects, freeing the only sequence for the next request', async () => {
    const client = new AbortController();
    const res = await post('default', chat(SENSITIVE, { stream: true, max_tokens: 1000 }), client.signal);
    const reader = res.body!.getReader();
    await reader.read();
    client.abort();
    // With one sequence and no queue, a 200 here proves the aborted generation released its sequence.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      const next = await post('default', chat(SENSITIVE));
      status = next.status;
      await next.arrayBuffer();
      if (status !== 200) await new Promise((res) => setTimeout(res, 50));
    }
    expect(status).toBe(200);
  });
});

describe('fallback to local when the cloud fails', () => {
  it.each([500, 503, 429])('answers from the local model when the cloud answers %i', async (status) => {
    r.upstream.set({ status });
    const res = await post('fallback', chat(PLAIN));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const body = (await res.json()) as Answer;
    expect(body.model).toBe('local');
    expect(body.usage?.completion_tokens).toBe(6);
    expect(r.upstream.requests).toHaveLength(1);
  });

  it('falls back for a streamed request too, answering in SSE from the local model', async () => {
    r.upstream.set({ status: 502 });
    const res = await post('fallback', chat(PLAIN, { stream: true }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const text = await res.text();
    const first = text.split('\n\n').find((e) => e.startsWith('data: {'));
    expect((JSON.parse(first!.slice(6)) as Answer).model).toBe('local');
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('keeps the cloud answer when the cloud works', async () => {
    const res = await post('fallback', chat(PLAIN));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(((await res.json()) as Answer).choices[0]?.message?.content).toBe(PLAIN);
  });
});

describe('fallback when the cloud cannot be reached at all', () => {
  it('answers from the local model after a connect error', async () => {
    const res = await post('deadcloud', chat(PLAIN));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(((await res.json()) as Answer).model).toBe('local');
  });
});

describe('Anthropic Messages kept local', () => {
  const messages = (team: string, body: Record<string, unknown>) =>
    fetch(r.url('/v1/messages'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${keys[team]}`,
        'content-type': 'application/json',
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify({ model: 'claude-3-5-haiku', max_tokens: 6, ...body }),
    });

  it('answers from the local model in the Messages shape, and the cloud sees nothing', async () => {
    const res = await messages('default', { system: 'Be brief.', messages: [{ role: 'user', content: SENSITIVE }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const body = (await res.json()) as { type: string; content: { type: string; text: string }[]; usage: object };
    expect(body.type).toBe('message');
    expect(body.content[0]?.type).toBe('text');
    expect(body.usage).toEqual({ input_tokens: expect.any(Number), output_tokens: 6 });
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('streams the local answer as Messages events', async () => {
    const res = await messages('default', { stream: true, messages: [{ role: 'user', content: SENSITIVE }] });
    expect(res.status).toBe(200);
    const names = (await res.text()).match(/^event: \w+/gm)?.map((l) => l.slice(7)) ?? [];
    expect(names[0]).toBe('message_start');
    expect(names).toContain('content_block_delta');
    expect(names.at(-1)).toBe('message_stop');
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('falls back to the local model when the Anthropic upstream fails', async () => {
    r.upstream.set({ status: 529 });
    const res = await messages('claude', { messages: [{ role: 'user', content: PLAIN }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(((await res.json()) as { type: string }).type).toBe('message');
    expect(r.upstream.requests).toHaveLength(1);
  });

  it("says in Anthropic's error shape that the local model is down, without quoting the prompt", async () => {
    const res = await messages('offline', { messages: [{ role: 'user', content: SENSITIVE }] });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { type: string; error: { message: string } };
    expect(body.type).toBe('error');
    expect(body.error.message).not.toContain('jane.doe');
    expect(r.upstream.requests).toHaveLength(0);
  });
});

describe('local model down', () => {
  it('gives a local-only request a clear 503 and never calls the cloud', async () => {
    const res = await post('offline', chat(SENSITIVE));
    expect(res.status).toBe(503);
    const body = (await res.json()) as Answer;
    expect(body.error?.message).toContain('file missing, see README');
    expect(body.error?.message).not.toContain('jane.doe');
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('reports the missing file in /readyz', async () => {
    const res = await fetch(r.url('/readyz'));
    const body = (await res.json()) as { checks: Record<string, string> };
    expect(body.checks['local:offline']).toContain('file missing, see README');
    expect(body.checks['local:local']).toBe('ok');
  });
});

describe('asking for the local model by name', () => {
  it('routes a harmless prompt local when the client names the local model', async () => {
    const res = await post('default', chat(PLAIN, { model: 'local' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(((await res.json()) as Answer).model).toBe('local');
    expect(r.upstream.requests).toHaveLength(0);
  });
});

describe('streams through the gateway with the default send interval', () => {
  it('relays joined events that carry the same text as the JSON answer', async () => {
    const long = chat(SENSITIVE, { max_tokens: 40 });
    const whole = (await (await post('default', long)).json()) as Answer;
    const res = await post('default', { ...long, stream: true });
    const text = await res.text();
    const blocks = text.split('\n\n').filter((b) => b !== '');
    // Every block is one complete data event: JSON, or the closing [DONE].
    expect(blocks.every((b) => b.startsWith('data: '))).toBe(true);
    const chunks = blocks.filter((b) => b !== 'data: [DONE]').map((b) => JSON.parse(b.slice(6)) as Answer);
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('')).toBe(whole.choices[0]?.message?.content);
    expect(chunks.at(-1)?.usage).toEqual(whole.usage);
  });
});

describe('local embeddings and tools', () => {
  const postTo = (path: string, body: unknown) =>
    fetch(r.url(path), {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.default}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('embeds inputs the policy keeps local with the local model; the cloud sees nothing', async () => {
    const res = await postTo('/v1/embeddings', {
      model: 'text-embedding-3-small',
      input: [SENSITIVE, 'a second text'],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const body = (await res.json()) as { model: string; data: { index: number; embedding: number[] }[] };
    expect(body.model).toBe('local');
    expect(body.data.map((d) => d.index)).toEqual([0, 1]);
    expect(Math.hypot(...(body.data[0]?.embedding ?? []))).toBeCloseTo(1, 5);
    expect(r.upstream.requests).toHaveLength(0);
  });

  it('refuses tools for a request kept local with 400 unsupported_tools, and sends nothing to the cloud', async () => {
    const res = await post(
      'default',
      chat(SENSITIVE, {
        tools: [{ type: 'function', function: { name: 'send_mail', parameters: { type: 'object' } } }],
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as Answer;
    expect(body.error?.code).toBe('unsupported_tools');
    expect(body.error?.message).not.toContain('jane.doe');
    expect(r.upstream.requests).toHaveLength(0);
  });
});
