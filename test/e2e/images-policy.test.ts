import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeTinyModel } from '../fixtures/tiny-model.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.js';
import { rulesWith } from '../support/rules.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * The policy's `images` rule through the real server: the cloud mock records what left, a second mock plays a
 * company-run local server (kind: local), and a tiny in-process model plays a local model that takes text only.
 * Each value of the rule on each wire format (chat, Responses, Anthropic Messages). Invented values throughout;
 * the "image" is a few bytes of a PNG header, never read by Veil.
 */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB';
const DATA_URL = `data:image/png;base64,${PNG}`;
const EMAIL = 'oriol.menendez@correo-sureste.es';
const ADMIN_TOKEN = 'dashboard-token-for-images-e2e-42';

const MODELS_YAML = `models:
  tiny:
    file: tiny.gguf
    context_size: 512
    threads: 1
    sequences: 1
    gpu_layers: 0
    max_tokens: 4
`;

const upstreamsYaml = (lanUrl: string) => `upstreams:
  openai:
    format: openai
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
  anthropic:
    format: anthropic
    base_url: \${ANTHROPIC_BASE_URL}
    api_key: \${ANTHROPIC_API_KEY}
  lan:
    kind: local
    format: openai
    base_url: ${lanUrl}
`;

const team = (name: string, images: string, target = 'lan') => `team: ${name}
upstreams:
  openai: openai
  anthropic: anthropic
actions:
  EMAIL: pseudonymize
images: ${images}
inspection:
  timeout_ms: 60000
local:
  target: ${target}
`;

const chatBody = (text: string, images = 1) => ({
  model: 'gpt-4o-mini',
  max_tokens: 4,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text },
        ...Array.from({ length: images }, () => ({ type: 'image_url', image_url: { url: DATA_URL } })),
      ],
    },
  ],
});
const responsesBody = (text: string) => ({
  model: 'gpt-4o-mini',
  input: [
    {
      role: 'user',
      content: [
        { type: 'input_text', text },
        { type: 'input_image', image_url: DATA_URL },
      ],
    },
  ],
});
const messagesBody = (text: string, images = 1) => ({
  model: 'claude-3-5-haiku-latest',
  max_tokens: 20,
  messages: [
    {
      role: 'user',
      content: [
        ...Array.from({ length: images }, () => ({
          type: 'image',
          source: { type: 'base64', media_type: 'image/png', data: PNG },
        })),
        { type: 'text', text },
      ],
    },
  ],
});

const ENDPOINTS = {
  chat: { path: '/v1/chat/completions', body: chatBody },
  responses: { path: '/v1/responses', body: responsesBody },
  messages: { path: '/v1/messages', body: messagesBody },
} as const;
type Wire = keyof typeof ENDPOINTS;
const WIRES = Object.keys(ENDPOINTS) as Wire[];

let rig: TestRig;
let lan: MockUpstream;
let modelsDir: string;
const keys: Record<string, string> = {};

beforeAll(async () => {
  lan = await startMockUpstream();
  modelsDir = mkdtempSync(join(tmpdir(), 'veil-e2e-images-'));
  writeTinyModel(join(modelsDir, 'tiny.gguf'), { chatTemplate: 'chatml' });
  const rulesDir = rulesWith({
    'upstreams.yaml': upstreamsYaml(lan.url),
    'models.yaml': MODELS_YAML,
    'policies/default.yaml': team('default', 'allow'),
    'policies/engineering.yaml': team('engineering', 'allow'),
    'policies/noimages.yaml': team('noimages', 'block'),
    'policies/keepin.yaml': team('keepin', 'local'),
    'policies/textonly.yaml': team('textonly', 'local', 'tiny'),
    'policies/watch.yaml': `${team('watch', 'block')}mode: monitor\n`,
    'policies/fallsback.yaml': `${team('fallsback', 'allow', 'tiny')}  fallback: true\n`,
  });
  rig = await startRig({ rulesDir, env: { VEIL_MODELS: modelsDir, VEIL_ADMIN_TOKEN: ADMIN_TOKEN } });
  keys.default = rig.key;
  for (const name of ['noimages', 'keepin', 'textonly', 'watch', 'fallsback'])
    keys[name] = rig.gateway.keys.create(name).key;
});

afterAll(async () => {
  await rig?.close();
  await lan?.close();
  if (modelsDir) rmSync(modelsDir, { recursive: true, force: true });
});

beforeEach(() => {
  rig.upstream.reset();
  lan.reset();
  rig.upstream.set({ rawBody: undefined });
});

function send(teamName: string, wire: Wire, text: string): Promise<Response> {
  const { path, body } = ENDPOINTS[wire];
  if (wire === 'responses') {
    const answer = JSON.stringify(responsesObject([responsesItem({ text: ['seen'] }, 0)]));
    rig.upstream.set({ rawBody: answer });
  }
  return fetch(rig.url(path), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${keys[teamName]}`,
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify(body(text)),
  });
}

async function imageRows(requestId: string): Promise<{ label: string; count: number; action: string }[]> {
  await rig.gateway.audit.flush();
  return rig.gateway.db
    .prepare(
      `SELECT f.label, f.count, f.action FROM audit_findings f JOIN audit_records r ON r.seq = f.record_seq
       WHERE r.request_id = ? AND f.label = 'IMAGE'`,
    )
    .all(requestId) as { label: string; count: number; action: string }[];
}

describe.each(WIRES)('images on %s', (wire) => {
  it('allow: forwarded to the cloud as sent, text still pseudonymised, IMAGE counted in header and audit', async () => {
    const res = await send('default', wire, `the receipt for ${EMAIL}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(res.headers.get('x-veil-findings')).toBe('EMAIL=1,IMAGE=1');
    expect(rig.upstream.requests).toHaveLength(1);
    const sent = rig.upstream.requests[0]?.body ?? '';
    expect(sent).toContain(PNG);
    expect(sent).not.toContain(EMAIL);
    expect(sent).toContain('<EMAIL_1>');
    expect(lan.requests).toHaveLength(0);
    const rows = await imageRows(res.headers.get('x-veil-request-id') ?? '');
    expect(rows).toEqual([{ label: 'IMAGE', count: 1, action: 'allow' }]);
  });

  it('block: 403 in the route’s error shape naming images and the policy, nothing sent anywhere', async () => {
    const res = await send('noimages', wire, `the receipt for ${EMAIL}`);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-veil-route')).toBe('blocked');
    expect(res.headers.get('x-veil-findings')).toBe('EMAIL=1,IMAGE=1');
    const text = await res.text();
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(PNG);
    const body = JSON.parse(text) as { type?: string; error: { message: string; type: string; code?: string } };
    if (wire === 'messages') {
      expect(body.type).toBe('error');
      expect(body.error.type).toBe('permission_error');
    } else {
      expect(body.error.code).toBe('sensitive_data_blocked');
    }
    expect(body.error.message).toContain('images (IMAGE ×1)');
    expect(body.error.message).toContain('policy "noimages"');
    expect(rig.upstream.requests).toHaveLength(0);
    expect(lan.requests).toHaveLength(0);
    const rows = await imageRows(res.headers.get('x-veil-request-id') ?? '');
    expect(rows).toEqual([{ label: 'IMAGE', count: 1, action: 'block' }]);
  });

  it('block: a request without images is served as before', async () => {
    const { path } = ENDPOINTS[wire];
    const body =
      wire === 'chat' ? chatBody('hello', 0) : wire === 'messages' ? messagesBody('hello', 0) : responsesBody('x');
    if (wire === 'responses') {
      (body as { input: unknown }).input = 'hello';
      rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['hi'] }, 0)])) });
    }
    const res = await fetch(rig.url(path), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${keys.noimages}`,
        'content-type': 'application/json',
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-findings')).toBeNull();
    expect(rig.upstream.requests).toHaveLength(1);
  });

  it('monitor mode: forwarded to the cloud, the audit row keeping what enforce would have done', async () => {
    const res = await send('watch', wire, 'what does this show');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(rig.upstream.requests).toHaveLength(1);
    const rows = await imageRows(res.headers.get('x-veil-request-id') ?? '');
    expect(rows).toEqual([{ label: 'IMAGE', count: 1, action: 'block' }]);
  });
});

describe('images: local', () => {
  it('chat: the whole request, image and clear text, goes to the company-run local server, the cloud sees nothing', async () => {
    const res = await send('keepin', 'chat', `the receipt for ${EMAIL}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(res.headers.get('x-veil-findings')).toBe('EMAIL=1,IMAGE=1');
    expect(rig.upstream.requests).toHaveLength(0);
    expect(lan.requests).toHaveLength(1);
    const sent = lan.requests[0]?.body ?? '';
    expect(sent).toContain(PNG);
    expect(sent).toContain(EMAIL);
    const rows = await imageRows(res.headers.get('x-veil-request-id') ?? '');
    expect(rows).toEqual([{ label: 'IMAGE', count: 1, action: 'local' }]);
  });

  it.each(['responses', 'messages'] as const)(
    '%s: bridged to a local chat model that takes text only, so a 400 says so and nothing is sent',
    async (wire) => {
      const res = await send('keepin', wire, 'what does this show');
      expect(res.status).toBe(400);
      expect(res.headers.get('x-veil-route')).toBe('local');
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/local model .*takes text/);
      expect(body.error.message).toContain('the images rule of policy "keepin" ("images: local")');
      expect(body.error.message).not.toContain(PNG);
      expect(rig.upstream.requests).toHaveLength(0);
      expect(lan.requests).toHaveLength(0);
    },
  );

  it('chat to an in-process model that takes text only: a 400 naming the image part, nothing sent', async () => {
    const res = await send('textonly', 'chat', 'what does this show');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-veil-route')).toBe('local');
    const body = (await res.json()) as { error: { message: string; param?: string } };
    expect(body.error.message).toContain('messages[0].content[1]');
    expect(body.error.message).toMatch(/local model accepts text parts only/);
    expect(body.error.message).toContain('the images rule of policy "textonly" ("images: local")');
    expect(rig.upstream.requests).toHaveLength(0);
    expect(lan.requests).toHaveLength(0);
  });

  it('counts several image parts, and the audit row holds no image byte', async () => {
    const res = await fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${keys.noimages}`,
        'content-type': 'application/json',
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify(messagesBody('compare these', 3)),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-veil-findings')).toBe('IMAGE=3');
    const id = res.headers.get('x-veil-request-id') ?? '';
    expect(await imageRows(id)).toEqual([{ label: 'IMAGE', count: 3, action: 'block' }]);
    const row = rig.gateway.db.prepare('SELECT * FROM audit_records WHERE request_id = ?').get(id);
    expect(JSON.stringify(row)).not.toContain(PNG);
  });
});

describe('images: allow, and the cloud fails over to a local model that takes text only', () => {
  it.each(WIRES)(
    '%s: the 400 says the fallback sent the images there; the cloud got only the placeholder, the local model nothing',
    async (wire) => {
      rig.upstream.set({ status: 503 });
      const { path, body } = ENDPOINTS[wire];
      const res = await fetch(rig.url(path), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${keys.fallsback}`,
          'content-type': 'application/json',
          'anthropic-version': '2023-06-01',
        },
        body: JSON.stringify(body(`the receipt for ${EMAIL}`)),
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-veil-route')).toBe('local');
      const text = await res.text();
      expect(text).not.toContain(PNG);
      expect(text).not.toContain(EMAIL);
      const error = (JSON.parse(text) as { error: { message: string } }).error;
      expect(error.message).toMatch(/local model .*(takes|accepts) text/);
      expect(error.message).toContain(
        'it was sent to the local model because the cloud upstream failed (status 503) and policy "fallsback" falls back to the local model',
      );
      expect(error.message).toContain('(IMAGE ×1)');
      expect(error.message).not.toContain('images rule');
      expect(rig.upstream.requests).toHaveLength(1);
      const sent = rig.upstream.requests[0]?.body ?? '';
      expect(sent).toContain('<EMAIL_1>');
      expect(sent).not.toContain(EMAIL);
      expect(lan.requests).toHaveLength(0);

      // The record says what happened: the local route, the fallback and the refusal, and the dashboard shows it.
      await rig.gateway.audit.flush();
      const row = rig.gateway.db
        .prepare('SELECT seq, route, reason, status, error FROM audit_records WHERE request_id = ?')
        .get(res.headers.get('x-veil-request-id')) as { seq: number; route: string; reason: string; error: string };
      expect(row).toMatchObject({ route: 'local', status: 400 });
      // The translation refuses Responses and Messages requests; the local chat model answers chat's with a 400.
      const refusal = wire === 'chat' ? '(400)' : '(400 unsupported_content)';
      expect(row.reason).toContain(
        `cloud failed (status 503), fell back to the local model, which refused the request ${refusal}`,
      );
      const login = await fetch(rig.url('/admin/login'), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: rig.gateway.url },
        body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await (await fetch(rig.url(`/admin/requests/${row.seq}`), { headers: { cookie } })).text();
      expect(page).toContain('<dt>Route</dt><dd>local</dd>');
      expect(page).toContain(`fell back to the local model, which refused the request ${refusal}`);
      const list = await (await fetch(rig.url('/admin/requests?route=local'), { headers: { cookie } })).text();
      expect(list).toContain(`data-request-id="${res.headers.get('x-veil-request-id')}"`);
    },
  );
});
