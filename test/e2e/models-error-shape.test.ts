import { AuthenticationError, NotFoundError } from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { anthropicClient } from '../support/sdk-clients.js';

/**
 * Errors on GET /v1/models and /v1/models/:id come back in the shape of the client that asked: Anthropic's for
 * an Anthropic SDK (anthropic-version header, or x-api-key without a Bearer header), OpenAI's otherwise.
 */
interface AnthropicError {
  type: string;
  error: { type: string; message: string };
}

describe('model list errors in the client shape', () => {
  let rig: TestRig;
  let down: TestRig;
  beforeAll(async () => {
    rig = await startRig();
    // An Anthropic upstream nobody listens on: the model list fails with 502 upstream_unreachable.
    down = await startRig({
      rulesDir: shippedRulesWithSlackTimeout(),
      env: { ANTHROPIC_BASE_URL: 'http://127.0.0.1:9/v1' },
    });
  });
  afterAll(async () => {
    await rig.close();
    await down.close();
  });
  beforeEach(() => rig.upstream.reset());

  it('a wrong key from the Anthropic SDK is an Anthropic-shaped 401, nothing is asked upstream', async () => {
    const client = anthropicClient(rig, { apiKey: 'veil-not-a-key' });
    const err = await client.models.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    const body = (err as AuthenticationError).error as AnthropicError;
    expect([body.type, body.error.type]).toEqual(['error', 'authentication_error']);
    expect(rig.upstream.requests).toHaveLength(0);
    const wrongKeys: Record<string, string>[] = [
      { 'x-api-key': 'veil-not-a-key' },
      { authorization: 'Bearer x', 'anthropic-version': '2023-06-01' },
    ];
    for (const headers of wrongKeys) {
      const res = await fetch(rig.url('/v1/models'), { headers });
      expect(res.status).toBe(401);
      expect(((await res.json()) as AnthropicError).type).toBe('error');
    }
  });

  it('an unknown model from models.retrieve is an Anthropic-shaped 404 not_found_error', async () => {
    const client = anthropicClient(rig);
    const err = await client.models.retrieve('no-such-model-here').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    const body = (err as NotFoundError).error as AnthropicError;
    expect([body.type, body.error.type]).toEqual(['error', 'not_found_error']);
  });

  it('an unreachable Anthropic upstream is an Anthropic-shaped 502', async () => {
    const res = await fetch(down.url('/v1/models'), {
      headers: { 'x-api-key': down.key, 'anthropic-version': '2023-06-01' },
    });
    expect(res.status).toBe(502);
    const body = (await res.json()) as AnthropicError;
    expect([body.type, body.error.type]).toEqual(['error', 'api_error']);
  });

  it('an OpenAI client still gets the OpenAI shape', async () => {
    const res = await fetch(rig.url('/v1/models/no-such-model-here'), {
      headers: { authorization: `Bearer ${rig.key}` },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; type: string } };
    expect([body.error.code, body.error.type]).toEqual(['model_not_found', 'invalid_request_error']);
    const unauthorised = await fetch(rig.url('/v1/models'), { headers: { authorization: 'Bearer nope' } });
    expect(((await unauthorised.json()) as { error: { code: string } }).error.code).toBe('invalid_api_key');
  });
});
