import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { TargetRegistry } from '../../src/pipeline/targets.js';
import type { OutboundRequest, Target } from '../../src/providers/types.js';
import { modelRoute } from '../../src/routes/models.js';
import { policy } from '../redact/helpers.js';

/** GET /v1/models/:id for an Anthropic client: Anthropic's model object, filtered by the team's policy. */
function app(models: string[], answer: (path: string) => { status: number; body: unknown }) {
  const asked: OutboundRequest[] = [];
  const cloud: Target = {
    kind: 'cloud',
    name: 'anthropic',
    async send(req) {
      asked.push(req);
      const { status, body } = answer(req.query ?? '');
      return {
        status,
        headers: { 'content-type': 'application/json' },
        body: (async function* () {
          yield new TextEncoder().encode(JSON.stringify(body));
        })(),
      };
    },
  };
  const local: Target = { kind: 'local', name: 'qwen-local', send: async () => Promise.reject(new Error('unused')) };
  const targets = new TargetRegistry(
    new Map([
      ['anthropic', cloud],
      ['local', local],
    ]),
  );
  const p = policy({ models, upstreams: { anthropic: 'anthropic' }, local: { target: 'local' } });
  const hono = new Hono()
    .use(async (c, next) => {
      c.set('auth', { team: 'support', keyId: 'k1', policy: p });
      await next();
    })
    .get('/v1/models/:id{.+}', modelRoute(targets))
    .onError((err, c) =>
      c.json({ code: err instanceof ApiError ? err.code : 'x' }, err instanceof ApiError ? (err.status as 404) : 500),
    );
  const get = (id: string) =>
    hono.request(`/v1/models/${id}`, { headers: { 'anthropic-version': '2023-06-01', 'x-api-key': 'k' } });
  return { get, asked };
}

const claude = (path: string) => ({
  status: 200,
  body: {
    type: 'model',
    id: path.slice(1).replace('-latest', '-20250101'),
    display_name: 'Claude X',
    created_at: '2025-01-01T00:00:00Z',
  },
});

describe('Anthropic models.retrieve', () => {
  it('answers in Anthropic’s shape with what the upstream says of that one model', async () => {
    const { get, asked } = app(['claude-*'], claude);
    const res = await get('claude-x-latest');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      type: 'model',
      id: 'claude-x-20250101',
      display_name: 'Claude X',
      created_at: '2025-01-01T00:00:00Z',
    });
    expect(asked.map((r) => [r.endpoint, r.query, r.headers['anthropic-version']])).toEqual([
      ['models', '/claude-x-latest', '2023-06-01'],
    ]);
  });

  it('a model the policy does not allow is a 404 without asking upstream, also when an alias resolves to one', async () => {
    const { get, asked } = app(['claude-x-latest'], claude);
    expect((await get('claude-y')).status).toBe(404);
    expect(asked).toHaveLength(0);
    const aliased = await get('claude-x-latest');
    expect(aliased.status).toBe(404);
    expect(asked).toHaveLength(1);
  });

  it('the team’s local model by its name, and the upstream’s own 404 passed on', async () => {
    const { get, asked } = app(['claude-*'], () => ({
      status: 404,
      body: { type: 'error', error: { type: 'not_found_error', message: 'm' } },
    }));
    expect(await (await get('qwen-local')).json()).toEqual({
      type: 'model',
      id: 'qwen-local',
      display_name: 'qwen-local (local, via Veil)',
      created_at: new Date(0).toISOString(),
    });
    const missing = await get('claude-gone');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe('not_found_error');
    expect(asked).toHaveLength(1);
  });
});
