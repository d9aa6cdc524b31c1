import type Anthropic from '@anthropic-ai/sdk';
import { NotFoundError, PermissionDeniedError } from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { anthropicClient } from '../support/sdk-clients.js';

/**
 * The official Anthropic SDK's `messages.countTokens`, `models.list` and `models.retrieve` through Veil. count_tokens sends the
 * prompt to the provider, so it is inspected like a message: pseudonymised for the engineering team, blocked
 * for a secret in the default team, and counted locally (an estimate) when the policy keeps it in the building.
 * Values are invented.
 */
const NAME = 'Gervasio Altamirano';
const SIGNER = 'Leocadia Urquiza';
const RAW = [NAME, 'Gervasio', 'Altamirano', SIGNER, 'Leocadia', 'Urquiza'];

describe('Anthropic count_tokens and models.list through Veil', () => {
  let rig: TestRig;
  let client: Anthropic;
  let defaultTeam: Anthropic;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
    client = anthropicClient(rig);
    defaultTeam = anthropicClient(rig, { team: 'default' });
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('messages.countTokens: the prompt is pseudonymised upstream and the count passes back', async () => {
    rig.upstream.set({ rawBody: JSON.stringify({ input_tokens: 42 }) });
    const count = await client.messages.countTokens({
      model: 'claude-sonnet-4',
      system: `Sign as ${SIGNER}.`,
      messages: [{ role: 'user', content: [{ type: 'text', text: `Write to ${NAME} about the move.` }] }],
    });
    expect(count.input_tokens).toBe(42);
    const request = rig.upstream.requests[0];
    expect(request?.path).toBe('/v1/messages/count_tokens');
    expect(request?.headers['x-api-key']).toBe('sk-ant-upstream-test');
    for (const value of RAW) expect(request?.body.includes(value), 'a raw value reached the upstream').toBe(false);
    const sent = request?.json as { system: string; messages: { content: { text: string }[] }[] };
    expect(sent.system).toBe('Sign as <PERSON_1>.');
    expect(sent.messages[0]?.content[0]?.text).toBe('Write to <PERSON_2> about the move.');
  });

  it('a secret blocks count_tokens as it would block the message (Anthropic error shape), nothing sent', async () => {
    const secret = 'AKIAZ5PL2QW8RTNX4MVC';
    const err = await defaultTeam.messages
      .countTokens({ model: 'claude-sonnet-4', messages: [{ role: 'user', content: `use ${secret}` }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    const denied = err as PermissionDeniedError;
    expect(denied.status).toBe(403);
    expect((denied.error as { type: string; error: { type: string } }).error.type).toBe('permission_error');
    expect(denied.message).toContain('SECRET');
    expect(denied.message).not.toContain(secret);
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('count_tokens the policy keeps local is estimated by Veil; nothing leaves', async () => {
    const text = 'My son has epilepsy and takes levetiracetam 500 mg twice a day; can he join the swim camp?';
    const count = await defaultTeam.messages.countTokens({
      model: 'claude-sonnet-4',
      messages: [{ role: 'user', content: text }],
    });
    expect(rig.upstream.requests).toHaveLength(0);
    // About four characters a token over what the model would read: more than the bare text's own quarter.
    expect(count.input_tokens).toBeGreaterThanOrEqual(Math.ceil(text.length / 4));
    expect(count.input_tokens).toBeLessThan(text.length);
  });

  it('models.list: Anthropic shape from the Anthropic upstream, filtered by policy, page cursors kept', async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        data: [
          { type: 'model', id: 'claude-sonnet-4', display_name: 'Claude Sonnet 4', created_at: '2025-05-14T00:00:00Z' },
          { type: 'model', id: 'gpt-4o-mini', display_name: 'not Anthropic', created_at: '2024-01-01T00:00:00Z' },
          { type: 'model', id: 'claude-haiku-3', display_name: 'Claude Haiku 3', created_at: '2024-03-07T00:00:00Z' },
        ],
        has_more: false,
        first_id: 'claude-sonnet-4',
        last_id: 'claude-haiku-3',
      }),
    });
    const page = await client.models.list({ limit: 5 });
    const request = rig.upstream.requests[0];
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v1/models');
    expect(request?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request?.headers['x-api-key']).toBe('sk-ant-upstream-test');
    // engineering allows gpt-4o* and claude-*: all three pass its patterns here.
    expect(page.data.map((m) => m.id)).toEqual(['claude-sonnet-4', 'gpt-4o-mini', 'claude-haiku-3']);
    expect(page.data[0]).toEqual({
      type: 'model',
      id: 'claude-sonnet-4',
      display_name: 'Claude Sonnet 4',
      created_at: '2025-05-14T00:00:00Z',
    });
    expect(page.has_more).toBe(false);
    expect(page.last_id).toBe('claude-haiku-3');
  });

  it('models.list passes the page parameters on and drops models the policy does not allow', async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        data: [
          { type: 'model', id: 'claude-opus-4', display_name: 'Claude Opus 4', created_at: '2025-05-14T00:00:00Z' },
          { type: 'model', id: 'davinci-002', display_name: 'Old', created_at: '2023-01-01T00:00:00Z' },
        ],
        has_more: true,
        first_id: 'claude-opus-4',
        last_id: 'davinci-002',
      }),
    });
    const page = await client.models.list({ limit: 2, after_id: 'claude-3-5-haiku' });
    const url = new URL(rig.upstream.requests[0]?.url ?? '', 'http://upstream');
    expect(url.searchParams.get('limit')).toBe('2');
    expect(url.searchParams.get('after_id')).toBe('claude-3-5-haiku');
    expect(page.data.map((m) => m.id)).toEqual(['claude-opus-4']);
    expect(page.has_more).toBe(true);
    expect(page.last_id).toBe('davinci-002');
  });

  it("the default team's list ends with its local model, which the Messages API answers by name", async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        data: [
          { type: 'model', id: 'claude-sonnet-4', display_name: 'Claude Sonnet 4', created_at: '2025-05-14T00:00:00Z' },
        ],
        has_more: false,
        first_id: 'claude-sonnet-4',
        last_id: 'claude-sonnet-4',
      }),
    });
    const ids: string[] = [];
    for await (const model of defaultTeam.models.list()) ids.push(model.id);
    expect(ids).toEqual(['claude-sonnet-4', 'local']);
  });

  it('models.retrieve: Anthropic’s model object from the Anthropic upstream, for that one model', async () => {
    const model = await client.models.retrieve('claude-3-5-haiku-latest');
    expect(model).toEqual({
      type: 'model',
      id: 'claude-3-5-haiku-20250101',
      display_name: 'Mock claude-3-5-haiku-20250101',
      created_at: '2025-01-01T00:00:00Z',
    });
    expect(rig.upstream.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/v1/models/claude-3-5-haiku-latest'],
    ]);
  });

  it('models.retrieve: a model the policy does not allow is a 404 asked of nobody; the local model by its name', async () => {
    const err = await client.models.retrieve('davinci-002').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(((err as NotFoundError).error as { type: string }).type).toBe('error');
    expect(rig.upstream.requests).toHaveLength(0);
    const local = await defaultTeam.models.retrieve('local');
    expect(local).toMatchObject({ type: 'model', id: 'local', display_name: 'local (local, via Veil)' });
    expect(rig.upstream.requests).toHaveLength(0);
  });
});
